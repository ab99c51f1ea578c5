// Steps, models and metrics of the built-in engine on small frames whose answers are known.
import type { Json } from '../src/core/canonical-json.js'
import { parseConfig } from '../src/config/load.js'
import { createStep } from '../src/pipeline/builtin/create-step.js'
import { parseCsvColumns } from '../src/core/csv.js'
import { Frame, type Column } from '../src/pipeline/builtin/frame.js'
import { classificationMetric } from '../src/pipeline/builtin/metrics.js'
import { createModel } from '../src/pipeline/builtin/models.js'
import type { FitContext, Step } from '../src/pipeline/builtin/steps.js'
import type { BuiltinPipelineConfig } from '../src/config/types.js'

function frame(columns: Record<string, (number | null)[] | (string | null)[]>): Frame {
  const map = new Map<string, Column>()
  for (const [name, values] of Object.entries(columns)) {
    map.set(
      name,
      values.some(v => typeof v === 'string')
        ? { kind: 'string', values: values as (string | null)[] }
        : {
            kind: 'number',
            values: Float64Array.from(values as (number | null)[], v => (v === null ? NaN : v))
          }
    )
  }
  const rows = Object.values(columns)[0].length
  return new Frame(Object.keys(columns), map, rows)
}

function fitted(
  spec: Record<string, Record<string, unknown>>,
  train: Frame,
  target: number[] = [],
  seed = 1
): Step {
  const step = createStep(spec)
  const context: FitContext = { reserved: new Set(), seed, target: Float64Array.from(target) }
  step.fit(train, context)
  return step
}

/** The step rebuilt from its JSON, as the predict path does. */
function restored(spec: Record<string, Record<string, unknown>>, step: Step): Step {
  const copy = createStep(spec)
  copy.restore(JSON.parse(JSON.stringify(step.learned())) as Json)
  return copy
}

function values(f: Frame, name: string): (number | string | null)[] {
  return Array.from(f.get(name).values as ArrayLike<number | string | null>)
}

