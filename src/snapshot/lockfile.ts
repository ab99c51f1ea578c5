import { promises as fs } from 'node:fs'
import { Document, isMap, isSeq, LineCounter, parseDocument, YAMLMap, type Scalar } from 'yaml'
import { InputError } from '../core/errors.js'
import { confinedPath, writeFileAtomic } from '../core/files.js'
import { readWrittenLock } from './lock-reader.js'

export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'empty'
export type DataFormat = 'csv' | 'parquet'

export interface LockedColumn {
  name: string
  type: ColumnType
  /** Statistics (lock schemaVersion 2): non-missing values, missing values, numeric range and mean. */
  count?: number
  missing?: number
  min?: number
  max?: number
  mean?: number
  /** HyperLogLog estimate of the number of distinct values (about 3 % off at worst). */
  distinct?: number
  /** Order-insensitive hash of the column's values: a different digest means different values. */
  digest?: string
}

/** One data file: a `path` inside the repository, or a remote `url` pinned by its sha256. */
export interface FileLock {
  path?: string
  url?: string
  format: DataFormat
  size: number
  sha256: string
  rows: number
  /** Order-insensitive content fingerprint: the same rows in any order and any encoding agree. */
  fingerprint?: string
  /** Order-sensitive fingerprint of the same canonical rows: tells reordered from re-encoded. */
  ordered?: string
  newline?: 'lf' | 'crlf' | 'mixed' | 'none'
  as_of?: { column: string; until: string }
  id_column?: string
  /** Sidecar with the sorted (id, row hash) pairs, relative to the config's folder. */
  row_hashes?: string
  /** Gzip of the header and the locked rows (CSV with an id column), relative to the config's folder. */
  row_values?: string
  /** Why there is no `row_values` copy (it went over the size limit, or the file is not CSV). */
  row_values_skipped?: string
  columns: LockedColumn[]
}

/** A folder or glob entry: the files it held, like dvc.lock's `.dir` entries. */
export interface DirLock {
  folder?: string
  glob?: string
  /** sha256 of the listing (one `path sha256` line per file). */
  sha256: string
  size: number
  nfiles: number
  files: FileLock[]
}

export type LockEntry = FileLock | DirLock

export interface SnapshotLock {
  schemaVersion: 1 | 2
  entries: LockEntry[]
}

export const LOCK_VERSION = 2

export function isDirLock(entry: LockEntry): entry is DirLock {
  return 'files' in entry && Array.isArray((entry as DirLock).files)
}

/** The key an entry is known by: its path, folder, glob or url. */
export function entryKey(entry: LockEntry): string {
  if (isDirLock(entry)) return entry.folder ?? entry.glob ?? ''
  return entry.path ?? entry.url ?? ''
}

const HEADER =
  '# repro-audit snapshot lock: the data the baseline was trained on.\n' +
  '# Written by `repro-audit lock`; commit it, do not edit it by hand.\n'

const FILE_KEYS = [
  'path',
  'url',
  'format',
  'size',
  'sha256',
  'rows',
  'fingerprint',
  'ordered',
  'newline',
  'as_of',
  'id_column',
  'row_hashes',
  'row_values',
  'row_values_skipped'
] as const
const COLUMN_KEYS = ['name', 'type', 'count', 'missing', 'min', 'max', 'mean', 'distinct', 'digest'] as const

function byKey<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
}

function fileObject(e: FileLock): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of FILE_KEYS) if (e[k] !== undefined) out[k] = e[k]
  out.columns = e.columns.map(c => {
    const col: Record<string, unknown> = {}
    for (const k of COLUMN_KEYS) if (c[k] !== undefined) col[k] = c[k]
    return col
  })
  return out
}

/**
 * The lock's text: entries sorted by key, keys in a fixed order, one line per column (so a
 * column whose values changed is one changed line in the diff).
 */
export function serializeLock(lock: SnapshotLock): string {
  const entries = [...lock.entries].sort(byKey(entryKey)).map(e => {
    if (!isDirLock(e)) return fileObject(e)
    const out: Record<string, unknown> = {}
    if (e.folder !== undefined) out.folder = e.folder
    if (e.glob !== undefined) out.glob = e.glob
    out.sha256 = e.sha256
    out.size = e.size
    out.nfiles = e.nfiles
    out.files = [...e.files].sort(byKey(entryKey)).map(fileObject)
    return out
  })
  const doc = new Document({ schemaVersion: lock.schemaVersion, entries })
  // Columns in flow style: `- { name: Id, type: integer, … }` on one line each.
  const flowColumns = (file: unknown): void => {
    if (!isMap(file)) return
    const columns = file.get('columns', true) as { items?: unknown[] } | undefined
    for (const item of columns?.items ?? []) if (item instanceof YAMLMap) item.flow = true
    const files = file.get('files', true) as { items?: unknown[] } | undefined
    for (const f of files?.items ?? []) flowColumns(f)
  }
  const list = (doc.contents as YAMLMap).get('entries', true) as unknown as { items: unknown[] }
  for (const item of list.items) flowColumns(item)
  return HEADER + doc.toString({ lineWidth: 0, flowCollectionPadding: true })
}

