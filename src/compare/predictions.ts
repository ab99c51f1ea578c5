import { InputError } from '../core/errors.js'
import { worst, type Status } from '../core/status.js'
import type { Tolerance } from '../config/types.js'
import type { ColumnComparison, PredictionComparison } from '../report/model.js'
import { scanCsv } from '../snapshot/csv.js'
import { describeTolerance, relativeDiff, withinTolerance } from './tolerance.js'

export interface PredictionCompareOptions {
  idColumn: string
  tolerance: (column: string) => Tolerance
  top: number
}

type Value = number | string

interface Table {
  columns: string[]
  rows: Map<string, Value[]>
}

/**
 * Compare two prediction files joined by id, never by position. The baseline is held as a map
 * from id to values; the current file streams past it.
 */
export async function comparePredictions(
  baselineFile: string,
  currentFile: string,
  options: PredictionCompareOptions
): Promise<{ status: Status; comparison: PredictionComparison }> {
  const baseline = await readTable(baselineFile, options.idColumn)
  const stats = new Map<string, ColumnStats>()
  let currentColumns: string[] = []
  let idIndex = -1
  const seen = new Set<string>()
  const newIds: string[] = []
  let newCount = 0
  let currentRows = 0
  await scanCsv(currentFile, {
    header(columns) {
      currentColumns = columns
      idIndex = columns.indexOf(options.idColumn)
      if (idIndex < 0) throw new InputError(`id column "${options.idColumn}" not found in the predictions`, { file: currentFile, line: 1 })
      for (const c of columns) if (c !== options.idColumn && baseline.columns.includes(c)) stats.set(c, new ColumnStats(c, options.tolerance(c), options.top))
    },
    row(fields, line) {
      currentRows++
      const id = fields[idIndex]
      if (seen.has(id)) throw new InputError(`id ${id} appears more than once in the predictions`, { file: currentFile, line })
      seen.add(id)
      const old = baseline.rows.get(id)
      if (!old) {
        newCount++
        if (newIds.length < options.top) newIds.push(id)
        return
      }
      currentColumns.forEach((column, i) => {
        const s = stats.get(column)
        if (s) s.add(id, old[baseline.columns.indexOf(column)], parseValue(fields[i]))
      })
    }
  })
  const missingIds: string[] = []
  let missingCount = 0
  for (const id of baseline.rows.keys()) {
    if (!seen.has(id)) {
      missingCount++
      if (missingIds.length < options.top) missingIds.push(id)
    }
  }
  const columns = [...stats.values()].map(s => s.result(options.top))
  const statuses: Status[] = columns.map(c => (c.beyondTolerance > 0 ? 'fail' : 'pass'))
  if (missingCount > 0 || newCount > 0) statuses.push('fail')
  const absentColumns = baseline.columns.filter(c => c !== options.idColumn && !currentColumns.includes(c))
  if (absentColumns.length > 0) statuses.push('fail')
  return {
    status: worst(...statuses),
    comparison: {
      idColumn: options.idColumn,
      baselineRows: baseline.rows.size,
      currentRows,
      matched: currentRows - newCount,
      missingIds,
      missingCount,
      newIds,
      newCount,
      columns
    }
  }
}

class ColumnStats {
  rows = 0
  identical = 0
  within = 0
  beyond = 0
  maxAbs = 0
  maxRel = 0
  private top: { id: string; baseline: Value; current: Value; absDiff: number }[] = []

  constructor(
    readonly column: string,
    readonly tolerance: Tolerance,
    private readonly keep: number
  ) {}

  add(id: string, old: Value, current: Value): void {
    this.rows++
    if (old === current || (typeof old === 'number' && typeof current === 'number' && Number.isNaN(old) && Number.isNaN(current))) {
      this.identical++
      return
    }
    let abs: number
    let ok: boolean
    if (typeof old === 'number' && typeof current === 'number') {
      abs = Math.abs(old - current)
      ok = withinTolerance(old, current, this.tolerance)
      this.maxAbs = Math.max(this.maxAbs, Number.isNaN(abs) ? Infinity : abs)
      this.maxRel = Math.max(this.maxRel, relativeDiff(old, current))
    } else {
      abs = Infinity
      ok = false
    }
    if (ok) this.within++
    else this.beyond++
    // Keep the most-changed rows; ties go to the smaller id so the list is stable.
    if (!ok || this.top.length === 0) {
      this.top.push({ id, baseline: old, current, absDiff: abs })
      if (this.top.length > 2 * this.keep + 64) this.trim(this.keep)
    }
  }

  private trim(n: number): void {
    this.top.sort((a, b) => b.absDiff - a.absDiff || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    this.top.length = Math.min(this.top.length, n)
  }

  result(top: number): ColumnComparison {
    this.trim(top)
    const verdict =
      this.beyond > 0
        ? 'drifted'
        : this.within > 0
          ? `equal within ${describeTolerance(this.tolerance)}`
          : 'bit-identical'
    return {
      column: this.column,
      rows: this.rows,
      identical: this.identical,
      withinTolerance: this.within,
      beyondTolerance: this.beyond,
      maxAbsDiff: this.maxAbs,
      maxRelDiff: this.maxRel,
      tolerance: this.tolerance,
      verdict,
      topChanged: this.beyond > 0 ? this.top.filter(t => t.absDiff > 0) : []
    }
  }
}

async function readTable(file: string, idColumn: string): Promise<Table> {
  let columns: string[] = []
  let idIndex = -1
  const rows = new Map<string, Value[]>()
  await scanCsv(file, {
    header(names) {
      columns = names
      idIndex = names.indexOf(idColumn)
      if (idIndex < 0) throw new InputError(`id column "${idColumn}" not found in the predictions`, { file, line: 1 })
    },
    row(fields, line) {
      const id = fields[idIndex]
      if (rows.has(id)) throw new InputError(`id ${id} appears more than once in the predictions`, { file, line })
      rows.set(id, fields.map(parseValue))
    }
  })
  return { columns, rows }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(Infinity|inf)$|^NaN$/i

function parseValue(field: string): Value {
  return NUMBER.test(field) ? Number(field.replace(/^([+-]?)inf$/i, '$1Infinity').replace(/^nan$/i, 'NaN')) : field
}
