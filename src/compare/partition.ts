// Hash partitioning of a CSV file by one column, for a join whose memory does not grow with the
// file: every record goes to partition hash(id) % P, so the same id from two files lands in the
// same partition, and the join then holds one partition at a time. With P = 1 nothing is spilled.
import { closeSync, fstatSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { checkHeader, parseCsvText } from '../core/csv.js'
import { InputError } from '../core/errors.js'

const NL = 10
const CR = 13
const QUOTE = 34
const COMMA = 44
const CHUNK = 8 << 20
const SINK = 128 << 10

export interface CsvHeader {
  columns: string[]
  /** Byte offset of the first data record. */
  dataStart: number
}

/** The header record of a CSV file (after an optional BOM), checked for empty and repeated names. */
export function readHeader(file: string): CsvHeader {
  const fd = openOrThrow(file)
  try {
    const buf = Buffer.allocUnsafe(1 << 20)
    const n = readSync(fd, buf, 0, buf.length, 0)
    if (n === 0) throw new InputError('empty CSV file: no header row', { file, line: 1 })
    const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0
    const end = recordEnd(buf, start, n)
    if (end < 0 && n === buf.length)
      throw new InputError('the header row is longer than 1 MiB', { file, line: 1 })
    const stop = end < 0 ? n : end
    const columns =
      parseCsvText(
        buf.toString('utf8', start, stop > start && buf[stop - 1] === CR ? stop - 1 : stop),
        file,
        1
      )[0] ?? []
    if (columns.length === 0 || (columns.length === 1 && columns[0] === ''))
      throw new InputError('empty CSV file: no header row', { file, line: 1 })
    checkHeader(columns, file)
    return { columns, dataStart: end < 0 ? n : end + 1 }
  } finally {
    closeSync(fd)
  }
}

/** One side of the join after partitioning: per partition, its records as `line,record\n` bytes. */
export interface Partitioned {
  file: string
  partitions: number
  /** Records per partition. */
  counts: number[]
  rows: number
  /** The bytes of partition p; read from the spill file, or kept in memory when P = 1. */
  read(p: number): Buffer
  /** Delete the spill files. */
  remove(): void
}

/**
 * Split a CSV file into `partitions` parts by the hash of column `idIndex`. Each record is stored
 * as its 1-based starting line, a comma, and the record's bytes, so errors found later still name
 * the line. Reads and writes are synchronous and in large blocks: this is the hot loop.
 */
export function partitionFile(
  file: string,
  header: CsvHeader,
  idIndex: number,
  partitions: number,
  spillDir: string,
  tag: string
): Partitioned {
  const sinks = Array.from(
    { length: partitions },
    (_, p) => new Sink(partitions === 1 ? undefined : spillFile(spillDir, tag, p))
  )
  const counts = new Array<number>(partitions).fill(0)
  const fd = openOrThrow(file)
  let rows = 0
  let line = 2
  try {
    // A buffer the size of the file when it is small: a fixed 8 MiB one cost more to allocate and
    // search (past the data) than a small prediction file costs to join.
    let buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(SINK, fstatSync(fd).size - header.dataStart + 1)))
    let filePos = header.dataStart
    let carry = 0
    for (;;) {
      const n = readSync(fd, buf, carry, buf.length - carry, filePos)
      filePos += n
      const end = carry + n
      const last = n === 0
      // Searches stop at the data read: past it the buffer holds old bytes.
      const data = buf.subarray(0, end)
      let pos = 0
      let nextQuote = data.indexOf(QUOTE, 0)
      while (pos < end) {
        let stop = data.indexOf(NL, pos)
        const quoted = nextQuote >= 0 && (stop < 0 || nextQuote < stop)
        if (quoted) stop = recordEnd(data, pos, end)
        if (stop < 0) {
          if (!last) break
          stop = end
        }
        const lines = quoted ? countNewlines(data, pos, stop) + 1 : 1
        const recEnd = stop > pos && buf[stop - 1] === CR ? stop - 1 : stop
        if (recEnd > pos) {
          const hash = quoted
            ? hashQuotedField(data, pos, recEnd, idIndex)
            : hashField(data, pos, recEnd, idIndex)
          const p = partitions === 1 ? 0 : hash % partitions
          sinks[p].record(line, buf, pos, recEnd)
          counts[p]++
          rows++
        }
        line += lines
        pos = stop + 1
        if (quoted) nextQuote = data.indexOf(QUOTE, pos)
      }
      if (last) break
      carry = end - pos
      if (carry === buf.length) {
        // One record longer than the buffer: grow it rather than fail.
        const bigger = Buffer.allocUnsafe(buf.length * 2)
        buf.copy(bigger, 0, 0, carry)
        buf = bigger
      } else if (carry > 0) buf.copy(buf, 0, pos, end)
    }
  } finally {
    closeSync(fd)
  }
  for (const s of sinks) s.close()
  return {
    file,
    partitions,
    counts,
    rows,
    read: p => sinks[p].bytes(),
    remove: () => sinks.forEach(s => s.remove())
  }
}

