import { promises as fs, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import { worst, type Status } from '../core/status.js'
import type { Tolerance } from '../config/types.js'
import type { ColumnComparison, PredictionComparison } from '../core/result.js'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { parseCsvText } from '../core/csv.js'
import { partitionFile, readHeader, spilled, type Partitioned } from './partition.js'
import type { PartitionJob, PartitionReply } from './partition-worker.js'
import { diffCell, joinById, parseValue, rowsById, type Value } from './join.js'
import { describeTolerance } from './tolerance.js'

export interface PredictionCompareOptions {
  idColumn: string
  tolerance: (column: string) => Tolerance
  /** How many most-changed, missing and new ids to list. */
  top: number
  /** Columns compared as labels (text, exactly) even when they look numeric. */
  labels?: string[]
  /**
   * Bytes of CSV per partition: files larger than this are hash-partitioned by id into temporary
   * files and joined one partition at a time, so memory stays flat whatever the row count.
   */
  partitionBytes?: number
  /** Where the partitions are spilled (default: the system's temporary folder). */
  tempDir?: string
}

/**
 * Partitions of about 1 MiB of CSV keep each partition's hash table and records inside the CPU
 * cache (measured: 24 MiB partitions were twice as slow on 10 million rows). At most 200 of them,
 * since each side's partition files are open at once (macOS allows 256 files by default); larger
 * files get larger partitions, and memory still follows the partition, not the file.
 */
export const DEFAULT_PARTITION_BYTES = 1 << 20
const MAX_PARTITIONS = 200

/**
 * Compare two prediction files joined by id, never by position. Both files are split by a hash
 * of the id into the same number of partitions (a Grace hash join); each partition of the
 * baseline becomes a small map from id to row, and the matching partition of the current file is
 * checked against it. Every list in the result is ordered by value, not by file or partition
 * order, so the result does not depend on row order or on the partition count.
 */
export async function comparePredictions(
  baselineFile: string,
  currentFile: string,
  options: PredictionCompareOptions
): Promise<{ status: Status; comparison: PredictionComparison }> {
  const baseHeader = readHeader(baselineFile)
  const curHeader = readHeader(currentFile)
  const baseId = idIndexOf(baseHeader.columns, options.idColumn, baselineFile)
  const curId = idIndexOf(curHeader.columns, options.idColumn, currentFile)
  const labels = new Set(options.labels ?? [])
  const compared = baseHeader.columns.filter(c => c !== options.idColumn && curHeader.columns.includes(c))
  const stats = compared.map(c => new ColumnStats(c, options.tolerance(c), options.top, labels.has(c)))
  const baseIndex = compared.map(c => baseHeader.columns.indexOf(c) + 1)
  const curIndex = compared.map(c => curHeader.columns.indexOf(c) + 1)

  const size = Math.max(statSync(baselineFile).size, statSync(currentFile).size)
  const partitions = Math.min(
    MAX_PARTITIONS,
    Math.max(1, Math.ceil(size / (options.partitionBytes ?? DEFAULT_PARTITION_BYTES)))
  )
  const spillDir =
    partitions > 1 ? await fs.mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'repro-audit-join-')) : ''
  let base: Partitioned | undefined
  let cur: Partitioned | undefined
  const missing = new SmallestIds(options.top)
  const added = new SmallestIds(options.top)
  const context: JoinContext = {
    stats,
    base: { file: baselineFile, width: baseHeader.columns.length, id: baseId + 1, columns: baseIndex },
    current: { file: currentFile, width: curHeader.columns.length, id: curId + 1, columns: curIndex },
    missing,
    added,
    matched: 0,
    rowsChanged: 0
  }
  try {
    // With spilling, a worker thread partitions the current file while this thread does the baseline.
    const worker =
      partitions > 1
        ? startPartitionWorker({
            file: currentFile,
            header: curHeader,
            idIndex: curId,
            partitions,
            spillDir,
            tag: 'current'
          })
        : undefined
    let failed: unknown
    try {
      base = partitionFile(baselineFile, baseHeader, baseId, partitions, spillDir, 'baseline')
    } catch (error) {
      failed = error
    }
    // Wait for the worker even when the baseline failed, so its files are gone before cleanup.
    cur = await worker?.catch(error => {
      failed ??= error
      return undefined
    })
    if (failed) throw failed
    cur ??= partitionFile(currentFile, curHeader, curId, partitions, spillDir, 'current')
    base = base as Partitioned
    for (let p = 0; p < partitions; p++) {
      const b = base.read(p)
      const c = cur.read(p)
      if (b.indexOf(QUOTE) < 0 && c.indexOf(QUOTE) < 0)
        joinBytes(b, c, base.counts[p], cur.counts[p], context)
      else joinText(b.toString('utf8'), c.toString('utf8'), context)
    }
  } finally {
    base?.remove()
    cur?.remove()
    if (spillDir) await fs.rm(spillDir, { recursive: true, force: true })
  }
  const matched = context.matched

  const columns = stats.map(s => s.result())
  const missingColumns = baseHeader.columns.filter(
    c => c !== options.idColumn && !curHeader.columns.includes(c)
  )
  const newColumns = curHeader.columns.filter(c => c !== options.idColumn && !baseHeader.columns.includes(c))
  const baselineRows = base.rows
  const currentRows = cur.rows
  const statuses: Status[] = columns.map(c => (c.beyondTolerance > 0 ? 'fail' : 'pass'))
  if (missing.count > 0 || added.count > 0 || missingColumns.length > 0) statuses.push('fail')
  if (newColumns.length > 0) statuses.push('warn')
  return {
    status: worst(...statuses),
    comparison: {
      idColumn: options.idColumn,
      baselineRows,
      currentRows,
      matched,
      rowsChanged: context.rowsChanged,
      missingIds: missing.list(),
      missingCount: missing.count,
      newIds: added.list(),
      newCount: added.count,
      missingColumns,
      newColumns,
      partitions,
      columns
    }
  }
}

