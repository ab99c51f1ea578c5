import path from 'node:path'
import { displayPath } from '../core/errors.js'
import { exists, relativePosix } from '../core/files.js'
import { formatBytes, formatInt, formatNumber, plural } from '../core/format.js'
import { worst, type Status } from '../core/status.js'
import type { SnapshotEntryConfig, SnapshotStageConfig } from '../config/types.js'
import type {
  Finding,
  SnapshotChangeKind,
  SnapshotColumnDrift,
  SnapshotColumnStats,
  SnapshotFile,
  SnapshotSchemaChange,
  SnapshotSection
} from '../core/result.js'
import { entryFiles, hashDataFile, scanDataFile, type FileScan, type SnapshotContext } from './describe.js'
import { listEntryFiles, type DataFile } from './entries.js'
import { diffRowHashes, MAX_ADDED_IDS } from './rowhashes.js'
import { CELL_ROWS, changedCells } from './rowvalues.js'
import { entryKey, isDirLock, readLock, type DirLock, type FileLock, type LockedColumn } from './lockfile.js'

/** How many ids of each kind a finding names. */
const FIRST_IDS = 10

interface Outcome {
  file: SnapshotFile
  findings: Finding[]
}

/**
 * Check every snapshot entry against the lock. The fast path compares byte hashes only; a file
 * whose hash differs is read in full and the difference classified: reordered or re-encoded
 * (same rows, warn), rows added or removed, values changed, schema changed (fail).
 */
export async function verifySnapshot(
  config: SnapshotStageConfig,
  options: Omit<SnapshotContext, 'config'> = {}
): Promise<SnapshotSection> {
  const ctx: SnapshotContext = { config, ...options }
  const lockName = relativePosix(config.dir, config.snapshot.lock)
  const lock = await readLock(config.snapshot.lock, { dir: config.dir, root: config.snapshot.root })
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
  const locked = new Map(lock.entries.map(e => [entryKey(e), e]))
  const outcomes: Outcome[] = []
  for (const entry of config.snapshot.entries) {
    const expected = locked.get(entry.path)
    if (entry.kind === 'folder' || entry.kind === 'glob') {
      outcomes.push(...(await verifyDir(ctx, entry, expected && isDirLock(expected) ? expected : undefined)))
      continue
    }
    const fileLock = expected && !isDirLock(expected) ? expected : undefined
    if (entry.kind === 'file' && !(await exists(entry.absPath))) {
      const shown = displayPath(entry.absPath)
      outcomes.push({
        file: { path: entry.path, status: 'error', change: 'missing', lockedSha256: fileLock?.sha256 },
        findings: [
          { status: 'error', code: 'snapshot.missing', message: `${shown} is missing.`, file: shown }
        ]
      })
      continue
    }
    if (!fileLock) {
      outcomes.push(unlocked(entry.path, entry.kind === 'url' ? entry.path : displayPath(entry.absPath)))
      continue
    }
    const [file] = await entryFiles(ctx, entry)
    outcomes.push(await verifyFile(ctx, entry, file, fileLock))
  }
  const files = outcomes.map(o => o.file)
  const findings = outcomes.flatMap(o => o.findings)
  const listed = new Set(config.snapshot.entries.map(e => e.path))
  for (const e of lock.entries) {
    const key = entryKey(e)
    if (!listed.has(key)) {
      findings.push({
        status: 'warn',
        code: 'snapshot.stale-lock-entry',
        message: `The lock pins ${key}, which the config no longer lists: run \`repro-audit lock\` to drop it.`,
        file: displayPath(config.snapshot.lock)
      })
    }
  }
  const status: Status = worst(...files.map(f => f.status), ...findings.map(f => f.status))
  return { status, lock: lockName, files, findings }
}

function unlocked(key: string, shown: string, entry?: string): Outcome {
  return {
    file: { path: key, status: 'fail', change: entry ? 'added' : 'unlocked', ...(entry ? { entry } : {}) },
    findings: [
      entry
        ? {
            status: 'fail',
            code: 'snapshot.file-added',
            message: `${shown} was added to ${entry} after the lock was written.`,
            file: shown
          }
        : {
            status: 'fail',
            code: 'snapshot.unlocked',
            message: `${shown} is a snapshot entry but not in the lock: run \`repro-audit lock\`.`,
            file: shown
          }
    ]
  }
}

