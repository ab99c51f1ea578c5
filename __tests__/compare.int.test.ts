import { execFile } from 'node:child_process'
import { readFileSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderJson, writeReports } from '../src/report/write.js'
import { alterBaseline } from './helpers/baseline.js'
import { runAudit, setConfig, withoutTimes, workspace } from './helpers/audit.js'
import { baselineFile } from './helpers/baseline.js'

const git = promisify(execFile)
// Expected values come from the committed baseline of the example, which an untouched retrain
// reproduces bit for bit (the first test checks that); altered baselines are built relative to it.
const committedDir = path.join('fixtures', 'house-prices', 'baseline')
const committed = JSON.parse(readFileSync(path.join(committedDir, 'baseline.json'), 'utf8')) as {
  metrics: Record<string, number>
}
const committedFitted = JSON.parse(
  readFileSync(baselineFile(committedDir, 'fitted-pipeline.json'), 'utf8')
) as {
  features: string[]
  model: { params: { alpha: number } }
}
const committedRows =
  readFileSync(baselineFile(committedDir, 'predictions.csv'), 'utf8').trimEnd().split('\n').length - 1
/** Six significant digits, trailing zeros dropped: how the report states a metric value. */
const sixDigits = (x: number): string => String(Number(x.toPrecision(6)))

const codes = (r: { comparison: { findings: { code: string; status: string }[] } }) =>
  r.comparison.findings.map(f => `${f.status} ${f.code}`)

