import seedrandom from 'seedrandom'
import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import { compareText, Frame, type Column } from './frame.js'
import { mean } from './linalg.js'

/**
 * A pipeline step in the scikit-learn manner: `fit` learns from the training frame only,
 * `transform` applies what was learned to any frame. `params` is what it was configured with,
 * `learned` what it learned; both serialise to canonical JSON for the baseline.
 */
export interface Step {
  readonly kind: string
  fit(frame: Frame, context: FitContext): void
  transform(frame: Frame): Frame
  params(): Json
  learned(): Json
  /** Take back what `learned()` returned: the scoring path rebuilds a fitted step from JSON alone. */
  restore(learned: Json): void
}

export interface FitContext {
  /** Columns no step may touch: the id and the target. */
  reserved: Set<string>
  seed: number
  /** The (transformed) training target, row-aligned with the frame: 0/1 for a classification. */
  target: Float64Array
}

export type Selector = 'numeric' | 'categorical' | 'all' | string[]

export function selectColumns(
  frame: Frame,
  selector: Selector,
  reserved: Set<string>,
  step: string
): string[] {
  if (Array.isArray(selector)) {
    for (const name of selector) {
      if (!frame.columns.has(name))
        throw new InputError(`step ${step}: column "${name}" does not exist at this point of the pipeline`)
      if (reserved.has(name))
        throw new InputError(
          `step ${step}: column "${name}" is the id or the target and cannot be transformed`
        )
    }
    return selector
  }
  return frame.names.filter(name => {
    if (reserved.has(name)) return false
    const kind = frame.get(name).kind
    return selector === 'all' || (selector === 'numeric' ? kind === 'number' : kind === 'string')
  })
}

// ---- imputation ---------------------------------------------------------------------------------

export type ImputeStrategy = 'mean' | 'median' | 'most_frequent' | 'constant' | 'missing_label' | 'random'

export class Impute implements Step {
  readonly kind = 'impute'
  private fills = new Map<string, number | string>()
  private samples = new Map<string, { values: (number | string)[]; weights: number[] }>()
  private indicators: string[] = []
  private seed = 0

  constructor(
    private readonly strategy: ImputeStrategy,
    private readonly selector: Selector,
    private readonly value: number | string | undefined,
    private readonly label: string,
    private readonly indicator: boolean,
    /** A value that also counts as missing, as scikit-learn's `missing_values` (0 for an unknown frontage). */
    private readonly missingValue?: number | string
  ) {
    if (strategy === 'constant' && value === undefined)
      throw new InputError('step impute: strategy "constant" needs a `value`')
  }

