import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { AuditConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { requireWritableInside } from '../core/files.js'
import { entryFiles, fileLockFrom, scanDataFile, sidecarPath, type SnapshotContext } from './describe.js'
import type { SnapshotFile } from '../report/model.js'
import { writeRowHashesTemp } from './rowhashes.js'
import {
  entryKey,
  isDirLock,
  LOCK_VERSION,
  writeLock,
  type DirLock,
  type FileLock,
  type LockEntry,
  type SnapshotLock
} from './lockfile.js'

/**
 * Describe every snapshot entry and replace the lock in one rename. Everything is read before
 * anything is written, so bad input leaves the previous lock (and its sidecars) untouched.
 */
export async function createLock(
  config: AuditConfig,
  options: Omit<SnapshotContext, 'config'> = {}
): Promise<SnapshotLock> {
  const ctx: SnapshotContext = { config, ...options }
  requireWritableInside(config.snapshot.root, `${config.snapshot.lock}.d`, "the lock's folder")
  const entries: LockEntry[] = []
  // Sidecars are streamed to temporary files as each file is read, renamed only once all is read.
  const sidecars: [string, string][] = []
  try {
    await lockEntries()
  } catch (error) {
    for (const [, tmp] of sidecars) await fs.rm(tmp, { force: true })
    throw error
  }
  const lock: SnapshotLock = { schemaVersion: LOCK_VERSION, entries }
  for (const [file, tmp] of sidecars) await fs.rename(tmp, file)
  await writeLock(config.snapshot.lock, lock)
  return lock

  async function lockEntries(): Promise<void> {
    for (const entry of config.snapshot.entries) {
      const files = await entryFiles(ctx, entry)
      if (files.length === 0)
        throw new InputError(`snapshot entry "${entry.path}" holds no CSV or Parquet files`, {
          file: config.file
        })
      const locks: FileLock[] = []
      for (const file of files) {
        const scan = await scanDataFile(file, entry, { limits: ctx.rowHashLimits })
        let rowHashes: string | undefined
        const spool = scan.profile.rowHashes
        if (spool) {
          try {
            rowHashes = sidecarPath(config, file.key, entry, scan.sha256)
            const target = path.resolve(config.dir, rowHashes)
            sidecars.push([target, await writeRowHashesTemp(target, spool)])
          } finally {
            spool.dispose()
            scan.profile.rowHashes = undefined
          }
        }
        locks.push(fileLockFrom(scan, entry, rowHashes))
      }
      if (entry.kind === 'folder' || entry.kind === 'glob')
        entries.push(dirLock(entry.kind, entry.path, locks))
      else entries.push(locks[0])
    }
  }
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
