// Categorical steps beyond one-hot: rare-label grouping, ordinal codes ordered by the target mean,
// and an explicit label → number mapping (quality grades and the like).
import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import { compareText, type Column, type Frame } from './frame.js'
import { selectColumns, type FitContext, type Selector, type Step } from './steps.js'

function labels(column: Column): (string | null)[] {
  return column.kind === 'string'
    ? column.values
    : Array.from(column.values, v => (Number.isNaN(v) ? null : String(v)))
}

/** Labels seen in fewer than `tolerance` of the training rows become one `label` ("Rare"). */
export class RareLabels implements Step {
  readonly kind = 'rare_labels'
  private frequent = new Map<string, string[]>()

  constructor(
    private readonly selector: Selector,
    private readonly tolerance: number,
    private readonly label: string
  ) {}

  fit(frame: Frame, context: FitContext): void {
    for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
      const counts = new Map<string, number>()
      for (const v of labels(frame.get(name))) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
      const keep = [...counts].filter(([, c]) => c / frame.rows >= this.tolerance).map(([v]) => v)
      this.frequent.set(name, keep.sort(compareText))
    }
  }

  transform(frame: Frame): Frame {
    const updates: [string, Column][] = []
    for (const [name, keep] of this.frequent) {
      const known = new Set(keep)
      updates.push([
        name,
        {
          kind: 'string',
          values: labels(frame.get(name)).map(v => (v === null ? null : known.has(v) ? v : this.label))
        }
      ])
    }
    return frame.with(updates)
  }

  params(): Json {
    return { columns: this.selector, tolerance: this.tolerance, label: this.label }
  }

  learned(): Json {
    return { frequent: Object.fromEntries(this.frequent) }
  }

  restore(learned: Json): void {
    this.frequent = new Map(Object.entries((learned as { frequent: Record<string, string[]> }).frequent))
  }
}

/**
 * Labels replaced by their rank when ordered by the mean target (0 for the lowest mean); ties are
 * ordered by label. A label not seen in training, or a missing one, encodes as `unknown` (-1).
 */
export class OrdinalTarget implements Step {
  readonly kind = 'ordinal_target'
  private codes = new Map<string, Record<string, number>>()

  constructor(
    private readonly selector: Selector,
    private readonly unknown: number
  ) {}

  fit(frame: Frame, context: FitContext): void {
    for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
      const sums = new Map<string, { sum: number; count: number }>()
      labels(frame.get(name)).forEach((v, i) => {
        if (v === null) return
        const s = sums.get(v) ?? { sum: 0, count: 0 }
        s.sum += context.target[i]
        s.count++
        sums.set(v, s)
      })
      const order = [...sums]
        .map(([v, s]) => ({ v, mean: s.sum / s.count }))
        .sort((a, b) => a.mean - b.mean || compareText(a.v, b.v))
      this.codes.set(name, Object.fromEntries(order.map((o, i) => [o.v, i])))
    }
  }

  transform(frame: Frame): Frame {
    const updates: [string, Column][] = []
    for (const [name, codes] of this.codes) {
      const values = Float64Array.from(labels(frame.get(name)), v =>
        v !== null && Object.hasOwn(codes, v) ? codes[v] : this.unknown
      )
      updates.push([name, { kind: 'number', values }])
    }
    return frame.with(updates)
  }

  params(): Json {
    return { columns: this.selector, unknown: this.unknown }
  }

  learned(): Json {
    return { codes: Object.fromEntries(this.codes) }
  }

  restore(learned: Json): void {
    this.codes = new Map(Object.entries((learned as { codes: Record<string, Record<string, number>> }).codes))
  }
}

/** A fixed label → number table; labels outside it (and missing ones) become `other`, or stay missing. */
export class MapLabels implements Step {
  readonly kind = 'map'
  private applied: string[] = []

  constructor(
    private readonly columns: string[],
    private readonly mapping: Record<string, number>,
    private readonly other: number | undefined
  ) {}

  fit(frame: Frame, context: FitContext): void {
    this.applied = selectColumns(frame, this.columns, context.reserved, this.kind)
    for (const name of this.applied) {
      const unmapped = labels(frame.get(name)).find(v => v !== null && !Object.hasOwn(this.mapping, v))
      if (unmapped !== undefined && this.other === undefined) {
        throw new InputError(
          `step map: column "${name}" has the label ${JSON.stringify(unmapped)}, which the mapping lacks; add it or set \`other\``
        )
      }
    }
  }

  transform(frame: Frame): Frame {
    const fallback = this.other ?? NaN
    return frame.with(
      this.applied.map(name => [
        name,
        {
          kind: 'number',
          values: Float64Array.from(labels(frame.get(name)), v =>
            v !== null && Object.hasOwn(this.mapping, v) ? this.mapping[v] : fallback
          )
        }
      ])
    )
  }

  params(): Json {
    return { columns: this.columns, mapping: this.mapping, other: this.other ?? null }
  }

  learned(): Json {
    return { columns: this.applied }
  }

  restore(learned: Json): void {
    this.applied = (learned as { columns: string[] }).columns
  }
}
