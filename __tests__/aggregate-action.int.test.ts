// mode: aggregate of the bundled action, run the way the runner runs it (see action.int.test.ts):
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a server on
// 127.0.0.1. Needs `npm run build` first.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { commentMarker } from '../src/github/comment.js'
import { FakeGitHub } from './helpers/github-server.js'
import { EXAMPLE, ROOT } from './helpers/workspace.js'

const ACTION = path.join(ROOT, 'dist', 'index.js')
const EVENTS = path.join(ROOT, '__tests__', 'fixtures', 'events')
const TOKEN = 'ghs_s3cr3tT0k3nForTheFakeServer'

interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

let server: FakeGitHub

beforeEach(async () => {
  server = new FakeGitHub()
  await server.start()
})

afterEach(async () => {
  await server.close()
})

/** A workspace holding a copy of the example under fixtures/house-prices, as a checkout would. */
async function workspace(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-action-'))
  await fs.cp(EXAMPLE, path.join(dir, 'fixtures', 'house-prices'), {
    recursive: true,
    filter: src => !src.includes(`${path.sep}.repro-audit`)
  })
  return dir
}

async function runAction(
  dir: string,
  event: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const runner = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-runner-'))
  const output = path.join(runner, 'output')
  const summary = path.join(runner, 'summary')
  await fs.writeFile(output, '')
  await fs.writeFile(summary, '')
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k))
  )
  const childEnv: NodeJS.ProcessEnv = {
    ...inherited,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(EVENTS, `${event}.json`),
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_API_URL: server.url,
    GITHUB_SHA: '9c8b7a6f5e4d3c2b1a0918273645546372819a0b',
    RUNNER_TEMP: runner,
    REPRO_AUDIT_GITHUB_WAIT_SCALE: '0.001',
    INPUT_TOKEN: TOKEN,
    INPUT_COMMENT: 'always',
    INPUT_MODE: 'run',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env
  }
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    resolve => {
      execFile(
        process.execPath,
        [ACTION],
        { cwd: dir, env: childEnv, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const status = (error as { code?: unknown } | null)?.code
          resolve({ code: error ? (typeof status === 'number' ? status : -1) : 0, stdout, stderr })
        }
      )
    }
  )
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await fs.readFile(output, 'utf8')),
    summary: await fs.readFile(summary, 'utf8')
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value, and the delimiter again. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(.+)$/)
    if (!m) continue
    const end = lines.indexOf(m[2], i + 1)
    outputs[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

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
