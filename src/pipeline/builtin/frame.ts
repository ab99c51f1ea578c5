import { promises as fs } from 'node:fs'
import { parseCsvColumns } from '../../core/csv.js'
import { InputError } from '../../core/errors.js'

/** A column of numbers (NaN marks a missing value) or of labels (null marks a missing value). */
export type Column = { kind: 'number'; values: Float64Array } | { kind: 'string'; values: (string | null)[] }

/** A small column store: what the built-in steps fit on and transform. */
export class Frame {
  constructor(
    readonly names: string[],
    readonly columns: Map<string, Column>,
    readonly rows: number
  ) {}

  get(name: string, file?: string): Column {
    const column = this.columns.get(name)
    if (!column) throw new InputError(`column "${name}" not found`, { file })
    return column
  }

  numeric(name: string): Float64Array {
    const column = this.get(name)
    if (column.kind !== 'number')
      throw new InputError(`column "${name}" holds labels where numbers are needed`)
    return column.values
  }

  /** A new frame with the given columns replaced or appended, in order. */
  with(updates: [string, Column][], remove: string[] = []): Frame {
    const names = this.names.filter(n => !remove.includes(n))
    const columns = new Map(this.columns)
    for (const n of remove) columns.delete(n)
    for (const [name, column] of updates) {
      if (!columns.has(name)) names.push(name)
      columns.set(name, column)
    }
    return new Frame(names, columns, this.rows)
  }

  select(names: string[]): Frame {
    return new Frame(names, new Map(names.map(n => [n, this.get(n)])), this.rows)
  }

  /** Rows reordered by `order` (indices into this frame). */
  take(order: number[]): Frame {
    const columns = new Map<string, Column>()
    for (const [name, c] of this.columns) {
      if (c.kind === 'number')
        columns.set(name, { kind: 'number', values: Float64Array.from(order, i => c.values[i]) })
      else columns.set(name, { kind: 'string', values: order.map(i => c.values[i]) })
    }
    return new Frame(this.names, columns, order.length)
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** Load a CSV into a frame: a column is numeric when every non-empty field is a number. */
export async function readFrame(file: string): Promise<Frame> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('data file not found', { file })
    throw new InputError(`cannot read data file: ${(error as Error).message}`, { file })
  }
  const { names, raw } = parseCsvColumns(text, file)
  const columns = new Map<string, Column>()
  names.forEach((name, i) => {
    const values = raw[i]
    const numeric = values.every(v => v === '' || NUMBER.test(v)) && values.some(v => v !== '')
    columns.set(
      name,
      numeric
        ? { kind: 'number', values: Float64Array.from(values, v => (v === '' ? NaN : Number(v))) }
        : { kind: 'string', values: values.map(v => (v === '' ? null : v)) }
    )
  })
  return new Frame(names, columns, raw[0]?.length ?? 0)
}

/** Row order sorted by the id column, so the input's row order cannot change what is learned. */
export function orderById(frame: Frame, idColumn: string): number[] {
  const ids = frame.get(idColumn)
  const order = Array.from({ length: frame.rows }, (_, i) => i)
  if (ids.kind === 'number') order.sort((a, b) => ids.values[a] - ids.values[b] || a - b)
  else order.sort((a, b) => compareText(ids.values[a] ?? '', ids.values[b] ?? '') || a - b)
  return order
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
