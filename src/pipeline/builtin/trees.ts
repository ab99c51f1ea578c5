// Decision trees and the ensembles built from them. Trees grow level by level: for each feature the
// rows are swept once in a presorted order, every open node of the level collecting its own running
// sums, so a level costs O(rows × features) and the sums always run in the same order.
import seedrandom from 'seedrandom'
import type { Json } from '../../core/canonical-json.js'
import { sigmoid } from './linalg.js'
import type { Model, Task } from './model.js'
import { log } from '../../core/detmath.js'

export interface TreeOptions {
  maxDepth: number
  minSamplesSplit: number
  minSamplesLeaf: number
  /** 'sqrt', 'log2', a fraction of the features (≤ 1) or a count (> 1). */
  maxFeatures: number | 'sqrt' | 'log2'
}

/** One tree as parallel arrays; a leaf has feature -1. Rows go left when value ≤ threshold. */
export interface TreeArrays {
  feature: number[]
  threshold: number[]
  left: number[]
  right: number[]
  value: number[]
}

type Rng = () => number

function featureCount(option: TreeOptions['maxFeatures'], p: number): number {
  if (option === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(p)))
  if (option === 'log2') return Math.max(1, 31 - Math.clz32(p)) // floor(log2 p), exactly
  return Math.min(p, Math.max(1, option <= 1 ? Math.floor(option * p) : Math.floor(option)))
}

/** Row indices sorted by each feature's value, ties by row index: computed once per fit. */
function presort(columns: Float64Array[]): Int32Array[] {
  return columns.map(c =>
    Int32Array.from(Array.from({ length: c.length }, (_, i) => i).sort((a, b) => c[a] - c[b] || a - b))
  )
}

/** Whether a node may split: not too deep, enough weight, and impurity above rounding noise. */
function splittable(
  s: { w: number; sum: number; sumSq: number },
  depth: number,
  options: TreeOptions
): boolean {
  const mean = s.sum / s.w
  const impurity = s.sumSq / s.w - mean * mean
  return (
    depth < options.maxDepth &&
    s.w >= options.minSamplesSplit &&
    s.w >= 2 * options.minSamplesLeaf &&
    impurity > 2.220446049250313e-16 * Math.max(1, mean * mean)
  )
}

/** Each of `m` open nodes draws its own subset of `perNode` of the `p` features (a partial Fisher-Yates shuffle). */
function featureSubsets(m: number, p: number, perNode: number, rng: Rng): Uint8Array {
  const uses = new Uint8Array(m * p)
  for (let s = 0; s < m; s++) {
    const pool = Array.from({ length: p }, (_, j) => j)
    for (let d = 0; d < perNode; d++) {
      const pick = d + Math.floor(rng() * (p - d))
      ;[pool[d], pool[pick]] = [pool[pick], pool[d]]
      uses[s * p + pool[d]] = 1
    }
  }
  return uses
}

interface LevelRows {
  columns: Float64Array[]
  sorted: Int32Array[]
  weights: Float64Array
  /** weights × target. */
  weighted: Float64Array
  /** Each row's slot among the open nodes, -1 for rows in no open node. */
  rowSlot: Int32Array
  /** Slot s may use feature f when uses[s * p + f] is 1. */
  uses: Uint8Array
}

/**
 * The best split of every open node, in one pass per feature over the presorted rows: the split
 * score is the between-groups sum of squares, and a threshold lies halfway between two values.
 */
