// Shared by the hostile-input corpus (`npm run test:hostile`): a private copy of an example, the
// CLI run in-process from the sources, and a fingerprint of every file to prove nothing was written.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/cli/cli.js'
import { copyFixture, type Completed } from '../helpers/workspace.js'

export { copyFixture }

/** The CLI of the sources (not the bundle), as `repro-audit ARGS` would run it. */
export async function cli(args: string[]): Promise<Completed> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    isTTY: false
  })
  return { code, stdout, stderr }
}

/** Every path under `dir` (links not followed) with a hash of its content or link target. */
export async function treeState(
  dir: string,
  skip: string[] = ['.repro-audit']
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  async function walk(rel: string): Promise<void> {
    for (const d of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${d.name}` : d.name
      if (skip.includes(name)) continue
      const abs = path.join(dir, name)
      if (d.isSymbolicLink()) out.set(name, `link:${await fs.readlink(abs)}`)
      else if (d.isDirectory()) {
        out.set(name, 'dir')
        await walk(name)
      } else
        out.set(
          name,
          createHash('sha256')
            .update(await fs.readFile(abs))
            .digest('hex')
        )
    }
  }
  await walk('')
  return out
}

/**
 * The one-line refusal the contract asks for: exit 2, one line on stderr naming `file` (and the
 * `cause`), nothing on stdout.
 */
export function expectRefused(result: Completed, file: string | RegExp, cause?: string | RegExp): void {
  const why = `exit ${result.code}\nstdout: ${result.stdout.slice(0, 400)}\nstderr: ${result.stderr}`
  if (result.code !== 2) throw new Error(`expected exit 2, got ${why}`)
  const lines = result.stderr.trimEnd().split('\n')
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${why}`)
  const matches = (p: string | RegExp): boolean =>
    typeof p === 'string' ? lines[0].includes(p) : p.test(lines[0])
  if (!matches(file)) throw new Error(`expected stderr to name ${String(file)}, got ${why}`)
  if (cause !== undefined && !matches(cause))
    throw new Error(`expected stderr to give the cause ${String(cause)}, got ${why}`)
}
