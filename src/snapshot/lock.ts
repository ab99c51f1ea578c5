import type { AuditConfig } from '../config/types.js'
import { describeFile } from './describe.js'
import { writeLock, type SnapshotLock } from './lockfile.js'

/** Describe every snapshot entry and replace the lock in one rename. Nothing is written on error. */
export async function createLock(config: AuditConfig): Promise<SnapshotLock> {
  const entries = []
  for (const entry of config.snapshot.entries) entries.push(await describeFile(entry.absPath, entry.path))
  const lock: SnapshotLock = { schemaVersion: 1, entries }
  await writeLock(config.snapshot.lock, lock)
  return lock
}