  fit(frame: Frame, context: FitContext): void {
    this.seed = context.seed
    for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
      const column = frame.get(name)
      const observed =
        column.kind === 'number'
          ? [...column.values].filter(v => !Number.isNaN(v) && v !== this.missingValue)
          : column.values.filter(v => v !== null && v !== this.missingValue)
      if (this.indicator && observed.length < frame.rows) this.indicators.push(name)
      if (observed.length === 0 && this.strategy !== 'constant' && this.strategy !== 'missing_label') {
        throw new InputError(
          `step impute: column "${name}" has no observed values to learn a ${this.strategy} from`
        )
      }
      switch (this.strategy) {
        case 'mean':
        case 'median':
          if (column.kind !== 'number')
            throw new InputError(
              `step impute: strategy "${this.strategy}" needs numbers, but "${name}" holds labels`
            )
          this.fills.set(
            name,
            this.strategy === 'mean' ? mean(observed as number[]) : median(observed as number[])
          )
          break
        case 'most_frequent':
          this.fills.set(name, mostFrequent(observed as (number | string)[]))
          break
        case 'constant':
          this.fills.set(name, this.value as number | string)
          break
        case 'missing_label':
          if (column.kind !== 'string')
            throw new InputError(
              `step impute: strategy "missing_label" is for labels, but "${name}" holds numbers`
            )
          this.fills.set(name, this.label)
          break
        case 'random':
          this.samples.set(name, distribution(observed as (number | string)[]))
          break
      }
    }
  }

  transform(frame: Frame): Frame {
    const updates: [string, Column][] = []
    const gap = this.missingValue
    for (const [name, fill] of this.fills)
      updates.push([name, fillColumn(frame.get(name), () => fill, name, gap)])
    for (const [name, dist] of this.samples) {
      // One generator per column, seeded from the pipeline seed: the same rows get the same draws.
      const rng = seedrandom(`${this.seed}:impute:${name}`)
      const total = dist.weights[dist.weights.length - 1]
      updates.push([
        name,
        fillColumn(frame.get(name), () => dist.values[firstAbove(dist.weights, rng() * total)], name, gap)
      ])
    }
    for (const name of this.indicators) {
      const c = frame.get(name)
      const flags = Float64Array.from({ length: frame.rows }, (_, i) =>
        (c.kind === 'number' ? Number.isNaN(c.values[i]) : c.values[i] === null) || c.values[i] === gap
          ? 1
          : 0
      )
      updates.push([`${name}_na`, { kind: 'number', values: flags }])
    }
    return frame.with(updates)
  }

  params(): Json {
    return {
      strategy: this.strategy,
      columns: this.selector,
      value: this.value ?? null,
      indicator: this.indicator,
      missingValue: this.missingValue ?? null
    }
  }

  learned(): Json {
    const fill: Record<string, Json> = {}
    for (const [k, v] of this.fills) fill[k] = v
    const sample: Record<string, Json> = {}
    for (const [k, v] of this.samples) sample[k] = { values: v.values, cumulativeCounts: v.weights }
    return { fill, sample, indicators: this.indicators, seed: this.seed }
  }

  restore(learned: Json): void {
    const l = learned as {
      fill: Record<string, number | string>
      sample: Record<string, { values: (number | string)[]; cumulativeCounts: number[] }>
      indicators: string[]
      seed: number
    }
    this.fills = new Map(Object.entries(l.fill))
    this.samples = new Map(
      Object.entries(l.sample).map(([k, v]) => [k, { values: v.values, weights: v.cumulativeCounts }])
    )
    this.indicators = l.indicators
    this.seed = l.seed
  }
}

function fillColumn(
  column: Column,
  fill: () => number | string,
  name: string,
  gap?: number | string
): Column {
  if (column.kind === 'number') {
    const values = Float64Array.from(column.values)
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i]) || values[i] === gap) {
        const v = fill()
        if (typeof v !== 'number')
          throw new InputError(
            `step impute: cannot fill numeric column "${name}" with the label ${JSON.stringify(v)}`
          )
        values[i] = v
      }
    }
    return { kind: 'number', values }
  }
  return { kind: 'string', values: column.values.map(v => (v === null || v === gap ? String(fill()) : v)) }
}

export function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort()
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The most frequent value; ties go to the smallest, as scikit-learn's SimpleImputer does. */
function mostFrequent(values: (number | string)[]): number | string {
  const counts = new Map<number | string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: number | string = values[0]
  let bestCount = -1
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && compareValues(v, best) < 0)) {
      best = v
      bestCount = c
    }
  }
  return best
}

function distribution(values: (number | string)[]): { values: (number | string)[]; weights: number[] } {
  const counts = new Map<number | string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  const keys = [...counts.keys()].sort(compareValues)
  let running = 0
  return { values: keys, weights: keys.map(k => (running += counts.get(k) as number)) }
}

/** Index of the first cumulative count above u (binary search). */
function firstAbove(cumulative: number[], u: number): number {
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid] > u) hi = mid
    else lo = mid + 1
  }
  return lo
}

function compareValues(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b))
}

// ---- one-hot encoding ---------------------------------------------------------------------------

export class OneHot implements Step {
  readonly kind = 'one_hot'
  private categories = new Map<string, string[]>()

  constructor(
    private readonly selector: Selector,
    private readonly dropFirst: boolean
  ) {}

