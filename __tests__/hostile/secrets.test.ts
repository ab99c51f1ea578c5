// Issue #15, item 1: pipeline code never gets the runner's secrets, and a secret it finds anyway is
// redacted from everything the audit writes. A real Python pipeline, run by the bundled action the
// way the runner runs it, and by the bundled CLI. One `it` per hostile input.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { audit } from '../../src/audit/audit.js'
import { loadConfig } from '../../src/config/load.js'
import { redact, secretList, StreamRedactor } from '../../src/core/redact.js'
import { pipelineEnv, secretEnvValues } from '../../src/core/pipeline-env.js'
import { runAction, TOKEN } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { commandConfig, dataWorkspace, PYTHON } from '../helpers/python.js'
import { runCli } from '../helpers/workspace.js'
import { cli } from './helpers.js'

const execFileAsync = promisify(execFile)
const RUNTIME_TOKEN = 'actions-runtime-s3cr3t-0123456789'
const OIDC_TOKEN = 'oidc-request-s3cr3t-0123456789'
const OIDC_URL = 'https://token.actions.example/oidc'
const GH_CLI_TOKEN = 'gh-cli-token-s3cr3t-0123456789'

// Prints its whole environment, then does what hostile code would: looks for the token where the
// environment no longer shows it (its ancestors' /proc/PID/environ), and puts what it found into
// its output, its metric names and an artifact. Fails when perturbed, so its output is reported.
const PIPELINE = `
import json, os, sys
env = dict(os.environ)
for stream in (sys.stdout, sys.stderr):
    for k, v in sorted(env.items()):
        print(f"{k}={v}", file=stream)
found, pid = [], os.getppid()
while pid > 1:
    try:
        for entry in open(f"/proc/{pid}/environ", "rb").read().split(b"\\0"):
            if entry.startswith((b"INPUT_TOKEN=", b"ACTIONS_RUNTIME_TOKEN=")):
                found.append(entry.decode().split("=", 1)[1])
        stat = open(f"/proc/{pid}/stat").read()
        pid = int(stat[stat.rindex(")") + 2:].split()[1])
    except OSError:
        break
out = os.environ["REPRO_OUTPUT_DIR"]
with open(os.path.join(out, "predictions.csv"), "w") as f:
    f.write("Id,prediction\\n5,1.5\\n10,2.5\\n11,3.5\\n")
metrics = {"rmse": 1.0}
metrics.update({f"leak {s}": 2.0 for s in found})
json.dump(metrics, open(os.path.join(out, "metrics.json"), "w"))
json.dump({"env": env, "found": found}, open(os.path.join(out, "env.json"), "w"))
print("FOUND", " ".join(found))
print("FOUND", " ".join(found), file=sys.stderr)
if os.environ.get("TZ") != "UTC":
    sys.exit(3)
`

async function git(dir: string, ...args: string[]): Promise<void> {
  await execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir })
}

/** A repository with the pipeline, its lock and baseline committed, as a pull request would have it. */
async function repository(extra = ''): Promise<string> {
  const config = commandConfig(`${PYTHON} pipeline.py`, `  outputs: { artifacts: ["env.json"] }\n${extra}`)
  const dir = await dataWorkspace(`name: leaky\n${config}\ndeterminism:\n  perturbations: [timezone]\n`, {
    trainRows: 5,
    testRows: 3
  })
  await fs.writeFile(path.join(dir, 'pipeline.py'), PIPELINE)
  await audit(await loadConfig(path.join(dir, 'repro.yml')), 'lock')
  await audit(await loadConfig(path.join(dir, 'repro.yml')), 'baseline')
  await fs.writeFile(path.join(dir, '.gitignore'), '.repro-audit/\n')
  await git(dir, 'init', '-q', '-b', 'main')
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-qm', 'base')
  return dir
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(e => e.isFile()).map(e => path.join(e.parentPath, e.name))
}

let server: FakeGitHub

beforeEach(async () => {
  server = new FakeGitHub()
  await server.start()
})

afterEach(async () => {
  await server.close()
})