describe('built-in steps', () => {
  it('rare_labels groups labels below the tolerance, also in unseen data', () => {
    const spec = { rare_labels: { tolerance: 0.25 } }
    const step = fitted(spec, frame({ c: ['a', 'a', 'a', 'b', 'b', 'c', 'd', null] }))
    expect(step.learned()).toEqual({ frequent: { c: ['a', 'b'] } })
    const scored = restored(spec, step).transform(frame({ c: ['a', 'c', 'z', null] }))
    expect(values(scored, 'c')).toEqual(['a', 'Rare', 'Rare', null])
  })

  it('ordinal_target ranks labels by mean target, unseen labels get -1', () => {
    const spec = { ordinal_target: {} }
    const step = fitted(spec, frame({ c: ['x', 'y', 'y', 'z', 'x'] }), [5, 1, 3, 10, 7])
    expect(step.learned()).toEqual({ codes: { c: { y: 0, x: 1, z: 2 } } })
    expect(values(restored(spec, step).transform(frame({ c: ['z', 'x', 'w'] })), 'c')).toEqual([2, 1, -1])
  })

  it('map turns grades into numbers and refuses an unmapped label without `other`', () => {
    const spec = { map: { columns: ['q'], mapping: { Good: 2, Poor: 1 }, other: 0 } }
    const step = fitted(spec, frame({ q: ['Good', 'Poor', 'None'] }))
    expect(values(restored(spec, step).transform(frame({ q: ['Poor', 'Good', null] })), 'q')).toEqual([
      1, 2, 0
    ])
    expect(() =>
      fitted({ map: { columns: ['q'], mapping: { Good: 2 } } }, frame({ q: ['Good', 'Bad'] }))
    ).toThrow(/the label "Bad", which the mapping lacks/)
  })

  it('one_hot learns sorted categories; unknown labels encode as all zeros', () => {
    const spec = { one_hot: { columns: 'categorical' } }
    const step = fitted(spec, frame({ c: ['b', 'a', 'b'], n: [1, 2, 3] }))
    const out = restored(spec, step).transform(frame({ c: ['a', 'q'], n: [0, 0] }))
    expect(out.names).toEqual(['n', 'c_a', 'c_b'])
    expect(values(out, 'c_a')).toEqual([1, 0])
    expect(values(out, 'c_b')).toEqual([0, 0])
  })

  it('impute: missing_value counts as a gap, the indicator marks it, random draws are seeded', () => {
    const spec = { impute: { strategy: 'median', columns: ['f'], missing_value: 0, indicator: true } }
    const step = fitted(spec, frame({ f: [0, 60, 70, 80, null] }))
    expect(step.learned()).toMatchObject({ fill: { f: 70 }, indicators: ['f'] })
    const out = restored(spec, step).transform(frame({ f: [0, 65, null] }))
    expect(values(out, 'f')).toEqual([70, 65, 70])
    expect(values(out, 'f_na')).toEqual([1, 0, 1])

    const random = { impute: { strategy: 'random', columns: ['g'] } }
    const train = frame({ g: ['a', 'b', 'b', null, null, null, null, null] })
    const draws = (seed: number) => values(fitted(random, train, [], seed).transform(train), 'g')
    expect(draws(3)).toEqual(draws(3))
    expect(draws(3).every(v => v === 'a' || v === 'b')).toBe(true)
    expect([1, 2, 3, 4, 5].map(s => draws(s).join()).some(d => d !== draws(3).join())).toBe(true)
  })

  it('transform log/Yeo-Johnson, binarize, clip and derive', () => {
    const yj = { transform: { method: 'yeo_johnson', columns: ['x'], standardize: true } }
    const step = fitted(yj, frame({ x: [1, 2, 3, 10, 40, -2] }))
    const out = values(restored(yj, step).transform(frame({ x: [1, 2, 3, 10, 40, -2] })), 'x') as number[]
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12)
    expect(() => fitted({ transform: { method: 'log', columns: ['x'] } }, frame({ x: [1, 0] }))).toThrow(
      /log needs values above 0/
    )

    const f = frame({ a: [5, 0, -1], b: [2, 0, 4] })
    expect(values(fitted({ binarize: { columns: ['a'], threshold: 0 } }, f).transform(f), 'a')).toEqual([
      1, 0, 0
    ])
    expect(values(fitted({ clip: { columns: ['a'], min: 0, max: 3 } }, f).transform(f), 'a')).toEqual([
      3, 0, 0
    ])
    const diff = fitted(
      { derive: { name: 'd', op: 'difference', left: 'a', right: 'b', drop: ['b'] } },
      f
    ).transform(f)
    expect(diff.names).toEqual(['a', 'd'])
    expect(values(diff, 'd')).toEqual([3, 0, -5])
    const ratio = fitted({ derive: { name: 'r', op: 'ratio', left: 'a', right: 'b' } }, f).transform(f)
    expect(values(ratio, 'r')).toEqual([2.5, NaN, -0.25])
  })

  it('select_l1 keeps the features that carry the target', () => {
    const n = 50
    const signal = Array.from({ length: n }, (_, i) => i / n)
    const noise = Array.from({ length: n }, (_, i) => ((i * 37) % 11) / 1000)
    const y = signal.map(v => 3 * v)
    const step = fitted({ select_l1: { alpha: 0.01 } }, frame({ signal, noise }), y)
    expect((step.learned() as { kept: string[] }).kept).toEqual(['signal'])
  })
})