  fit(frame: Frame, context: FitContext): void {
    for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
      const column = frame.get(name)
      const labels =
        column.kind === 'number'
          ? [...column.values].filter(v => !Number.isNaN(v)).map(String)
          : column.values.filter((v): v is string => v !== null)
      this.categories.set(name, [...new Set(labels)].sort(compareText))
    }
  }

  transform(frame: Frame): Frame {
    const updates: [string, Column][] = []
    for (const [name, categories] of this.categories) {
      const column = frame.get(name)
      const labels =
        column.kind === 'number'
          ? [...column.values].map(v => (Number.isNaN(v) ? null : String(v)))
          : column.values
      // Unknown and missing labels encode as all zeros, as scikit-learn's handle_unknown="ignore".
      for (const category of categories.slice(this.dropFirst ? 1 : 0)) {
        updates.push([
          `${name}_${category}`,
          { kind: 'number', values: Float64Array.from(labels, l => (l === category ? 1 : 0)) }
        ])
      }
    }
    return frame.with(updates, [...this.categories.keys()])
  }

  params(): Json {
    return { columns: this.selector, dropFirst: this.dropFirst }
  }

  learned(): Json {
    return { categories: Object.fromEntries(this.categories) }
  }

  restore(learned: Json): void {
    this.categories = new Map(
      Object.entries((learned as { categories: Record<string, string[]> }).categories)
    )
  }
}

// ---- scaling ------------------------------------------------------------------------------------

export class Scale implements Step {
  readonly kind = 'scale'
  private centers = new Map<string, number>()
  private scales = new Map<string, number>()

  constructor(
    private readonly method: 'standard' | 'minmax' | 'robust',
    private readonly selector: Selector
  ) {}

  fit(frame: Frame, context: FitContext): void {
    for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
      const column = frame.get(name)
      if (column.kind !== 'number')
        throw new InputError(`step scale: column "${name}" holds labels; encode it first`)
      const values = [...column.values].filter(v => !Number.isNaN(v))
      let center: number
      let scale: number
      if (this.method === 'standard') {
        center = mean(values)
        let ss = 0
        for (const v of values) ss += (v - center) * (v - center)
        scale = Math.sqrt(ss / values.length)
      } else if (this.method === 'minmax') {
        center = Math.min(...values)
        scale = Math.max(...values) - center
      } else {
        const sorted = Float64Array.from(values).sort()
        center = quantile(sorted, 0.5)
        scale = quantile(sorted, 0.75) - quantile(sorted, 0.25)
      }
      // A constant column keeps its values' spread of 1, as scikit-learn does, instead of dividing by 0.
      this.centers.set(name, center)
      this.scales.set(name, scale === 0 || !Number.isFinite(scale) ? 1 : scale)
    }
  }

  transform(frame: Frame): Frame {
    const updates: [string, Column][] = []
    for (const [name, center] of this.centers) {
      const scale = this.scales.get(name) as number
      updates.push([name, { kind: 'number', values: frame.numeric(name).map(v => (v - center) / scale) }])
    }
    return frame.with(updates)
  }

  params(): Json {
    return { method: this.method, columns: this.selector }
  }

  learned(): Json {
    return { center: Object.fromEntries(this.centers), scale: Object.fromEntries(this.scales) }
  }

  restore(learned: Json): void {
    const l = learned as { center: Record<string, number>; scale: Record<string, number> }
    this.centers = new Map(Object.entries(l.center))
    this.scales = new Map(Object.entries(l.scale))
  }
}

/** Linear interpolation between order statistics, numpy's default percentile method. */
export function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

// ---- column selection ---------------------------------------------------------------------------

export class Columns implements Step {
  private present: string[] = []

  constructor(
    readonly kind: 'drop' | 'keep',
    private readonly names: string[]
  ) {}

  fit(frame: Frame, context: FitContext): void {
    selectColumns(frame, this.names, context.reserved, this.kind)
    this.present =
      this.kind === 'drop'
        ? this.names
        : frame.names.filter(n => this.names.includes(n) || context.reserved.has(n))
  }

  transform(frame: Frame): Frame {
    return this.kind === 'drop'
      ? frame.with([], this.present)
      : frame.select(this.present.filter(n => frame.columns.has(n)))
  }

  params(): Json {
    return { columns: this.names }
  }

  learned(): Json {
    return { columns: this.present }
  }

  restore(learned: Json): void {
    this.present = (learned as { columns: string[] }).columns
  }
}
