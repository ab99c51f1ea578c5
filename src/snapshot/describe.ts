import { promises as fs } from 'node:fs'
import type { BlobCache } from '../core/cache.js'
import type { SnapshotEntryConfig, SnapshotStageConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { hashFile } from '../core/files.js'
import { formatOf, listEntryFiles, requireDataFile, type DataFile } from './entries.js'
import type { DataFormat, FileLock, LockedColumn } from './lockfile.js'
import type { TableProfile } from './profile.js'
import { progressFor } from './progress.js'
import { fetchPinned } from './remote.js'
import { RowHashSpool, type RowHashLimits } from './rowhashes.js'
import { scanCsvFile, type RowSink } from './scan-csv.js'

/** One data file read in full: bytes hashed, rows profiled. */
export interface FileScan {
  key: string
  abs: string
  format: DataFormat
  sha256: string
  size: number
  profile: TableProfile
}

export interface SnapshotContext {
  config: SnapshotStageConfig
  /** A shared cache for remote files (the GitHub Actions cache in the action). */
  cache?: BlobCache
  /** Memory limits of the (id, row hash) sort and diff (tests make them tiny). */
  rowHashLimits?: RowHashLimits
  /** Largest compressed copy of a file's locked rows the lock keeps (ROW_VALUES_LIMIT by default). */
  rowValuesLimit?: number
}

/**
 * Read one data file once: sha256, size and profile, with progress output for large files. With an
 * id column (and no skipIds) the profile holds a row-hash spool: the caller must dispose() of it.
 */
export async function scanDataFile(
  file: DataFile,
  entry: SnapshotEntryConfig,
  { skipIds, limits, rows }: { skipIds?: Set<string>; limits?: RowHashLimits; rows?: RowSink } = {}
): Promise<FileScan> {
  const format = formatOf(file.key, entry.format)
  const { size } = await fs.stat(file.abs)
  const progress = progressFor(`reading ${file.key}`, size)
  const rowHashes = entry.idColumn !== undefined && !skipIds ? new RowHashSpool(limits) : undefined
  const options = {
    idColumn: entry.idColumn,
    rowHashes,
    skipIds,
    asOf: entry.asOf ? { column: entry.asOf.column, untilMs: entry.asOf.untilMs } : undefined
  }
  try {
    if (format === 'csv') {
      const scan = await scanCsvFile(file.abs, { ...options, progress, rows })
      return {
        key: file.key,
        abs: file.abs,
        format,
        sha256: scan.sha256,
        size: scan.size,
        profile: scan.profile
      }
    }
    const [hash, profile] = await Promise.all([
      hashFile(file.abs),
      // hyparquet is loaded only when a Parquet file is read.
      import('./parquet.js').then(({ profileParquet }) => profileParquet(file.abs, { ...options, progress }))
    ])
    return { key: file.key, abs: file.abs, format, sha256: hash.sha256, size: hash.size, profile }
  } catch (error) {
    // A scan that fails midway leaves no run files behind.
    rowHashes?.dispose()
    // Errors about a downloaded copy name the url, not the cache file.
    if (error instanceof InputError && entry.kind === 'url' && error.file === file.abs) {
      throw new InputError(error.message, { file: entry.path, line: error.line })
    }
    throw error
  }
}

/** sha256 and size of a file, with the same progress output as a full read for large files. */
export async function hashDataFile(file: DataFile): Promise<{ sha256: string; size: number }> {
  const { size } = await fs.stat(file.abs)
  const progress = progressFor(`hashing ${file.key}`, size)
  return hashFile(file.abs, progress)
}

/**
 * The local file holding an entry's data, for readers such as the pipeline: the path itself, or
 * for a url entry the verified copy in the cache (downloaded if needed).
 */
export async function localDataFile(ctx: SnapshotContext, key: string): Promise<string> {
  const entry = ctx.config.snapshot.entries.find(e => e.path === key)
  if (!entry || entry.kind === 'folder' || entry.kind === 'glob')
    throw new InputError(`"${key}" is not a file or url snapshot entry`, { file: ctx.config.file })
  return (await entryFiles(ctx, entry))[0].abs
}

/** The data files of an entry as they are now; a remote file is fetched (and verified) first. */
export async function entryFiles(ctx: SnapshotContext, entry: SnapshotEntryConfig): Promise<DataFile[]> {
  const { config } = ctx
  switch (entry.kind) {
    case 'file':
      await requireDataFile(entry.absPath, config.snapshot.root)
      return [{ key: entry.path, abs: entry.absPath }]
    case 'url': {
      const abs = await fetchPinned(entry.path, entry.sha256 ?? '', {
        cacheDir: config.snapshot.cache,
        cache: ctx.cache
      })
      return [{ key: entry.path, abs }]
    }
    default: {
      const files = await listEntryFiles(config, entry)
      for (const f of files) await requireDataFile(f.abs, config.snapshot.root)
      return files
    }
  }
}

/** The (id, row hash) sidecar's name inside the lock's sidecar set: the file's path, or for a url its hash. */
export function sidecarName(key: string, entry: SnapshotEntryConfig, sha256: string): string {
  return `${sideFileStem(key, entry, sha256)}.rows.tsv`
}

/** The name of the copy of the locked rows, beside the sidecar. */
export function valuesName(key: string, entry: SnapshotEntryConfig, sha256: string): string {
  return `${sideFileStem(key, entry, sha256)}.values.csv.gz`
}

function sideFileStem(key: string, entry: SnapshotEntryConfig, sha256: string): string {
  return entry.kind === 'url' ? `remote/${sha256.slice(0, 16)}` : key
}

export function fileLockFrom(scan: FileScan, entry: SnapshotEntryConfig): FileLock {
  const p = scan.profile
  const lock: FileLock = {
    ...(entry.kind === 'url' ? { url: scan.key } : { path: scan.key }),
    format: scan.format,
    size: scan.size,
    sha256: scan.sha256,
    rows: p.rows,
    fingerprint: p.fingerprint,
    ordered: p.ordered,
    columns: p.columns.map(lockedColumn)
  }
  if (scan.format === 'csv') lock.newline = p.newline
  if (entry.asOf) lock.as_of = { column: entry.asOf.column, until: entry.asOf.until }
  if (entry.idColumn) lock.id_column = entry.idColumn
  return lock
}

function lockedColumn(c: TableProfile['columns'][number]): LockedColumn {
  const out: LockedColumn = { name: c.name, type: c.type, count: c.count, missing: c.missing }
  if (c.min !== undefined) out.min = c.min
  if (c.max !== undefined) out.max = c.max
  if (c.mean !== undefined) out.mean = c.mean
  out.distinct = c.distinct
  out.digest = c.digest
  return out
}
