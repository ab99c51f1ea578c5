import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { SnapshotStageConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { relativePosix, requireWritableInside } from '../core/files.js'
import {
  endWrite,
  removeStale,
  removeStaleBeside,
  sealFolder,
  stageFolder,
  type Current,
  type Staging
} from '../core/fileset.js'
import {
  entryFiles,
  fileLockFrom,
  scanDataFile,
  sidecarName,
  valuesName,
  type FileScan,
  type SnapshotContext
} from './describe.js'
import { formatOf } from './entries.js'
import type { SnapshotFile } from '../core/result.js'
import { scanCsv } from '../core/csv.js'
import { DuplicateIdError, writeRowHashesTemp } from './rowhashes.js'
import { overLimit, ROW_VALUES_LIMIT, RowValuesWriter } from './rowvalues.js'
import {
  entryKey,
  isDirLock,
  LOCK_VERSION,
  readLock,
  sideFiles,
  writeLock,
  type DirLock,
  type FileLock,
  type LockEntry,
  type SnapshotLock
} from './lockfile.js'

/**
 * Describe every snapshot entry and replace the lock in one rename. Everything is read before
 * anything is written, so bad input leaves the previous lock (and its sidecars) untouched. The
 * sidecars go into a staging folder in repro.lock.d, sealed under a name made from its content;
 * the new lock names that folder, so the switch to the new lock is its own rename.
 */
export async function createLock(
  config: SnapshotStageConfig,
  options: Omit<SnapshotContext, 'config'> = {}
): Promise<SnapshotLock> {
  const ctx: SnapshotContext = { config, ...options }
  const sideDir = `${config.snapshot.lock}.d`
  requireWritableInside(config.snapshot.root, sideDir, "the lock's folder")
  await removeStaleLockFiles(config)
  const entries: LockEntry[] = []
  // Side-file names (relative to the set folder) by the file lock that refers to them.
  const sidecars = new Map<FileLock, string>()
  const copies = new Map<FileLock, string>()
  let staging: Staging | undefined
  let sealed = false
  try {
    await lockEntries()
    if (staging) {
      const set = await sealFolder(staging.dir)
      sealed = true
      const inSet = (name: string): string => relativePosix(config.dir, path.join(sideDir, set, name))
      for (const [lock, name] of sidecars) lock.row_hashes = inSet(name)
      for (const [lock, name] of copies) lock.row_values = inSet(name)
    }
    const lock: SnapshotLock = { schemaVersion: LOCK_VERSION, entries }
    requireWritableInside(config.snapshot.root, sideDir, "the lock's folder")
    await writeLock(config.snapshot.lock, lock)
    await removeStaleLockFiles(config)
    return lock
  } finally {
    if (staging && !sealed) await fs.rm(staging.dir, { recursive: true, force: true })
    // Until the new lock was current its set was named by no lock: the marker kept other writers off it.
    await endWrite(staging)
  }

  async function lockEntries(): Promise<void> {
    for (const entry of config.snapshot.entries) {
      const files = await entryFiles(ctx, entry)
      if (files.length === 0)
        throw new InputError(`snapshot entry "${entry.path}" holds no CSV or Parquet files`, {
          file: config.file
        })
      const locks: FileLock[] = []
      for (const file of files) {
        // A CSV file with an id column: its locked rows are kept too (gzip), for showing changed values.
        let values: RowValuesWriter | undefined
        if (entry.idColumn !== undefined && formatOf(file.key, entry.format) === 'csv') {
          staging ??= await stageFolder(sideDir)
          values = new RowValuesWriter(
            path.join(staging.dir, 'values.tmp'),
            ctx.rowValuesLimit ?? ROW_VALUES_LIMIT
          )
        }
        let scan: FileScan
        try {
          scan = await scanDataFile(file, entry, { limits: ctx.rowHashLimits, rows: values })
        } catch (error) {
          await values?.dispose()
          throw error
        }
        const spool = scan.profile.rowHashes
        if (scan.profile.rows === 0) {
          spool?.dispose()
          await values?.dispose()
          throw new InputError(
            entry.asOf
              ? `no rows at or before ${entry.asOf.until}: nothing to pin`
              : 'the file has a header but no rows: nothing to pin',
            { file: file.abs, line: scan.format === 'csv' ? 1 : undefined }
          )
        }
        const fileLock = fileLockFrom(scan, entry)
        if (values && staging) {
          try {
            if (await values.finish()) {
              const name = valuesName(file.key, entry, scan.sha256)
              await fs.mkdir(path.dirname(path.join(staging.dir, name)), { recursive: true })
              await fs.rename(values.file, path.join(staging.dir, name))
              copies.set(fileLock, name)
            } else fileLock.row_values_skipped = overLimit(ctx.rowValuesLimit ?? ROW_VALUES_LIMIT)
          } catch (error) {
            spool?.dispose()
            throw error
          }
        }
        if (spool) {
          try {
            const name = sidecarName(file.key, entry, scan.sha256)
            staging ??= await stageFolder(sideDir)
            const target = path.join(staging.dir, name)
            await fs.rename(await writeRowHashesTemp(target, spool), target)
            sidecars.set(fileLock, name)
          } catch (error) {
            if (!(error instanceof DuplicateIdError)) throw error
            throw await duplicateIdError(file.abs, scan.format, entry.idColumn ?? '', error.id)
          } finally {
            spool.dispose()
            scan.profile.rowHashes = undefined
          }
        }
        locks.push(fileLock)
      }
      if (entry.kind === 'folder' || entry.kind === 'glob')
        entries.push(dirLock(entry.kind, entry.path, locks))
      else entries.push(locks[0])
    }
  }
}

/** A duplicate id, named with the line of its second row when the file is CSV. */
async function duplicateIdError(
  file: string,
  format: string,
  idColumn: string,
  id: string
): Promise<InputError> {
  const lines: number[] = []
  if (format === 'csv') {
    let index = -1
    const stop = new InputError('found')
    await scanCsv(file, {
      header: names => void (index = names.indexOf(idColumn)),
      row(fields, line) {
        if (fields[index] === id && lines.push(line) === 2) throw stop
      }
    }).catch((error: unknown) => {
      if (error !== stop) throw error
    })
  }
  const first = lines.length === 2 ? ` (first on line ${lines[0]})` : ''
  return new InputError(
    `id ${JSON.stringify(id)} in "${idColumn}" appears more than once${first}: ids must name one row each`,
    {
      file,
      line: lines[1]
    }
  )
}

/**
 * What an interrupted `lock` left: temporary files beside the lock, staging folders and sealed
 * sets the current lock does not name, and sidecars of the older flat layout it does not name.
 */
export async function removeStaleLockFiles(config: SnapshotStageConfig): Promise<void> {
  const sideDir = `${config.snapshot.lock}.d`
  await removeStaleBeside(config.snapshot.lock)
  await removeStale(sideDir, async (): Promise<Current> => {
    let current: SnapshotLock | undefined
    try {
      current = await readLock(config.snapshot.lock, { dir: config.dir, root: config.snapshot.root })
    } catch {
      return { keep: 'all' } // a damaged lock: remove only temporary files
    }
    const named = new Set<string>()
    for (const e of current?.entries ?? [])
      for (const f of isDirLock(e) ? e.files : [e])
        for (const side of sideFiles(f)) named.add(relativePosix(sideDir, path.resolve(config.dir, side)))
    const sets = new Set([...named].map(n => n.split('/')[0]))
    return { keep: sets, stray: rel => rel.endsWith('.rows.tsv') && !named.has(rel) }
  })
}

export function dirLock(kind: 'folder' | 'glob', key: string, files: FileLock[]): DirLock {
  const listing = files.map(f => `${f.path} ${f.sha256}\n`).join('')
  return {
    [kind]: key,
    sha256: createHash('sha256').update(listing).digest('hex'),
    size: files.reduce((n, f) => n + f.size, 0),
    nfiles: files.length,
    files
  }
}

/** The files a fresh lock pins, for the report of `repro-audit lock`. */
export function lockedFiles(lock: SnapshotLock): SnapshotFile[] {
  return lock.entries.flatMap(e => {
    const files = isDirLock(e) ? e.files.map(f => ({ f, entry: entryKey(e) })) : [{ f: e, entry: undefined }]
    return files.map(({ f, entry }): SnapshotFile => ({
      path: entryKey(f),
      ...(entry ? { entry } : {}),
      status: 'pass',
      change: 'unchanged',
      format: f.format,
      sha256: f.sha256,
      size: f.size,
      rows: f.rows,
      fingerprint: f.fingerprint
    }))
  })
}
