import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import { mean, normalEquations, sigmoid, solveCholesky } from './linalg.js'
import type { Model, Task } from './model.js'
import { DecisionTree, GradientBoosting, RandomForest } from './trees.js'
import { exp, log1p } from '../../core/detmath.js'

/** Models that are a weighted sum of the features. */
abstract class Linear {
  protected features: string[] = []
  protected coef: Float64Array = new Float64Array(0)
  protected intercept = 0

  protected linear(columns: Float64Array[]): Float64Array {
    const n = columns[0]?.length ?? 0
    const out = new Float64Array(n).fill(this.intercept)
    for (let j = 0; j < this.coef.length; j++) {
      const c = columns[j]
      const w = this.coef[j]
      for (let i = 0; i < n; i++) out[i] += c[i] * w
    }
    return out
  }

  /** Columns and target centred on their means: the intercept is fitted apart from the weights. */
  protected centre(columns: Float64Array[], y: Float64Array) {
    const means = columns.map(c => mean(c))
    const yMean = mean(y)
    return { means, yMean, x: columns.map((c, j) => c.map(v => v - means[j])), yc: y.map(v => v - yMean) }
  }

  /** Keep the weights and put the intercept back: ȳ − x̄·w. */
  protected settle(features: string[], coef: Float64Array, means: number[], yMean: number): void {
    this.features = features
    this.coef = coef
    let dot = 0
    for (let j = 0; j < coef.length; j++) dot += means[j] * coef[j]
    this.intercept = yMean - dot
  }

  learned(): Json {
    return {
      intercept: this.intercept,
      coef: Object.fromEntries(this.features.map((f, j) => [f, this.coef[j]]))
    }
  }

  restore(learned: Json, features: string[]): void {
    const l = learned as { intercept: number; coef: Record<string, number> }
    this.intercept = l.intercept
    this.features = features
    this.coef = Float64Array.from(features, f => l.coef[f])
  }
}

/**
 * Linear least squares with an L2 penalty on the coefficients (not the intercept), solved on
 * centred data through the normal equations, as scikit-learn's Ridge with the Cholesky solver.
 */
class LinearModel extends Linear implements Model {
  constructor(
    readonly type: 'linear' | 'ridge',
    private readonly alpha: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    const { means, yMean, x, yc } = this.centre(columns, y)
    const p = features.length
    const { xtx, xty } = normalEquations(x, yc)
    for (let j = 0; j < p; j++) xtx[j * p + j] += this.alpha
    const coef = solveCholesky(xtx, xty, p)
    if (!coef) {
      throw new InputError(
        `model ${this.type}: the features are collinear, so the fit has no unique solution; use ridge with alpha > 0 or one_hot with drop_first`
      )
    }
    this.settle(features, coef, means, yMean)
  }

  predict(columns: Float64Array[]): Float64Array {
    return this.linear(columns)
  }

  params(): Json {
    return this.type === 'ridge' ? { alpha: this.alpha } : {}
  }
}

/**
 * Lasso: minimises ‖y − Xw‖² / (2n) + alpha‖w‖₁ by cyclic coordinate descent on centred data,
 * with scikit-learn's stopping rule: when the largest coefficient update is below tol relative to
 * the largest coefficient, stop once the duality gap is below tol·‖y‖².
 */
export class Lasso extends Linear implements Model {
  readonly type = 'lasso'
  private iterations = 0

  constructor(
    private readonly alpha: number,
    private readonly maxIter: number,
    private readonly tol: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    const n = y.length
    const p = features.length
    const { means, yMean, x, yc } = this.centre(columns, y)
    const l1 = this.alpha * n
    const { w, iterations } =
      n >= p ? cdGram(x, yc, l1, this.maxIter, this.tol) : cdResidual(x, yc, l1, this.maxIter, this.tol)
    this.iterations = iterations
    this.settle(features, w, means, yMean)
  }

  predict(columns: Float64Array[]): Float64Array {
    return this.linear(columns)
  }

  params(): Json {
    return { alpha: this.alpha, max_iter: this.maxIter, tol: this.tol }
  }

  override learned(): Json {
    return { ...(super.learned() as Record<string, Json>), iterations: this.iterations }
  }
}

/** Dot product with four running sums (a fixed order that pipelines the additions), then the tail. */
function dot(a: Float64Array, b: Float64Array): number {
  const n = a.length
  const m = n - (n % 4)
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  for (let i = 0; i < m; i += 4) {
    s0 += a[i] * b[i]
    s1 += a[i + 1] * b[i + 1]
    s2 += a[i + 2] * b[i + 2]
    s3 += a[i + 3] * b[i + 3]
  }
  let s = s0 + s1 + (s2 + s3)
  for (let i = m; i < n; i++) s += a[i] * b[i]
  return s
}

const softThreshold = (t: number, l1: number): number => Math.sign(t) * Math.max(Math.abs(t) - l1, 0)

/**
 * Coordinate descent on the residual, as scikit-learn's enet_coordinate_descent: each update costs
 * a pass over the rows. Used when there are more features than rows.
 */