function bestSplits(
  rows: LevelRows,
  totalW: Float64Array,
  totalSum: Float64Array,
  minLeaf: number
): { bestScore: Float64Array; bestFeature: Int32Array; bestThreshold: Float64Array } {
  const { columns, sorted, weights, weighted, rowSlot, uses } = rows
  const n = rowSlot.length
  const p = columns.length
  const m = totalW.length
  const bestScore = new Float64Array(m).fill(-Infinity)
  const bestFeature = new Int32Array(m).fill(-1)
  const bestThreshold = new Float64Array(m)
  const leftW = new Float64Array(m)
  const leftSum = new Float64Array(m)
  const last = new Float64Array(m)
  for (let f = 0; f < p; f++) {
    leftW.fill(0)
    leftSum.fill(0)
    const x = columns[f]
    const order = sorted[f]
    for (let r = 0; r < n; r++) {
      const i = order[r]
      const s = rowSlot[i]
      if (s < 0 || uses[s * p + f] === 0) continue
      const v = x[i]
      if (leftW[s] > 0 && v > last[s]) {
        const wl = leftW[s]
        const wr = totalW[s] - wl
        if (wl >= minLeaf && wr >= minLeaf) {
          const sr = totalSum[s] - leftSum[s]
          const score = (leftSum[s] * leftSum[s]) / wl + (sr * sr) / wr
          if (score > bestScore[s]) {
            bestScore[s] = score
            bestFeature[s] = f
            let t = (last[s] + v) / 2
            if (t === v) t = last[s]
            bestThreshold[s] = t
          }
        }
      }
      leftW[s] += weights[i]
      leftSum[s] += weighted[i]
      last[s] = v
    }
  }
  return { bestScore, bestFeature, bestThreshold }
}

/**
 * Grow a least-squares tree on `target` with row `weights` (bootstrap counts; 0 leaves a row out).
 * For a 0/1 target this is the Gini tree: both criteria rank the splits of a binary target alike.
 * Returns the tree and each row's leaf (-1 for rows left out).
 */
function growTree(
  columns: Float64Array[],
  sorted: Int32Array[],
  target: Float64Array,
  weights: Float64Array,
  options: TreeOptions,
  rng: Rng
): { tree: TreeArrays; leafOf: Int32Array } {
  const n = target.length
  const p = columns.length
  const tree: TreeArrays = { feature: [], threshold: [], left: [], right: [], value: [] }
  const stats: { w: number; sum: number; sumSq: number }[] = []
  const nodeOf = new Int32Array(n).fill(-1)
  const newNode = (): number => {
    tree.feature.push(-1)
    tree.threshold.push(0)
    tree.left.push(-1)
    tree.right.push(-1)
    tree.value.push(0)
    stats.push({ w: 0, sum: 0, sumSq: 0 })
    return tree.feature.length - 1
  }
  const root = newNode()
  for (let i = 0; i < n; i++) {
    if (weights[i] > 0) {
      nodeOf[i] = root
      stats[root].w += weights[i]
      stats[root].sum += weights[i] * target[i]
      stats[root].sumSq += weights[i] * target[i] * target[i]
    }
  }
  const perNode = featureCount(options.maxFeatures, p)
  const weighted = weights.map((w, i) => w * target[i])
  let frontier = [root]
  for (let depth = 0; frontier.length > 0; depth++) {
    for (const k of frontier) tree.value[k] = stats[k].w > 0 ? stats[k].sum / stats[k].w : 0
    const open = frontier.filter(k => splittable(stats[k], depth, options))
    if (open.length === 0) break
    const slotOf = new Int32Array(tree.feature.length).fill(-1)
    open.forEach((k, i) => (slotOf[k] = i))
    const m = open.length
    const uses = featureSubsets(m, p, perNode, rng)
    // Per level: each row's slot among the open nodes, and each open node's totals.
    const rowSlot = new Int32Array(n).fill(-1)
    for (let i = 0; i < n; i++) if (nodeOf[i] >= 0) rowSlot[i] = slotOf[nodeOf[i]]
    const { bestScore, bestFeature, bestThreshold } = bestSplits(
      { columns, sorted, weights, weighted, rowSlot, uses },
      Float64Array.from(open, k => stats[k].w),
      Float64Array.from(open, k => stats[k].sum),
      options.minSamplesLeaf
    )
    const next: number[] = []
    const split = new Map<number, { f: number; t: number; l: number; r: number }>()
    open.forEach((k, s) => {
      const st = stats[k]
      const parent = (st.sum * st.sum) / st.w
      const sse = st.sumSq - parent
      if (bestFeature[s] < 0 || !(bestScore[s] - parent > 1e-12 * Math.max(sse, 1e-300))) return
      const l = newNode()
      const r = newNode()
      tree.feature[k] = bestFeature[s]
      tree.threshold[k] = bestThreshold[s]
      tree.left[k] = l
      tree.right[k] = r
      split.set(k, { f: bestFeature[s], t: bestThreshold[s], l, r })
      next.push(l, r)
    })
    for (let i = 0; i < n; i++) {
      const sp = nodeOf[i] >= 0 ? split.get(nodeOf[i]) : undefined
      if (!sp) continue
      const child = columns[sp.f][i] <= sp.t ? sp.l : sp.r
      nodeOf[i] = child
      const st = stats[child]
      st.w += weights[i]
      st.sum += weights[i] * target[i]
      st.sumSq += weights[i] * target[i] * target[i]
    }
    frontier = next
  }
  return { tree, leafOf: nodeOf }
}

