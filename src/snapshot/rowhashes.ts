import {
  closeSync,
  createWriteStream,
  mkdtempSync,
  openSync,
  promises as fs,
  readSync,
  rmSync,
  writeSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../core/errors.js'

// The (id, row hash) sidecar of an entry with an id column: one `id<TAB>hash` line per row, sorted
// by id, so a changed row is a changed line in the pull request. Rows are sorted externally: a
// bounded buffer is sorted and written as a run file when full, and the runs are merged as a
// stream, so memory does not grow with the file (neither the current rows nor the sidecar).

const HEADER = '# repro-audit row hashes: id<TAB>row hash, sorted by id. Written by `repro-audit lock`.\n'

/**
 * Rows held in memory before a sorted run goes to disk. The buffered ids outlive young-generation
 * GCs, so the heap grows with the buffer: on the 1 GB benchmark 2^16 rows peak at ~103 MiB, 2^18
 * at up to 132 MiB, in the same time.
 */
export const SPILL_ROWS = 1 << 16
/** Added ids kept for reading the file again without them (a Set of them must fit in memory). */
export const MAX_ADDED_IDS = 1_000_000
/** Runs merged at once; more are merged in passes, so read buffers stay at FAN_IN × READ_CHUNK. */
const FAN_IN = 64
const READ_CHUNK = 1 << 16
const WRITE_CHUNK = 1 << 16

export interface RowHashLimits {
  /** Rows held in memory before a sorted run is written (SPILL_ROWS by default). */
  spillRows?: number
  /** Where the private folder of run files is made (os.tmpdir() by default). */
  tmpRoot?: string
  /** Most added ids kept by a diff (MAX_ADDED_IDS by default). */
  maxAddedIds?: number
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function hex(x: number): string {
  return x.toString(16).padStart(8, '0')
}

function idText(id: string): string {
  return /[\t\n\r"\\]|^#/.test(id) ? JSON.stringify(id) : id
}

/** Rows in sidecar order, one at a time: `line` is the sidecar line without its newline. */
interface Cursor {
  id: string
  /** 16 hex digits, (h1, h2) as unsigned: as text they sort like the numbers. */
  hash: string
  line: string
  next(): boolean
}

function compareRows(a: Cursor, b: Cursor): number {
  return compareIds(a.id, b.id) || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)
}

/** Lines of a file read through a small fixed buffer (sync: the scan's callbacks are sync). */
class LineReader {
  line = 0
  private fd: number | undefined
  private buf = Buffer.allocUnsafe(READ_CHUNK)
  /** Bytes of an unfinished line at the start of buf. */
  private carry = 0
  /** Decoded whole lines (each ending in a newline), sliced one at a time. */
  private text = ''
  private at = 0

  constructor(file: string) {
    this.fd = openSync(file, 'r')
  }

  /** The next line without its newline (a CR before it is kept), or undefined at the end. */
  next(): string | undefined {
    // Lines are sliced as they are read, not split up front: 64 readers holding arrays of lines
    // kept those strings alive long enough to reach the old generation, and the heap grew.
    while (this.at >= this.text.length) {
      if (this.fd === undefined) return undefined
      this.fill()
    }
    const nl = this.text.indexOf('\n', this.at)
    const line = this.text.slice(this.at, nl)
    this.at = nl + 1
    this.line++
    return line
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  // One buffer, reused: a new Buffer per chunk is external memory the GC frees late.
  private fill(): void {
    this.text = ''
    this.at = 0
    if (this.carry === this.buf.length) {
      const bigger = Buffer.allocUnsafe(2 * this.buf.length)
      this.buf.copy(bigger, 0, 0, this.carry)
      this.buf = bigger
    }
    const buf = this.buf
    const n = readSync(this.fd as number, buf, this.carry, buf.length - this.carry, null)
    if (n === 0) {
      this.close()
      if (this.carry) this.text = `${buf.toString('utf8', 0, this.carry)}\n`
      this.carry = 0
      return
    }
    const end = this.carry + n
    // Split at a newline byte, so a multi-byte character is never cut in two.
    const last = buf.lastIndexOf(10, end - 1)
    if (last < 0) {
      this.carry = end
      return
    }
    this.text = buf.toString('utf8', 0, last + 1)
    buf.copy(buf, 0, last + 1, end)
    this.carry = end - last - 1
  }
}

/** A run file (or the sidecar): one `id<TAB>hash` line per row, `#` lines skipped. */
class FileCursor implements Cursor {
  id = ''
  hash = ''
  line = ''
  readonly reader: LineReader

  constructor(
    readonly file: string,
    private readonly malformed: () => Error = () => new Error(`malformed run file ${file}`)
  ) {
    this.reader = new LineReader(file)
  }

  next(): boolean {
    for (;;) {
      let line = this.reader.next()
      if (line === undefined) return false
      if (line.endsWith('\r')) line = line.slice(0, -1)
      if (line === '' || line.startsWith('#')) continue
      const tab = line.lastIndexOf('\t')
      if (tab < 0) {
        this.reader.close()
        throw this.malformed()
      }
      const raw = line.slice(0, tab)
      this.id = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw
      this.hash = line.slice(tab + 1)
      this.line = line
      return true
    }
  }
}

/** The rows still in memory, sorted. */
class MemoryCursor implements Cursor {
  id = ''
  hash = ''
  line = ''
  private k = 0

  constructor(
    private readonly ids: string[],
    private readonly hashes: Uint32Array,
    private readonly order: Uint32Array
  ) {}

  next(): boolean {
    if (this.k >= this.order.length) return false
    const i = this.order[this.k++]
    this.id = this.ids[i]
    this.hash = hex(this.hashes[2 * i]) + hex(this.hashes[2 * i + 1])
    this.line = `${idText(this.id)}\t${this.hash}`
    return true
  }
}

/** k-way merge of sorted cursors through a binary heap. */
class MergeCursor implements Cursor {
  id = ''
  hash = ''
  line = ''
  private readonly heap: Cursor[]
  private started = false

  constructor(sources: Cursor[]) {
    // A sorted array is a valid heap.
    this.heap = sources.filter(s => s.next()).sort(compareRows)
  }

  next(): boolean {
    const heap = this.heap
    if (this.started && heap.length) {
      if (!heap[0].next()) {
        const last = heap.pop() as Cursor
        if (heap.length) heap[0] = last
      }
      this.down()
    }
    this.started = true
    if (!heap.length) return false
    const top = heap[0]
    this.id = top.id
    this.hash = top.hash
    this.line = top.line
    return true
  }

  private down(): void {
    const heap = this.heap
    const n = heap.length
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) return
      const r = l + 1
      const c = r < n && compareRows(heap[r], heap[l]) < 0 ? r : l
      if (compareRows(heap[c], heap[i]) >= 0) return
      const t = heap[i]
      heap[i] = heap[c]
      heap[c] = t
      i = c
    }
  }
}

/**
 * The (id, row hash) pairs of one file, fed a row at a time by the profiler and read back once in
 * sidecar order. Up to `spillRows` rows are held in memory; a full buffer is sorted and written as
 * a run file to a private temporary folder, made only when the first run is written. The owner
 * calls dispose() when done or on error: it removes the folder.
 */
export class RowHashSpool {
  /** Rows added in all. */
  rows = 0
  private ids: string[] = []
  private hashes: Uint32Array
  private readonly runs: string[] = []
  private dir?: string
  private made = 0
  private readonly readers: LineReader[] = []
  private readonly limit: number
  private readonly tmpRoot: string
  private disposed = false
  private read = false

  constructor(limits: RowHashLimits = {}) {
    this.limit = Math.max(1, limits.spillRows ?? SPILL_ROWS)
    this.tmpRoot = limits.tmpRoot ?? os.tmpdir()
    this.hashes = new Uint32Array(2 * Math.min(this.limit, 1 << 12))
  }

  /** The private folder of run files, once one was written. */
  get folder(): string | undefined {
    return this.dir
  }

  add(id: string, h1: number, h2: number): void {
    // A reader still running after the scan failed (Parquet's parallel hash) adds nothing more.
    if (this.disposed) return
    if (this.read) throw new Error('rows added to a row-hash spool after it was read')
    if (this.ids.length === this.limit) this.spill()
    const at = 2 * this.ids.length
    if (at + 2 > this.hashes.length) {
      const bigger = new Uint32Array(Math.min(this.hashes.length * 2, 2 * this.limit))
      bigger.set(this.hashes)
      this.hashes = bigger
    }
    this.hashes[at] = h1
    this.hashes[at + 1] = h2
    this.ids.push(id)
    this.rows++
  }

  /** All rows in sidecar order; once only. */
  cursor(): Cursor {
    if (this.read) throw new Error('a row-hash spool is read once')
    this.read = true
    const memory = new MemoryCursor(this.ids, this.hashes, this.sortedOrder())
    if (this.runs.length === 0) return memory
    // More runs than FAN_IN: merge the oldest FAN_IN into one until the rest fit in one merge.
    while (this.runs.length + 1 > FAN_IN) {
      const group = this.runs.splice(0, FAN_IN)
      this.writeRun(new MergeCursor(group.map(f => this.open(f))))
      // Those readers are at their end (closed): drop them with their buffers.
      this.readers.length = 0
      for (const f of group) rmSync(f, { force: true })
    }
    return new MergeCursor([...this.runs.map(f => this.open(f)), memory])
  }

  /** Close open runs and remove the temporary folder. Safe to call more than once. */
  dispose(): void {
    this.disposed = true
    for (const r of this.readers) r.close()
    this.readers.length = 0
    this.ids = []
    this.hashes = new Uint32Array(0)
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    this.dir = undefined
  }

  /** Indices of the buffered rows sorted by id, then by hash lanes (unsigned). */
  private sortedOrder(): Uint32Array {
    const ids = this.ids
    const h = this.hashes
    const order = new Uint32Array(ids.length)
    for (let i = 0; i < order.length; i++) order[i] = i
    return order.sort(
      (a, b) => compareIds(ids[a], ids[b]) || h[2 * a] - h[2 * b] || h[2 * a + 1] - h[2 * b + 1]
    )
  }

  private spill(): void {
    this.writeRun(new MemoryCursor(this.ids, this.hashes, this.sortedOrder()))
    this.ids = []
  }

  private writeRun(rows: Cursor): void {
    this.dir ??= mkdtempSync(path.join(this.tmpRoot, 'repro-audit-rows-'))
    const file = path.join(this.dir, `run-${this.made++}.tsv`)
    const fd = openSync(file, 'w')
    try {
      let text = ''
      while (rows.next()) {
        text += `${rows.line}\n`
        if (text.length > WRITE_CHUNK) {
          writeSync(fd, text)
          text = ''
        }
      }
      if (text) writeSync(fd, text)
    } finally {
      closeSync(fd)
    }
    this.runs.push(file)
  }

  private open(file: string): FileCursor {
    const cursor = new FileCursor(file)
    this.readers.push(cursor.reader)
    return cursor
  }
}

/** Two rows with one id: the lock refuses the file, since ids must name rows. */
export class DuplicateIdError extends Error {
  constructor(readonly id: string) {
    super(`id ${JSON.stringify(id)} appears more than once`)
  }
}

function* chunks(rows: RowHashSpool, unique = false): Generator<string> {
  yield HEADER
  const c = rows.cursor()
  let text = ''
  let previous: string | undefined
  while (c.next()) {
    if (unique && c.id === previous) throw new DuplicateIdError(c.id)
    previous = c.id
    text += `${c.line}\n`
    if (text.length > WRITE_CHUNK) {
      yield text
      text = ''
    }
  }
  if (text) yield text
}

/** The sidecar's text (small tables and tests). */
export function serializeRowHashes(rows: RowHashSpool): string {
  return [...chunks(rows)].join('')
}

/**
 * Write the sidecar beside `file` as a temporary file; the caller renames it into place. An id
 * seen twice is a DuplicateIdError: a locked sidecar names every row by one id.
 */
export async function writeRowHashesTemp(file: string, rows: RowHashSpool): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`
  const out = createWriteStream(tmp)
  try {
    for (const text of chunks(rows, true)) {
      if (!out.write(text)) await new Promise<void>(resolve => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
  } catch (error) {
    out.destroy()
    await fs.rm(tmp, { force: true })
    throw error
  }
  return tmp
}

/** The first few ids in a natural order (numbers by value), kept while streaming. */
class FirstIds {
  readonly ids: string[] = []
  count = 0
  rows = 0
  constructor(private readonly limit: number) {}

  add(id: string, rows: number): void {
    this.count++
    this.rows += rows
    const ids = this.ids
    if (ids.length === this.limit && natural(id, ids[ids.length - 1]) >= 0) return
    let at = ids.length
    while (at > 0 && natural(id, ids[at - 1]) < 0) at--
    ids.splice(at, 0, id)
    if (ids.length > this.limit) ids.pop()
  }
}

function natural(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y
  return compareIds(a, b)
}

export interface RowDiff {
  added: FirstIds
  removed: FirstIds
  changed: FirstIds
  /** Every added id, for reading the file again without them; undefined when there are too many. */
  addedIds?: string[]
}

interface Group {
  id: string
  hashes: string
  rows: number
}

/** Rows with equal ids as one group, their hashes joined in sorted order. */
function nextGroup(c: Cursor, pending: { has: boolean }): Group | undefined {
  if (!pending.has) return undefined
  const group: Group = { id: c.id, hashes: c.hash, rows: 1 }
  while ((pending.has = c.next()) && c.id === group.id) {
    group.hashes += `,${c.hash}`
    group.rows++
  }
  return group
}

function openSidecar(file: string): FileCursor {
  try {
    const cursor: FileCursor = new FileCursor(
      file,
      () =>
        new InputError('malformed row-hash line; re-create it with `repro-audit lock`', {
          file,
          line: cursor.reader.line
        })
    )
    return cursor
  } catch {
    throw new InputError(
      'the row-hash sidecar named in the lock is missing; re-create it with `repro-audit lock`',
      { file }
    )
  }
}

/** Compare the current rows with the sidecar by id, merging two sorted streams. */
export async function diffRowHashes(
  sidecar: string,
  current: RowHashSpool,
  first: number,
  maxAddedIds = MAX_ADDED_IDS
): Promise<RowDiff> {
  const diff: RowDiff = {
    added: new FirstIds(first),
    removed: new FirstIds(first),
    changed: new FirstIds(first),
    addedIds: []
  }
  const before = openSidecar(sidecar)
  try {
    const now = current.cursor()
    const bp = { has: before.next() }
    const cp = { has: now.next() }
    let b = nextGroup(before, bp)
    let c = nextGroup(now, cp)
    while (b || c) {
      const cmp = !b ? 1 : !c ? -1 : compareIds(b.id, c.id)
      if (cmp < 0 && b) {
        diff.removed.add(b.id, b.rows)
        b = nextGroup(before, bp)
      } else if (cmp > 0 && c) {
        diff.added.add(c.id, c.rows)
        if (diff.addedIds && diff.addedIds.length < maxAddedIds) diff.addedIds.push(c.id)
        else diff.addedIds = undefined
        c = nextGroup(now, cp)
      } else if (b && c) {
        if (b.hashes !== c.hashes) diff.changed.add(c.id, 1)
        b = nextGroup(before, bp)
        c = nextGroup(now, cp)
      }
    }
  } finally {
    before.reader.close()
  }
  return diff
}