/**
 * Partition a file in a worker thread; undefined when the worker's script is not beside this
 * module (as when the sources run untranspiled), and then the caller partitions in this thread.
 */
function startPartitionWorker(job: PartitionJob): Promise<Partitioned> | undefined {
  const script = new URL('./partition-worker.js', import.meta.url)
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script)) || process.env.REPRO_AUDIT_NO_WORKER)
    return undefined
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job })
    worker.once('message', (reply: PartitionReply) => {
      if (reply.ok) resolve(spilled(job.file, job.spillDir, job.tag, reply.counts, reply.rows))
      else
        reject(
          reply.input
            ? new InputError(reply.message, { file: reply.file, line: reply.line, column: reply.column })
            : new Error(reply.message)
        )
    })
    worker.once('error', reject)
    worker.once('exit', code => reject(new Error(`the partition worker stopped (exit ${code})`)))
  })
}

function idIndexOf(columns: string[], idColumn: string, file: string): number {
  const i = columns.indexOf(idColumn)
  if (i < 0)
    throw new InputError(
      `id column ${JSON.stringify(idColumn)} not found in the predictions (columns: ${columns.join(', ')})`,
      { file, line: 1 }
    )
  return i
}

const QUOTE = 34
const COMMA = 44
const NL = 10

/** Where one file's fields are: its width, and 1-based field numbers (0 is the line prefix). */
interface Side {
  file: string
  width: number
  id: number
  columns: number[]
}

interface JoinContext {
  stats: ColumnStats[]
  base: Side
  current: Side
  missing: SmallestIds
  added: SmallestIds
  matched: number
  /** Matched rows with at least one column beyond its tolerance. */
  rowsChanged: number
}

/**
 * Join one partition on its raw bytes (no quotes anywhere in it): an open-addressing hash table
 * over the baseline's id bytes, probed with the current file's. Equal bytes are equal values, so
 * only rows whose text differs are decoded and parsed, and most rows allocate nothing.
 */