/** A folder or glob entry: files added and removed, then every common file on its own. */
async function verifyDir(
  ctx: SnapshotContext,
  entry: SnapshotEntryConfig,
  expected: DirLock | undefined
): Promise<Outcome[]> {
  const current = await listEntryFiles(ctx.config, entry)
  if (!expected) return [unlocked(entry.path, entry.path)]
  const before = new Map(expected.files.map(f => [f.path ?? '', f]))
  const out: Outcome[] = []
  const seen = new Set<string>()
  for (const file of current) {
    seen.add(file.key)
    const locked = before.get(file.key)
    if (!locked) out.push(unlocked(file.key, displayPath(file.abs), entry.path))
    else out.push(await verifyFile(ctx, entry, file, locked, entry.path))
  }
  for (const [key, locked] of before) {
    if (seen.has(key)) continue
    const shown = displayPath(path.resolve(ctx.config.dir, key))
    out.push({
      file: {
        path: key,
        entry: entry.path,
        status: 'fail',
        change: 'removed',
        lockedSha256: locked.sha256,
        lockedSize: locked.size,
        lockedRows: locked.rows
      },
      findings: [
        {
          status: 'fail',
          code: 'snapshot.file-removed',
          message: `${shown} was removed from ${entry.path} (it held ${formatInt(locked.rows)} rows when locked).`,
          file: shown
        }
      ]
    })
  }
  return out
}

async function verifyFile(
  ctx: SnapshotContext,
  entry: SnapshotEntryConfig,
  file: DataFile,
  locked: FileLock,
  within?: string
): Promise<Outcome> {
  const shown = entry.kind === 'url' ? entry.path : displayPath(file.abs)
  const base: SnapshotFile = {
    path: file.key,
    status: 'pass',
    change: 'unchanged',
    format: locked.format,
    ...(within ? { entry: within } : {})
  }
  if (!entry.asOf) {
    const { sha256, size } = await hashDataFile(file)
    if (sha256 === locked.sha256 && size === locked.size) {
      return {
        file: { ...base, sha256, size, rows: locked.rows, fingerprint: locked.fingerprint },
        findings: []
      }
    }
  }
  const scan = await scanDataFile(file, entry, { limits: ctx.rowHashLimits })
  try {
    return await verifyScan(ctx, entry, locked, scan, base, shown)
  } finally {
    scan.profile.rowHashes?.dispose()
  }
}

async function verifyScan(
  ctx: SnapshotContext,
  entry: SnapshotEntryConfig,
  locked: FileLock,
  scan: FileScan,
  base: SnapshotFile,
  shown: string
): Promise<Outcome> {
  const facts: SnapshotFile = {
    ...base,
    format: scan.format,
    sha256: scan.sha256,
    lockedSha256: locked.sha256,
    size: scan.size,
    lockedSize: locked.size,
    rows: scan.profile.rows,
    lockedRows: locked.rows,
    fingerprint: scan.profile.fingerprint,
    lockedFingerprint: locked.fingerprint
  }
  if (entry.asOf) {
    facts.asOf = entry.asOf.until
    facts.ignoredRows = scan.profile.ignoredRows
    if (locked.as_of?.until !== entry.asOf.until || locked.as_of.column !== entry.asOf.column) {
      const was = locked.as_of ? `${locked.as_of.column} ≤ ${locked.as_of.until}` : 'no cut-off'
      return {
        file: { ...facts, status: 'fail', change: 'changed' },
        findings: [
          {
            status: 'fail',
            code: 'snapshot.as-of-changed',
            message: `${shown}: the time cut changed (${was} → ${entry.asOf.column} ≤ ${entry.asOf.until}) since the lock was written: run \`repro-audit lock\`.`,
            file: shown
          }
        ]
      }
    }
  }
  if (!locked.fingerprint) {
    // A lock from before fingerprints: only sizes and row counts can be compared.
    return {
      file: { ...facts, status: 'fail', change: 'changed' },
      findings: [
        {
          status: 'fail',
          code: 'snapshot.changed',
          message: `${shown} changed since it was locked (size ${formatBytes(locked.size)} → ${formatBytes(scan.size)}, rows ${formatInt(locked.rows)} → ${formatInt(scan.profile.rows)}); re-lock with this version to classify changes.`,
          file: shown
        }
      ]
    }
  }
  const found = await classify(ctx, entry, locked, scan, shown)
  const status = worst(...found.findings.map(f => f.status))
  const change = found.kinds.length === 0 ? 'unchanged' : 'changed'
  return { file: { ...facts, ...found.facts, kinds: found.kinds, status, change }, findings: found.findings }
}

