// mode: aggregate of the bundled action, run the way the runner runs it (see action.int.test.ts):
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a server on
// 127.0.0.1. Needs `npm run bundle` first.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { commentMarker } from '../src/github/comment.js'
import { runAction as runActionStep, workspace } from './helpers/action-runner.js'
import { FakeGitHub } from './helpers/github-server.js'

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

const CONFIG = { config: 'fixtures/house-prices/repro.yml', comment: 'never' }

describe('the bundled action over a matrix', () => {
  it('matrix jobs write their result files and summaries; the aggregate job posts one comment', async () => {
    const dir = await workspace()
    const ubuntu = await runAction(dir, 'push', { ...CONFIG, label: 'ubuntu-latest-py3.12' })
    expect(ubuntu.code).toBe(0)
    const file = path.join(dir, 'fixtures/house-prices/.repro-audit/repro-result-ubuntu-latest-py3.12.json')
    expect(ubuntu.outputs).toMatchObject({
      status: 'pass',
      label: 'ubuntu-latest-py3.12',
      'result-file': file
    })
    expect(ubuntu.summary).toContain('repro-audit · house-prices · run: PASS')
    // What actions/upload-artifact and download-artifact (merge-multiple) do between the jobs.
    await fs.mkdir(path.join(dir, 'repro-results'))
    await fs.copyFile(file, path.join(dir, 'repro-results', path.basename(file)))

    // A second job with another time zone and no label: its label comes from the runner.
    const mac = await runAction(dir, 'push', CONFIG, {
      TZ: 'Asia/Tokyo',
      RUNNER_OS: 'macOS',
      RUNNER_ARCH: 'ARM64'
    })
    expect(mac.code).toBe(0)
    expect(mac.outputs.label).toBe('macos-arm64-node' + process.versions.node)
    await fs.copyFile(
      mac.outputs['result-file'],
      path.join(dir, 'repro-results', path.basename(mac.outputs['result-file']))
    )
    expect(server.list(7)).toEqual([])

    const aggregate = await runAction(dir, 'pull_request', {
      mode: 'aggregate',
      comment: 'always',
      reference: 'ubuntu-latest-py3.12',
      expect: '2'
    })
    expect(aggregate.stderr).toBe('')
    expect(aggregate.code).toBe(0)
    expect(aggregate.outputs).toMatchObject({
      status: 'pass',
      'report-json': path.join(dir, '.repro-audit', 'aggregate.json'),
      'report-markdown': path.join(dir, '.repro-audit', 'aggregate.md')
    })
    const [comment] = server.list(7)
    expect(server.list(7)).toHaveLength(1)
    expect(
      comment.body.startsWith(
        `${commentMarker('aggregate:matrix')}\n## ✅ repro-audit · matrix of 2 job(s): PASS`
      )
    ).toBe(true)
    expect(comment.body).toContain('Reference (research) environment: `ubuntu-latest-py3.12` (declared)')
    expect(comment.body).toContain(
      `| \`macos-arm64-node${process.versions.node}\` vs reference | ✅ bit-identical | 0 of 586 |`
    )
    expect(aggregate.summary).toContain('## ✅ repro-audit · matrix of 2 job(s): PASS')

    // Run again: the same comment is updated, not a second one added.
    const again = await runAction(dir, 'pull_request', {
      mode: 'aggregate',
      reference: 'ubuntu-latest-py3.12'
    })
    expect(again.code).toBe(0)
    expect(server.list(7)).toEqual([expect.objectContaining({ id: comment.id })])
  })

  it('a missing job result fails the aggregate job with the reason in the summary, and posts nothing', async () => {
    const dir = await workspace()
    const job = await runAction(dir, 'push', { ...CONFIG, label: 'ubuntu-latest-py3.12' })
    await fs.mkdir(path.join(dir, 'repro-results'))
    await fs.copyFile(job.outputs['result-file'], path.join(dir, 'repro-results', 'one.json'))
    const aggregate = await runAction(dir, 'pull_request', { mode: 'aggregate', expect: '3' })
    expect(aggregate.code).toBe(1)
    expect(aggregate.outputs.status).toBe('error')
    expect(aggregate.stdout).toContain(
      '::error::repro-audit could not run: expected 3 job result(s), found 1 (one.json)'
    )
    expect(aggregate.summary).toContain('repro-audit could not run')
    expect(server.list(7)).toEqual([])
  })
})