describe('the comparison with the committed baseline, on real files', () => {
  it('an untouched copy passes: predictions bit-identical, metrics bit-identical, artifact identical', async () => {
    const dir = await workspace({ runs: 1 })
    const r = await runAudit(dir)
    expect(r.status).toBe('pass')
    expect(r.gate.exitCode).toBe(0)
    expect(committedRows).toBeGreaterThan(100)
    expect(r.comparison.predictions?.columns[0]).toMatchObject({
      verdict: 'bit-identical',
      identical: committedRows
    })
    const names = Object.keys(committed.metrics).sort()
    expect(names).toEqual(expect.arrayContaining(['rmse', 'mae', 'holdout_rmse']))
    expect(r.comparison.metrics.map(m => m.name).sort()).toEqual(names)
    expect(r.comparison.metrics.map(m => m.verdict)).toEqual(names.map(() => 'bit-identical'))
    for (const m of r.comparison.metrics) expect(m.current).toBe(committed.metrics[m.name])
    expect(r.comparison.artifacts).toEqual([
      expect.objectContaining({ path: 'fitted-pipeline.json', change: 'identical', status: 'pass' })
    ])
  })

  it('changed predictions fail, naming the column, the count and the most-changed ids with old and new values', async () => {
    const dir = await workspace({ runs: 1 })
    await alterBaseline(dir, {
      predictions: rows => rows.map((r, i) => (i < 4 ? [r[0], String(Number(r[1]) + 1000 * (i + 1))] : r))
    })
    const r = await runAudit(dir)
    expect(r.status).toBe('fail')
    expect(r.gate.exitCode).toBe(1)
    const drift = r.comparison.findings.find(f => f.code === 'predictions.drift')
    expect(drift?.message).toMatch(new RegExp(`^Predictions drifted: 4 of ${committedRows} rows`))
    expect(drift?.message).toMatch(
      /rows of `prediction` differ beyond relative 1e-9 \(max absolute difference 4,?000/
    )
    const top = r.comparison.predictions?.columns[0].topChanged ?? []
    expect(top.map(t => t.id)).toEqual(['20', '15', '10', '5'])
    expect(top[0].absDiff).toBeCloseTo(4000, 6)
    expect(Number(top[0].baseline) - Number(top[0].current)).toBeCloseTo(4000, 6)
  })

  it('within a tolerance the verdict says "equal within", and the run passes', async () => {
    const dir = await workspace({ runs: 1 })
    await alterBaseline(dir, {
      predictions: rows => rows.map((r, i) => (i === 0 ? [r[0], String(Number(r[1]) * (1 + 1e-12))] : r))
    })
    const r = await runAudit(dir)
    expect(r.comparison.status).toBe('pass')
    expect(r.comparison.predictions?.columns[0]).toMatchObject({
      verdict: 'equal within relative 1e-9',
      withinTolerance: 1,
      identical: committedRows - 1
    })
    expect(codes(r)).toContain('pass predictions.within-tolerance')
  })

  it('ids missing from the run and ids new in the run fail, with examples', async () => {
    const dir = await workspace({ runs: 1 })
    await alterBaseline(dir, { predictions: rows => [...rows.slice(1), ['424242', '1.5']] })
    const r = await runAudit(dir)
    expect(codes(r)).toEqual(
      expect.arrayContaining(['fail predictions.missing-ids', 'fail predictions.new-ids'])
    )
    expect(r.comparison.predictions).toMatchObject({
      missingIds: ['424242'],
      missingCount: 1,
      newIds: ['5'],
      newCount: 1,
      matched: committedRows - 1
    })
  })

  it('metrics: a change beyond the threshold fails; a change in the better direction warns', async () => {
    const dir = await workspace({ runs: 1 })
    // The run's rmse is 2,500 lower than this baseline (better, as lower is declared better); its
    // mae is 500 higher (worse, and no direction is declared for it).
    const rmseBaseline = committed.metrics.rmse + 2500
    const maeBaseline = committed.metrics.mae - 500
    await alterBaseline(dir, {
      manifest: m => ((m.metrics.rmse = rmseBaseline), (m.metrics.mae = maeBaseline))
    })
    await setConfig(dir, t =>
      t.replace(
        'default: { relative: 1.0e-9 }',
        'default: { relative: 1.0e-9 }\n    rmse: { relative: 1.0e-9, better: lower }'
      )
    )
    const r = await runAudit(dir)
    const rmse = r.comparison.metrics.find(m => m.name === 'rmse')
    const mae = r.comparison.metrics.find(m => m.name === 'mae')
    expect(rmse).toMatchObject({
      status: 'warn',
      baseline: rmseBaseline,
      current: committed.metrics.rmse,
      tolerance: { better: 'lower' }
    })
    expect(rmse?.diff).toBeCloseTo(-2500, 6)
    expect(rmse?.verdict).toBe('improved by 2500 beyond relative 1e-9: update the baseline if intended')
    expect(mae).toMatchObject({ status: 'fail', baseline: maeBaseline, current: committed.metrics.mae })
    expect(mae?.diff).toBeCloseTo(500, 6)
    expect(mae?.relativeDiff).toBeCloseTo(500 / committed.metrics.mae, 9)
    expect(mae?.verdict).toBe('changed by 500, beyond relative 1e-9')
    expect(codes(r)).toEqual(expect.arrayContaining(['warn metrics.drift', 'fail metrics.drift']))
    expect(r.status).toBe('fail')
  })

  it('artifacts: parameters, the feature order and learned values are told apart; reformatted JSON is equivalent', async () => {
    const dir = await workspace({ runs: 1 })
    const alpha = committedFitted.model.params.alpha
    const features = committedFitted.features
    expect(features.length).toBeGreaterThan(3)
    expect(features[2]).not.toBe(features[3])
    await alterBaseline(dir, {
      fitted: f => {
        f.model.params.alpha = alpha * 10
        ;[f.features[2], f.features[3]] = [f.features[3], f.features[2]]
        f.model.learned.intercept = 1
      }
    })
    const r = await runAudit(dir)
    const a = r.comparison.artifacts[0]
    expect(a).toMatchObject({
      change: 'changed',
      status: 'fail',
      parameters: [{ path: 'model.params.alpha', baseline: alpha * 10, current: alpha }]
    })
    // The baseline's 3rd and 4th features were swapped: position 3 (1-based) held the run's 4th.
    expect(a.features).toEqual({
      baselineCount: features.length,
      currentCount: features.length,
      added: [],
      removed: [],
      reordered: true,
      firstMoved: { position: 3, baseline: features[3], current: features[2] }
    })
    expect(a.diffs?.[0]).toMatchObject({ path: 'model.learned.intercept', baseline: 1 })
    expect(codes(r)).toEqual(
      expect.arrayContaining(['fail parameters.changed', 'fail features.changed', 'fail artifacts.changed'])
    )
    expect(r.comparison.findings.find(f => f.code === 'features.changed')?.message).toBe(
      `Feature list in fitted-pipeline.json changed: order changed: position 3 was ${features[3]}, now ${features[2]}.`
    )

    const same = await workspace({ runs: 1 })
    // Same values, other key order (and so other bytes).
    await alterBaseline(same, {
      fitted: f => {
        for (const key of Object.keys(f).reverse()) {
          const value = f[key]
          delete f[key]
          f[key] = value
        }
      }
    })
    const r2 = await runAudit(same)
    expect(r2.comparison.artifacts[0]).toMatchObject({ change: 'equivalent', status: 'pass' })
  })

  it('learned values follow the tolerance: a last-digit change is equal within it, a larger one fails naming the key', async () => {
    type Learned = { intercept: number; coef: Record<string, number> }
    const learned = (f: unknown): Learned => (f as { model: { learned: Learned } }).model.learned
    const intercept = learned(committedFitted).intercept
    const [coefName, coef] = Object.entries(learned(committedFitted).coef).find(([, v]) => v !== 0) as [
      string,
      number
    ]
    const lastDigit = intercept * (1 + Number.EPSILON)
    expect(lastDigit).not.toBe(intercept)

    const near = await workspace({ runs: 1 })
    await alterBaseline(near, { fitted: f => void (learned(f).intercept = lastDigit) })
    const r = await runAudit(near)
    expect(r.status).toBe('pass')
    expect(r.comparison.artifacts[0]).toMatchObject({
      path: 'fitted-pipeline.json',
      status: 'pass',
      change: 'within-tolerance',
      withinTolerance: 1,
      tolerance: { absolute: 0, relative: 1e-9 }
    })
    expect(r.comparison.artifacts[0].diffs).toBeUndefined()
    expect(r.comparison.findings).toContainEqual({
      status: 'pass',
      code: 'artifacts.within-tolerance',
      message: expect.stringMatching(
        /^Artifact fitted-pipeline.json is equal within relative 1e-9, not bit-identical: 1 learned value\(s\) differ/
      )
    })

    const far = await workspace({ runs: 1 })
    const moved = coef * (1 + 1e-6)
    await alterBaseline(far, {
      fitted: f => {
        learned(f).intercept = lastDigit
        learned(f).coef[coefName] = moved
      }
    })
    const r2 = await runAudit(far)
    expect(r2.status).toBe('fail')
    expect(r2.comparison.artifacts[0]).toMatchObject({
      status: 'fail',
      change: 'changed',
      diffCount: 1,
      diffs: [{ path: `model.learned.coef.${coefName}`, baseline: moved, current: coef }],
      withinTolerance: 1
    })
    expect(r2.comparison.findings.find(f => f.code === 'artifacts.changed')?.message).toContain(
      `\`model.learned.coef.${coefName}\``
    )

    // compare.artifacts widens the tolerance for learned values only.
    await setConfig(far, t => t.replace('\ncompare:\n', '\ncompare:\n  artifacts: { relative: 1.0e-5 }\n'))
    const r3 = await runAudit(far)
    expect(r3.comparison.artifacts[0]).toMatchObject({
      status: 'pass',
      change: 'within-tolerance',
      withinTolerance: 2
    })
  })

  it('a missing baseline is an error that says to run `repro-audit baseline`', async () => {
    const dir = await workspace({ runs: 1 })
    await fs.rm(path.join(dir, 'baseline'), { recursive: true })
    const r = await runAudit(dir)
    expect(r.status).toBe('error')
    expect(r.gate.exitCode).toBe(2)
    expect(r.comparison.findings[0]).toMatchObject({
      status: 'error',
      code: 'baseline.missing',
      message: expect.stringContaining('run `repro-audit baseline` and commit it')
    })
  })

  it('the gate: fail-on never passes a drift, fail-on warn fails a warning', async () => {
    const dir = await workspace({ runs: 1 })
    await alterBaseline(dir, { predictions: rows => rows.map((r, i) => (i === 0 ? [r[0], '1'] : r)) })
    expect((await runAudit(dir, { failOn: 'never' })).gate).toEqual({ failOn: 'never', exitCode: 0 })
    expect((await runAudit(dir, { failOn: 'fail' })).gate).toEqual({ failOn: 'fail', exitCode: 1 })
    const warned = await workspace({ runs: 1 })
    // A baseline rmse 1% above the run's: the run is better (lower), which warns.
    await alterBaseline(warned, { manifest: m => (m.metrics.rmse = committed.metrics.rmse * 1.01) })
    await setConfig(warned, t =>
      t.replace('default: { relative: 1.0e-9 }', 'default: { relative: 1.0e-9 }\n    rmse: { better: lower }')
    )
    const w = await runAudit(warned, { failOn: 'warn' })
    expect(w.status).toBe('warn')
    expect(w.comparison.metrics.find(m => m.name === 'rmse')).toMatchObject({ status: 'warn' })
    expect(w.gate.exitCode).toBe(1)
    expect((await runAudit(warned)).gate.exitCode).toBe(0)
  })

  it('identical inputs give byte-identical report.json and report.md, but for the explicit time fields', async () => {
    const dir = await workspace({ runs: 1 })
    await alterBaseline(dir, {
      predictions: rows => rows.map((r, i) => (i % 7 === 0 ? [r[0], String(Number(r[1]) + i)] : r))
    })
    const texts: string[][] = []
    for (let i = 0; i < 2; i++) {
      const r = withoutTimes(await runAudit(dir))
      const files = await writeReports(r, path.join(dir, `out-${i}`))
      const json = JSON.parse(await fs.readFile(files.json, 'utf8'))
      expect(json.timing).toBeDefined()
      delete json.timing
      texts.push([JSON.stringify(json), await fs.readFile(files.markdown, 'utf8'), renderMarkdown(r)])
      expect(renderJson(r)).toBe(await fs.readFile(files.json, 'utf8'))
    }
    expect(texts[1]).toEqual(texts[0])
  })
})

describe('the intended change: the base ref baseline against the pull request baseline', () => {
  async function repository(): Promise<string> {
    const dir = await workspace({ runs: 1 })
    const run = (...args: string[]) => git('git', args, { cwd: dir })
    await run('init', '-q', '-b', 'main')
    await run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A')
    await run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base')
    return dir
  }

  it('an unchanged baseline says so', async () => {
    const dir = await repository()
    const r = await runAudit(dir, { baseRef: 'HEAD' })
    expect(r.status).toBe('pass')
    expect(r.comparison.intendedChange).toMatchObject({
      ref: 'HEAD',
      change: 'unchanged',
      metrics: [],
      artifacts: []
    })
  })

  it('a pull request that updates the baseline shows what changes, while the retrain is checked against its baseline', async () => {
    const dir = await repository()
    // The pull request's baseline: two predictions and rmse differ from the base branch's.
    await alterBaseline(dir, {
      predictions: rows => rows.map((r, i) => (i < 2 ? [r[0], String(Number(r[1]) + 10)] : r)),
      manifest: m => (m.metrics.rmse = 20000)
    })
    const r = await runAudit(dir, { baseRef: 'HEAD' })
    const ic = r.comparison.intendedChange
    expect(ic?.change).toBe('changed')
    expect(ic?.message).toBe(
      `The pull request updates the baseline of HEAD: 2 of 586 predictions change; rmse ${sixDigits(committed.metrics.rmse)} → 20000.`
    )
    expect(ic?.predictions?.columns[0]).toMatchObject({ beyondTolerance: 2 })
    // The retrain is still compared with the pull request's (altered) baseline, so it fails.
    expect(r.comparison.predictions?.columns[0].beyondTolerance).toBe(2)
    expect(r.status).toBe('fail')
    expect(renderMarkdown(r)).toContain('#### Intended change: baseline of `HEAD` → this pull request')
  })

  it('a ref git does not know is a warning, not an error', async () => {
    const dir = await repository()
    const r = await runAudit(dir, { baseRef: 'no-such-branch' })
    expect(r.comparison.intendedChange?.change).toBe('unavailable')
    expect(codes(r)).toContain('warn baseline.base-unavailable')
    expect(r.status).toBe('warn')
  })
})
