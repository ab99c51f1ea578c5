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

/**
 * A workflow_run whose payload names no usable pull request: find the open pull request of this
 * repository whose head is the run's commit (and, for a fork, the run's head branch).
 */
export interface PullRequestLookup {
  sha: string
  /** `owner:branch` of the run's head, for the fallback search by branch. */
  head?: string
}

/** The repository the action runs in (GITHUB_REPOSITORY). */
export interface Repository {
  owner: string
  repo: string
}

interface ListedPullRequest {
  number?: number
  head?: { sha?: string }
  base?: { repo?: { id?: number; url?: string; name?: string } }
}

export interface EventPayload {
  pull_request?: { number?: number }
  issue?: { number?: number; pull_request?: unknown }
  repository?: { id?: number; full_name?: string }
  workflow_run?: {
    head_sha?: string
    head_branch?: string | null
    head_repository?: { owner?: { login?: string } } | null
    pull_requests?: ListedPullRequest[]
  }
}

/**
 * Which pull request to comment on. pull_request(_target) and issue_comment events carry it. A
 * workflow_run lists pull requests that merely share the run's branch name, from any repository
 * (GitHub's own example lists one of another repository at another commit), so an entry counts
 * only when its base is this repository and its head is the run's commit; otherwise the pull
 * request is looked up by that commit, or taken from the `pr-number` input and checked against it.
 */
export function pullRequestTarget(
  eventName: string | undefined,
  payload: EventPayload,
  input?: number,
  repository?: Repository
): PullRequestTarget | PullRequestLookup | undefined {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request?.number) {
    return { number: payload.pull_request.number }
  }
  if (eventName === 'issue_comment' && payload.issue?.pull_request && payload.issue.number)
    return { number: payload.issue.number }
  if (eventName === 'workflow_run') {
    const run = payload.workflow_run
    const sha = run?.head_sha
    const listed = (run?.pull_requests ?? []).filter(
      p => p.number && sha && p.head?.sha === sha && isThisRepository(p, payload, repository)
    )
    const chosen = input === undefined ? listed[0] : listed.find(p => p.number === input)
    if (chosen?.number) return { number: chosen.number }
    if (input !== undefined) return { number: input, expectHeadSha: sha }
    if (!sha) return undefined
    const owner = run?.head_repository?.owner?.login
    return { sha, head: owner && run?.head_branch ? `${owner}:${run.head_branch}` : undefined }
  }
  return input !== undefined ? { number: input } : undefined
}

/** A listed pull request's base is this repository: by its API url, or by the event repository's id. */
function isThisRepository(p: ListedPullRequest, payload: EventPayload, repository?: Repository): boolean {
  if (!repository) return false
  const name = `${repository.owner}/${repository.repo}`.toLowerCase()
  const url = p.base?.repo?.url?.toLowerCase()
  if (url) return url.endsWith(`/repos/${name}`)
  const id = p.base?.repo?.id
  return (
    id !== undefined && id === payload.repository?.id && payload.repository.full_name?.toLowerCase() === name
  )
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
  if ('sha' in target) return lookUpByCommit(client, owner, repo, target)
  if (!target.expectHeadSha) return { number: target.number }
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: target.number })
  if (data.head.sha === target.expectHeadSha) return { number: target.number }
  return {
    reason: `pull request #${target.number} is not at ${target.expectHeadSha}, the commit the report was made from`
  }
}

interface FoundPull {
  number: number
  state?: string
  head: { sha: string }
  base?: { repo?: { full_name?: string } | null }
}

/** The one open pull request of this repository at the commit; a fork's also by its head branch. */
async function lookUpByCommit(
  client: GitHubClient,
  owner: string,
  repo: string,
  target: PullRequestLookup
): Promise<{ number?: number; reason?: string }> {
  const name = `${owner}/${repo}`.toLowerCase()
  const matches = (p: FoundPull): boolean =>
    p.head.sha === target.sha &&
    (p.state ?? 'open') === 'open' &&
    p.base?.repo?.full_name?.toLowerCase() === name
  const byCommit = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: target.sha,
    per_page: 100
  })
  let found: FoundPull[] = (byCommit.data as FoundPull[]).filter(matches)
  if (found.length === 0 && target.head) {
    const byBranch = await client.rest.pulls.list({
      owner,
      repo,
      head: target.head,
      state: 'open',
      per_page: 100
    })
    found = (byBranch.data as FoundPull[]).filter(matches)
  }
  const numbers = [...new Set(found.map(p => p.number))].sort((a, b) => a - b)
  if (numbers.length === 1) return { number: numbers[0] }
  if (numbers.length === 0)
    return { reason: `no open pull request of ${owner}/${repo} has its head at ${target.sha}` }
  return {
    reason: `${numbers.length} open pull requests have their head at ${target.sha} (${numbers.map(n => `#${n}`).join(', ')}); set the pr-number input to choose one`
  }
}