function joinBytes(b: Buffer, c: Buffer, baseCount: number, curCount: number, ctx: JoinContext): void {
  const k = ctx.stats.length
  const slots = k + 1
  const base = indexRecords(b, baseCount, ctx.base)
  let mask = 1
  while (mask < baseCount * 2) mask <<= 1
  const table = new Int32Array(mask)
  mask -= 1
  const bb = base.bounds
  for (let r = 0; r < base.rows; r++) {
    const s = bb[r * slots * 2]
    const e = bb[r * slots * 2 + 1]
    for (let h = hashBytes(b, s, e) & mask; ; h = (h + 1) & mask) {
      const other = table[h] - 1
      if (other < 0) {
        table[h] = r + 1
        break
      }
      if (sameBytes(b, bb[other * slots * 2], bb[other * slots * 2 + 1], b, s, e)) {
        throw new InputError(
          `id ${JSON.stringify(b.toString('utf8', s, e))} appears more than once in the predictions`,
          { file: ctx.base.file, line: lineOf(b, base.starts[r]) }
        )
      }
    }
  }
  const seen = new Uint8Array(base.rows)
  const cur = indexRecords(c, curCount, ctx.current)
  const cb = cur.bounds
  const newHere = new Set<string>()
  for (let r = 0; r < cur.rows; r++) {
    const at = r * slots * 2
    const s = cb[at]
    const e = cb[at + 1]
    let match = -1
    for (let h = hashBytes(c, s, e) & mask; ; h = (h + 1) & mask) {
      const other = table[h] - 1
      if (other < 0) break
      if (sameBytes(b, bb[other * slots * 2], bb[other * slots * 2 + 1], c, s, e)) {
        match = other
        break
      }
    }
    if (match < 0) {
      const id = c.toString('utf8', s, e)
      if (newHere.has(id))
        throw new InputError(`id ${JSON.stringify(id)} appears more than once in the predictions`, {
          file: ctx.current.file,
          line: lineOf(c, cur.starts[r])
        })
      newHere.add(id)
      ctx.added.add(id)
      continue
    }
    if (seen[match])
      throw new InputError(
        `id ${JSON.stringify(c.toString('utf8', s, e))} appears more than once in the predictions`,
        { file: ctx.current.file, line: lineOf(c, cur.starts[r]) }
      )
    seen[match] = 1
    ctx.matched++
    const bat = match * slots * 2
    let id: string | undefined
    let beyond = false
    for (let j = 0; j < k; j++) {
      const bs = bb[bat + 2 * j + 2]
      const be = bb[bat + 2 * j + 3]
      const cs = cb[at + 2 * j + 2]
      const ce = cb[at + 2 * j + 3]
      const stat = ctx.stats[j]
      if (sameBytes(b, bs, be, c, cs, ce)) stat.identicalRow()
      else {
        id ??= c.toString('utf8', s, e)
        if (stat.add(id, stat.parse(b.toString('utf8', bs, be)), stat.parse(c.toString('utf8', cs, ce))))
          beyond = true
      }
    }
    if (beyond) ctx.rowsChanged++
  }
  for (let r = 0; r < base.rows; r++)
    if (!seen[r]) ctx.missing.add(b.toString('utf8', bb[r * slots * 2], bb[r * slots * 2 + 1]))
}

/**
 * Each record's start, and the byte range of its id and compared fields: slot 0 is the id, slot
 * j + 1 the j-th compared column. A record with the wrong number of fields is an InputError.
 */
function indexRecords(
  buf: Buffer,
  count: number,
  side: Side
): { rows: number; starts: Int32Array; bounds: Int32Array } {
  const slots = side.columns.length + 1
  const want = new Int32Array(side.width + 2).fill(-1)
  want[side.id] = 0
  side.columns.forEach((f, j) => (want[f] = j + 1))
  const starts = new Int32Array(count)
  const bounds = new Int32Array(count * slots * 2)
  const len = buf.length
  const last = side.width
  let row = 0
  let pos = 0
  while (pos < len && row < count) {
    starts[row] = pos
    const at = row * slots * 2
    let field = 0
    let start = pos
    let i = pos
    for (; ; i++) {
      const ch = i < len ? buf[i] : NL
      if (ch === COMMA || ch === NL) {
        if (field <= last) {
          const slot = want[field]
          if (slot >= 0) {
            bounds[at + 2 * slot] = start
            bounds[at + 2 * slot + 1] = i
          }
        }
        field++
        start = i + 1
        if (ch === NL) break
      }
    }
    if (field !== last + 1)
      throw new InputError(`ragged row: expected ${last} fields, found ${field - 1}`, {
        file: side.file,
        line: lineOf(buf, pos)
      })
    row++
    pos = i + 1
  }
  return { rows: row, starts, bounds }
}

