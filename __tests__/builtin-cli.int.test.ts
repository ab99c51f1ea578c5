// The engine through the built CLI: the credit example passes `run`, and `predict` scores with the
// committed fitted pipeline, no retraining, exactly as the training run did.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { copyFixture, ROOT, runCli } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

const CREDIT = path.join(ROOT, 'fixtures', 'credit')

describe('repro-audit CLI with the built-in engine', () => {
  it('run passes on the committed credit lock and baseline', async () => {
    const dir = await copyFixture(CREDIT)
    const result = await runCli(['run', '--config', path.join(dir, 'repro.yml')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(await fs.readFile(path.join(dir, '.repro-audit', 'report.json'), 'utf8'))
    expect(report.status).toBe('pass')
    const columns = report.comparison.predictions.columns.map((c: { column: string; verdict: string }) => [
      c.column,
      c.verdict
    ])
    expect(columns).toEqual([
      ['prediction', 'bit-identical'],
      ['probability', 'bit-identical']
    ])
  })

  it('predict scores with the saved fitted pipeline exactly as the training run did', async () => {
    const dir = await copyFixture(CREDIT)
    const out = path.join(dir, 'scored.csv')
    const result = await runCli(['predict', '--config', path.join(dir, 'repro.yml'), '--out', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('890 predictions written')
    expect(await fs.readFile(out, 'utf8')).toBe(
      await fs.readFile(baselineFile(path.join(CREDIT, 'baseline'), 'predictions.csv'), 'utf8')
    )

    const stdout = await runCli([
      'predict',
      path.join(dir, 'data', 'test.csv'),
      '--pipeline',
      baselineFile(path.join(dir, 'baseline'), 'fitted-pipeline.json')
    ])
    expect(stdout.stdout).toBe(await fs.readFile(out, 'utf8'))
  })

  it('predict names a column the pipeline needs that the scoring data lacks', async () => {
    const dir = await copyFixture(CREDIT)
    const data = path.join(dir, 'data', 'test.csv')
    const lines = (await fs.readFile(data, 'utf8')).trimEnd().split('\n')
    await fs.writeFile(data, lines.map(l => l.split(',').slice(0, -1).join(',')).join('\n') + '\n')
    const result = await runCli(['predict', '--config', path.join(dir, 'repro.yml')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /test\.csv: column "Price", which the pipeline was trained with, is missing from the scoring data/
    )
  })

  it('train writes predictions, metrics and the fitted pipeline without auditing', async () => {
    const dir = await copyFixture(CREDIT)
    const out = path.join(dir, 'trained')
    const result = await runCli(['train', '--config', path.join(dir, 'repro.yml'), '--out', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/cv_roc_auc 0\.\d+/)
    expect((await fs.readdir(out)).sort()).toEqual([
      'fitted-pipeline.json',
      'metrics.json',
      'predictions.csv'
    ])
  })
})