describe('the runner secrets and a pipeline that hunts for them', () => {
  it('a pipeline printing its environment and reading its parents’: no secret in its env, none in anything written', async () => {
    const dir = await repository()
    const result = await runAction(
      server.url,
      dir,
      'pull_request',
      { config: 'repro.yml' },
      {
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: OIDC_URL,
        GITHUB_TOKEN: TOKEN,
        GH_TOKEN: GH_CLI_TOKEN
      }
    )
    const secrets = [TOKEN, RUNTIME_TOKEN, OIDC_TOKEN, OIDC_URL, GH_CLI_TOKEN]
    // The pipeline ran (twice: plain and perturbed) and did not get the secrets in its environment.
    const seen = JSON.parse(await fs.readFile(path.join(dir, '.repro-audit/runs/run-1/env.json'), 'utf8'))
    for (const name of [
      'INPUT_TOKEN',
      'INPUT_CONFIG',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'GITHUB_TOKEN',
      'GH_TOKEN'
    ])
      expect(seen.env).not.toHaveProperty(name)
    for (const secret of secrets) expect(Object.values(seen.env)).not.toContain(secret)
    // It found the token in its parent's /proc environ (same user): the second line of defence matters.
    expect(seen.found).toContain(TOKEN)

    // Nothing the audit wrote or printed holds a secret: reports, result file, summary, logs, comment.
    // The run folders hold what the pipeline itself wrote; its logs beside them are the audit's.
    const written = (await filesUnder(path.join(dir, '.repro-audit'))).filter(f => !/\/runs\/[^/]+\//.test(f))
    const texts: [string, string][] = [
      ['summary', result.summary],
      ['stderr', result.stderr],
      ...server.list(7).map((c): [string, string] => ['comment', c.body]),
      ...(await Promise.all(
        written.map(async (f): Promise<[string, string]> => [f, await fs.readFile(f, 'utf8')])
      ))
    ]
    expect(written.map(f => path.basename(f))).toEqual(
      expect.arrayContaining(['report.json', 'report.md', 'run-1.log', 'perturbed-timezone.log'])
    )
    expect(written.some(f => /repro-result-.*\.json$/.test(f))).toBe(true)
    for (const [name, text] of texts)
      for (const secret of secrets)
        expect({ name, leaks: text.includes(secret) }).toEqual({ name, leaks: false })
    // The log: only the runner's own masking commands name the secrets.
    for (const secret of secrets)
      expect(result.stdout.split('\n').filter(l => l.includes(secret))).toEqual([`::add-mask::${secret}`])
    // What the pipeline printed and its metric names are in the report, redacted.
    const report = await fs.readFile(path.join(dir, '.repro-audit/report.json'), 'utf8')
    expect(report).toContain('FOUND ***')
    expect(report).toContain('leak ***')
    expect(server.list(7)).toHaveLength(1)
  })

  it('env_drop names (and prefixes) are kept from the pipeline and redacted; env_pass re-admits a default one', async () => {
    const config = commandConfig(
      `${PYTHON} -c "import json, os; json.dump(dict(os.environ), open(os.environ['REPRO_OUTPUT_DIR'] + '/env.json', 'w')); print(os.environ.get('MY_API_PASS', '')); print('key', open('key.txt').read())"; printf 'Id,prediction\\n5,1\\n10,2\\n11,3\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"; exit 1`,
      '  env_drop: [MY_API_*, DB_URL]\n  env_pass: [ACTIONS_ID_TOKEN_REQUEST_URL]'
    )
    const dir = await dataWorkspace(config, { trainRows: 5, testRows: 3 })
    // The pipeline reads the dropped value from a file and prints it: redacted all the same.
    await fs.writeFile(path.join(dir, 'key.txt'), 'my-api-key-value-42')
    const env = {
      MY_API_KEY: 'my-api-key-value-42',
      MY_API_PASS: 'my-api-pass-value-42',
      DB_URL: 'postgres://u:hunter2hunter2@db/x',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
      INPUT_TOKEN: TOKEN,
      KEEP_ME: 'visible'
    }
    expect((await runCli(['lock'], { cwd: dir, env })).code).toBe(0)
    const run = await runCli(['train', '--out', 'out'], { cwd: dir, env })
    const seen = JSON.parse(await fs.readFile(path.join(dir, 'out', 'env.json'), 'utf8'))
    expect(seen).toMatchObject({
      KEEP_ME: 'visible',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc'
    })
    for (const name of [
      'MY_API_KEY',
      'MY_API_PASS',
      'DB_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'INPUT_TOKEN'
    ])
      expect(seen).not.toHaveProperty(name)
    expect(run.code).toBe(2)
    const log = await fs.readFile(path.join(dir, 'out.log'), 'utf8')
    expect(log).toContain('key ***')
    expect(log).not.toContain('my-api-key-value-42')
  })

  it('the repository’s own interpreter asked by the dependency audit: env_drop names do not reach it', async () => {
    // A "virtualenv python" committed in the repository: it appends its environment to a file at
    // each start, then is the real interpreter (pip inspect, the marker probe, the fingerprint).
    const config = commandConfig('true', '  env_drop: [MY_SECRET_*]')
    const dir = await dataWorkspace(
      `${config}\ndependencies:\n  python: venv/bin/python\n  files: [requirements.txt]\n`
    )
    await fs.mkdir(path.join(dir, 'venv/bin'), { recursive: true })
    const python = path.join(dir, 'venv/bin/python')
    await fs.writeFile(python, `#!/bin/sh\nenv >> "$(dirname "$0")/seen-env.txt"\nexec ${PYTHON} "$@"\n`)
    await fs.chmod(python, 0o755)
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy>=1.0; python_version >= "3"\n')
    const env = { MY_SECRET_KEY: 'my-secret-value-0123456789', KEEP_ME: 'visible' }
    const saved = { ...process.env }
    Object.assign(process.env, env)
    let run
    try {
      run = await cli(['deps', '--config', path.join(dir, 'repro.yml')])
    } finally {
      for (const name of Object.keys(env)) if (saved[name] === undefined) delete process.env[name]
    }
    expect(run.stderr).not.toContain('not found')
    const seen = await fs.readFile(path.join(dir, 'venv/bin/seen-env.txt'), 'utf8')
    // Started for pip inspect, the marker probe and the environment fingerprint, every time without it.
    expect(seen.split('\n').filter(l => l === 'KEEP_ME=visible').length).toBeGreaterThanOrEqual(3)
    expect(seen).not.toContain('MY_SECRET_KEY')
    expect(seen).not.toContain('my-secret-value-0123456789')
  })

  it('env_pass naming the action token: a config error naming the file and line', async () => {
    const dir = await dataWorkspace(commandConfig('true', '  env_pass: [GITHUB_TOKEN, INPUT_TOKEN]'))
    const run = await runCli(['lock'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'repro-audit: repro.yml:8:28: pipeline.env_pass: INPUT_TOKEN (the action token) is never passed to a pipeline\n'
    )
  })

  it('the precedence: INPUT_TOKEN never passes, env_pass re-admits a default name, env_drop adds names and prefixes', () => {
    const env = {
      INPUT_TOKEN: TOKEN,
      INPUT_CONFIG: 'repro.yml',
      GITHUB_TOKEN: 'ghp_passedOnPurpose123',
      GH_TOKEN: 'gh-token-value-123',
      ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
      CLOUD_SECRET_A: 'cloud-secret-a-value',
      CLOUD_REGION: 'eu-west-1x',
      PATH: '/usr/bin'
    }
    const rules = { drop: ['CLOUD_*'], pass: ['GITHUB_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL'] }
    expect(pipelineEnv(env, rules)).toEqual({
      GITHUB_TOKEN: 'ghp_passedOnPurpose123',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
      PATH: '/usr/bin'
    })
    // Redacted: defaults whose names say secret (TOKEN, even the OIDC URL's), passed or not, and
    // everything env_drop names; not INPUT_CONFIG.
    expect(secretList(secretEnvValues(env, rules)).sort()).toEqual(
      [
        TOKEN,
        'ghp_passedOnPurpose123',
        'gh-token-value-123',
        RUNTIME_TOKEN,
        'https://token.actions.example/oidc',
        'cloud-secret-a-value',
        'eu-west-1x'
      ].sort()
    )
  })

  it('a secret split across two chunks of output is still redacted in the log', () => {
    const redactor = new StreamRedactor([TOKEN])
    const text = `a ${TOKEN} b ${TOKEN}`
    const cut = text.indexOf(TOKEN) + 5
    const out = Buffer.concat([
      redactor.push(Buffer.from(text.slice(0, cut))),
      redactor.push(Buffer.from(text.slice(cut, cut + 30))),
      redactor.push(Buffer.from(text.slice(cut + 30))),
      redactor.end()
    ]).toString()
    expect(out).toBe('a *** b ***')
    expect(redact(`x${TOKEN}${TOKEN}y`, [TOKEN])).toBe('x******y')
  })
})
