// The prediction join with tolerance, shared by the baseline comparison (compare/predictions.ts)
// and the cross-environment aggregate (aggregate/aggregate.ts): how a field is read as a value,
// how two values of one cell compare under a tolerance, and the join of two row sets by id.
import { InputError } from '../core/errors.js'
import type { Tolerance } from '../config/types.js'
import { relativeDiff, withinTolerance } from './tolerance.js'

export type Value = number | string

const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i

/** A field as a number when it is one (including inf and nan as Python writes them), else text. */
export function parseValue(field: string): Value {
  if (field === '') return field
  const v = +field
  if (v === v) {
    const first = field.charCodeAt(0)
    const last = field.charCodeAt(field.length - 1)
    if (first <= 32 || last <= 32) return field
    if (first === 48 && field.length > 2 && /[xob]/i.test(field[1])) return field
    return v
  }
  const m = SPECIAL.exec(field)
  if (!m) return field
  if (m[2].toLowerCase() === 'nan') return NaN
  return m[1] === '-' ? -Infinity : Infinity
}

/**
 * One cell, baseline against current: identical (NaN equals NaN), two numbers that differ (with
 * the absolute difference, Infinity when it is NaN, the relative one, and whether the tolerance
 * covers it), or text that differs, which no tolerance covers.
 */
export type CellDiff =
  | { kind: 'identical' }
  | { kind: 'numeric'; absDiff: number; relDiff: number; within: boolean }
  | { kind: 'text' }

export function diffCell(baseline: Value, current: Value, tolerance: Tolerance): CellDiff {
  if (
    baseline === current ||
    (typeof baseline === 'number' &&
      typeof current === 'number' &&
      Number.isNaN(baseline) &&
      Number.isNaN(current))
  )
    return { kind: 'identical' }
  if (typeof baseline !== 'number' || typeof current !== 'number') return { kind: 'text' }
  const abs = Math.abs(baseline - current)
  return {
    kind: 'numeric',
    absDiff: Number.isNaN(abs) ? Infinity : abs,
    relDiff: relativeDiff(baseline, current),
    within: withinTolerance(baseline, current, tolerance)
  }
}

export interface JoinVisitor<Row> {
  matched(id: string, baseline: Row, current: Row): void
  onlyInBaseline(id: string): void
  onlyInCurrent(id: string): void
}

/** Join two row sets by id, never by position. */
export function joinById<Row>(
  baseline: ReadonlyMap<string, Row>,
  current: ReadonlyMap<string, Row>,
  visit: JoinVisitor<Row>
): void {
  for (const [id, row] of baseline) {
    const other = current.get(id)
    if (other === undefined) visit.onlyInBaseline(id)
    else visit.matched(id, row, other)
  }
  for (const id of current.keys()) if (!baseline.has(id)) visit.onlyInCurrent(id)
}

/** Rows keyed by id; an id seen twice is an InputError naming the file and the line. */
export function rowsById<Row>(
  records: Iterable<{ id: string; row: Row; line: number }>,
  file: string
): Map<string, Row> {
  const rows = new Map<string, Row>()
  for (const { id, row, line } of records) {
    if (rows.has(id))
      throw new InputError(`id ${JSON.stringify(id)} appears more than once in the predictions`, {
        file,
        line
      })
    rows.set(id, row)
  }
  return rows
}
