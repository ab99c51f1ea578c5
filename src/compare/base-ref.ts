// The baseline as committed on another git ref (the pull request's base), read with `git show`
// through execFile: no shell, so a ref or path can never run anything.
import { execFile, spawn } from 'node:child_process'
import { createWriteStream, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { SET_NAME } from '../core/fileset.js'
import { BASELINE_MANIFEST, type Baseline } from './baseline.js'

const execFileAsync = promisify(execFile)

export interface BaselineAtRef {
  /** A temporary folder holding the ref's baseline files; remove it with `cleanup`. */
  dir: string
  /** The manifest's bytes, to tell an unchanged baseline at a glance. */
  manifestText: string
  baseline: Baseline
  cleanup(): Promise<void>
}

/**
 * The baseline folder `baselineDir` as it is at `ref`: undefined when the ref has no baseline
 * there. Git errors (unknown ref, a shallow clone without the base commit) throw, with git's
 * own message, for the caller to turn into a finding.
 */
export async function readBaselineAtRef(
  ref: string,
  baselineDir: string
): Promise<BaselineAtRef | undefined> {
  if (!/^[^-\s][^\s:]*$/.test(ref)) throw new Error(`"${ref}" is not a git ref`)
  const top = (await git(['rev-parse', '--show-toplevel'], baselineDir)).trim()
  const rel = path
    .relative(await fs.realpath(top), await fs.realpath(baselineDir))
    .split(path.sep)
    .join('/')
  const spec = (name: string): string => `${ref}:${rel ? `${rel}/` : ''}${name}`
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).catch(() => {
    throw new Error(`git does not know ${ref} here (fetch it, or use actions/checkout with fetch-depth: 0)`)
  })
  let manifestText: string
  try {
    manifestText = await git(['show', spec(BASELINE_MANIFEST)], top)
  } catch {
    return undefined
  }
  let baseline: Baseline
  try {
    baseline = JSON.parse(manifestText) as Baseline
  } catch {
    throw new Error(`${BASELINE_MANIFEST} at ${ref} is not valid JSON`)
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-base-'))
  const cleanup = (): Promise<void> => fs.rm(dir, { recursive: true, force: true })
  try {
    await fs.writeFile(path.join(dir, BASELINE_MANIFEST), manifestText)
    const files = [baseline.predictions.file, ...baseline.artifacts.map(a => a.path)]
    if (
      baseline.files !== undefined &&
      (typeof baseline.files !== 'string' || !SET_NAME.test(baseline.files))
    )
      throw new Error(
        `${BASELINE_MANIFEST} at ${ref} names no sealed folder: ${JSON.stringify(baseline.files)}`
      )
    for (const file of files) {
      if (
        typeof file !== 'string' ||
        path.isAbsolute(file) ||
        file.split(/[\\/]/).includes('..') ||
        file.includes('\0')
      )
        throw new Error(
          `${BASELINE_MANIFEST} at ${ref} names a file outside the baseline: ${JSON.stringify(file)}`
        )
      const name = baseline.files ? `${baseline.files}/${file}` : file
      await gitShowToFile(spec(name), top, path.join(dir, name))
    }
  } catch (error) {
    await cleanup()
    throw error
  }
  return { dir, manifestText, baseline, cleanup }
}

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, maxBuffer: 64 << 20, encoding: 'utf8' })
  return stdout
}

/** `git show spec > file`, streamed, so a large predictions file never sits in memory. */
async function gitShowToFile(spec: string, cwd: string, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const child = spawn('git', ['show', spec], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  await pipeline(child.stdout, createWriteStream(file))
  const code = await exited
  if (code !== 0) throw new Error(`git show ${spec} failed: ${stderr.trim()}`)
}
