import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { headCommitTime } from '../core/git-head.js'
import { THREAD_VARIABLES } from '../perturbations/threads.js'

const execFileAsync = promisify(execFile)

/**
 * The environment every run gets, so that nothing of the machine leaks into results: time zone,
 * locale, Python's hash seed, a build time taken from the commit, and single-threaded numerics.
 * SOURCE_DATE_EPOCH is left out when the folder is not in a git work tree.
 */
export async function deterministicSettings(dir: string): Promise<Record<string, string>> {
  const settings: Record<string, string> = { TZ: 'UTC', LC_ALL: 'C.UTF-8', PYTHONHASHSEED: '0' }
  const epoch = await commitTime(dir)
  if (epoch) settings.SOURCE_DATE_EPOCH = epoch
  for (const name of THREAD_VARIABLES) settings[name] = '1'
  return settings
}

async function commitTime(dir: string): Promise<string | undefined> {
  // Read from the repository's files when they are laid out the common way; else ask git.
  const read = await headCommitTime(dir).catch(() => null)
  if (read !== null) return read === undefined ? undefined : String(read)
  try {
    const { stdout } = await execFileAsync('git', ['log', '-1', '--format=%ct'], { cwd: dir })
    const value = stdout.trim()
    return /^\d+$/.test(value) ? value : undefined
  } catch {
    return undefined
  }
}
