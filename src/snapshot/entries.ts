import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { SnapshotEntryConfig, SnapshotStageConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { isInside, relativePosix } from '../core/files.js'
import { globBase, globToRegExp } from '../core/glob.js'
import type { DataFormat } from './lockfile.js'

/** One data file of an entry: its key in the lock (path relative to the config, or url) and where it is. */
export interface DataFile {
  key: string
  abs: string
}

const DATA_EXTENSIONS: Record<string, DataFormat> = { '.csv': 'csv', '.parquet': 'parquet', '.pq': 'parquet' }

/** A file a folder entry keeps: CSV or Parquet by its extension. */
export function isDataFileName(file: string): boolean {
  return DATA_EXTENSIONS[path.extname(file).toLowerCase()] !== undefined
}

export function formatOf(file: string, declared?: DataFormat): DataFormat {
  if (declared) return declared
  const ext = path.extname(file.replace(/[?#].*$/, '')).toLowerCase()
  const format = DATA_EXTENSIONS[ext]
  if (!format)
    throw new InputError(
      `unsupported data format "${ext || '(none)'}"; snapshot entries are CSV or Parquet files (or set format:)`,
      { file }
    )
  return format
}

/**
 * A file that must exist, be a regular file and stay inside the repository after following
 * links. Each mistake is an InputError naming the file.
 */
export async function requireDataFile(abs: string, root: string): Promise<void> {
  let stat
  try {
    stat = await fs.lstat(abs)
  } catch {
    throw new InputError('data file not found', { file: abs })
  }
  if (stat.isSymbolicLink()) {
    let real: string
    try {
      real = await fs.realpath(abs)
    } catch {
      throw new InputError('the link points to a file that does not exist', { file: abs })
    }
    if (!isInside(await fs.realpath(root), real))
      throw new InputError(`the link leaves the repository (it points to ${real})`, { file: abs })
    stat = await fs.stat(real)
  } else if (!isInside(await fs.realpath(root), await fs.realpath(abs))) {
    throw new InputError('the path leaves the repository through a linked folder', { file: abs })
  }
  if (stat.isDirectory())
    throw new InputError('expected a data file, found a folder (use `folder:` for a folder entry)', {
      file: abs
    })
  if (!stat.isFile()) throw new InputError('expected a data file, found something else', { file: abs })
}

/** The files of a folder or glob entry, sorted by key. */
export async function listEntryFiles(
  config: SnapshotStageConfig,
  entry: SnapshotEntryConfig
): Promise<DataFile[]> {
  const root = config.snapshot.root
  if (entry.kind === 'folder') {
    let stat
    try {
      stat = await fs.stat(entry.absPath)
    } catch {
      throw new InputError('snapshot folder not found', { file: entry.absPath })
    }
    if (!stat.isDirectory())
      throw new InputError('expected a folder, found a file (use `path:` for a file entry)', {
        file: entry.absPath
      })
    if (!isInside(await fs.realpath(root), await fs.realpath(entry.absPath)))
      throw new InputError('the folder leaves the repository through a link', { file: entry.absPath })
    const files = await walk(entry.absPath)
    return files
      .filter(isDataFileName)
      .map(abs => ({ key: relativePosix(config.dir, abs), abs }))
      .sort(byKey)
  }
  const pattern = globToRegExp(entry.path)
  const base = path.resolve(config.dir, globBase(entry.path))
  // Only a missing base means no files; an error inside it (a link leading out) is the real cause.
  const isFolder = await fs.stat(base).then(
    s => s.isDirectory(),
    () => false
  )
  const files = isFolder ? await walk(base) : []
  if (files.length && !isInside(await fs.realpath(root), await fs.realpath(base))) {
    throw new InputError('the glob leaves the repository through a linked folder', { file: base })
  }
  return files
    .map(abs => ({ key: relativePosix(config.dir, abs), abs }))
    .filter(f => pattern.test(f.key))
    .sort(byKey)
}

function byKey(a: DataFile, b: DataFile): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/**
 * Every file under `dir`, skipping hidden names. Links are listed, not followed: the files an
 * entry keeps are checked by requireDataFile, which refuses a link leading out with its name.
 */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await fs.readdir(dir, { withFileTypes: true })
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const abs = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(abs)))
    else if (e.isFile() || e.isSymbolicLink()) out.push(abs)
  }
  return out
}
