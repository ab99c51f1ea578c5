import type { Status } from '../core/status.js'
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js'
import type { AuditResult } from '../core/result.js'
import type { GitHubClient } from './client.js'
import { statusOf } from './client.js'

export type CommentMode = 'always' | 'on-change' | 'on-drift' | 'never'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface CommentRequest {
  audit: string
  status: Status
  /** The report as Markdown, already within GitHub's size limit. */
  markdown: string
  mode: CommentMode
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  url: string
  /** Why nothing was posted, for `skipped`. */
  reason?: string
  /** Duplicates of our comment that were deleted. */
  removed: number
}

interface IssueComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string } | null
}

/** Who posts with the default workflow token (an installation token of the GitHub Actions app). */
export const ACTIONS_BOT = 'github-actions[bot]'

const logins = new WeakMap<GitHubClient, Promise<string>>()

/**
 * The login whose comments are ours, asked once per client: GraphQL's `viewer`, which names the
 * token's user, and for an installation token its app's bot (`github-actions[bot]` for the
 * workflow token, `<app>[bot]` for a GitHub App's token). Where GraphQL does not answer (a proxy
 * or server without it), `GET /user`: the user, or a 403 "Resource not accessible by integration"
 * for an installation token, taken to be the workflow token's github-actions[bot].
 */
export function tokenLogin(client: GitHubClient): Promise<string> {
  let login = logins.get(client)
  if (!login) {
    login = viewerLogin(client).then(viewer => viewer ?? restLogin(client))
    logins.set(client, login)
  }
  return login
}

async function viewerLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer?.viewer?.login
    return typeof login === 'string' && login !== '' ? login : undefined
  } catch {
    return undefined
  }
}

function restLogin(client: GitHubClient): Promise<string> {
  return client.rest.users.getAuthenticated().then(
    ({ data }) => data.login,
    (error: unknown) => {
      if (statusOf(error) === 403 && /not accessible by integration/i.test(String((error as Error).message)))
        return ACTIONS_BOT
      throw error
    }
  )
}

const sameLogin = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase()

/** The hidden first line that marks our comment, one per audit name. */
export function commentMarker(audit: string): string {
  return `<!-- repro-audit:${audit.replace(/[^A-Za-z0-9._-]/g, '_')} -->`
}

/** The report as Markdown, cut so that marker and report together fit GitHub's 65,536 characters. */
export function commentMarkdown(result: AuditResult, audit: string): string {
  return renderMarkdown(result, {
    limit: COMMENT_LIMIT - commentMarker(audit).length - 1,
    fullReport: 'report.json'
  })
}

export function commentBody(audit: string, markdown: string): string {
  return `${commentMarker(audit)}\n${markdown}`
}

/**
 * Our comments for this audit on the pull request, oldest first, through every page of the list:
 * those that start with the marker and were written by the token's identity. Anyone can write the
 * marker; a comment by someone else is never edited or deleted. `login` is asked only when a marker
 * comment exists.
 */
export async function findComments(
  client: GitHubClient,
  target: CommentTarget,
  audit: string,
  login: () => Promise<string> = () => tokenLogin(client)
): Promise<IssueComment[]> {
  const marker = commentMarker(audit)
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  const marked = all.filter(c => c.body?.startsWith(marker))
  if (marked.length === 0) return []
  const ours = await login()
  return marked.filter(c => sameLogin(c.user?.login, ours)).sort((a, b) => a.id - b.id)
}

/**
 * Keep exactly one comment per pull request and audit: update the oldest one of ours carrying the
 * marker, or create it. Two runs racing may both create one; each lists again after creating and deletes
 * every copy but the oldest, so the race ends with one comment.
 */
export async function publishComment(
  client: GitHubClient,
  target: CommentTarget,
  request: CommentRequest
): Promise<CommentOutcome> {
  if (request.mode === 'never')
    return { action: 'skipped', url: '', reason: 'comment is "never"', removed: 0 }
  const body = commentBody(request.audit, request.markdown)
  const existing = await findComments(client, target, request.audit)
  const [oldest, ...duplicates] = existing

  if (!oldest) {
    const drift = request.status === 'fail' || request.status === 'error'
    if (request.mode === 'on-drift' && !drift)
      return { action: 'skipped', url: '', reason: `no drift (status ${request.status})`, removed: 0 }
    if (request.mode === 'on-change' && request.status === 'pass')
      return {
        action: 'skipped',
        url: '',
        reason: 'the audit passed and no earlier report exists',
        removed: 0
      }
    return createOnce(client, target, request.audit, body)
  }

  const removed = await deleteComments(client, target, duplicates)
  const same = normalize(oldest.body ?? '') === normalize(body)
  if (same && request.mode !== 'always') return { action: 'unchanged', url: oldest.html_url, removed }
  const updated = await updateComment(client, target, oldest.id, body)
  if (updated) return { action: 'updated', url: updated.html_url, removed }
  // Deleted between listing and updating: start over with a new one.
  const outcome = await createOnce(client, target, request.audit, body)
  return { ...outcome, removed: outcome.removed + removed }
}

async function createOnce(
  client: GitHubClient,
  target: CommentTarget,
  audit: string,
  body: string
): Promise<CommentOutcome> {
  const { data: created } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body
  })
  // The comment just created names the token's identity: no need to ask for it.
  const author = created.user?.login
  const login = author ? async () => author : () => tokenLogin(client)
  const [survivor, ...duplicates] = await findComments(client, target, audit, login)
  const removed = await deleteComments(client, target, duplicates)
  if (!survivor || survivor.id === created.id) return { action: 'created', url: created.html_url, removed }
  // Another run created one first: ours was deleted as a duplicate, so our report goes into theirs.
  const updated = await updateComment(client, target, survivor.id, body)
  return { action: 'updated', url: updated?.html_url ?? created.html_url, removed }
}

async function updateComment(
  client: GitHubClient,
  target: CommentTarget,
  id: number,
  body: string
): Promise<IssueComment | undefined> {
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
      body
    })
    return data
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** Delete comments; one already gone (a concurrent run deleted it) counts as deleted. */
async function deleteComments(
  client: GitHubClient,
  target: CommentTarget,
  comments: IssueComment[]
): Promise<number> {
  for (const c of comments) {
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.id })
    } catch (error) {
      if (statusOf(error) !== 404) throw error
    }
  }
  return comments.length
}

function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd()
}
