// The bundled dist/index.js run the way the GitHub runner runs it: INPUT_* variables, an event
// payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a server on
// 127.0.0.1. Shared by the action's integration tests; needs `npm run bundle` first.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { EXAMPLE, ROOT } from './workspace.js'

const execFileAsync = promisify(execFile)
const ACTION = path.join(ROOT, 'dist', 'index.js')
const EVENTS = path.join(ROOT, '__tests__', 'fixtures', 'events')
export const TOKEN = 'ghs_s3cr3tT0k3nForTheFakeServer'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * A workspace holding a copy of the example under fixtures/house-prices, as a checkout would: a git
 * repository whose one commit is also the pull request's base (see runAction), so the base
 * branch's baseline can be read, as after actions/checkout with the base commit fetched.
 */
export async function workspace(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-action-'))
  await fs.cp(EXAMPLE, path.join(dir, 'fixtures', 'house-prices'), {
    recursive: true,
    filter: src => !src.includes(`${path.sep}.repro-audit`)
  })
  const git = (...args: string[]) =>
    execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir })
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'base')
  return dir
}

/** The event payload, with the pull request's base commit set to the workspace's commit. */
async function eventFile(dir: string, event: string, runner: string): Promise<string> {
  const file = path.join(EVENTS, `${event}.json`)
  const payload = JSON.parse(await fs.readFile(file, 'utf8'))
  const head = await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd: dir }).then(
    r => r.stdout.trim(),
    () => undefined
  )
  if (!payload.pull_request?.base || !head) return file
  payload.pull_request.base.sha = head
  const copy = path.join(runner, `${event}.json`)
  await fs.writeFile(copy, JSON.stringify(payload))
  return copy
}

/** One step of the action in workspace `dir`, talking to the API at `apiUrl`. */
export async function runAction(
  apiUrl: string,
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
    GITHUB_EVENT_PATH: await eventFile(dir, event, runner),
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_API_URL: apiUrl,
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
