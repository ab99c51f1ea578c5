import type { GitHubClient } from './client.js'

/** The pull request a report belongs to, and how far the number can be trusted. */
export interface PullRequestTarget {
  number: number
  /**
   * Set when the number came from outside the event (an input, or a file in a fork's artifact):
   * the pull request's head must be this commit, or the report belongs elsewhere.
   */
  expectHeadSha?: string
}

interface EventPayload {
  pull_request?: { number?: number }
  issue?: { number?: number; pull_request?: unknown }
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number }[] }
}

/**
 * Which pull request to comment on. pull_request(_target) events carry it; a workflow_run event
 * carries it only for pull requests from the same repository (GitHub leaves the list empty for
 * forks), so the fork-safe workflow passes it as the `pr-number` input instead.
 */
export function pullRequestTarget(
  eventName: string | undefined,
  payload: EventPayload,
  input?: number
): PullRequestTarget | undefined {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request?.number) {
    return { number: payload.pull_request.number }
  }
  if (eventName === 'issue_comment' && payload.issue?.pull_request && payload.issue.number)
    return { number: payload.issue.number }
  if (eventName === 'workflow_run') {
    const run = payload.workflow_run
    const listed =
      run?.pull_requests?.find(p => p.number === input) ??
      (input === undefined ? run?.pull_requests?.[0] : undefined)
    if (listed?.number) return { number: listed.number }
    if (input !== undefined) return { number: input, expectHeadSha: run?.head_sha }
    return undefined
  }
  return input !== undefined ? { number: input } : undefined
}

/** Whether the pull request's head is the commit the report was made from. */
export async function headMatches(
  client: GitHubClient,
  owner: string,
  repo: string,
  target: PullRequestTarget
): Promise<boolean> {
  if (!target.expectHeadSha) return true
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: target.number })
  return data.head.sha === target.expectHeadSha
}
