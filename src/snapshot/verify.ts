import { displayPath } from '../core/errors.js'
import { exists, hashFile, relativePosix } from '../core/files.js'
import { formatBytes, formatInt } from '../core/format.js'
import { worst, type Status } from '../core/status.js'
import type { AuditConfig } from '../config/types.js'
import type { Finding, SnapshotFile, SnapshotSection } from '../report/model.js'
import { scanCsv } from './csv.js'
import { readLock, type LockEntry } from './lockfile.js'

/**
 * Check every snapshot entry against the lock. The fast path compares byte hashes only; a file
 * whose hash differs is scanned once more so the finding can say how its size and rows moved.
 */
export async function verifySnapshot(config: AuditConfig): Promise<SnapshotSection> {
  const lockName = relativePosix(config.dir, config.snapshot.lock)
  const lock = await readLock(config.snapshot.lock)
  if (!lock) {
    return {
      status: 'error',
      lock: lockName,
      files: [],
      findings: [
        {
          status: 'error',
          code: 'snapshot.no-lock',
          message: `No snapshot lock at ${displayPath(config.snapshot.lock)}: run \`repro-audit lock\` and commit it.`,
          file: displayPath(config.snapshot.lock)
        }
      ]
    }
  }
  const locked = new Map(lock.entries.map(e => [e.path, e]))
  const files: SnapshotFile[] = []
  const findings: Finding[] = []
  for (const entry of config.snapshot.entries) {
    const expected = locked.get(entry.path)
    const shown = displayPath(entry.absPath)
    if (!(await exists(entry.absPath))) {
      files.push({ path: entry.path, status: 'error', change: 'missing', lockedSha256: expected?.sha256 })
      findings.push({ status: 'error', code: 'snapshot.missing', message: `${shown} is missing.`, file: shown })
      continue
    }
    const { sha256, size } = await hashFile(entry.absPath)
    if (!expected) {
      files.push({ path: entry.path, status: 'fail', change: 'unlocked', sha256, size })
      findings.push({
        status: 'fail',
        code: 'snapshot.unlocked',
        message: `${shown} is a snapshot entry but not in the lock: run \`repro-audit lock\`.`,
        file: shown
      })
      continue
    }
    if (sha256 === expected.sha256 && size === expected.size) {
      files.push({ path: entry.path, status: 'pass', change: 'unchanged', sha256, size, rows: expected.rows })
      continue
    }
    const rows = await countRows(entry.absPath)
    files.push({
      path: entry.path,
      status: 'fail',
      change: 'changed',
      sha256,
      lockedSha256: expected.sha256,
      size,
      lockedSize: expected.size,
      rows,
      lockedRows: expected.rows
    })
    findings.push({ status: 'fail', code: 'snapshot.changed', message: changedMessage(shown, expected, size, rows), file: shown })
  }
  const listed = new Set(config.snapshot.entries.map(e => e.path))
  for (const e of lock.entries) {
    if (!listed.has(e.path)) {
      findings.push({
        status: 'warn',
        code: 'snapshot.stale-lock-entry',
        message: `The lock pins ${e.path}, which the config no longer lists: run \`repro-audit lock\` to drop it.`,
        file: displayPath(config.snapshot.lock)
      })
    }
  }
  const status: Status = worst(...files.map(f => f.status), ...findings.map(f => f.status))
  return { status, lock: lockName, files, findings }
}

function changedMessage(shown: string, expected: LockEntry, size: number, rows: number | undefined): string {
  const parts = [`sha256 ${expected.sha256.slice(0, 12)} → differs`]
  if (size !== expected.size) parts.push(`size ${formatBytes(expected.size)} → ${formatBytes(size)}`)
  if (rows !== undefined && rows !== expected.rows) {
    const delta = rows - expected.rows
    parts.push(`rows ${formatInt(expected.rows)} → ${formatInt(rows)} (${delta > 0 ? '+' : ''}${formatInt(delta)})`)
  } else if (rows !== undefined) parts.push(`same row count (${formatInt(rows)}): values or encoding changed`)
  return `${shown} changed since it was locked: ${parts.join('; ')}.`
}

async function countRows(file: string): Promise<number | undefined> {
  try {
    return (await scanCsv(file, { header() {}, row() {} })).rows
  } catch {
    return undefined
  }
}
