// The sticky comment and the API client against a real HTTP server on 127.0.0.1, with the real
// Octokit from @actions/github and its retry and throttling plugins.
import { createClient, type ClientOptions } from '../src/github/client.js'
import {
  commentMarkdown,
  commentMarker,
  publishComment,
  type CommentRequest,
  type CommentTarget
} from '../src/github/comment.js'
import { resolvePullRequest } from '../src/github/event.js'
import { skippedSection, type AuditResult } from '../src/core/result.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { manyColumns } from './helpers/big-report.js'
import { FakeGitHub } from './helpers/github-server.js'

const TARGET: CommentTarget = { owner: 'octo', repo: 'models', issueNumber: 7 }
const COMMENTS = /\/issues\/7\/comments$/
const ANY_COMMENT = /\/issues\/(7\/)?comments/

let server: FakeGitHub
let clients = 0

beforeEach(async () => {
  server = new FakeGitHub()
  process.env.GITHUB_API_URL = await server.start()
})

afterEach(async () => {
  await server.close()
})

/** Short waits and a short request timeout keep fault tests fast; a fresh id keeps write pacing per test. */
function client(options: Partial<ClientOptions> = {}) {
  return createClient('test-token', {
    budgetMs: 20_000,
    requestTimeoutMs: 500,
    waitScale: 0.001,
    id: `test-${++clients}`,
    ...options
  })
}

function report(overrides: Partial<CommentRequest> = {}): CommentRequest {
  return {
    audit: 'house-prices',
    status: 'pass',
    markdown: '## ✅ repro-audit · house-prices · run: PASS\n',
    mode: 'always',
    ...overrides
  }
}

