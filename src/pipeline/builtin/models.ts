import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import { mean, normalEquations, solveCholesky } from './linalg.js'

/** A fitted model over named numeric features, in a fixed feature order. */
export interface Model {
  readonly type: string
  fit(features: string[], columns: Float64Array[], y: Float64Array): void
  predict(columns: Float64Array[]): Float64Array
  params(): Json
  learned(): Json
}

/**
 * Linear least squares with an L2 penalty on the coefficients (not the intercept), solved on
 * centred data through the normal equations, as scikit-learn's Ridge with the Cholesky solver.
 */
class LinearModel implements Model {
  private features: string[] = []
  private coef: Float64Array = new Float64Array(0)
  private intercept = 0

  constructor(
    readonly type: 'linear' | 'ridge',
    private readonly alpha: number
  ) {}

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    this.features = features
    const means = columns.map(c => mean(c))
    const yMean = mean(y)
    const centred = columns.map((c, j) => c.map(v => v - means[j]))
    const yc = y.map(v => v - yMean)
    const p = features.length
    const { xtx, xty } = normalEquations(centred, yc)
    for (let j = 0; j < p; j++) xtx[j * p + j] += this.alpha
    const coef = solveCholesky(xtx, xty, p)
    if (!coef) {
      throw new InputError(
        `model ${this.type}: the features are collinear, so the fit has no unique solution; use ridge with alpha > 0 or one_hot with drop_first`
      )
    }
    this.coef = coef
    let dot = 0
    for (let j = 0; j < p; j++) dot += means[j] * coef[j]
    this.intercept = yMean - dot
  }

  predict(columns: Float64Array[]): Float64Array {
    const n = columns[0]?.length ?? 0
    const out = new Float64Array(n).fill(this.intercept)
    for (let j = 0; j < this.coef.length; j++) {
      const c = columns[j]
      const w = this.coef[j]
      for (let i = 0; i < n; i++) out[i] += c[i] * w
    }
    return out
  }

  params(): Json {
    return this.type === 'ridge' ? { alpha: this.alpha } : {}
  }

  learned(): Json {
    return { intercept: this.intercept, coef: Object.fromEntries(this.features.map((f, j) => [f, this.coef[j]])) }
  }
}

export function createModel(spec: { type: string } & Record<string, unknown>): Model {
  switch (spec.type) {
    case 'linear':
      return new LinearModel('linear', 0)
    case 'ridge':
      return new LinearModel('ridge', (spec.alpha as number | undefined) ?? 1)
    default:
      throw new InputError(`unknown model type "${spec.type}"`)
  }
}