describe('built-in models', () => {
  it('a decision tree recovers a step function and survives a JSON round trip', () => {
    const x = Float64Array.from({ length: 20 }, (_, i) => i)
    const y = x.map(v => (v < 7 ? 1 : v < 13 ? 5 : 2))
    const tree = createModel({ type: 'decision_tree' }, 'regression', 0)
    tree.fit(['x'], [x], y)
    expect(Array.from(tree.predict([x]))).toEqual(Array.from(y))
    const copy = createModel({ type: 'decision_tree' }, 'regression', 0)
    copy.restore(JSON.parse(JSON.stringify(tree.learned())) as Json, ['x'])
    expect(copy.predict([Float64Array.of(6.4, 6.6, 12.5, 100)])).toEqual(Float64Array.of(1, 5, 5, 2))
  })

  it('gradient boosting and a forest give probabilities for a classification', () => {
    const x = Float64Array.from({ length: 40 }, (_, i) => i)
    const y = x.map(v => (v >= 20 ? 1 : 0))
    for (const type of ['gradient_boosting', 'random_forest']) {
      const model = createModel({ type, n_estimators: 20 }, 'classification', 5)
      model.fit(['x'], [x], y)
      const p = model.predict([Float64Array.of(2, 37)])
      expect(p[0]).toBeLessThan(0.2)
      expect(p[1]).toBeGreaterThan(0.8)
    }
  })

  it('regression models refuse a classification and vice versa', () => {
    expect(() => createModel({ type: 'lasso' }, 'classification', 0)).toThrow(/lasso is a regression/)
    expect(() => createModel({ type: 'logistic' }, 'regression', 0)).toThrow(/task: classification/)
  })
})

describe('classification metrics', () => {
  const truth = Float64Array.of(0, 0, 1, 1)
  it('roc_auc shares tied ranks, accuracy thresholds at 0.5, log_loss clips', () => {
    expect(classificationMetric('roc_auc', truth, Float64Array.of(0.1, 0.4, 0.35, 0.8))).toBe(0.75)
    expect(classificationMetric('roc_auc', truth, Float64Array.of(0.5, 0.5, 0.5, 0.5))).toBe(0.5)
    expect(classificationMetric('accuracy', truth, Float64Array.of(0.1, 0.6, 0.7, 0.5))).toBe(0.5)
    expect(classificationMetric('log_loss', truth, Float64Array.of(0, 0, 1, 1))).toBeLessThan(1e-14)
    expect(classificationMetric('log_loss', truth, Float64Array.of(1, 0, 1, 1))).toBeCloseTo(
      -Math.log(1e-15) / 4,
      3
    )
  })
})

describe('CSV reading and config', () => {
  it('parses quotes, doubled quotes, CRLF and blank lines, and names a ragged row', () => {
    const { names, raw } = parseCsvColumns('\ufeff"a","b"\r\n1,"x,""y"""\r\n\r\n2,\n', 'f.csv')
    expect(names).toEqual(['a', 'b'])
    expect(raw).toEqual([
      ['1', '2'],
      ['x,"y"', '']
    ])
    expect(() => parseCsvColumns('a,b\n1,2\n3\n', 'f.csv')).toThrow(/ragged row: expected 2 fields, got 1/)
    expect(() => parseCsvColumns('a\n"open\n', 'f.csv')).toThrow(/never closed/)
  })

  const base = `snapshot: { entries: [ { path: t.csv } ] }
pipeline:
  engine: builtin
  train: t.csv
  score: t.csv
  id_column: Id
  target: y
`
  it('rejects a metric of the other task, naming its line', () => {
    const text = `${base}  task: classification\n  model: { type: logistic }\n  metrics: [accuracy, rmse]\n`
    expect(() => parseConfig(text, '/tmp/repro.yml')).toThrow(
      expect.objectContaining({
        line: 10,
        message: expect.stringMatching(/"rmse" is not a classification metric/)
      })
    )
  })

  it('accepts every step kind and rejects an unknown option with a suggestion', () => {
    const steps = `  steps:
    - rare_labels: { tolerance: 0.05 }
    - ordinal_target: {}
    - transform: { method: box_cox, columns: [a] }
    - select_l1: { alpha: 0.01 }
  model: { type: random_forest, n_estimators: 10, max_features: sqrt }
  evaluation: { method: kfold, folds: 3 }
`
    expect(
      (parseConfig(base + steps, '/tmp/repro.yml').pipeline as BuiltinPipelineConfig).evaluation
    ).toEqual({
      method: 'kfold',
      testSize: 0.2,
      folds: 3
    })
    expect(() => parseConfig(base + steps.replace('tolerance', 'tolerence'), '/tmp/repro.yml')).toThrow(
      /did you mean "tolerance"/
    )
  })
})