function leafIndex(tree: TreeArrays, columns: Float64Array[], i: number): number {
  let node = 0
  while (tree.feature[node] >= 0)
    node = columns[tree.feature[node]][i] <= tree.threshold[node] ? tree.left[node] : tree.right[node]
  return node
}

function predictTree(tree: TreeArrays, columns: Float64Array[], out: Float64Array, scale = 1): void {
  for (let i = 0; i < out.length; i++) out[i] += scale * tree.value[leafIndex(tree, columns, i)]
}

function treeOptionsJson(o: TreeOptions): Json {
  return {
    max_depth: Number.isFinite(o.maxDepth) ? o.maxDepth : null,
    min_samples_split: o.minSamplesSplit,
    min_samples_leaf: o.minSamplesLeaf,
    max_features: o.maxFeatures
  }
}

abstract class TreeModel {
  protected features: string[] = []
  protected trees: TreeArrays[] = []

  restore(learned: Json): void {
    const l = learned as unknown as { features: string[]; trees: TreeArrays[] }
    this.features = l.features
    this.trees = l.trees
  }
}

/** One tree; for a classification its leaves hold the share of class 1. */
export class DecisionTree extends TreeModel implements Model {
  readonly type = 'decision_tree'

  constructor(
    readonly task: Task,
    private readonly options: TreeOptions,
    private readonly seed: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    this.features = features
    const rng = seedrandom(`${this.seed}:tree`)
    this.trees = [
      growTree(columns, presort(columns), y, new Float64Array(y.length).fill(1), this.options, rng).tree
    ]
  }

  predict(columns: Float64Array[]): Float64Array {
    const out = new Float64Array(columns[0]?.length ?? 0)
    predictTree(this.trees[0], columns, out)
    return out
  }

  params(): Json {
    return { ...(treeOptionsJson(this.options) as Record<string, Json>), seed: this.seed }
  }

  learned(): Json {
    return { features: this.features, trees: this.trees as unknown as Json }
  }
}

/** Trees on seeded bootstrap samples, each node drawing a seeded feature subset; predictions averaged. */
export class RandomForest extends TreeModel implements Model {
  readonly type = 'random_forest'

  constructor(
    readonly task: Task,
    private readonly options: TreeOptions,
    private readonly count: number,
    private readonly bootstrap: boolean,
    private readonly seed: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    this.features = features
    const sorted = presort(columns)
    const n = y.length
    this.trees = []
    for (let t = 0; t < this.count; t++) {
      const rng = seedrandom(`${this.seed}:forest:${t}`)
      const weights = new Float64Array(n)
      if (this.bootstrap) for (let i = 0; i < n; i++) weights[Math.floor(rng() * n)]++
      else weights.fill(1)
      this.trees.push(growTree(columns, sorted, y, weights, this.options, rng).tree)
    }
  }

