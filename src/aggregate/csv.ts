// Predictions in canonical form: the id column first, the other columns in the order the pipeline
// wrote them, rows sorted by id, values exactly as written. Two runs with the same predictions give
// the same text whatever order they wrote their rows in, so the text's digest is their identity.
import { parse } from 'csv-parse/sync'
import { InputError } from '../core/errors.js'
import { scanCsv } from '../snapshot/csv.js'

export interface PredictionTable {
  idColumn: string
  /** Prediction columns, without the id. */
  columns: string[]
  ids: string[]
  /** id → values of `columns`, as written. */
  rows: Map<string, string[]>
}

export async function readCanonicalCsv(
  file: string,
  idColumn: string
): Promise<PredictionTable & { text: string }> {
  let columns: string[] = []
  let idIndex = -1
  const rows = new Map<string, string[]>()
  await scanCsv(file, {
    header(names) {
      idIndex = names.indexOf(idColumn)
      if (idIndex < 0)
        throw new InputError(`id column "${idColumn}" not found in the predictions`, { file, line: 1 })
      columns = names.filter((_, i) => i !== idIndex)
    },
    row(fields, line) {
      const id = fields[idIndex]
      if (rows.has(id))
        throw new InputError(`id ${id} appears more than once in the predictions`, { file, line })
      rows.set(
        id,
        fields.filter((_, i) => i !== idIndex)
      )
    }
  })
  const ids = [...rows.keys()].sort(compareIds)
  const lines = [[idColumn, ...columns].map(quote).join(',')]
  for (const id of ids) lines.push([id, ...(rows.get(id) ?? [])].map(quote).join(','))
  return { idColumn, columns, ids, rows, text: lines.join('\n') + '\n' }
}

export function parseCanonicalCsv(text: string, idColumn: string, file: string): PredictionTable {
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: false }) as string[][]
  } catch (error) {
    throw new InputError(`the embedded predictions are not valid CSV (${(error as Error).message})`, { file })
  }
  const [header, ...body] = records
  if (!header || header[0] !== idColumn)
    throw new InputError(`the embedded predictions do not start with the id column "${idColumn}"`, { file })
  const rows = new Map<string, string[]>()
  for (const [id, ...values] of body) rows.set(id, values)
  return { idColumn, columns: header.slice(1), ids: body.map(r => r[0]), rows }
}

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field
}
