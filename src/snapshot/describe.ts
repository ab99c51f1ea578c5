import path from 'node:path'
import { InputError } from '../core/errors.js'
import { hashFile, requireFile } from '../core/files.js'
import { scanCsv } from './csv.js'
import type { ColumnType, LockEntry } from './lockfile.js'

/** Everything the lock records about one data file, read in one streaming pass plus the hash. */
export async function describeFile(absPath: string, relPath: string): Promise<LockEntry> {
  await requireFile(absPath, 'data file')
  const format = formatOf(absPath)
  const [{ sha256, size }, shape] = await Promise.all([hashFile(absPath), csvShape(absPath)])
  return { path: relPath, format, size, sha256, rows: shape.rows, columns: shape.columns }
}

export function formatOf(file: string): 'csv' {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv') return 'csv'
  throw new InputError(`unsupported data format "${ext || '(none)'}"; snapshot entries are CSV files`, { file })
}

async function csvShape(file: string): Promise<{ rows: number; columns: { name: string; type: ColumnType }[] }> {
  let names: string[] = []
  let types: ColumnType[] = []
  const { rows } = await scanCsv(file, {
    header(columns) {
      names = columns
      types = columns.map(() => 'empty')
    },
    row(fields) {
      for (let i = 0; i < fields.length; i++) types[i] = widen(types[i], fields[i])
    }
  })
  return { rows, columns: names.map((name, i) => ({ name, type: types[i] })) }
}

const INTEGER = /^[+-]?\d+$/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const BOOLEAN = /^(true|false|TRUE|FALSE|True|False)$/

/** The narrowest type that holds every value seen so far; empty fields are missing values. */
export function widen(current: ColumnType, field: string): ColumnType {
  if (field === '' || current === 'string') return current
  const kind: ColumnType = INTEGER.test(field) ? 'integer' : NUMBER.test(field) ? 'number' : BOOLEAN.test(field) ? 'boolean' : 'string'
  if (current === 'empty' || current === kind) return kind
  if ((current === 'integer' && kind === 'number') || (current === 'number' && kind === 'integer')) return 'number'
  return 'string'
}