describe('the sticky comment', () => {
  it('is created once, then updated in place', async () => {
    const first = await publishComment(client(), TARGET, report())
    expect(first.action).toBe('created')
    // List, create, list again (the race check).
    expect(server.requests.map(r => r.method)).toEqual(['GET', 'POST', 'GET'])
    expect(first.url).toMatch(/#issuecomment-\d+$/)
    const second = await publishComment(client(), TARGET, report({ status: 'fail', markdown: 'drifted\n' }))
    expect(second).toMatchObject({ action: 'updated', url: first.url })
    // List, ask who the token is (a marker comment exists), update.
    expect(server.requests.map(r => `${r.method} ${r.path}`).slice(3)).toEqual([
      'GET /repos/octo/models/issues/7/comments',
      'POST /graphql',
      expect.stringMatching(/^PATCH \/repos\/octo\/models\/issues\/comments\/\d+$/)
    ])
    const comments = server.list(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toBe(`${commentMarker('house-prices')}\ndrifted\n`)
    expect(server.requests.every(r => r.authorization === 'token test-token')).toBe(true)
  })

  it('is found through the Link-header pages of the comment list', async () => {
    server.pageSize = 2
    for (let i = 0; i < 5; i++) server.addComment(7, `looks good ${i}`)
    const ours = server.addComment(7, `${commentMarker('house-prices')}\nold report\n`, 'github-actions[bot]')
    server.addComment(7, 'another remark')
    const outcome = await publishComment(client(), TARGET, report())
    expect(outcome.action).toBe('updated')
    expect(server.list(7).filter(c => c.body.startsWith('<!-- repro-audit'))).toEqual([
      expect.objectContaining({ id: ours.id })
    ])
    expect(server.count('GET', COMMENTS)).toBe(4)
    expect(server.count('POST', COMMENTS)).toBe(0)
  })

  it('keeps one comment per audit name', async () => {
    await publishComment(client(), TARGET, report({ audit: 'a' }))
    await publishComment(client(), TARGET, report({ audit: 'ab' }))
    await publishComment(client(), TARGET, report({ audit: 'a', markdown: 'second a\n' }))
    const bodies = server.list(7).map(c => c.body)
    expect(bodies).toEqual([
      `${commentMarker('a')}\nsecond a\n`,
      `${commentMarker('ab')}\n${report().markdown}`
    ])
  })

  it('on-change leaves an identical report alone and updates a different one', async () => {
    expect(await publishComment(client(), TARGET, report({ mode: 'on-change' }))).toMatchObject({
      action: 'skipped'
    })
    expect(server.list(7)).toHaveLength(0)
    const created = await publishComment(
      client(),
      TARGET,
      report({ mode: 'on-change', status: 'warn', markdown: 'warned\n' })
    )
    expect(created.action).toBe('created')
    expect(
      await publishComment(
        client(),
        TARGET,
        report({ mode: 'on-change', status: 'warn', markdown: 'warned\n' })
      )
    ).toMatchObject({ action: 'unchanged', url: created.url })
    expect(server.count('PATCH', ANY_COMMENT)).toBe(0)
    // Back to a pass: the comment exists, so it must not keep showing the old warning.
    expect(await publishComment(client(), TARGET, report({ mode: 'on-change' }))).toMatchObject({
      action: 'updated',
      url: created.url
    })
    expect(server.list(7)[0].body).toContain('PASS')
  })

  it('on-drift posts only on fail or error, and still updates an earlier drift report', async () => {
    expect(
      await publishComment(client(), TARGET, report({ mode: 'on-drift', status: 'warn' }))
    ).toMatchObject({ action: 'skipped' })
    expect(
      await publishComment(
        client(),
        TARGET,
        report({ mode: 'on-drift', status: 'fail', markdown: 'drift\n' })
      )
    ).toMatchObject({ action: 'created' })
    expect(await publishComment(client(), TARGET, report({ mode: 'on-drift' }))).toMatchObject({
      action: 'updated'
    })
    expect(server.list(7)).toHaveLength(1)
  })

  it('fits a huge report into the 65,536 characters GitHub accepts', async () => {
    const files = Array.from({ length: 5000 }, (_, i) => ({
      path: `data/part-${i}.csv`,
      status: 'pass' as const,
      change: 'unchanged' as const,
      size: 1,
      rows: 1
    }))
    const huge: AuditResult = {
      schemaVersion: 1,
      tool: { name: 'repro-audit', version: '0.1.0' },
      audit: 'a-long-audit-name-'.repeat(4),
      command: 'run',
      config: 'repro.yml',
      status: 'pass',
      gate: { failOn: 'fail', exitCode: 0 },
      summary: 'Reproduced.',
      snapshot: { status: 'pass', findings: [], lock: 'repro.lock', files },
      runs: skippedSection({ engine: 'builtin', runs: [], settings: {} }),
      determinism: skippedSection({ runs: 0, checks: [], notTried: [] }),
      // Every table is capped at 20 rows: the size comes from the columns' most-changed rows.
      comparison: manyColumns(3000),
      dependencies: skippedSection({ files: [] }),
      environment: { status: 'pass', findings: [], differences: [], current: { python: '3.11.2' } }
    }
    expect(renderMarkdown(huge).length).toBeGreaterThan(65_536)
    const markdown = commentMarkdown(huge, huge.audit)
    expect(markdown).toMatch(/Shortened to stay within GitHub's [\d,]+-character comment limit; left out: /)
    expect((await publishComment(client(), TARGET, report({ audit: huge.audit, markdown }))).action).toBe(
      'created'
    )
    expect(server.list(7)[0].body.length).toBeLessThanOrEqual(65_536)
    expect(server.list(7)[0].body).toContain('python')
  })

  it('never makes no request at all', async () => {
    expect(await publishComment(client(), TARGET, report({ mode: 'never' }))).toMatchObject({
      action: 'skipped',
      url: ''
    })
    expect(server.requests).toHaveLength(0)
  })

  it('two runs at the same time end with exactly one comment', async () => {
    // Both runs see an empty list, so both create a comment.
    server.holdUntil(COMMENTS, 2)
    const [a, b] = await Promise.all([
      publishComment(client(), TARGET, report({ markdown: 'run A\n' })),
      publishComment(client(), TARGET, report({ markdown: 'run B\n' }))
    ])
    expect(server.count('POST', COMMENTS)).toBe(2)
    const left = server.list(7)
    expect(left).toHaveLength(1)
    expect(a.url).toBe(left[0].html_url)
    expect(b.url).toBe(left[0].html_url)
    expect(left[0].body).toMatch(/run [AB]\n$/)
    expect(server.count('DELETE', ANY_COMMENT)).toBeGreaterThanOrEqual(1)
  })

  it('deletes duplicates an earlier run left behind, keeping the oldest', async () => {
    const oldest = server.addComment(7, `${commentMarker('house-prices')}\none\n`, 'github-actions[bot]')
    server.addComment(7, `${commentMarker('house-prices')}\ntwo\n`, 'github-actions[bot]')
    const outcome = await publishComment(client(), TARGET, report())
    expect(outcome).toMatchObject({ action: 'updated', removed: 1 })
    expect(server.list(7).map(c => c.id)).toEqual([oldest.id])
  })

  it('creates a new comment when the old one was deleted between listing and updating', async () => {
    const old = server.addComment(7, `${commentMarker('house-prices')}\nold\n`, 'github-actions[bot]')
    const deleted = () => void server.comments.set(7, [])
    server.fail({
      method: 'PATCH',
      path: new RegExp(`/comments/${old.id}$`),
      status: 404,
      body: { message: 'Not Found' },
      effect: deleted
    })
    const outcome = await publishComment(client(), TARGET, report())
    expect(outcome.action).toBe('created')
    expect(server.count('POST', COMMENTS)).toBe(1)
    expect(server.list(7)).toEqual([
      expect.objectContaining({ body: `${commentMarker('house-prices')}\n${report().markdown}` })
    ])
  })
})

describe('whose comments are ours', () => {
  const MARKER = commentMarker('house-prices')
  const changed = report({ markdown: 'passes again\n', mode: 'on-change' })
  const graphqlDown = (): void =>
    server.fail({ method: 'POST', path: /^\/graphql$/, status: 404, body: { message: 'Not Found' } })

  it('a GitHub App installation token: GraphQL viewer names its bot, whose earlier comment is updated', async () => {
    server.appBot = 'repro-app[bot]'
    const workflows = server.addComment(7, `${MARKER}\nby the workflow token\n`, 'github-actions[bot]')
    const mine = server.addComment(7, `${MARKER}\nFAIL earlier\n`, 'repro-app[bot]')
    const outcome = await publishComment(client(), TARGET, changed)
    expect(outcome).toMatchObject({ action: 'updated', url: mine.html_url, removed: 0 })
    expect(server.list(7)).toEqual([
      workflows,
      expect.objectContaining({ id: mine.id, body: `${MARKER}\npasses again\n` })
    ])
    expect(server.count('GET', /^\/user$/)).toBe(0)
    expect(server.count('POST', COMMENTS)).toBe(0)
  })

  it('where GraphQL does not answer, GET /user decides, and its 403 means the workflow token', async () => {
    graphqlDown()
    const ours = server.addComment(7, `${MARKER}\nFAIL earlier\n`, 'github-actions[bot]')
    const outcome = await publishComment(client(), TARGET, changed)
    expect(outcome).toMatchObject({ action: 'updated', url: ours.html_url })
    expect(server.requests.map(r => `${r.method} ${r.path} ${r.status}`).slice(1, 3)).toEqual([
      'POST /graphql 404',
      'GET /user 403'
    ])
  })

  // The limit the README names: with an App's token and no GraphQL, the app's earlier comment is
  // not recognised until the action has posted one of its own and sees its author.
  it('that fallback with an App token: a new comment is posted, then folded into the earlier one; on-change with a pass posts nothing', async () => {
    server.appBot = 'repro-app[bot]'
    const mine = server.addComment(7, `${MARKER}\nFAIL earlier\n`, 'repro-app[bot]')
    graphqlDown()
    const quiet = await publishComment(client(), TARGET, changed)
    expect(quiet).toMatchObject({
      action: 'skipped',
      reason: 'the audit passed and no earlier report exists'
    })
    expect(server.list(7)).toEqual([mine])

    graphqlDown()
    const always = await publishComment(client(), TARGET, { ...changed, mode: 'always' })
    expect(always).toMatchObject({ action: 'updated', url: mine.html_url, removed: 1 })
    expect(server.count('POST', COMMENTS)).toBe(1)
    expect(server.list(7)).toEqual([
      expect.objectContaining({ id: mine.id, body: `${MARKER}\npasses again\n` })
    ])
  })
})

describe('API faults', () => {
  it.each([
    ['500', { status: 500 }],
    ['502', { status: 502, body: { message: 'Bad Gateway' } }],
    ['503 with Retry-After', { status: 503, headers: { 'retry-after': '1' } }],
    ['a timeout', { hang: true }],
    ['a dropped connection', { reset: true }]
  ])('a %s on listing is retried', async (_name, fault) => {
    server.fail({ method: 'GET', path: COMMENTS, times: 2, ...fault })
    const outcome = await publishComment(client(), TARGET, report())
    expect(outcome.action).toBe('created')
    expect(server.count('GET', COMMENTS)).toBe(4)
    expect(server.list(7)).toHaveLength(1)
  })

  it('a 500 on creating is retried and still leaves one comment', async () => {
    server.fail({ method: 'POST', path: COMMENTS, status: 500 })
    expect((await publishComment(client(), TARGET, report())).action).toBe('created')
    expect(server.count('POST', COMMENTS)).toBe(2)
    expect(server.list(7)).toHaveLength(1)
  })

  it('a 502 after the comment was stored is retried, and the duplicate it makes is deleted', async () => {
    const storedThenFailed = (text: string) =>
      void server.addComment(7, (JSON.parse(text) as { body: string }).body, 'github-actions[bot]')
    server.fail({ method: 'POST', path: COMMENTS, status: 502, effect: storedThenFailed })
    expect((await publishComment(client(), TARGET, report())).action).toBe('updated')
    expect(server.count('POST', COMMENTS)).toBe(2)
    expect(server.count('DELETE', ANY_COMMENT)).toBe(1)
    expect(server.list(7)).toHaveLength(1)
  })

  it('gives up after a bounded number of attempts on a persistent 500', async () => {
    server.fail({ method: 'GET', path: COMMENTS, status: 500, times: 100 })
    await expect(publishComment(client(), TARGET, report())).rejects.toMatchObject({ status: 500 })
    expect(server.count('GET', COMMENTS)).toBe(4)
  })

  it('does not wait for a Retry-After beyond the time budget', async () => {
    server.fail({
      method: 'GET',
      path: COMMENTS,
      status: 503,
      headers: { 'retry-after': '3600' },
      times: 100
    })
    await expect(publishComment(client({ waitScale: 1 }), TARGET, report())).rejects.toMatchObject({
      status: 503
    })
    expect(server.count('GET', COMMENTS)).toBe(1)
  })

  it('stops at the time budget when every request hangs', async () => {
    server.fail({ method: 'GET', path: COMMENTS, hang: true, times: 100 })
    await expect(
      publishComment(client({ budgetMs: 1500, requestTimeoutMs: 400 }), TARGET, report())
    ).rejects.toThrow(/no answer within|budget/)
    expect(server.count('GET', COMMENTS)).toBeLessThanOrEqual(4)
  })

  it.each([
    [
      'a 429 with Retry-After',
      429,
      { 'retry-after': '2' },
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    ],
    [
      'the secondary rate limit (403 with Retry-After)',
      403,
      { 'retry-after': '2' },
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    ],
    [
      'the primary rate limit (403, x-ratelimit-remaining: 0)',
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2) },
      'API rate limit exceeded for installation.'
    ]
  ])('%s is waited out and retried', async (_name, status, headers, message) => {
    server.fail({ method: 'POST', path: COMMENTS, status, headers, body: { message } })
    const warnings: string[] = []
    const outcome = await publishComment(client({ warn: m => warnings.push(m) }), TARGET, report())
    expect(outcome.action).toBe('created')
    expect(server.count('POST', COMMENTS)).toBe(2)
    expect(warnings.join('\n')).toMatch(/rate limit on POST .*retrying/)
  })

  it.each([
    ['403 (read-only token)', 403, 'Resource not accessible by integration'],
    ['404', 404, 'Not Found'],
    ['422', 422, 'Validation Failed']
  ])('a %s is not retried and reaches the caller', async (_name, status, message) => {
    server.fail({ method: 'POST', path: COMMENTS, status, body: { message } })
    await expect(publishComment(client(), TARGET, report())).rejects.toMatchObject({ status })
    expect(server.count('POST', COMMENTS)).toBe(1)
    expect(server.list(7)).toHaveLength(0)
  })
})

describe('the pull request of a forwarded report', () => {
  it('is accepted only when its head is the commit the report was made from', async () => {
    server.pulls.set(12, { head: { sha: 'abc123' } })
    expect(
      await resolvePullRequest(client(), 'octo', 'models', { number: 12, expectHeadSha: 'abc123' })
    ).toEqual({ number: 12 })
    expect(
      await resolvePullRequest(client(), 'octo', 'models', { number: 12, expectHeadSha: 'fff000' })
    ).toEqual({
      reason: 'pull request #12 is not at fff000, the commit the report was made from'
    })
    expect(server.count('GET', /\/pulls\/12$/)).toBe(2)
  })

  it('is found by the head branch and commit of a run from a fork', async () => {
    server.pulls.set(12, { head: { sha: 'old', label: 'mona:tune' } })
    server.pulls.set(13, { head: { sha: 'abc123', label: 'mona:tune' } })
    // The commit lookup finds nothing for the fork's commit here; the branch search does.
    server.fail({ method: 'GET', path: /\/commits\/abc123\/pulls$/, status: 200, body: [], times: 2 })
    expect(
      await resolvePullRequest(client(), 'octo', 'models', { head: 'mona:tune', sha: 'abc123' })
    ).toEqual({ number: 13 })
    expect(
      await resolvePullRequest(client(), 'octo', 'models', { head: 'mona:other', sha: 'abc123' })
    ).toEqual({
      reason: 'no open pull request of octo/models has its head at abc123'
    })
  })

  it('is found by its head commit, and two at the same commit are not guessed between', async () => {
    server.pulls.set(13, { head: { sha: 'abc123' } })
    server.pulls.set(15, { head: { sha: 'abc123' }, base: { repo: { full_name: 'other/models' } } })
    server.pulls.set(16, { head: { sha: 'abc123' }, state: 'closed' })
    expect(await resolvePullRequest(client(), 'octo', 'models', { sha: 'abc123' })).toEqual({ number: 13 })
    server.pulls.set(14, { head: { sha: 'abc123' } })
    expect(await resolvePullRequest(client(), 'octo', 'models', { sha: 'abc123' })).toEqual({
      reason:
        '2 open pull requests have their head at abc123 (#13, #14); set the pr-number input to choose one'
    })
  })
})
