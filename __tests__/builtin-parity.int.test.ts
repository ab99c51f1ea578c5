// Parity with scikit-learn 1.2.1: the same data and settings through both, compared value by value.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { orderById, readFrame, type Frame } from '../src/pipeline/builtin/frame.js'
import { classificationMetric, regressionMetric } from '../src/pipeline/builtin/metrics.js'
import { createModel } from '../src/pipeline/builtin/models.js'
import { fitBoxCox, fitYeoJohnson } from '../src/pipeline/builtin/power.js'
import { Impute, Scale, type FitContext } from '../src/pipeline/builtin/steps.js'
import { ROOT } from './helpers/workspace.js'

const PYTHON = process.env.REPRO_AUDIT_PYTHON ?? '/usr/bin/python3'

interface Reference {
  houseColumns: string[]
  creditColumns: string[]
  scalers: Record<'standard' | 'minmax' | 'robust', { center: number[]; scale: number[] }>
  linear: { coef: number[] }
  ridge: { coef: number[]; intercept: number }
  lasso: { coef: number[]; intercept: number; iterations: number }
  yeoJohnson: Record<string, number>
  boxCox: Record<string, number>
  houseTrees: Record<'random_forest' | 'gradient_boosting', number>
  imputers: { mean: number[]; median: number[]; most_frequent: number[]; most_frequent_labels: string[] }
  logistic: { coef: number[]; intercept: number; lbfgsCoef: number[] }
  creditTrees: Record<'random_forest' | 'gradient_boosting', { accuracy: number; roc_auc: number }>
}

let ref: Reference
let house: Frame
let houseTest: Frame
let credit: Frame
let creditTest: Frame

async function sorted(file: string): Promise<Frame> {
  const frame = await readFrame(path.join(ROOT, file))
  return frame.take(orderById(frame, 'Id'))
}

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    PYTHON,
    [path.join(ROOT, '__tests__', 'python', 'parity.py'), ROOT],
    {
      maxBuffer: 64 * 1024 * 1024
    }
  )
  ref = JSON.parse(stdout) as Reference
  house = await sorted('fixtures/house-prices/data/train.csv')
  houseTest = await sorted('fixtures/house-prices/data/test.csv')
  credit = await sorted('fixtures/credit/data/train.csv')
  creditTest = await sorted('fixtures/credit/data/test.csv')
}, 300000)

/** |a − b| within `relative` of the larger magnitude (exact zeros must match exactly). */
function expectRelative(actual: number[], expected: number[], relative: number, what: string): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((a, i) => {
    const e = expected[i]
    const bound = relative * Math.max(Math.abs(a), Math.abs(e))
    if (!(Math.abs(a - e) <= bound))
      throw new Error(`${what}[${i}]: ${a} vs scikit-learn ${e} (|diff| ${Math.abs(a - e)} > ${bound})`)
  })
}

function context(frame: Frame, target = new Float64Array(frame.rows)): FitContext {
  return { reserved: new Set(['Id']), seed: 1, target }
}

function fitScale(method: 'standard' | 'minmax' | 'robust', frame: Frame, columns: string[]): Scale {
  const step = new Scale(method, columns)
  step.fit(frame, context(frame))
  return step
}

function logPrice(frame: Frame): Float64Array {
  return frame.numeric('Sale_Price').map(Math.log)
}

function pick(learned: Record<string, number>, columns: string[]): number[] {
  return columns.map(c => learned[c])
}

