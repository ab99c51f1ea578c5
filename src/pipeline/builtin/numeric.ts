// Numeric steps: log/log1p and power transforms with a fitted lambda, binarising, clipping and
// features derived from two columns.
import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import type { Column, Frame } from './frame.js'
import { boxCox, fitBoxCox, fitYeoJohnson, yeoJohnson } from './power.js'
import { selectColumns, type FitContext, type Selector, type Step } from './steps.js'
import { log, log1p } from '../../core/detmath.js'

export type TransformMethod = 'log' | 'log1p' | 'yeo_johnson' | 'box_cox'

function observed(values: Float64Array): Float64Array {
  return values.filter(v => !Number.isNaN(v))
}

/**
 * log, log1p, Yeo-Johnson or Box-Cox. The power transforms learn one lambda per column; with
 * `standardize` they also learn the mean and standard deviation of the transformed column
 * (scikit-learn's PowerTransformer standardises by default, this step only when asked).
 */
export class Transform implements Step {
  readonly kind = 'transform'
  private applied: string[] = []
  private lambdas = new Map<string, number>()
  private moments = new Map<string, { mean: number; std: number }>()

  constructor(
    private readonly method: TransformMethod,
    private readonly selector: Selector,
    private readonly standardize: boolean
  ) {}

  fit(frame: Frame, context: FitContext): void {
    this.applied = selectColumns(frame, this.selector, context.reserved, this.kind)
    for (const name of this.applied) {
      const values = observed(frame.numeric(name))
      const bound =
        this.method === 'log' || this.method === 'box_cox' ? 0 : this.method === 'log1p' ? -1 : -Infinity
      if (values.some(v => v <= bound)) {
        throw new InputError(
          `step transform: ${this.method} needs values above ${bound}, but column "${name}" has ${values.find(v => v <= bound)}`
        )
      }
      if (this.method === 'yeo_johnson') this.lambdas.set(name, fitYeoJohnson(values))
      if (this.method === 'box_cox') this.lambdas.set(name, fitBoxCox(values))
      if (this.standardize) {
        const t = values.map(v => this.apply(name, v))
        let sum = 0
        for (const v of t) sum += v
        const mean = sum / t.length
        let ss = 0
        for (const v of t) ss += (v - mean) * (v - mean)
        const std = Math.sqrt(ss / t.length)
        this.moments.set(name, { mean, std: std === 0 ? 1 : std })
      }
    }
  }

  private apply(name: string, v: number): number {
    switch (this.method) {
      case 'log':
        return v > 0 ? log(v) : NaN
      case 'log1p':
        return v > -1 ? log1p(v) : NaN
      case 'yeo_johnson':
        return yeoJohnson(v, this.lambdas.get(name) as number)
      case 'box_cox':
        return v > 0 ? boxCox(v, this.lambdas.get(name) as number) : NaN
    }
  }

  transform(frame: Frame): Frame {
    return frame.with(
      this.applied.map(name => {
        const m = this.moments.get(name)
        const values = frame.numeric(name).map(v => {
          const t = this.apply(name, v)
          return m ? (t - m.mean) / m.std : t
        })
        return [name, { kind: 'number', values }]
      })
    )
  }

  params(): Json {
    return { method: this.method, columns: this.selector, standardize: this.standardize }
  }

  learned(): Json {
    return {
      columns: this.applied,
      lambda: Object.fromEntries(this.lambdas),
      moments: Object.fromEntries(this.moments)
    }
  }

  restore(learned: Json): void {
    const l = learned as {
      columns: string[]
      lambda: Record<string, number>
      moments: Record<string, { mean: number; std: number }>
    }
    this.applied = l.columns
    this.lambdas = new Map(Object.entries(l.lambda))
    this.moments = new Map(Object.entries(l.moments))
  }
}

/**
 * A step that maps every value of its columns on its own: it learns only which columns it applies
 * to, so fitting and restoring are the same for every such step.
 */
abstract class PerValue implements Step {
  abstract readonly kind: string
  private applied: string[] = []

  constructor(protected readonly selector: Selector) {}

  protected abstract map(value: number): number
  abstract params(): Json

  fit(frame: Frame, context: FitContext): void {
    this.applied = selectColumns(frame, this.selector, context.reserved, this.kind)
  }

  transform(frame: Frame): Frame {
    return frame.with(
      this.applied.map(name => [name, { kind: 'number', values: frame.numeric(name).map(v => this.map(v)) }])
    )
  }

  learned(): Json {
    return { columns: this.applied }
  }

  restore(learned: Json): void {
    this.applied = (learned as { columns: string[] }).columns
  }
}

/** 1 where the value is above the threshold, else 0 (missing stays missing). */
export class Binarize extends PerValue {
  readonly kind = 'binarize'

  constructor(
    selector: Selector,
    private readonly threshold: number
  ) {
    super(selector)
  }

  protected map(v: number): number {
    return Number.isNaN(v) ? NaN : v > this.threshold ? 1 : 0
  }

  params(): Json {
    return { columns: this.selector, threshold: this.threshold }
  }
}

/** Values held inside [min, max]. */
export class Clip extends PerValue {
  readonly kind = 'clip'

  constructor(
    selector: Selector,
    private readonly min: number,
    private readonly max: number
  ) {
    super(selector)
  }

  protected map(v: number): number {
    return v < this.min ? this.min : v > this.max ? this.max : v
  }

  params(): Json {
    return {
      columns: this.selector,
      min: this.min === -Infinity ? null : this.min,
      max: this.max === Infinity ? null : this.max
    }
  }
}

/** A new column `name` = left − right or left / right; a zero divisor gives a missing value. */
export class Derive implements Step {
  readonly kind = 'derive'

  constructor(
    private readonly name: string,
    private readonly op: 'difference' | 'ratio',
    private readonly left: string,
    private readonly right: string,
    private readonly drop: string[]
  ) {}

  fit(frame: Frame, context: FitContext): void {
    selectColumns(frame, [this.left, this.right, ...this.drop], context.reserved, this.kind)
    if (context.reserved.has(this.name))
      throw new InputError(`step derive: "${this.name}" is the id or the target`)
  }

  transform(frame: Frame): Frame {
    const a = frame.numeric(this.left)
    const b = frame.numeric(this.right)
    const values =
      this.op === 'difference' ? a.map((v, i) => v - b[i]) : a.map((v, i) => (b[i] === 0 ? NaN : v / b[i]))
    const column: Column = { kind: 'number', values }
    return frame.with(
      [[this.name, column]],
      this.drop.filter(n => n !== this.name)
    )
  }

  params(): Json {
    return { name: this.name, op: this.op, left: this.left, right: this.right, drop: this.drop }
  }

  learned(): Json {
    return {}
  }

  restore(): void {}
}
