import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import * as core from '@actions/core'

const execFileAsync = promisify(execFile)

/**
 * The pull request's base commit, fetched when the checkout is shallow (actions/checkout fetches
 * one commit by default), so the base branch's baseline can be read with `git show`. Undefined
 * outside a pull request; a failed fetch is only a warning, and the report says what it missed.
 */
export async function baseCommit(sha: string | undefined): Promise<string | undefined> {
  if (!sha || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined
  const known = await execFileAsync('git', ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false
  )
  if (!known) {
    await execFileAsync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha]).catch((error: Error) =>
      core.warning(`could not fetch the base commit ${sha}: ${error.message.split('\n')[0]}`)
    )
  }
  return sha
}
