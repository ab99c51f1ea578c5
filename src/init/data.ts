// What `repro-audit init` finds about the data: CSV and Parquet files under the usual folders, and
// the id column (named like an id, unique and never empty in every file that has it).
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { scanCsv } from '../core/csv.js'

/** Folders where projects keep their data, in the order they are looked at. */
export const DATA_FOLDERS = ['data', 'datasets', 'dataset', 'input', 'inputs', 'raw', 'raw_data'] as const
const DATA_FILE = /\.(csv|parquet)$/i
const MAX_DEPTH = 4
/** Above this many files a folder becomes one folder entry instead of one entry per file. */
export const MAX_FILE_ENTRIES = 12
/** Files larger than this are not read to find the id column: the lock will read them anyway. */
const MAX_SCAN_BYTES = 512 * 1024 * 1024

export interface DataEntry {
  /** Path relative to the config folder (posix). */
  path: string
  kind: 'path' | 'folder'
}

export interface FoundData {
  entries: DataEntry[]
  /** Data files, relative to the config folder (posix), sorted. */
  files: string[]
}

/** CSV and Parquet files under the data folders of `dir`; folders with many files become one entry. */
export async function findDataFiles(dir: string): Promise<FoundData> {
  const entries: DataEntry[] = []
  const files: string[] = []
  for (const folder of DATA_FOLDERS) {
    const found = await listData(dir, folder, 0)
    if (!found.length) continue
    found.sort()
    files.push(...found)
    if (found.length > MAX_FILE_ENTRIES) entries.push({ path: folder, kind: 'folder' })
    else entries.push(...found.map(f => ({ path: f, kind: 'path' as const })))
  }
  return { entries, files }
}

async function listData(root: string, rel: string, depth: number): Promise<string[]> {
  let items
  try {
    items = await fs.readdir(path.join(root, rel), { withFileTypes: true })
  } catch {
    return []
  }
  const out: string[] = []
  for (const item of items) {
    if (item.name.startsWith('.')) continue
    const child = `${rel}/${item.name}`
    if (item.isDirectory() && depth < MAX_DEPTH) out.push(...(await listData(root, child, depth + 1)))
    else if (item.isFile() && DATA_FILE.test(item.name)) out.push(child)
  }
  return out
}

/** Column names that say "identifier": id, Id, ID, row_id, customerId, key, uuid. */
export function looksLikeId(name: string): boolean {
  return (
    /^(id|key|uuid|guid|index)$/i.test(name) ||
    /[_\s.-](id|key|uuid)$/i.test(name) ||
    /[a-z0-9]Id$/.test(name) ||
    /[a-z0-9]ID$/.test(name)
  )
}

/**
 * The id column: a column named like an id that every data file has, with unique non-empty values
 * in each. `id` itself comes first, then the columns in header order. Undefined when none fits.
 */
export async function detectIdColumn(dir: string, files: string[]): Promise<string | undefined> {
  let common: string[] | undefined
  for (const file of files) {
    const unique = await uniqueIdColumns(path.join(dir, file))
    if (!unique) continue // too large or unreadable: it does not vote
    common = common ? common.filter(c => unique.includes(c)) : unique
  }
  if (!common?.length) return undefined
  return common.find(c => /^id$/i.test(c)) ?? common[0]
}

/** The id-like columns of one file whose values are unique and never empty, in header order. */
export async function uniqueIdColumns(file: string): Promise<string[] | undefined> {
  const stat = await fs.stat(file).catch(() => undefined)
  if (!stat || stat.size > MAX_SCAN_BYTES) return undefined
  try {
    return /\.parquet$/i.test(file) ? await uniqueInParquet(file) : await uniqueInCsv(file)
  } catch {
    return undefined
  }
}

async function uniqueInCsv(file: string): Promise<string[]> {
  let candidates: { name: string; index: number; seen: Set<string>; ok: boolean }[] = []
  await scanCsv(file, {
    header: columns => {
      candidates = columns
        .map((name, index) => ({ name, index, seen: new Set<string>(), ok: true }))
        .filter(c => looksLikeId(c.name))
    },
    row: fields => {
      for (const c of candidates) {
        if (!c.ok) continue
        const value = fields[c.index]
        if (value === '' || c.seen.has(value)) c.ok = false
        else c.seen.add(value)
      }
    }
  })
  return candidates.filter(c => c.ok && c.seen.size > 0).map(c => c.name)
}

async function uniqueInParquet(file: string): Promise<string[]> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } =
    await import('hyparquet')
  const buffer = await asyncBufferFromFile(file)
  const metadata = await parquetMetadataAsync(buffer)
  const names = parquetSchema(metadata)
    .children.map(c => c.element.name)
    .filter(looksLikeId)
  const out: string[] = []
  for (const name of names) {
    const rows = await parquetReadObjects({ file: buffer, metadata, columns: [name] })
    const values = rows.map(r => r[name] as unknown)
    if (
      values.every(v => v !== null && v !== undefined && v !== '') &&
      new Set(values.map(String)).size === values.length
    )
      out.push(name)
  }
  return out
}