/** The line number a partition record starts with. */
function lineOf(buf: Buffer, start: number): number {
  let n = 0
  for (let i = start; i < buf.length && buf[i] !== COMMA; i++) n = n * 10 + buf[i] - 48
  return n
}

function sameBytes(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false
  for (let i = 0; i < ae - as; i++) if (a[as + i] !== b[bs + i]) return false
  return true
}

/** FNV-1a with a final mix, so table slots do not follow the partition number. */
function hashBytes(buf: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The same join for a partition with quoted fields: parsed by csv-parse, ids in a Map. */
function joinText(baseText: string, curText: string, ctx: JoinContext): void {
  const values = (side: Side, fields: string[]): Value[] =>
    ctx.stats.map((stat, j) => stat.parse(fields[side.columns[j]]))
  const base = rowsById(recordsOf(baseText, ctx.base, values), ctx.base.file)
  const current = rowsById(recordsOf(curText, ctx.current, values), ctx.current.file)
  joinById(base, current, {
    matched(id, old, now) {
      ctx.matched++
      let beyond = false
      ctx.stats.forEach((stat, j) => {
        if (stat.add(id, old[j], now[j])) beyond = true
      })
      if (beyond) ctx.rowsChanged++
    },
    onlyInBaseline: id => ctx.missing.add(id),
    onlyInCurrent: id => ctx.added.add(id)
  })
}

/** The records of a partition's text, each with its id, its compared values and its line. */
function* recordsOf(
  text: string,
  side: Side,
  values: (side: Side, fields: string[]) => Value[]
): Generator<{ id: string; row: Value[]; line: number }> {
  for (const fields of parseCsvText(text, side.file, 1)) {
    const line = Number(fields[0])
    if (fields.length - 1 !== side.width)
      throw new InputError(`ragged row: expected ${side.width} fields, found ${fields.length - 1}`, {
        file: side.file,
        line
      })
    yield { id: fields[side.id], row: values(side, fields), line }
  }
}

/** The `n` smallest ids seen, and how many there were: stable whatever order they came in. */
class SmallestIds {
  count = 0
  private ids: string[] = []

  constructor(private readonly n: number) {}

  add(id: string): void {
    this.count++
    if (this.n === 0) return
    this.ids.push(id)
    if (this.ids.length > 2 * this.n + 64) this.trim()
  }

  list(): string[] {
    this.trim()
    return this.ids
  }

  private trim(): void {
    this.ids.sort(compareIds)
    this.ids.length = Math.min(this.ids.length, this.n)
  }
}

/** Ids in natural order: numbers by value, then text by code point. */
function compareIds(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) && x !== y) return x - y
  return a < b ? -1 : a > b ? 1 : 0
}

interface Changed {
  id: string
  baseline: Value
  current: Value
  absDiff: number | null
}

const CONFUSION_PAIRS = 10_000

class ColumnStats {
  rows = 0
  identical = 0
  within = 0
  beyond = 0
  maxAbs = 0
  maxRel = 0
  labelChanges = 0
  private isLabel: boolean
  private top: Changed[] = []
  /** Count of differing rows by decade of |difference|: key e counts (10^(e-1), 10^e]. */
  private histogram = new Map<number, number>()
  private confusion = new Map<string, number>()
  private otherPairs = 0

  constructor(
    readonly column: string,
    readonly tolerance: Tolerance,
    private readonly keep: number,
    private readonly forcedLabel: boolean
  ) {
    this.isLabel = forcedLabel
  }

  parse(field: string): Value {
    return this.forcedLabel ? field : parseValue(field)
  }

  /** A row whose text is byte-for-byte the same in both files. */
  identicalRow(): void {
    this.rows++
    this.identical++
  }

