// Issue #15, item 10: `mode: post` comments only on the pull request the report belongs to. Driven by
// GitHub's published example payloads (octokit/webhooks, see fixtures/events/octokit/README.md)
// through the bundled action and the stand-in API. One `it` per hostile input.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commentMarker } from '../../src/github/comment.js'
import { skippedSection, type AuditResult } from '../../src/core/result.js'
import { runAction } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { ROOT } from '../helpers/workspace.js'

const OCTOKIT = path.join(ROOT, '__tests__', 'fixtures', 'events', 'octokit')
/** The run's head commit in both workflow_run examples, and the commit of the pull request they list. */
const RUN_SHA = '3484a3fb816e0859fd6e1cea078d76385ff50625'
const LISTED_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'

let server: FakeGitHub

beforeEach(async () => {
  server = new FakeGitHub()
  await server.start()
})

afterEach(async () => {
  await server.close()
})

/** A folder holding the report.json of a passing run, as downloaded from the audit's artifact. */
async function reportFolder(): Promise<string> {
  const result: AuditResult = {
    schemaVersion: 1,
    tool: { name: 'repro-audit', version: '0.1.0' },
    audit: 'house-prices',
    command: 'run',
    config: 'repro.yml',
    status: 'pass',
    gate: { failOn: 'fail', exitCode: 0 },
    summary: 'Reproduced: the retrained pipeline matches the baseline.',
    snapshot: skippedSection({ lock: 'repro.lock', files: [] }),
    runs: skippedSection({ engine: 'builtin', runs: [], settings: {} }),
    determinism: skippedSection({ runs: 0, checks: [], notTried: [] }),
    comparison: skippedSection({ baseline: 'baseline', metrics: [], artifacts: [] }),
    dependencies: skippedSection({ files: [] }),
    environment: skippedSection({ current: {}, differences: [] })
  }
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-artifact-'))
  await fs.writeFile(path.join(folder, 'report.json'), JSON.stringify(result))
  return folder
}

/** `mode: post` for the example payload `file`, in repository `repository`. */
async function post(eventName: string, file: string, repository: string) {
  return runAction(
    server.url,
    await reportFolder(),
    eventName,
    { mode: 'post' },
    {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: path.join(OCTOKIT, file),
      GITHUB_REPOSITORY: repository
    }
  )
}

const posted = () => server.requests.filter(r => r.method === 'POST' || r.method === 'PATCH')

describe("GitHub's example payloads in mode: post", () => {
  it('workflow_run listing a pull request of another repository at another commit: not posted there, and nothing found by the commit', async () => {
    // The current repository has a pull request #2 too, at some other commit.
    server.pulls.set(2, { head: { sha: LISTED_SHA } })
    const result = await post(
      'workflow_run',
      'workflow_run.completed.with-pull-requests.payload.json',
      'octo-org/octo-repo'
    )
    expect(result.code).toBe(0)
    expect(posted()).toEqual([])
    expect(server.list(2)).toEqual([])
    expect(result.outputs['comment-url']).toBe('')
    expect(result.stdout).toContain(
      `::warning::no open pull request of octo-org/octo-repo has its head at ${RUN_SHA}: the report is not posted`
    )
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toContain(
      `GET /repos/octo-org/octo-repo/commits/${RUN_SHA}/pulls`
    )
  })

  it('workflow_run listing a pull request of another repository: posted on the one at the run commit', async () => {
    server.pulls.set(2, { head: { sha: LISTED_SHA } })
    server.pulls.set(5, { head: { sha: RUN_SHA } })
    const result = await post(
      'workflow_run',
      'workflow_run.completed.with-pull-requests.payload.json',
      'octo-org/octo-repo'
    )
    expect(result.code).toBe(0)
    expect(server.list(2)).toEqual([])
    expect(server.list(5)).toEqual([
      expect.objectContaining({
        body: expect.stringMatching(new RegExp(`^${commentMarker('house-prices')}\n`))
      })
    ])
  })

  it('workflow_run listing no pull request: the one at the run commit is looked up, and only an open one of this repository counts', async () => {
    server.pulls.set(3, { head: { sha: RUN_SHA }, state: 'closed' })
    server.pulls.set(4, { head: { sha: RUN_SHA }, base: { repo: { full_name: 'someone/else' } } })
    server.pulls.set(6, { head: { sha: RUN_SHA } })
    const result = await post('workflow_run', 'workflow_run.completed.payload.json', 'octo-org/octo-repo')
    expect(result.code).toBe(0)
    expect(posted().map(r => r.path)).toEqual(['/repos/octo-org/octo-repo/issues/6/comments'])
  })

  it('workflow_run listing no pull request, and none open at the run commit: nothing posted, a warning', async () => {
    const result = await post('workflow_run', 'workflow_run.completed.payload.json', 'octo-org/octo-repo')
    expect(result.code).toBe(0)
    expect(posted()).toEqual([])
    expect(result.stdout).toMatch(/::warning::no open pull request of octo-org\/octo-repo has its head at/)
  })

  it('pull_request (synchronize): posted on the pull request of the event', async () => {
    const result = await post(
      'pull_request',
      'pull_request.synchronize.payload.json',
      'Codertocat/Hello-World'
    )
    expect(result.code).toBe(0)
    expect(posted().map(r => r.path)).toEqual(['/repos/Codertocat/Hello-World/issues/2/comments'])
  })
})
