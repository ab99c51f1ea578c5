import { promises as fs } from 'node:fs'
import path from 'node:path'
import { hashFile } from '../core/files.js'
import type { Tolerance } from '../config/types.js'
import { comparePredictions } from '../compare/predictions.js'
import { withinTolerance } from '../compare/tolerance.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { scanCsv } from '../core/csv.js'

/**
 * Differences at the rounding level: every changed number is within this fraction of the largest
 * magnitude in its column (or of itself), ids and labels are the same, and metrics are within this
 * fraction of themselves. A double carries about 16 significant digits; adding the same numbers in
 * another order (threads, n_jobs, BLAS blocks) loses a few of them, rarely more than four.
 */
export const ROUNDING_LEVEL = 1e-12

/** How two runs' results may differ and still count as the same. */
export interface Tolerances {
  column: (name: string) => Tolerance
  metric: (name: string) => Tolerance
}

export const EXACT: Tolerances = {
  column: () => ({ absolute: 0, relative: 0 }),
  metric: () => ({ absolute: 0, relative: 0 })
}

export interface Difference {
  rows: number
  rowsChanged: number
  maxAbsDiff: number
  maxRelDiff: number
  metricsChanged: string[]
  /** Every difference is at the rounding level (see ROUNDING_LEVEL). */
  roundingOnly: boolean
}

export function same(d: Difference): boolean {
  return d.rowsChanged === 0 && d.metricsChanged.length === 0
}

/** Predictions joined by id and metrics of `b` against `a`, within `tolerances`. */
export async function difference(a: RunOutputs, b: RunOutputs, tolerances = EXACT): Promise<Difference> {
  const { comparison } = await comparePredictions(a.predictions, b.predictions, {
    idColumn: a.idColumn,
    tolerance: tolerances.column,
    top: 0
  })
  const rowsChanged =
    Math.max(0, ...comparison.columns.map(c => c.beyondTolerance)) +
    comparison.missingCount +
    comparison.newCount
  const metricsChanged = Object.keys({ ...a.metrics, ...b.metrics })
    .filter(k => !metricEqual(a.metrics[k], b.metrics[k], tolerances.metric(k)))
    .sort()
  const found = {
    rows: comparison.baselineRows,
    rowsChanged,
    maxAbsDiff: Math.max(0, ...comparison.columns.map(c => c.maxAbsDiff)),
    maxRelDiff: Math.max(0, ...comparison.columns.map(c => c.maxRelDiff)),
    metricsChanged,
    roundingOnly: false
  }
  if (rowsChanged === 0 && metricsChanged.length === 0) return found
  const structural =
    comparison.missingCount + comparison.newCount > 0 ||
    comparison.columns.some(c => c.kind === 'label' && c.beyondTolerance > 0)
  return { ...found, roundingOnly: !structural && (await atRoundingLevel(a, b)) }
}

function metricEqual(x: number | undefined, y: number | undefined, tol: Tolerance): boolean {
  if (x === undefined || y === undefined) return x === y
  return Object.is(x, y) || withinTolerance(x, y, tol)
}

async function atRoundingLevel(a: RunOutputs, b: RunOutputs): Promise<boolean> {
  const scale = await columnScales(a.predictions, a.idColumn)
  const { comparison } = await comparePredictions(a.predictions, b.predictions, {
    idColumn: a.idColumn,
    tolerance: c => ({ absolute: ROUNDING_LEVEL * (scale.get(c) ?? 0), relative: ROUNDING_LEVEL }),
    top: 0
  })
  const rounding = { absolute: 0, relative: ROUNDING_LEVEL }
  const metrics = Object.keys({ ...a.metrics, ...b.metrics }).every(k =>
    metricEqual(a.metrics[k], b.metrics[k], rounding)
  )
  return metrics && comparison.columns.every(c => c.beyondTolerance === 0)
}

/** The largest magnitude of each numeric column. */
async function columnScales(file: string, idColumn: string): Promise<Map<string, number>> {
  let names: string[] = []
  const scale = new Map<string, number>()
  await scanCsv(file, {
    header: columns => (names = columns),
    row: fields =>
      fields.forEach((v, i) => {
        const x = Math.abs(Number(v))
        if (names[i] !== idColumn && Number.isFinite(x))
          scale.set(names[i], Math.max(scale.get(names[i]) ?? 0, x))
      })
  })
  return scale
}

/**
 * Where two runs part: their declared outputs in the order the first run wrote them (modification
 * times), the ones identical byte for byte, and the first that differs. Metrics come after the
 * files, as they are usually computed last.
 */
export async function locate(
  a: RunOutputs,
  b: RunOutputs,
  diff: Difference
): Promise<{ identical: string[]; firstDiffering: string } | undefined> {
  const files = [...new Set([...a.artifacts, ...b.artifacts])].map(name => ({
    name,
    first: path.join(a.dir, name),
    second: path.join(b.dir, name)
  }))
  files.push({ name: path.basename(a.predictions), first: a.predictions, second: b.predictions })
  const hasMetrics = Object.keys(a.metrics).length + Object.keys(b.metrics).length > 0
  // With a single output there is nothing to place the difference between.
  if (files.length + (hasMetrics ? 1 : 0) < 2) return undefined
  const written = await Promise.all(
    files.map(f =>
      fs.stat(f.first).then(
        s => s.mtimeMs,
        () => Infinity
      )
    )
  )
  const order = files.map((f, i) => ({ ...f, at: written[i] })).sort((x, y) => x.at - y.at)
  const identical: string[] = []
  for (const f of order) {
    const differs = f.first === a.predictions ? diff.rowsChanged > 0 : !(await sameBytes(f.first, f.second))
    if (differs) return { identical, firstDiffering: f.name }
    identical.push(f.name)
  }
  return diff.metricsChanged.length ? { identical, firstDiffering: 'metrics' } : undefined
}

async function sameBytes(x: string, y: string): Promise<boolean> {
  try {
    const [p, q] = await Promise.all([hashFile(x), hashFile(y)])
    return p.sha256 === q.sha256
  } catch {
    return false
  }
}

/** "params.json, features.json identical; model.pkl differs first" */
export function describeLocation(location: { identical: string[]; firstDiffering: string }): string {
  const same = location.identical.length ? `${location.identical.join(', ')} identical; ` : ''
  return `${same}${location.firstDiffering} is the first output that differs, so the difference enters in the step that writes it`
}