interface Classified {
  kinds: SnapshotChangeKind[]
  findings: Finding[]
  facts: Partial<SnapshotFile>
}

/** The changes found in one file, said as findings and kept as facts for the report. */
class Verdict {
  readonly kinds: SnapshotChangeKind[] = []
  readonly findings: Finding[] = []
  readonly facts: Partial<SnapshotFile> = {}

  constructor(private readonly shown: string) {}

  say(status: Status, kind: SnapshotChangeKind, message: string): void {
    this.kinds.push(kind)
    this.findings.push({
      status,
      code: `snapshot.${kind}`,
      message: `${this.shown}: ${message}.`,
      file: this.shown
    })
  }

  result(): Classified {
    return { kinds: this.kinds, findings: this.findings, facts: this.facts }
  }
}

interface Compared {
  ctx: SnapshotContext
  entry: SnapshotEntryConfig
  locked: FileLock
  scan: FileScan
  now: FileScan['profile']
  /** Column digests that differ; they compare like with like only when both sides hold the same rows. */
  drift: ReturnType<typeof columnDrift>
}

async function classify(
  ctx: SnapshotContext,
  entry: SnapshotEntryConfig,
  locked: FileLock,
  scan: FileScan,
  shown: string
): Promise<Classified> {
  const now = scan.profile
  const v = new Verdict(shown)
  const schema = diffSchema(locked.columns, now.columns)
  const schemaChanged =
    schema.added.length + schema.removed.length + schema.renamed.length + schema.retyped.length > 0 ||
    schema.reordered
  const c: Compared = { ctx, entry, locked, scan, now, drift: columnDrift(locked.columns, now.columns) }
  if (!schemaChanged && now.fingerprint === locked.fingerprint && now.rows === locked.rows) {
    sameRows(c, v)
    return v.result()
  }
  if (schemaChanged) {
    v.facts.schema = schema
    if (c.drift.length && now.rows === locked.rows) v.facts.columns = c.drift
    v.say('fail', 'schema-changed', `schema changed: ${schemaText(schema)}`)
  }
  // Rows by id, when the lock has the (id, row hash) sidecar and the schema still lines up.
  if (!schemaChanged && locked.row_hashes && now.rowHashes)
    await rowsById(c, locked.row_hashes, now.rowHashes, v)
  else byRowCount(c, schemaChanged, v)
  return v.result()
}

/** Same rows: unchanged (a time-cut entry whose table only grew), reordered, or re-encoded. */
function sameRows({ locked, scan, now }: Compared, v: Verdict): void {
  if (now.ordered === locked.ordered && (locked.sha256 === scan.sha256 || locked.as_of)) return
  const newline =
    locked.newline && now.newline && locked.newline !== now.newline
      ? `line endings ${locked.newline.toUpperCase()} → ${now.newline.toUpperCase()}`
      : ''
  if (now.ordered !== locked.ordered) {
    v.say(
      'warn',
      'reordered',
      `the same ${formatInt(now.rows)} rows in another order (content fingerprint unchanged${newline ? `; also ${newline}` : ''}); results that depend on row order may change`
    )
  } else {
    v.say(
      'warn',
      're-encoded',
      `the same rows in the same order, re-encoded (${newline || 'quoting, number formatting or other byte-level encoding'})`
    )
  }
}

