import * as github from '@actions/github'

/** The hidden line that marks our comment, one per audit name. */
export function commentMarker(audit: string): string {
  return `<!-- repro-audit:${audit.replace(/[^A-Za-z0-9._-]/g, '_')} -->`
}

/** Create the pull request's report comment, or update the one an earlier run left. */
export async function upsertComment(token: string, issueNumber: number, audit: string, body: string): Promise<string> {
  const octokit = github.getOctokit(token)
  const { owner, repo } = github.context.repo
  const marker = commentMarker(audit)
  const text = `${marker}\n${body}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
  const mine = comments.find(c => c.body?.startsWith(marker))
  if (mine) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text })
    return data.html_url
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text })
  return data.html_url
}
