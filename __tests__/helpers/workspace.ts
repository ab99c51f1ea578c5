import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const EXAMPLE = path.join(ROOT, 'fixtures', 'house-prices')
export const CLI = path.join(ROOT, 'dist', 'cli.js')

const execFileAsync = promisify(execFile)

/** A private copy of a fixture folder in a fresh temporary directory. */
export async function copyFixture(source = EXAMPLE): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-test-'))
  const target = path.join(dir, path.basename(source))
  await fs.cp(source, target, { recursive: true, filter: src => !src.includes(`${path.sep}.repro-audit`) })
  return target
}

export interface Completed {
  code: number
  stdout: string
  stderr: string
}

/** Run the bundled CLI as a user would, with node and the committed dist/cli.js. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Completed> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      // CI unset: progress lines go to stderr in CI logs, and tests check that stderr is quiet.
      env: { ...process.env, NO_COLOR: '1', CI: '', ...options.env },
      maxBuffer: 64 * 1024 * 1024
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}
