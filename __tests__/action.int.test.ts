// The bundled dist/index.js run the way the runner runs it: INPUT_* variables, an event payload,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a server on
// 127.0.0.1. Needs `npm run bundle` first.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commentMarker } from '../src/github/comment.js'
import { runAction as runActionStep, TOKEN, workspace } from './helpers/action-runner.js'
import { FakeGitHub } from './helpers/github-server.js'

const COMMENTS = /\/issues\/7\/comments$/

let server: FakeGitHub

beforeEach(async () => {
  server = new FakeGitHub()
  await server.start()
})

afterEach(async () => {
  await server.close()
})

/** One step of the bundled action against this test's API server. */
const runAction = (
  dir: string,
  event: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
) => runActionStep(server.url, dir, event, inputs, env)

const CONFIG = { config: 'fixtures/house-prices/repro.yml' }

describe('the bundled action', () => {
  it('two runs on the same pull request leave one comment, updated by the second run', async () => {
    const dir = await workspace()
    const first = await runAction(dir, 'pull_request', CONFIG)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({
      status: 'pass',
      'report-json': path.join(dir, 'fixtures/house-prices/.repro-audit/report.json')
    })
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    // The base commit is in the checkout: its baseline is read, and the pull request leaves it as is.
    const report = JSON.parse(await fs.readFile(first.outputs['report-json'], 'utf8'))
    expect(report.comparison.intendedChange).toMatchObject({ change: 'unchanged' })
    const [created] = server.list(7)
    expect(
      created.body.startsWith(
        `${commentMarker('house-prices')}\n## ✅ repro-audit · house-prices · run: PASS`
      )
    ).toBe(true)

    const second = await runAction(dir, 'pull_request', CONFIG)
    expect(second.code).toBe(0)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(server.list(7)).toEqual([expect.objectContaining({ id: created.id })])
    expect(server.list(7)[0].updated_at > created.created_at).toBe(true)
    // Six API calls in all: list, create, list again; then list, who am I, update.
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/models/issues/7/comments',
      'POST /repos/octo/models/issues/7/comments',
      'GET /repos/octo/models/issues/7/comments',
      'GET /repos/octo/models/issues/7/comments',
      // A marker comment exists: is it by the token's identity? (GraphQL viewer: github-actions[bot].)
      'POST /graphql',
      `PATCH /repos/octo/models/issues/comments/${created.id}`
    ])

    expect(second.summary).toContain('repro-audit · house-prices · run: PASS')
    expect(second.stdout).toContain('pull-request comment updated')
    // The token reaches the API, and the log only in the add-mask command that hides it.
    expect(server.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(second.stdout.split('\n').filter(l => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
  })

  it('a push event writes outputs and summary, comments nowhere, and exits 0', async () => {
    const dir = await workspace()
    const result = await runAction(dir, 'push', CONFIG)
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'pass', 'comment-url': '' })
    expect(result.summary).toContain('PASS')
    expect(server.requests).toHaveLength(0)
  })

  it('a read-only token (403) warns, still writes summary and outputs, and the gate decides the exit', async () => {
    const dir = await workspace()
    server.fail({
      method: 'POST',
      path: COMMENTS,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 10
    })
    const result = await runAction(dir, 'pull_request', CONFIG)
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'pass', 'comment-url': '' })
    expect(result.summary).toContain('PASS')
    expect(result.stdout).toMatch(
      /::warning::could not post the pull-request comment: the token may not write to this pull request \(403: Resource not accessible by integration\)/
    )
    expect(server.count('POST', COMMENTS)).toBe(1)
  })

  it('an API that never answers costs a bounded time, a warning, and nothing else', async () => {
    const dir = await workspace()
    server.fail({ path: /./, hang: true, times: 1000 })
    const result = await runAction(dir, 'pull_request', CONFIG, {
      REPRO_AUDIT_GITHUB_BUDGET_MS: '2000',
      REPRO_AUDIT_GITHUB_TIMEOUT_MS: '400'
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'pass', 'comment-url': '' })
    expect(result.summary).toContain('PASS')
    expect(result.stdout).toMatch(
      /::warning::could not post the pull-request comment: .*(no answer within 400 ms|time budget)/
    )
    expect(server.list(7)).toHaveLength(0)
  })

  it('drift fails the step and the comment says so', async () => {
    const dir = await workspace()
    const train = path.join(dir, 'fixtures/house-prices/data/train.csv')
    const lines = (await fs.readFile(train, 'utf8')).split('\n')
    lines.splice(10, 1)
    await fs.writeFile(train, lines.join('\n'))
    const result = await runAction(dir, 'pull_request', { ...CONFIG, comment: 'on-drift' })
    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('fail')
    expect(result.stdout).toMatch(
      /::error title=repro-audit%3A snapshot.rows-removed,file=fixtures\/house-prices\/data\/train.csv::.*1 row removed/
    )
    expect(server.list(7)[0].body).toContain('FAIL')
  })

  it('two runs at the same time leave exactly one comment', async () => {
    const dir = await workspace()
    server.holdUntil(COMMENTS, 2)
    const runs = await Promise.all([
      runAction(dir, 'pull_request', { ...CONFIG, name: 'race' }),
      runAction(await workspace(), 'pull_request', { ...CONFIG, name: 'race' })
    ])
    expect(runs.map(r => r.code)).toEqual([0, 0])
    expect(server.count('POST', COMMENTS)).toBe(2)
    expect(server.list(7)).toHaveLength(1)
    expect(server.list(7)[0].body.startsWith(commentMarker('race'))).toBe(true)
  })

  it('a bad input exits non-zero with status error', async () => {
    const result = await runAction(await workspace(), 'pull_request', { ...CONFIG, comment: 'sometimes' })
    expect(result.code).not.toBe(0)
    expect(result.outputs.status).toBe('error')
    expect(result.stdout).toContain(
      'input "comment" must be one of always, on-change, on-drift, never, not "sometimes"'
    )
  })
})

