import type { GitHubClient } from './client.js'

/** The pull request a report belongs to, and how far the number can be trusted. */
export interface PullRequestTarget {
  number: number
  /**
   * Set when the number came from outside the event (the `pr-number` input): the pull request's
   * head must be this commit, or the report belongs elsewhere.
   */
  expectHeadSha?: string
}

/** A workflow_run from a fork lists no pull request: find it by the run's head branch and commit. */
export interface PullRequestLookup {
  head: string
  sha: string
}

export interface EventPayload {
  pull_request?: { number?: number }
  issue?: { number?: number; pull_request?: unknown }
  workflow_run?: {
    head_sha?: string
    head_branch?: string | null
    head_repository?: { owner?: { login?: string } } | null
    pull_requests?: { number?: number }[]
  }
}

/**
 * Which pull request to comment on. pull_request(_target) events carry it. A workflow_run event
 * carries it only for pull requests from the same repository (GitHub leaves the list empty for
 * forks); otherwise it is looked up by the run's head, or taken from the `pr-number` input and
 * checked against the run's head commit.
 */
export function pullRequestTarget(
  eventName: string | undefined,
  payload: EventPayload,
  input?: number
): PullRequestTarget | PullRequestLookup | undefined {
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
    const owner = run?.head_repository?.owner?.login
    if (owner && run?.head_branch && run.head_sha)
      return { head: `${owner}:${run.head_branch}`, sha: run.head_sha }
    return undefined
  }
  return input !== undefined ? { number: input } : undefined
}

/**
 * The pull request to comment on, checked with the API where the event alone does not prove it:
 * undefined with a reason when there is none.
 */
export async function resolvePullRequest(
  client: GitHubClient,
  owner: string,
  repo: string,
  target: PullRequestTarget | PullRequestLookup
): Promise<{ number?: number; reason?: string }> {
  if ('head' in target) {
    const { data } = await client.rest.pulls.list({
      owner,
      repo,
      head: target.head,
      state: 'open',
      per_page: 100
    })
    const found = data.find(p => p.head.sha === target.sha)
    return found
      ? { number: found.number }
      : { reason: `no open pull request from ${target.head} at ${target.sha}` }
  }
  if (!target.expectHeadSha) return { number: target.number }
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: target.number })
  if (data.head.sha === target.expectHeadSha) return { number: target.number }
  return {
    reason: `pull request #${target.number} is not at ${target.expectHeadSha}, the commit the report was made from`
  }
}
