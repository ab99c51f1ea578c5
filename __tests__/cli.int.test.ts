import { promises as fs } from 'node:fs'
import path from 'node:path'
import { copyFixture, EXAMPLE, runCli } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

describe('repro-audit CLI on the bundled house-prices example', () => {
  it('run passes on the committed lock and baseline', async () => {
    const dir = await copyFixture()
    const result = await runCli(['run', '--config', path.join(dir, 'repro.yml')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('PASS  Reproduced')
    const report = JSON.parse(await fs.readFile(path.join(dir, '.repro-audit', 'report.json'), 'utf8'))
    expect(report.status).toBe('pass')
    expect(report.comparison.predictions.columns[0]).toMatchObject({
      column: 'prediction',
      verdict: 'bit-identical',
      rows: 586
    })
  })

  it('run --json prints only the result on stdout', async () => {
    const dir = await copyFixture()
    const result = await runCli(['run', '--json', '--config', path.join(dir, 'repro.yml')])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json).toMatchObject({ schemaVersion: 1, status: 'pass', command: 'run' })
    for (const section of ['snapshot', 'runs', 'determinism', 'comparison', 'dependencies', 'environment']) {
      expect(json[section]).toHaveProperty('status')
      expect(json[section]).toHaveProperty('findings')
    }
  })

  it('a removed training row fails the run and names the file', async () => {
    const dir = await copyFixture()
    const train = path.join(dir, 'data', 'train.csv')
    const lines = (await fs.readFile(train, 'utf8')).split('\n')
    lines.splice(10, 1)
    await fs.writeFile(train, lines.join('\n'))
    const result = await runCli(['run', '--config', path.join(dir, 'repro.yml')])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/data\/train\.csv: 1 row removed \(2,344 → 2,343\); first removed Ids: \d+/)
    expect(result.stdout).toContain('FAIL')
  })

  it('an unknown config key exits 2 and names the key, its line and a suggestion', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace('determinism:\n  runs: 2', 'determinism:\n  runz: 2')
    )
    const result = await runCli(['run', '--config', config])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/repro\.yml:\d+:3: unknown key "determinism\.runz"; did you mean "runs"\?/)
  })

  it('lock and baseline rewrite byte-identical files for identical inputs', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    expect((await runCli(['lock', '--config', config])).code).toBe(0)
    expect((await runCli(['baseline', '--config', config])).code).toBe(0)
    expect(await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')).toBe(
      await fs.readFile(path.join(EXAMPLE, 'repro.lock'), 'utf8')
    )
    for (const file of ['predictions.csv', 'fitted-pipeline.json']) {
      expect(await fs.readFile(baselineFile(path.join(dir, 'baseline'), file), 'utf8')).toBe(
        await fs.readFile(baselineFile(path.join(EXAMPLE, 'baseline'), file), 'utf8')
      )
    }
    // The manifest records the machine too; everything else in it must match to the byte.
    const manifest = async (root: string) => {
      const { environment: _environment, ...rest } = JSON.parse(
        await fs.readFile(path.join(root, 'baseline', 'baseline.json'), 'utf8')
      )
      return rest
    }
    expect(await manifest(dir)).toEqual(await manifest(EXAMPLE))
  })

  it('usage mistakes exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2)
    expect((await runCli(['run', '--fail-on', 'sometimes'])).code).toBe(2)
    expect((await runCli(['run', '--config', '/nonexistent/repro.yml'])).stderr).toMatch(
      /config file not found/
    )
  })
})