describe('mode: post (the fork-safe pattern)', () => {
  /** An artifact folder with the report.json of a passing run. */
  async function artifact(): Promise<string> {
    const dir = await workspace()
    const audited = await runAction(dir, 'push', CONFIG)
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-artifact-'))
    await fs.copyFile(audited.outputs['report-json'], path.join(folder, 'report.json'))
    return folder
  }

  it('posts a report from a fork on the pull request named by the input, checked against the run head', async () => {
    const folder = await artifact()
    server.pulls.set(7, { head: { sha: '9c8b7a6f5e4d3c2b1a0918273645546372819a0b' } })
    // The config does not exist: post mode must not read it, nor run anything.
    const result = await runAction(folder, 'workflow_run', {
      mode: 'post',
      report: 'report.json',
      'pr-number': '7',
      config: 'missing.yml'
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      status: 'pass',
      'report-json': path.join(folder, 'report.json'),
      'report-markdown': path.join(folder, 'report.md')
    })
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(server.list(7)[0].body.startsWith(`${commentMarker('house-prices')}\n## ✅`)).toBe(true)
    expect(result.summary).toContain('PASS')
  })

  it('finds the pull request of a fork by the head branch and commit of the run', async () => {
    const folder = await artifact()
    server.pulls.set(7, {
      head: { sha: '9c8b7a6f5e4d3c2b1a0918273645546372819a0b', label: 'mona:tune-alpha' }
    })
    // The lookup by commit does not list the fork's pull request: the head branch finds it.
    server.fail({ method: 'GET', path: /\/commits\/[0-9a-f]+\/pulls$/, status: 200, body: [] })
    const result = await runAction(folder, 'workflow_run', { mode: 'post' })
    expect(result.code).toBe(0)
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(server.list(7)).toHaveLength(1)
    expect(server.requests.find(r => r.path === '/repos/octo/models/pulls')?.query).toContain(
      'head=mona%3Atune-alpha'
    )
  })

  it('does not post when the pull request is not at the commit the report was made from', async () => {
    const folder = await artifact()
    server.pulls.set(7, { head: { sha: 'ffffffffffffffffffffffffffffffffffffffff' } })
    const result = await runAction(folder, 'workflow_run', { mode: 'post', 'pr-number': '7' })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/::warning::pull request #7 is not at 9c8b7a6f/)
    expect(server.list(7)).toHaveLength(0)
  })

  it('a malformed report is an error that names the file', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-artifact-'))
    await fs.writeFile(path.join(folder, 'report.json'), JSON.stringify({ schemaVersion: 1, status: 'pass' }))
    const result = await runAction(folder, 'workflow_run', { mode: 'post', 'pr-number': '7' })
    expect(result.code).not.toBe(0)
    expect(result.outputs.status).toBe('error')
    expect(result.stdout).toMatch(/report\.json: not a repro-audit report: "audit" is not a string/)
    // The summary is Markdown: the quotes of the message are escaped (they render as quotes).
    expect(result.summary).toMatch(
      /^## 🛑 repro-audit could not run\n\nreport\.json: not a repro-audit report: &quot;audit&quot; is not a string/
    )
    expect(server.requests).toHaveLength(0)
  })
})