  predict(columns: Float64Array[]): Float64Array {
    const out = new Float64Array(columns[0]?.length ?? 0)
    for (const tree of this.trees) predictTree(tree, columns, out)
    return out.map(v => v / this.trees.length)
  }

  params(): Json {
    return {
      ...(treeOptionsJson(this.options) as Record<string, Json>),
      n_estimators: this.count,
      bootstrap: this.bootstrap,
      seed: this.seed
    }
  }

  learned(): Json {
    return { features: this.features, trees: this.trees as unknown as Json }
  }
}

/**
 * Gradient boosting: squared error for a regression (starting from the mean), log-loss for a binary
 * classification (starting from the log-odds, leaves set by one Newton step), as scikit-learn's
 * GradientBoostingRegressor/Classifier. `subsample` < 1 draws a seeded share of rows for each tree.
 */
export class GradientBoosting extends TreeModel implements Model {
  readonly type = 'gradient_boosting'
  private init = 0

  constructor(
    readonly task: Task,
    private readonly options: TreeOptions,
    private readonly count: number,
    private readonly rate: number,
    private readonly subsample: number,
    private readonly seed: number
  ) {
    super()
  }

  fit(features: string[], columns: Float64Array[], y: Float64Array): void {
    this.features = features
    const classification = this.task === 'classification'
    const n = y.length
    let sum = 0
    for (let i = 0; i < n; i++) sum += y[i]
    const mean = sum / n
    this.init = classification ? log(mean / (1 - mean)) : mean
    const raw = new Float64Array(n).fill(this.init)
    const sorted = presort(columns)
    const residual = new Float64Array(n)
    this.trees = []
    for (let t = 0; t < this.count; t++) {
      for (let i = 0; i < n; i++) residual[i] = y[i] - (classification ? sigmoid(raw[i]) : raw[i])
      const rng = seedrandom(`${this.seed}:boost:${t}`)
      const weights = new Float64Array(n).fill(1)
      if (this.subsample < 1) {
        weights.fill(0)
        const order = Array.from({ length: n }, (_, i) => i)
        const take = Math.max(1, Math.floor(this.subsample * n))
        for (let d = 0; d < take; d++) {
          const pick = d + Math.floor(rng() * (n - d))
          ;[order[d], order[pick]] = [order[pick], order[d]]
          weights[order[d]] = 1
        }
      }
      const { tree, leafOf } = growTree(columns, sorted, residual, weights, this.options, rng)
      if (classification) {
        const num = new Float64Array(tree.value.length)
        const den = new Float64Array(tree.value.length)
        for (let i = 0; i < n; i++) {
          const leaf = leafOf[i]
          if (leaf < 0) continue
          const prob = y[i] - residual[i]
          num[leaf] += residual[i]
          den[leaf] += prob * (1 - prob)
        }
        for (let k = 0; k < tree.value.length; k++)
          if (tree.feature[k] < 0) tree.value[k] = Math.abs(den[k]) < 1e-150 ? 0 : num[k] / den[k]
      }
      predictTree(tree, columns, raw, this.rate)
      this.trees.push(tree)
    }
  }

  predict(columns: Float64Array[]): Float64Array {
    const out = new Float64Array(columns[0]?.length ?? 0).fill(this.init)
    for (const tree of this.trees) predictTree(tree, columns, out, this.rate)
    return this.task === 'classification' ? out.map(sigmoid) : out
  }

  params(): Json {
    return {
      ...(treeOptionsJson(this.options) as Record<string, Json>),
      n_estimators: this.count,
      learning_rate: this.rate,
      subsample: this.subsample,
      seed: this.seed
    }
  }

  learned(): Json {
    return { features: this.features, init: this.init, trees: this.trees as unknown as Json }
  }

  override restore(learned: Json): void {
    super.restore(learned)
    this.init = (learned as { init: number }).init
  }
}