function cdResidual(
  x: Float64Array[],
  y: Float64Array,
  l1: number,
  maxIter: number,
  tol: number
): { w: Float64Array; iterations: number } {
  const n = y.length
  const p = x.length
  const w = new Float64Array(p)
  const norms = x.map(c => dot(c, c))
  const r = Float64Array.from(y)
  const gapTol = tol * dot(y, y)
  let iter = 0
  for (; iter < maxIter; iter++) {
    let wMax = 0
    let dwMax = 0
    for (let j = 0; j < p; j++) {
      if (norms[j] === 0) continue
      const c = x[j]
      const old = w[j]
      if (old !== 0) for (let i = 0; i < n; i++) r[i] += old * c[i]
      const next = softThreshold(dot(c, r), l1) / norms[j]
      w[j] = next
      if (next !== 0) for (let i = 0; i < n; i++) r[i] -= next * c[i]
      dwMax = Math.max(dwMax, Math.abs(next - old))
      wMax = Math.max(wMax, Math.abs(next))
    }
    if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
      if (dualityGap(x, r, y, w, l1) < gapTol) break
    }
  }
  return { w, iterations: Math.min(iter + 1, maxIter) }
}

/**
 * The same descent on the Gram matrix XᵀX, as scikit-learn's enet_coordinate_descent_gram (its
 * `precompute=True`): the same updates and stopping rule, each update costing a pass over the
 * features instead of the rows.
 */
function cdGram(
  x: Float64Array[],
  y: Float64Array,
  l1: number,
  maxIter: number,
  tol: number
): { w: Float64Array; iterations: number } {
  const p = x.length
  const h = new Float64Array(p * p)
  const q = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    q[j] = dot(x[j], y)
    for (let k = 0; k <= j; k++) h[j * p + k] = h[k * p + j] = dot(x[j], x[k])
  }
  const yNorm2 = dot(y, y)
  const gapTol = tol * yNorm2
  const w = new Float64Array(p)
  const hw = new Float64Array(p)
  let iter = 0
  for (; iter < maxIter; iter++) {
    let wMax = 0
    let dwMax = 0
    for (let j = 0; j < p; j++) {
      const hjj = h[j * p + j]
      if (hjj === 0) continue
      const old = w[j]
      const next = softThreshold(q[j] - hw[j] + hjj * old, l1) / hjj
      if (next !== old) {
        const delta = next - old
        for (let k = 0; k < p; k++) hw[k] += delta * h[k * p + j]
      }
      w[j] = next
      dwMax = Math.max(dwMax, Math.abs(next - old))
      wMax = Math.max(wMax, Math.abs(next))
    }
    if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
      let dualNorm = 0
      let l1Norm = 0
      let qw = 0
      let whw = 0
      for (let j = 0; j < p; j++) {
        dualNorm = Math.max(dualNorm, Math.abs(q[j] - hw[j]))
        l1Norm += Math.abs(w[j])
        qw += q[j] * w[j]
        whw += w[j] * hw[j]
      }
      const rNorm2 = yNorm2 + whw - 2 * qw
      let scale = 1
      let gap = rNorm2
      if (dualNorm > l1) {
        scale = l1 / dualNorm
        gap = 0.5 * (rNorm2 + rNorm2 * scale * scale)
      }
      gap += l1 * l1Norm - scale * yNorm2 + scale * qw
      if (gap < gapTol) break
    }
  }
  return { w, iterations: Math.min(iter + 1, maxIter) }
}

function dualityGap(
  x: Float64Array[],
  r: Float64Array,
  y: Float64Array,
  w: Float64Array,
  l1: number
): number {
  let dualNorm = 0
  let l1Norm = 0
  for (let j = 0; j < x.length; j++) {
    dualNorm = Math.max(dualNorm, Math.abs(dot(x[j], r)))
    l1Norm += Math.abs(w[j])
  }
  const rNorm2 = dot(r, r)
  let gap: number
  let scale = 1
  if (dualNorm > l1) {
    scale = l1 / dualNorm
    gap = 0.5 * (rNorm2 + rNorm2 * scale * scale)
  } else gap = rNorm2
  return gap + l1 * l1Norm - scale * dot(r, y)
}

/**
 * Binary logistic regression with an L2 penalty: minimises ½‖w‖² + C·Σ log-loss (the intercept is
 * not penalised), the optimum scikit-learn's lbfgs solver approaches. Solved by Newton's method with
 * a backtracking line search until the gradient vanishes to rounding, so the optimum is exact.
 */
export class Logistic extends Linear implements Model {
  readonly type = 'logistic'
  private iterations = 0

