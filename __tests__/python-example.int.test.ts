import { promises as fs } from 'node:fs'
import path from 'node:path'
import { copyFixture, ROOT, runCli } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

const EXAMPLE = path.join(ROOT, 'fixtures', 'python-house-prices')

describe('repro-audit CLI on the bundled python-house-prices example', () => {
  it('run passes in one combined training, and the determinism section shows each perturbation', async () => {
    const dir = await copyFixture(EXAMPLE)
    const result = await runCli(['run', '--json', '--config', path.join(dir, 'repro.yml')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.status).toBe('pass')
    expect(json.runs.engine).toBe('command')
    expect(json.runs.settings).toMatchObject({
      TZ: 'UTC',
      LC_ALL: 'C.UTF-8',
      PYTHONHASHSEED: '0',
      OMP_NUM_THREADS: '1'
    })
    const checks = Object.fromEntries(json.determinism.checks.map((c: { name: string }) => [c.name, c]))
    expect(checks.row_order).toMatchObject({ outcome: 'reproduced', rowsChanged: 0, status: 'pass' })
    expect(checks.hash_seed).toMatchObject({
      outcome: 'reproduced',
      perturbation: 'PYTHONHASHSEED=1',
      status: 'pass'
    })
    expect(checks.clock).toMatchObject({ outcome: 'reproduced', run: 'perturbed-combined' })
    expect(json.runs.runs.map((r: { id: string }) => r.id)).toEqual(['perturbed-combined'])
    expect(json.determinism.trainings.count).toBe(1)
    expect(json.comparison.predictions.columns[0]).toMatchObject({
      column: 'prediction',
      verdict: 'bit-identical',
      rows: 586
    })
    expect(
      json.comparison.artifacts.map((a: { path: string; change: string }) => [a.path, a.change])
    ).toEqual([
      ['feature-importances.json', 'identical'],
      ['params.json', 'identical']
    ])
    const markdown = await fs.readFile(path.join(dir, '.repro-audit', 'report.md'), 'utf8')
    expect(markdown).toContain('PYTHONHASHSEED=1')
    expect(markdown).toContain('`OPENBLAS_NUM_THREADS=1`')
  })

  it('baseline rewrites byte-identical predictions and artifacts', async () => {
    const dir = await copyFixture(EXAMPLE)
    const result = await runCli(['baseline', '--config', path.join(dir, 'repro.yml')])
    expect(result.code).toBe(0)
    for (const file of ['predictions.csv', 'params.json', 'feature-importances.json']) {
      expect(await fs.readFile(baselineFile(path.join(dir, 'baseline'), file), 'utf8')).toBe(
        await fs.readFile(baselineFile(path.join(EXAMPLE, 'baseline'), file), 'utf8')
      )
    }
  })

  it('a pipeline that crashes exits 2 with one line naming the run and the file, and keeps the baseline', async () => {
    const dir = await copyFixture(EXAMPLE)
    await fs.writeFile(path.join(dir, 'train.py'), 'raise SystemExit("cannot read the training data")\n')
    const before = await fs.readFile(path.join(dir, 'baseline', 'baseline.json'))
    const result = await runCli(['baseline', '--config', path.join(dir, 'repro.yml')])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(
      /^repro-audit: Run run-1 failed: \S*\/runs\/run-1\.log: the command exited with status 1\.$/m
    )
    expect(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'))).toEqual(before)
    expect(result.stdout).toContain('Run run-1 failed')
  })
})
