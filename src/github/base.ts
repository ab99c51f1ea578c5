import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import * as log from './log.js'

const execFileAsync = promisify(execFile)

/**
 * The pull request's base commit, fetched when the checkout is shallow (actions/checkout fetches
 * one commit by default), so the base branch's baseline can be read with `git show`. Undefined
 * outside a pull request, and when the fetch fails (a warning in the log).
 */
export async function baseCommit(sha: string | undefined): Promise<string | undefined> {
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined
  const known = await execFileAsync('git', ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false
  )
  if (known) return sha
  // Not a reproducibility risk: without the base commit the report only lacks the intended change.
  return execFileAsync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha]).then(
    () => sha,
    (error: Error) => {
      log.warning(
        `could not fetch the base commit ${sha}, so the report omits the intended baseline change: ${error.message.split('\n')[0]}`
      )
      return undefined
    }
  )
}