function spillFile(spillDir: string, tag: string, p: number): string {
  return path.join(spillDir, `${tag}-${p}.part`)
}

/** A file partitioned elsewhere (by the worker) into spill files: the same interface, read from disk. */
export function spilled(
  file: string,
  spillDir: string,
  tag: string,
  counts: number[],
  rows: number
): Partitioned {
  const files = counts.map((_, p) => spillFile(spillDir, tag, p))
  return {
    file,
    partitions: counts.length,
    counts,
    rows,
    read: p => readFileSync(files[p]),
    remove: () => files.forEach(f => rmSync(f, { force: true }))
  }
}

/** Buffered appends to one partition: to its spill file, or kept in memory when there is none. */
class Sink {
  private buf = Buffer.allocUnsafe(SINK)
  private used = 0
  private fd: number | undefined
  private kept: Buffer[] = []

  constructor(readonly file: string | undefined) {
    if (file) this.fd = openSync(file, 'w')
  }

  record(line: number, src: Buffer, start: number, end: number): void {
    const need = end - start + 22
    if (this.used + need > this.buf.length) this.flush(need)
    const b = this.buf
    let at = this.used
    // The line number, written digit by digit: cheaper than a string per record.
    let digits = 1
    for (let v = line; v >= 10; v = Math.floor(v / 10)) digits++
    for (let i = digits - 1, v = line; i >= 0; i--, v = Math.floor(v / 10)) b[at + i] = 48 + (v % 10)
    at += digits
    b[at++] = COMMA
    if (end - start < 128) for (let i = start; i < end; i++) b[at++] = src[i]
    else at += src.copy(b, at, start, end)
    b[at++] = NL
    this.used = at
  }

  private flush(need = 0): void {
    if (this.used > 0) {
      if (this.fd !== undefined) writeSync(this.fd, this.buf, 0, this.used)
      else this.kept.push(Buffer.from(this.buf.subarray(0, this.used)))
    }
    this.used = 0
    if (need > this.buf.length) this.buf = Buffer.allocUnsafe(need)
  }

  close(): void {
    this.flush()
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  bytes(): Buffer {
    if (this.file) return readFileSync(this.file)
    const all = Buffer.concat(this.kept)
    this.kept = []
    return all
  }

  remove(): void {
    if (this.file) rmSync(this.file, { force: true })
  }
}

/** FNV-1a of the bytes of field `index` of an unquoted record. */
function hashField(buf: Buffer, start: number, end: number, index: number): number {
  let pos = start
  for (let i = 0; i < index; i++) {
    const c = buf.indexOf(COMMA, pos)
    if (c < 0 || c >= end) return 0
    pos = c + 1
  }
  let h = 0x811c9dc5
  for (let i = pos; i < end; i++) {
    const ch = buf[i]
    if (ch === COMMA) break
    h = Math.imul(h ^ ch, 0x01000193)
  }
  return h >>> 0
}

/** The same hash for a record with quotes: the field's value, unquoted, as UTF-8 bytes. */
function hashQuotedField(buf: Buffer, start: number, end: number, index: number): number {
  let field = 0
  let inQuotes = false
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    const ch = buf[i]
    if (inQuotes) {
      if (ch === QUOTE) {
        if (buf[i + 1] === QUOTE && i + 1 < end) {
          if (field === index) h = Math.imul(h ^ ch, 0x01000193)
          i++
        } else inQuotes = false
        continue
      }
    } else if (ch === QUOTE) {
      inQuotes = true
      continue
    } else if (ch === COMMA) {
      if (field === index) break
      field++
      continue
    }
    if (field === index) h = Math.imul(h ^ ch, 0x01000193)
  }
  return h >>> 0
}

/** End (index of the newline) of the record starting at `start`, minding quotes; -1 if not in view. */
function recordEnd(buf: Buffer, start: number, end: number): number {
  let inQuotes = false
  for (let i = start; i < end; i++) {
    const ch = buf[i]
    if (ch === QUOTE) inQuotes = !inQuotes
    else if (ch === NL && !inQuotes) return i
  }
  return -1
}

function countNewlines(buf: Buffer, start: number, end: number): number {
  let n = 0
  for (let i = buf.indexOf(NL, start); i >= 0 && i < end; i = buf.indexOf(NL, i + 1)) n++
  return n
}

function openOrThrow(file: string): number {
  try {
    return openSync(file, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('predictions file not found', { file })
    if (code === 'EISDIR') throw new InputError('expected a predictions file, found a folder', { file })
    throw new InputError(`cannot read the predictions: ${(error as Error).message}`, { file })
  }
}