export async function writeLock(file: string, lock: SnapshotLock): Promise<void> {
  await writeFileAtomic(file, serializeLock(lock))
}

/** Read a lock; undefined when there is none yet. A damaged lock is an InputError with its line. */
export async function readLock(
  file: string,
  paths?: { dir: string; root: string }
): Promise<SnapshotLock | undefined> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`cannot read the lock: ${(error as Error).message}`, { file })
  }
  return (await readLockFast(text, file, paths)) ?? readLockChecked(text, file, paths)
}

/**
 * The lock as written by `repro-audit lock`: read on every audit, so by the reader of the writer's
 * own shape (lock-reader.ts), then by js-yaml for any other YAML (a hand-edited lock); the `yaml`
 * document parser costs several times more on the flow-style column lists. Anything neither
 * accepts (bad YAML, a wrong layout, a path leaving the repository) is undefined here, and the
 * checked reader then says what is wrong, with the line. All read YAML 1.2's core schema.
 */
async function readLockFast(
  text: string,
  file: string,
  paths: { dir: string; root: string } | undefined
): Promise<SnapshotLock | undefined> {
  try {
    const value = (readWrittenLock(text) ?? (await readAnyYaml(text, file))) as Partial<SnapshotLock> | null
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    checkLayout(value, file)
    for (const e of value.entries ?? []) {
      for (const f of (isDirLock(e) ? [e, ...e.files] : [e]) as Partial<Record<SideFileKey, unknown>>[])
        for (const field of SIDE_FILE_KEYS)
          if (paths && f[field] !== undefined) confinedPath(f[field], paths.dir, paths.root, { file, field })
    }
    return value as SnapshotLock
  } catch {
    return undefined
  }
}

/** Any YAML, by js-yaml, which is loaded only for a lock the writer did not shape. */
async function readAnyYaml(text: string, file: string): Promise<unknown> {
  const { CORE_SCHEMA, load } = await import('js-yaml')
  return load(text, { schema: CORE_SCHEMA, filename: file })
}

/** The lock read as a YAML document: slower, and its errors name the line. */
function readLockChecked(
  text: string,
  file: string,
  paths: { dir: string; root: string } | undefined
): SnapshotLock {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    throw new InputError(`the lock is not valid YAML: ${e.message.split('\n')[0]}`, {
      file,
      line: e.linePos?.[0].line
    })
  }
  if (!isMap(doc.contents))
    throw new InputError('the lock is not a mapping; re-create it with `repro-audit lock`', { file })
  const value = doc.toJS() as Partial<SnapshotLock>
  checkLayout(value, file)
  if (paths) confineSideFiles(doc, lineCounter, file, paths)
  return value as SnapshotLock
}

/** The layout both readers require: a known version, and a path or url, size and sha256 per file. */
function checkLayout(value: Partial<SnapshotLock>, file: string): void {
  if ((value.schemaVersion !== 1 && value.schemaVersion !== 2) || !Array.isArray(value.entries)) {
    throw new InputError('the lock has an unknown layout; re-create it with `repro-audit lock`', { file })
  }
  const checkFile = (e: Partial<FileLock> | undefined, where: string): void => {
    if (
      (typeof e?.path !== 'string' && typeof e?.url !== 'string') ||
      typeof e.sha256 !== 'string' ||
      typeof e.size !== 'number'
    ) {
      throw new InputError(`${where} lacks path, size or sha256; re-create it with \`repro-audit lock\``, {
        file
      })
    }
  }
  for (const [i, e] of value.entries.entries()) {
    if (e && isDirLock(e)) e.files.forEach((f, j) => checkFile(f, `lock entry ${i + 1}, file ${j + 1}`))
    else checkFile(e as Partial<FileLock>, `lock entry ${i + 1}`)
  }
}

/** The lock's keys that name side files in its folder. */
const SIDE_FILE_KEYS = ['row_hashes', 'row_values'] as const
type SideFileKey = (typeof SIDE_FILE_KEYS)[number]

/** The side files an entry names, relative to the config's folder. */
export function sideFiles(f: FileLock): string[] {
  return SIDE_FILE_KEYS.map(k => f[k]).filter((p): p is string => typeof p === 'string')
}

/** Every side-file path stays inside the repository, also through links (the lock may be edited). */
function confineSideFiles(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  { dir, root }: { dir: string; root: string }
): void {
  const check = (node: unknown): void => {
    if (!isMap(node)) return
    for (const field of SIDE_FILE_KEYS) {
      const scalar = node.get(field, true) as Scalar | undefined
      if (scalar === undefined) continue
      const line = scalar.range ? lineCounter.linePos(scalar.range[0]).line : undefined
      confinedPath(scalar.value, dir, root, { file, field, line })
    }
    const files = node.get('files', true)
    if (isSeq(files)) files.items.forEach(check)
  }
  const entries = (doc.contents as YAMLMap).get('entries', true)
  if (isSeq(entries)) entries.items.forEach(check)
}