/** What changed, row by row, from the lock's (id, row hash) sidecar against the file's. */
async function rowsById(
  { ctx, entry, locked, scan, now, drift }: Compared,
  lockedHashes: string,
  nowHashes: NonNullable<FileScan['profile']['rowHashes']>,
  v: Verdict
): Promise<void> {
  const diff = await diffRowHashes(
    path.resolve(ctx.config.dir, lockedHashes),
    nowHashes,
    FIRST_IDS,
    ctx.rowHashLimits?.maxAddedIds
  )
  const addedCount = diff.added.count
  const removedCount = diff.removed.count
  const changedCount = diff.changed.count
  v.facts.rowsAdded = diff.added.rows
  v.facts.rowsRemoved = diff.removed.rows
  v.facts.rowsChanged = changedCount
  v.facts.ids = { added: diff.added.ids, removed: diff.removed.ids, changed: diff.changed.ids }
  if (changedCount) Object.assign(v.facts, await changedValues(ctx, locked, scan, diff.changed.ids))
  const idName = locked.id_column ?? 'id'
  if (addedCount)
    v.say(
      'fail',
      'rows-added',
      `${plural(v.facts.rowsAdded, 'row')} added (${formatInt(locked.rows)} → ${formatInt(now.rows)}); first new ${idName}s: ${idList(v.facts.ids.added, addedCount)}`
    )
  if (removedCount)
    v.say(
      'fail',
      'rows-removed',
      `${plural(v.facts.rowsRemoved, 'row')} removed (${formatInt(locked.rows)} → ${formatInt(now.rows)}); first removed ${idName}s: ${idList(v.facts.ids.removed, removedCount)}`
    )
  if (changedCount || v.kinds.length === 0) {
    // Which columns changed in the changed rows: when rows were only added, read the file again
    // without them, so the column digests and statistics compare the same rows as the lock.
    let columns = drift
    // Above the cap the added ids were not all kept (memory): then no column can be named.
    const tooMany = addedCount > 0 && !diff.addedIds
    if (addedCount && !removedCount) {
      columns = []
      if (diff.addedIds) {
        const skipIds = new Set(diff.addedIds)
        const common = await scanDataFile({ key: scan.key, abs: scan.abs }, entry, { skipIds })
        columns = columnDrift(locked.columns, common.profile.columns)
      }
    }
    // With removed rows the lock's digests include rows that are gone: no column can be named.
    const which =
      columns.length && !removedCount
        ? `; ${driftText(columns)}`
        : tooMany && !removedCount
          ? `; the columns cannot be named: that needs the file read again without the ${formatInt(addedCount)} added rows, more than the ${formatInt(ctx.rowHashLimits?.maxAddedIds ?? MAX_ADDED_IDS)} ids held for it`
          : ''
    if (!removedCount && columns.length) v.facts.columns = columns
    const rows = changedCount
      ? `${plural(changedCount, 'row')} (${idName}s ${idList(v.facts.ids.changed, changedCount)})`
      : 'rows that share an id'
    v.say('fail', 'values-changed', `values changed in ${rows}${which}`)
  }
}

/** Without ids, the row counts and column digests say what they can. */
function byRowCount({ locked, now, drift }: Compared, schemaChanged: boolean, v: Verdict): void {
  const delta = now.rows - locked.rows
  if (delta > 0) {
    v.facts.rowsAdded = delta
    v.say(
      'fail',
      'rows-added',
      `${plural(delta, 'row')} added (${formatInt(locked.rows)} → ${formatInt(now.rows)}; name an id_column to tell added rows from changed ones)`
    )
  } else if (delta < 0) {
    v.facts.rowsRemoved = -delta
    v.say(
      'fail',
      'rows-removed',
      `${plural(-delta, 'row')} removed (${formatInt(locked.rows)} → ${formatInt(now.rows)}; name an id_column to tell removed rows from changed ones)`
    )
  } else if (drift.length) {
    v.facts.columns = drift
    v.say(
      'fail',
      'values-changed',
      `values changed with the row count unchanged (${formatInt(now.rows)}); ${driftText(drift)} (name an id_column to list the changed rows)`
    )
  } else if (!schemaChanged) {
    v.say(
      'fail',
      'values-changed',
      `values moved between rows: every column holds the same values, but rows are combined differently (name an id_column to list them)`
    )
  }
}

/**
 * Old → new for the first changed rows, from the copy of the locked rows the lock kept; or why
 * they cannot be shown. A copy the lock names but that is missing or damaged is an InputError.
 */