  /** Count one matched row; true when it differs beyond the tolerance. */
  add(id: string, old: Value, current: Value): boolean {
    this.rows++
    const diff = diffCell(old, current, this.tolerance)
    if (diff.kind === 'identical') {
      this.identical++
      return false
    }
    if (diff.kind === 'numeric') {
      const beyond = !diff.within
      if (beyond) this.beyond++
      else this.within++
      const d = diff.absDiff
      if (d > this.maxAbs) this.maxAbs = d
      const rel = diff.relDiff
      if (rel > this.maxRel || Number.isNaN(rel)) this.maxRel = Number.isNaN(rel) ? Infinity : rel
      const e = decadeOf(d)
      this.histogram.set(e, (this.histogram.get(e) ?? 0) + 1)
      this.remember({ id, baseline: old, current, absDiff: d })
      return beyond
    }
    // A label, or text where a number was expected: compared exactly, and counted in pairs.
    this.isLabel = true
    this.beyond++
    this.labelChanges++
    const key = `${old}\u0000${current}`
    const n = this.confusion.get(key)
    if (n !== undefined) this.confusion.set(key, n + 1)
    else if (this.confusion.size < CONFUSION_PAIRS) this.confusion.set(key, 1)
    else this.otherPairs++
    this.remember({ id, baseline: old, current, absDiff: null })
    return true
  }

  private remember(change: Changed): void {
    if (this.keep === 0) return
    this.top.push(change)
    if (this.top.length > 2 * this.keep + 64) this.trim()
  }

  private trim(): void {
    // Most changed first (text changes count as the largest); ties go to the smaller id.
    const size = (c: Changed): number => (c.absDiff === null ? Infinity : c.absDiff)
    this.top.sort((a, b) => size(b) - size(a) || compareIds(a.id, b.id))
    this.top.length = Math.min(this.top.length, this.keep)
  }

  result(): ColumnComparison {
    this.trim()
    const verdict =
      this.beyond > 0
        ? 'drifted'
        : this.within > 0
          ? `equal within ${describeTolerance(this.tolerance)}`
          : 'bit-identical'
    const out: ColumnComparison = {
      column: this.column,
      kind: this.isLabel ? 'label' : 'numeric',
      rows: this.rows,
      identical: this.identical,
      withinTolerance: this.within,
      beyondTolerance: this.beyond,
      maxAbsDiff: this.maxAbs,
      maxRelDiff: this.maxRel,
      tolerance: { absolute: this.tolerance.absolute, relative: this.tolerance.relative },
      verdict,
      topChanged: this.top,
      diffHistogram: [...this.histogram.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([exponent, count]) => ({ exponent, count }))
    }
    if (this.isLabel) {
      const pairs = [...this.confusion.entries()]
        .map(([key, count]) => {
          const [baseline, current] = key.split('\u0000')
          return { baseline, current, count }
        })
        .sort(
          (a, b) =>
            b.count - a.count ||
            (a.baseline < b.baseline
              ? -1
              : a.baseline > b.baseline
                ? 1
                : a.current < b.current
                  ? -1
                  : a.current > b.current
                    ? 1
                    : 0)
        )
      out.labels = {
        changed: this.labelChanges,
        confusion: pairs.slice(0, 20),
        otherPairs: this.otherPairs + pairs.slice(20).reduce((n, x) => n + x.count, 0)
      }
    }
    return out
  }
}

/** 10^e as the double nearest to it (parsed, so exact to the last bit), e from −15 to 308. */
const POWERS_OF_TEN = Array.from({ length: 324 }, (_, i) => Number(`1e${i - 15}`))

/**
 * The histogram key of a difference d: the smallest e ≥ −15 with d ≤ 10^e (309 above the largest
 * double). Compared with parsed powers of ten rather than through log10, whose last bit (and so the
 * key of a difference of exactly 10^e) the runtime may choose.
 */
function decadeOf(d: number): number {
  let lo = 0
  let hi = POWERS_OF_TEN.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (d <= POWERS_OF_TEN[mid]) hi = mid
    else lo = mid + 1
  }
  return lo - 15
}
