// Issue #15, item 4: a comment that starts with the action's marker but was written by someone
// else is never edited or deleted. The real Octokit client against the stand-in API, and the
// bundled action. One `it` per hostile input.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '../../src/github/client.js'
import { commentMarker, publishComment, type CommentRequest } from '../../src/github/comment.js'
import { skippedSection, type AuditResult } from '../../src/core/result.js'
import { runAction } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/github-server.js'

const TARGET = { owner: 'octo', repo: 'models', issueNumber: 7 }
const MARKER = commentMarker('house-prices')

let server: FakeGitHub
let clients = 0

beforeEach(async () => {
  server = new FakeGitHub()
  process.env.GITHUB_API_URL = await server.start()
})

afterEach(async () => {
  await server.close()
})

const client = () =>
  createClient('test-token', {
    budgetMs: 20_000,
    requestTimeoutMs: 2000,
    waitScale: 0.001,
    id: `owner-${++clients}`
  })

const REQUEST: CommentRequest = {
  audit: 'house-prices',
  status: 'fail',
  markdown: '## ❌ repro-audit · house-prices · run: FAIL\n',
  mode: 'always'
}

describe('comments carrying the marker, written by someone else', () => {
  it('a marker comment by another user (default token): left as it is, a new comment posted', async () => {
    const foreign = server.addComment(7, `${MARKER}\nI can write your marker too\n`, 'mallory')
    const outcome = await publishComment(client(), TARGET, REQUEST)
    expect(outcome.action).toBe('created')
    expect(server.list(7)).toEqual([
      foreign,
      expect.objectContaining({
        body: `${MARKER}\n${REQUEST.markdown}`,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      })
    ])
    expect(server.count('PATCH', /comments/)).toBe(0)
    expect(server.count('DELETE', /comments/)).toBe(0)
  })

  it('an older marker comment by another user beside ours: ours updated, theirs neither edited nor deleted', async () => {
    const foreign = server.addComment(7, `${MARKER}\nolder, not ours\n`, 'mallory')
    const ours = server.addComment(7, `${MARKER}\nour earlier report\n`, 'github-actions[bot]')
    const outcome = await publishComment(client(), TARGET, REQUEST)
    expect(outcome).toMatchObject({ action: 'updated', removed: 0 })
    expect(server.list(7)).toEqual([
      foreign,
      expect.objectContaining({ id: ours.id, body: `${MARKER}\n${REQUEST.markdown}` })
    ])
  })

  it('a marker comment by github-actions[bot] when the token is a user token: not ours either', async () => {
    server.tokenUser = { login: 'octo-ci', type: 'User' }
    const bot = server.addComment(7, `${MARKER}\nposted by the workflow token\n`, 'github-actions[bot]')
    const mine = server.addComment(7, `${MARKER}\nmine\n`, 'Octo-CI')
    const outcome = await publishComment(client(), TARGET, REQUEST)
    expect(outcome).toMatchObject({ action: 'updated', removed: 0 })
    expect(server.list(7)).toEqual([
      bot,
      expect.objectContaining({ id: mine.id, body: `${MARKER}\n${REQUEST.markdown}` })
    ])
    // The token's identity: asked once (GraphQL viewer, which names the token's user).
    expect(server.count('POST', /^\/graphql$/)).toBe(1)
  })

  it('two marker comments by other users, as duplicates would look: none deleted', async () => {
    const a = server.addComment(7, `${MARKER}\none\n`, 'mallory')
    const b = server.addComment(7, `${MARKER}\ntwo\n`, 'trudy[bot]')
    const outcome = await publishComment(client(), TARGET, REQUEST)
    expect(outcome).toMatchObject({ action: 'created', removed: 0 })
    expect(server.list(7).slice(0, 2)).toEqual([a, b])
    expect(server.list(7)).toHaveLength(3)
  })

  it('through the bundled action (mode: post): a foreign marker comment is left alone', async () => {
    const foreign = server.addComment(7, `${MARKER}\nfake report: PASS\n`, 'mallory')
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-artifact-'))
    await fs.writeFile(path.join(folder, 'report.json'), JSON.stringify(failingReport()))
    const result = await runAction(server.url, folder, 'pull_request', { mode: 'post' })
    expect(result.code).toBe(1)
    const comments = server.list(7)
    expect(comments[0]).toEqual(foreign)
    expect(comments).toHaveLength(2)
    expect(comments[1].body.startsWith(`${MARKER}\n## ❌`)).toBe(true)
    expect(result.stdout).toContain('pull-request comment created')
  })
})

function failingReport(): AuditResult {
  return {
    schemaVersion: 1,
    tool: { name: 'repro-audit', version: '0.1.0' },
    audit: 'house-prices',
    command: 'run',
    config: 'repro.yml',
    status: 'fail',
    gate: { failOn: 'fail', exitCode: 1 },
    summary: 'Not reproduced: results drifted from the baseline.',
    snapshot: skippedSection({ lock: 'repro.lock', files: [] }),
    runs: skippedSection({ engine: 'builtin', runs: [], settings: {} }),
    determinism: skippedSection({ runs: 0, checks: [], notTried: [] }),
    comparison: {
      ...skippedSection({ baseline: 'baseline', metrics: [], artifacts: [] }),
      status: 'fail',
      findings: [{ status: 'fail', code: 'metrics.drift', message: 'Metric rmse moved.' }]
    },
    dependencies: skippedSection({ files: [] }),
    environment: skippedSection({ current: {}, differences: [] })
  }
}