async function changedValues(
  ctx: SnapshotContext,
  locked: FileLock,
  scan: FileScan,
  ids: string[]
): Promise<Pick<SnapshotFile, 'cells' | 'cellRows' | 'idColumn' | 'cellsUnavailable'>> {
  if (scan.format !== 'csv') return { cellsUnavailable: 'changed values are kept for CSV files only' }
  if (!locked.row_values)
    return {
      cellsUnavailable: locked.row_values_skipped
        ? `the lock did not keep the locked values: ${locked.row_values_skipped}`
        : 'the lock was written before repro-audit kept the locked values (the next `repro-audit lock` keeps them)'
    }
  const stored = path.resolve(ctx.config.dir, locked.row_values)
  const { cells, rows } = await changedCells(
    stored,
    scan.abs,
    locked.id_column ?? '',
    ids.slice(0, CELL_ROWS)
  )
  return { cells, cellRows: rows, idColumn: locked.id_column }
}

function diffSchema(before: LockedColumn[], after: LockedColumn[]): SnapshotSchemaChange {
  const afterNames = new Set(after.map(c => c.name))
  const beforeNames = new Set(before.map(c => c.name))
  let removed = before.filter(c => !afterNames.has(c.name))
  let added = after.filter(c => !beforeNames.has(c.name))
  const renamed: { from: string; to: string }[] = []
  for (const r of [...removed]) {
    const match = added.find(a => a.digest !== undefined && a.digest === r.digest && a.type === r.type)
    if (match) {
      renamed.push({ from: r.name, to: match.name })
      removed = removed.filter(x => x !== r)
      added = added.filter(x => x !== match)
    }
  }
  const retyped = after
    .map(a => ({ a, b: before.find(c => c.name === a.name) }))
    .filter(({ a, b }) => b !== undefined && b.type !== a.type && a.type !== 'empty' && b.type !== 'empty')
    .map(({ a, b }) => ({ column: a.name, from: b?.type ?? '', to: a.type }))
  const newName = new Map(renamed.map(r => [r.from, r.to]))
  const kept = after.map(c => c.name).filter(n => !added.some(a => a.name === n))
  const was = before.map(c => newName.get(c.name) ?? c.name).filter(n => kept.includes(n))
  const reordered = was.join('\u0000') !== kept.join('\u0000')
  return { added: added.map(c => c.name), removed: removed.map(c => c.name), renamed, retyped, reordered }
}

function schemaText(s: SnapshotSchemaChange): string {
  const parts: string[] = []
  if (s.added.length) parts.push(`column(s) added: ${s.added.join(', ')}`)
  if (s.removed.length) parts.push(`column(s) removed: ${s.removed.join(', ')}`)
  if (s.renamed.length) parts.push(`renamed: ${s.renamed.map(r => `${r.from} → ${r.to}`).join(', ')}`)
  if (s.retyped.length)
    parts.push(`retyped: ${s.retyped.map(r => `${r.column} ${r.from} → ${r.to}`).join(', ')}`)
  if (s.reordered) parts.push('columns reordered')
  return parts.join('; ')
}

function stats(c: LockedColumn): SnapshotColumnStats {
  const out: SnapshotColumnStats = { type: c.type }
  for (const k of ['count', 'missing', 'min', 'max', 'mean', 'distinct'] as const)
    if (c[k] !== undefined) out[k] = c[k]
  return out
}

/** Columns present before and after whose values differ (their digests differ). */
function columnDrift(before: LockedColumn[], after: LockedColumn[]): SnapshotColumnDrift[] {
  const out: SnapshotColumnDrift[] = []
  for (const a of after) {
    const b = before.find(c => c.name === a.name)
    if (b && b.digest !== undefined && b.digest !== a.digest)
      out.push({ column: a.name, before: stats(b), after: stats(a) })
  }
  return out
}

function driftText(drift: SnapshotColumnDrift[]): string {
  const shown = drift.slice(0, 4).map(d => {
    const moved = (['count', 'missing', 'min', 'max', 'mean', 'distinct'] as const)
      .filter(k => d.before[k] !== d.after[k])
      .map(k => `${k} ${formatNumber(d.before[k])} → ${formatNumber(d.after[k])}`)
    return moved.length ? `${d.column} (${moved.join(', ')})` : d.column
  })
  const more = drift.length > 4 ? ` and ${drift.length - 4} more` : ''
  return `${shown.length === 1 && !more ? 'column' : 'columns'} whose values differ: ${shown.join('; ')}${more}`
}

function idList(ids: string[], total: number): string {
  return ids.join(', ') + (total > ids.length ? `, … (${formatInt(total)} in all)` : '')
}
