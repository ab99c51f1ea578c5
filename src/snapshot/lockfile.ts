import { promises as fs } from 'node:fs'
import { isMap, parseDocument, stringify } from 'yaml'
import { InputError } from '../core/errors.js'
import { writeFileAtomic } from '../core/files.js'

export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'empty'

export interface LockedColumn {
  name: string
  type: ColumnType
}

export interface LockEntry {
  path: string
  format: 'csv'
  size: number
  sha256: string
  rows: number
  columns: LockedColumn[]
}

export interface SnapshotLock {
  schemaVersion: 1
  entries: LockEntry[]
}

const HEADER =
  '# repro-audit snapshot lock: the data the baseline was trained on.\n' +
  '# Written by `repro-audit lock`; commit it, do not edit it by hand.\n'

/** The lock's text: entries sorted by path, keys in a fixed order, so diffs stay small. */
export function serializeLock(lock: SnapshotLock): string {
  const entries = [...lock.entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(e => ({
      path: e.path,
      format: e.format,
      size: e.size,
      sha256: e.sha256,
      rows: e.rows,
      columns: e.columns.map(c => ({ name: c.name, type: c.type }))
    }))
  return HEADER + stringify({ schemaVersion: 1, entries }, { lineWidth: 0, collectionStyle: 'block' })
}

export async function writeLock(file: string, lock: SnapshotLock): Promise<void> {
  await writeFileAtomic(file, serializeLock(lock))
}

/** Read a lock; undefined when there is none yet. A damaged lock is an InputError with its line. */
export async function readLock(file: string): Promise<SnapshotLock | undefined> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`cannot read the lock: ${(error as Error).message}`, { file })
  }
  const doc = parseDocument(text)
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    throw new InputError(`the lock is not valid YAML: ${e.message.split('\n')[0]}`, { file, line: e.linePos?.[0].line })
  }
  if (!isMap(doc.contents)) throw new InputError('the lock is not a mapping; re-create it with `repro-audit lock`', { file })
  const value = doc.toJS() as Partial<SnapshotLock>
  if (value.schemaVersion !== 1 || !Array.isArray(value.entries)) {
    throw new InputError('the lock has an unknown layout; re-create it with `repro-audit lock`', { file })
  }
  for (const [i, e] of value.entries.entries()) {
    if (typeof e?.path !== 'string' || typeof e.sha256 !== 'string' || typeof e.size !== 'number') {
      throw new InputError(`lock entry ${i + 1} lacks path, size or sha256; re-create it with \`repro-audit lock\``, { file })
    }
  }
  return value as SnapshotLock
}