describe('parity with scikit-learn 1.2.1', () => {
  it('scalers learn the same centres and scales within 1e-6', () => {
    for (const method of ['standard', 'minmax', 'robust'] as const) {
      const learned = fitScale(method, house, ref.houseColumns).learned() as {
        center: Record<string, number>
        scale: Record<string, number>
      }
      expectRelative(
        pick(learned.center, ref.houseColumns),
        ref.scalers[method].center,
        1e-6,
        `${method} centre`
      )
      expectRelative(
        pick(learned.scale, ref.houseColumns),
        ref.scalers[method].scale,
        1e-6,
        `${method} scale`
      )
    }
  })

  it('imputers learn the same fill values within 1e-6', () => {
    for (const strategy of ['mean', 'median', 'most_frequent'] as const) {
      const step = new Impute(strategy, ref.creditColumns, undefined, 'Missing', false)
      step.fit(credit, context(credit))
      const fill = (step.learned() as { fill: Record<string, number> }).fill
      expectRelative(pick(fill, ref.creditColumns), ref.imputers[strategy], 1e-6, `${strategy} imputer`)
    }
    const labels = new Impute('most_frequent', ['Home', 'Job', 'Marital'], undefined, 'Missing', false)
    labels.fit(credit, context(credit))
    const fill = (labels.learned() as { fill: Record<string, string> }).fill
    expect(['Home', 'Job', 'Marital'].map(c => fill[c])).toEqual(ref.imputers.most_frequent_labels)
  })

  it('Yeo-Johnson lambdas match PowerTransformer within 1e-6 (Box-Cox within 1e-5)', () => {
    for (const [column, lambda] of Object.entries(ref.yeoJohnson)) {
      expectRelative(
        [fitYeoJohnson(house.numeric(column))],
        [lambda],
        1e-6,
        `Yeo-Johnson lambda of ${column}`
      )
    }
    // Box-Cox on few distinct integers (rooms) is where V8's Math.pow and glibc's pow, one last bit
    // apart on some of them, move the flat likelihood's optimum most: 1e-5 there.
    for (const [column, lambda] of Object.entries(ref.boxCox)) {
      expectRelative([fitBoxCox(house.numeric(column))], [lambda], 1e-5, `Box-Cox lambda of ${column}`)
    }
  })

  describe('linear models on the standardised house-price columns, log price', () => {
    let columns: Float64Array[]
    beforeAll(() => {
      const scaled = fitScale('standard', house, ref.houseColumns).transform(house)
      columns = ref.houseColumns.map(c => scaled.numeric(c))
    })

    it.each([
      ['linear', {}],
      ['ridge', { alpha: 10 }],
      ['lasso', { alpha: 0.001 }]
    ] as const)('%s coefficients within 1e-6 relative', (type, options) => {
      const model = createModel({ type, ...options }, 'regression', 0)
      model.fit(ref.houseColumns, columns, logPrice(house))
      const learned = model.learned() as {
        coef: Record<string, number>
        intercept: number
        iterations?: number
      }
      expectRelative(pick(learned.coef, ref.houseColumns), ref[type].coef, 1e-6, `${type} coefficients`)
      if (type === 'lasso') expect(learned.iterations).toBe(ref.lasso.iterations)
      if (type !== 'linear')
        expectRelative([learned.intercept], [ref[type].intercept], 1e-6, `${type} intercept`)
    })
  })

  describe('on the credit data (median-imputed, standardised, "bad" as class 1)', () => {
    let train: Float64Array[]
    let test: Float64Array[]
    let y: Float64Array
    let yTest: Float64Array
    beforeAll(() => {
      const impute = new Impute('median', ref.creditColumns, undefined, 'Missing', false)
      impute.fit(credit, context(credit))
      const scale = new Scale('standard', ref.creditColumns)
      scale.fit(impute.transform(credit), context(credit))
      const prepare = (frame: Frame): Float64Array[] => {
        const done = scale.transform(impute.transform(frame))
        return ref.creditColumns.map(c => done.numeric(c))
      }
      train = prepare(credit)
      test = prepare(creditTest)
      const status = (frame: Frame): Float64Array =>
        Float64Array.from(frame.get('Status').values as string[], v => (v === 'bad' ? 1 : 0))
      y = status(credit)
      yTest = status(creditTest)
    })

    it('logistic regression (C=1) reaches the same optimum within 1e-6 relative', () => {
      const model = createModel({ type: 'logistic' }, 'classification', 0)
      model.fit(ref.creditColumns, train, y)
      const learned = model.learned() as { coef: Record<string, number>; intercept: number }
      expectRelative(pick(learned.coef, ref.creditColumns), ref.logistic.coef, 1e-6, 'logistic coefficients')
      expectRelative([learned.intercept], [ref.logistic.intercept], 1e-6, 'logistic intercept')
      // scikit-learn's default lbfgs stops a little short of that optimum, never far from it.
      expectRelative(pick(learned.coef, ref.creditColumns), ref.logistic.lbfgsCoef, 1e-4, 'logistic vs lbfgs')
    })

    it.each(['random_forest', 'gradient_boosting'] as const)(
      '%s classifier: holdout accuracy and ROC AUC within 2%%',
      type => {
        const model = createModel({ type, n_estimators: 100 }, 'classification', 20261126)
        model.fit(ref.creditColumns, train, y)
        const p = model.predict(test)
        const expected = ref.creditTrees[type]
        for (const name of ['accuracy', 'roc_auc'] as const) {
          const ours = classificationMetric(name, yTest, p)
          expect(Math.abs(ours - expected[name]) / expected[name]).toBeLessThanOrEqual(0.02)
        }
      }
    )
  })

  it.each(['random_forest', 'gradient_boosting'] as const)(
    '%s regressor: holdout RMSE of log price within 2%%',
    type => {
      const columns = (frame: Frame): Float64Array[] => ref.houseColumns.map(c => frame.numeric(c))
      const model = createModel({ type, n_estimators: 100 }, 'regression', 20261126)
      model.fit(ref.houseColumns, columns(house), logPrice(house))
      const ours = regressionMetric('rmse', logPrice(houseTest), model.predict(columns(houseTest)))
      expect(Math.abs(ours - ref.houseTrees[type]) / ref.houseTrees[type]).toBeLessThanOrEqual(0.02)
    }
  )
})
