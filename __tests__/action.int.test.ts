import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { copyFixture, ROOT } from './helpers/workspace.js'

const execFileAsync = promisify(execFile)

/** Run the committed bundle the way the runner does: INPUT_* variables and GITHUB_* files. */
async function runAction(workspace: string, inputs: Record<string, string>) {
  const output = path.join(workspace, 'github_output')
  const summary = path.join(workspace, 'step_summary')
  await fs.writeFile(output, '')
  await fs.writeFile(summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo/example',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: workspace
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const { code, stdout } = await execFileAsync(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: workspace, env }).then(
    ok => ({ code: 0, stdout: ok.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout })
  )
  const outputs: Record<string, string> = {}
  const text = await fs.readFile(output, 'utf8')
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return { code, stdout, outputs, summary: await fs.readFile(summary, 'utf8') }
}

describe('the bundled action (dist/index.js) on a push event', () => {
  it('passes on the example, writes the summary and the outputs', async () => {
    const example = await copyFixture()
    const result = await runAction(path.dirname(example), { config: 'house-prices/repro.yml', 'fail-on': 'fail', comment: 'always', token: '' })
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('pass')
    expect(result.outputs['report-json']).toBe(path.join(example, '.repro-audit', 'report.json'))
    expect(result.outputs['comment-url']).toBe('')
    expect(result.summary).toContain('## ✅ repro-audit · house-prices · run: PASS')
    expect(JSON.parse(await fs.readFile(result.outputs['report-json'], 'utf8')).status).toBe('pass')
  })

  it('fails the step on drift and annotates the changed file', async () => {
    const example = await copyFixture()
    const train = path.join(example, 'data', 'train.csv')
    await fs.writeFile(train, (await fs.readFile(train, 'utf8')).replace(/\n[^\n]*\n$/, '\n'))
    const result = await runAction(path.dirname(example), { config: 'house-prices/repro.yml', 'fail-on': 'fail', comment: 'never', token: '' })
    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('fail')
    expect(result.stdout).toMatch(/::error file=.*data\/train\.csv::.*changed since it was locked/)
    expect(result.summary).toContain('FAIL')
  })

  it('an invalid input fails the step with a clear message', async () => {
    const example = await copyFixture()
    const result = await runAction(path.dirname(example), { config: 'house-prices/repro.yml', 'fail-on': 'sometimes', comment: 'always', token: '' })
    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('error')
    expect(result.stdout).toContain('input "fail-on" must be one of fail, warn, never, not "sometimes"')
  })
})