  constructor(
    private readonly c: number,
    private readonly maxIter: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    this.features = features
    const n = y.length
    const p = features.length
    const q = p + 1
    const w = new Float64Array(q)
    const z = new Float64Array(n)
    const objective = (v: Float64Array): number => {
      linearScores(columns, v, z)
      let loss = 0
      for (let i = 0; i < n; i++) loss += softplus(z[i]) - y[i] * z[i]
      let pen = 0
      for (let j = 0; j < p; j++) pen += v[j] * v[j]
      return 0.5 * pen + this.c * loss
    }
    let f = objective(w)
    let iter = 0
    for (; iter < this.maxIter; iter++) {
      linearScores(columns, w, z)
      const g = new Float64Array(q)
      const h = new Float64Array(q * q)
      const resid = new Float64Array(n)
      const weight = new Float64Array(n)
      for (let i = 0; i < n; i++) {
        const prob = sigmoid(z[i])
        resid[i] = prob - y[i]
        weight[i] = prob * (1 - prob)
      }
      const col = (j: number): Float64Array | undefined => (j < p ? columns[j] : undefined)
      for (let a = 0; a < q; a++) {
        const ca = col(a)
        let s = 0
        for (let i = 0; i < n; i++) s += (ca ? ca[i] : 1) * resid[i]
        g[a] = this.c * s + (a < p ? w[a] : 0)
        for (let b = 0; b <= a; b++) {
          const cb = col(b)
          let hs = 0
          for (let i = 0; i < n; i++) hs += (ca ? ca[i] : 1) * (cb ? cb[i] : 1) * weight[i]
          const v = this.c * hs + (a === b && a < p ? 1 : 0)
          h[a * q + b] = v
          h[b * q + a] = v
        }
      }
      let gMax = 0
      for (const v of g) gMax = Math.max(gMax, Math.abs(v))
      if (gMax < 1e-10 * Math.max(1, this.c * n * 1e-3)) break
      const step = solveCholesky(h, g, q)
      if (!step) throw new InputError('model logistic: the Hessian is singular; the features are degenerate')
      let t = 1
      let candidate = new Float64Array(q)
      let fNew = f
      for (let k = 0; k < 60; k++) {
        candidate = w.map((v, j) => v - t * step[j])
        fNew = objective(candidate)
        if (fNew <= f) break
        t /= 2
      }
      if (!(fNew <= f)) break
      const moved = candidate.some((v, j) => v !== w[j])
      w.set(candidate)
      f = fNew
      if (!moved) break
    }
    this.iterations = iter
    this.coef = w.slice(0, p)
    this.intercept = w[p]
  }

  predict(columns: Float64Array[]): Float64Array {
    return this.linear(columns).map(sigmoid)
  }

  params(): Json {
    return { C: this.c, max_iter: this.maxIter }
  }

  override learned(): Json {
    return { ...(super.learned() as Record<string, Json>), iterations: this.iterations }
  }
}

function linearScores(columns: Float64Array[], w: Float64Array, out: Float64Array): void {
  const p = columns.length
  out.fill(w[p])
  for (let j = 0; j < p; j++) {
    const c = columns[j]
    const wj = w[j]
    for (let i = 0; i < out.length; i++) out[i] += c[i] * wj
  }
}

function softplus(z: number): number {
  return z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
}

type ModelSpec = { type: string } & Record<string, unknown>

function num(spec: ModelSpec, key: string, fallback: number): number {
  return (spec[key] as number | undefined) ?? fallback
}

/** Build a model from its config entry; the task decides the loss of the tree models. */
export function createModel(spec: ModelSpec, task: Task, seed: number): Model {
  const classification = task === 'classification'
  const linearOnly = (type: string): void => {
    if (classification)
      throw new InputError(
        `model ${type} is a regression; for a classification use logistic, decision_tree, random_forest or gradient_boosting`
      )
  }
  switch (spec.type) {
    case 'linear':
      linearOnly('linear')
      return new LinearModel('linear', 0)
    case 'ridge':
      linearOnly('ridge')
      return new LinearModel('ridge', num(spec, 'alpha', 1))
    case 'lasso':
      linearOnly('lasso')
      return new Lasso(num(spec, 'alpha', 1), num(spec, 'max_iter', 1000), num(spec, 'tol', 1e-4))
    case 'logistic':
      if (!classification) throw new InputError('model logistic needs `task: classification`')
      return new Logistic(num(spec, 'C', 1), num(spec, 'max_iter', 100))
    case 'decision_tree':
      return new DecisionTree(task, treeOptions(spec, 1), seed)
    case 'random_forest':
      return new RandomForest(
        task,
        treeOptions(spec, classification ? 'sqrt' : 1),
        num(spec, 'n_estimators', 100),
        spec.bootstrap !== false,
        seed
      )
    case 'gradient_boosting':
      return new GradientBoosting(
        task,
        { ...treeOptions(spec, 1), maxDepth: num(spec, 'max_depth', 3) },
        num(spec, 'n_estimators', 100),
        num(spec, 'learning_rate', 0.1),
        num(spec, 'subsample', 1),
        seed
      )
    default:
      throw new InputError(`unknown model type "${spec.type}"`)
  }
}

function treeOptions(spec: ModelSpec, maxFeatures: number | 'sqrt' | 'log2') {
  return {
    maxDepth: (spec.max_depth as number | undefined) ?? Infinity,
    minSamplesSplit: num(spec, 'min_samples_split', 2),
    minSamplesLeaf: num(spec, 'min_samples_leaf', 1),
    maxFeatures: (spec.max_features as number | 'sqrt' | 'log2' | undefined) ?? maxFeatures
  }
}
