import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { checkHeader } from '../core/csv.js'
import { InputError } from '../core/errors.js'
import { Profiler, RowProblem, type ProfileOptions, type TableProfile } from './profile.js'

// A byte-level CSV reader for the snapshot pass. It hashes the bytes (sha256) and profiles the
// rows in one streaming read through a fixed buffer, so memory does not grow with the file.
// csv-parse builds a string per field; this reader hands the profiler byte ranges instead, which
// is what makes the fingerprint pass faster than pandas parsing the same file (see bench/).

const CHUNK = 1 << 22
/** The longest row (or unbalanced quoted field) the reader accepts before giving up. */
const MAX_ROW = 1 << 26

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13
/** From a row's start through the first line break after an even number of quotes. */
const ROW_END = /(?:[^"\n]*"[^"]*")*[^"\n]*\n/y

interface Sink {
  resetRow(): void
  field(col: number, buf: Uint8Array, start: number, end: number): boolean
  wantsText(col: number): boolean
  setText(col: number, text: string): void
  endRow(): boolean
}

class HeaderSink implements Sink {
  names: string[] = []
  done = false
  resetRow(): void {
    this.names = []
  }
  field(col: number, buf: Uint8Array, start: number, end: number): boolean {
    this.names[col] = Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8')
    return true
  }
  wantsText(): boolean {
    return false
  }
  setText(): void {}
  endRow(): boolean {
    this.done = true
    return true
  }
}

/** Row boundaries only: every field accepted, every row kept. For moving rows whole (a shuffle). */
class PassSink implements Sink {
  resetRow(): void {}
  field(): boolean {
    return true
  }
  wantsText(): boolean {
    return false
  }
  setText(): void {}
  endRow(): boolean {
    return true
  }
}

export interface CsvScan {
  sha256: string
  size: number
  profile: TableProfile
}

/**
 * Receives the raw bytes of the header and of every row the profile keeps (a time cut or a skip
 * set leaves rows out; blank lines are dropped). `bytes` is a view into the reader's buffer, valid
 * only during the call. `flush` is awaited after each chunk, so a slow writer holds the reader back.
 */
export interface RowSink {
  row(bytes: Buffer): void
  flush(): Promise<void>
}

/**
 * Receives every row as a one-byte string of its exact bytes (latin1: character n is byte n),
 * sliced from the chunk's string: no Buffer view per row, which made moving the rows of a small
 * file cost more than finding them. For files read in one chunk or few; a large file is cheaper
 * as bytes (RowSink), with no string per chunk.
 */
export interface TextRowSink {
  rowText(text: string): void
  flush(): Promise<void>
}

export interface ScanOptions extends ProfileOptions {
  /** Called after every chunk with the bytes read so far. */
  progress?: (bytes: number) => void
  rows?: RowSink
}

/** Read a CSV file once: its sha256, size and content profile. Bad input is an InputError with file and line. */
export async function scanCsvFile(file: string, options: ScanOptions = {}): Promise<CsvScan> {
  const { sha256, size, reader } = await readCsv(file, new CsvReader(file, options, options.rows), options)
  return { sha256, size, profile: reader.finish() }
}

/**
 * Hand every row of a CSV file to `rows`, split where the rows end (quoted line breaks minded), with
 * no profile: a third of the work of scanCsvFile, for a copy whose rows are only moved.
 */
export async function forEachCsvRow(
  file: string,
  options: { rows: RowSink | TextRowSink; progress?: (bytes: number) => void }
): Promise<void> {
  const { reader } = await readCsv(file, new CsvReader(file, {}, options.rows, false), options)
  reader.end()
}

async function readCsv(
  file: string,
  reader: CsvReader,
  options: { rows?: { flush(): Promise<void> }; progress?: (bytes: number) => void }
): Promise<{ sha256: string; size: number; reader: CsvReader }> {
  const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new InputError('data file not found', { file })
    throw new InputError(`cannot open the data file: ${error.message}`, { file })
  })
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) throw new InputError('expected a data file, found a folder', { file })
    const sha = createHash('sha256')
    // A small file gets a buffer its size (plus one byte, so the end of file is read in the same
    // loop), not a whole chunk: less memory for the collector to account for.
    let buf = Buffer.allocUnsafe(Math.min(CHUNK, stat.size + 1))
    let carry = 0
    let size = 0
    for (;;) {
      if (carry === buf.length) {
        if (buf.length >= MAX_ROW) {
          throw new InputError(`a row longer than ${MAX_ROW >> 20} MiB: probably an unbalanced quote`, {
            file,
            line: reader.line
          })
        }
        const bigger = Buffer.allocUnsafe(buf.length * 2)
        buf.copy(bigger, 0, 0, carry)
        buf = bigger
      }
      const { bytesRead } = await handle.read(buf, carry, buf.length - carry, null)
      if (bytesRead > 0) sha.update(buf.subarray(carry, carry + bytesRead))
      if (size === 0 && bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        throw new InputError('the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM', {
          file,
          line: 1
        })
      }
      size += bytesRead
      const end = carry + bytesRead
      const pos = reader.consume(buf, end, bytesRead === 0)
      await options.rows?.flush()
      options.progress?.(size)
      if (bytesRead === 0) break
      carry = end - pos
      if (carry > 0 && pos > 0) buf.copy(buf, 0, pos, end)
    }
    return { sha256: sha.digest('hex'), size, reader }
  } finally {
    await handle.close()
  }
}

class CsvReader {
  /** Line where the next row starts (1-based). */
  line = 1
  private header = new HeaderSink()
  /** What the rows after the header go to: the profiler, or a PassSink when not profiling. */
  private body?: Sink
  private profiler?: Profiler
  private scratch = Buffer.allocUnsafe(1 << 16)
  private lf = 0
  private crlf = 0
  /** Did the last row read count (not a blank line, not left out by the profile)? */
  private kept = false

  private readonly rows?: RowSink
  private readonly textRows?: TextRowSink

  constructor(
    private readonly file: string,
    private readonly options: ProfileOptions,
    rows?: RowSink | TextRowSink,
    private readonly profiling = true
  ) {
    if (rows && 'rowText' in rows) this.textRows = rows
    else this.rows = rows
  }

  /** Read every complete row of `buf[0, end)`; returns where the first incomplete row starts. */
  consume(buf: Buffer, end: number, eof: boolean): number {
    let pos = 0
    const data = buf.subarray(0, end)
    this.nextQuote = this.nextCr = -2
    this.text = undefined
    while (pos < end) {
      const sink: Sink = this.body ?? this.header
      let next = sink instanceof PassSink ? this.plainRow(data, pos) : -2
      if (next === -2) next = this.row(sink, buf, pos, end, eof)
      if (next < 0) break
      if (this.kept) {
        if (this.textRows) this.textRows.rowText(this.chunkText(data).slice(pos, next))
        else this.rows?.row(buf.subarray(pos, next))
      }
      pos = next
      if (!this.body && this.header.done) this.startProfile()
    }
    if (eof && pos < end)
      throw new InputError('malformed CSV at the end of the file', { file: this.file, line: this.line })
    return pos
  }

  /** Next quote and CR at or after the last search in this chunk (-1: none; -2: not searched). */
  private nextQuote = -2
  private nextCr = -2
  /** The chunk as a one-byte string (same offsets as the bytes), made when first needed. */
  private text?: string

  private chunkText(data: Buffer): string {
    return (this.text ??= data.toString('latin1'))
  }

  /**
   * When only row boundaries are wanted: the row's end is found without splitting it into fields,
   * as the first line break after an even number of quotes (a quoted line break stays inside its
   * row). Returns where the next row starts, or -2 to leave the row to row() (blank lines, a CR
   * that does not end the row, an unbalanced quote, the last row), which also says what is wrong
   * with a malformed one.
   */
  private plainRow(data: Buffer, pos: number): number {
    const first = data[pos]
    if (first === LF || first === CR) return -2
    if (this.nextCr !== -1 && this.nextCr < pos) this.nextCr = data.indexOf(CR, pos)
    const lf = this.textRows ? this.rowEndInText(data, pos) : this.rowEndInBytes(data, pos)
    if (lf < 0) return -2
    if (this.nextCr >= 0 && this.nextCr < lf - 1) return -2
    if (data[lf - 1] === CR) this.crlf++
    else this.lf++
    // Quoted line breaks inside the row count as lines too.
    for (let at = data.indexOf(LF, pos); at >= 0 && at < lf; at = data.indexOf(LF, at + 1)) this.line++
    this.line++
    this.kept = true
    return lf + 1
  }

  /**
   * The row's line break, by a regular expression over the chunk's string: native code from the
   * first row, where a byte loop runs interpreted for most of a small file. Rows handed on as text
   * come from that string anyway. -1: none in this chunk.
   */
  private rowEndInText(data: Buffer, pos: number): number {
    ROW_END.lastIndex = pos
    try {
      return ROW_END.test(this.chunkText(data)) ? ROW_END.lastIndex - 1 : -1
    } catch {
      return -1 // the engine's backtracking limit, on a pathological row: the byte reader decides
    }
  }

  /**
   * The row's line break, by the parity of the quotes before it: once compiled, the fastest way
   * through a large file, with no string per chunk. -1: none in this chunk.
   */
  private rowEndInBytes(data: Buffer, pos: number): number {
    let from = pos
    let inQuotes = false
    for (;;) {
      const lf = data.indexOf(LF, from)
      if (lf < 0) return -1
      if (this.nextQuote !== -1 && this.nextQuote < from) this.nextQuote = data.indexOf(QUOTE, from)
      if (this.nextQuote >= 0 && this.nextQuote < lf) {
        for (let i = this.nextQuote; i < lf; i++) if (data[i] === QUOTE) inQuotes = !inQuotes
        this.nextQuote = -2
      }
      if (!inQuotes) return lf
      from = lf + 1
    }
  }

  /** The file is read: it had a header. */
  end(): void {
    if (!this.body) throw new InputError('empty CSV file: no header row', { file: this.file, line: 1 })
  }

  finish(): TableProfile {
    this.end()
    if (!this.profiler) throw new Error('finish() of a CSV reader that did not profile')
    const profile = this.profiler.result()
    profile.newline = this.lf && this.crlf ? 'mixed' : this.crlf ? 'crlf' : this.lf ? 'lf' : 'none'
    return profile
  }

  private startProfile(): void {
    const names = this.header.names
    checkHeader(names, this.file)
    if (!this.profiling) {
      this.body = new PassSink()
      return
    }
    try {
      this.body = this.profiler = new Profiler(names, this.options)
    } catch (error) {
      if (error instanceof RowProblem) throw new InputError(error.message, { file: this.file, line: 1 })
      throw error
    }
  }

  /**
   * One row starting at `pos`: its fields go to the sink, then the row is closed. Returns the
   * position after the row, or -1 when the row does not end inside the buffer yet.
   */
  private row(sink: Sink, buf: Buffer, pos: number, end: number, eof: boolean): number {
    let i = pos
    let col = 0
    let lines = 0
    let nextLf = pos - 1
    sink.resetRow()
    this.kept = false
    // An empty line is skipped, as csv-parse does.
    if (buf[i] === LF || buf[i] === CR) {
      if (buf[i] === CR) {
        if (i + 1 >= end && !eof) return -1
        i += i + 1 < end && buf[i + 1] === LF ? 2 : 1
      } else i++
      this.line++
      return i
    }
    for (;;) {
      if (i < end && buf[i] === QUOTE) {
        const start = i + 1
        let j = start
        let escaped = false
        let close: number
        for (;;) {
          const k = buf.indexOf(QUOTE, j)
          if (k < 0 || k >= end) {
            if (eof) throw this.problem('a quoted field is never closed (unbalanced quote)', lines)
            return -1
          }
          if (k + 1 >= end && !eof) return -1
          if (k + 1 < end && buf[k + 1] === QUOTE) {
            escaped = true
            j = k + 2
            continue
          }
          close = k
          break
        }
        // Line breaks inside quotes count for the line numbers; the next one is looked up once per row.
        if (nextLf >= 0 && nextLf < start) nextLf = buf.indexOf(LF, start)
        while (nextLf >= 0 && nextLf < close) {
          lines++
          nextLf = buf.indexOf(LF, nextLf + 1)
        }
        let ok: boolean
        if (escaped) {
          const len = this.unescape(buf, start, close)
          ok = sink.field(col, this.scratch, 0, len)
          if (ok && sink.wantsText(col)) sink.setText(col, this.scratch.toString('utf8', 0, len))
        } else {
          ok = sink.field(col, buf, start, close)
          if (ok && sink.wantsText(col)) sink.setText(col, buf.toString('utf8', start, close))
        }
        if (!ok) throw this.problem(`invalid UTF-8 in field ${col + 1}`, lines)
        i = close + 1
        if (i < end && buf[i] !== COMMA && buf[i] !== LF && buf[i] !== CR) {
          throw this.problem(
            'a quote inside a field or text after a closing quote (invalid closing quote)',
            lines
          )
        }
      } else {
        let j = i
        while (j < end) {
          const b = buf[j]
          if (b === COMMA || b === LF || b === CR || b === QUOTE) break
          j++
        }
        if (j >= end && !eof) return -1
        if (j < end && buf[j] === QUOTE)
          throw this.problem('a quote inside an unquoted field (unbalanced quote)', lines)
        if (!sink.field(col, buf, i, j)) throw this.problem(`invalid UTF-8 in field ${col + 1}`, lines)
        if (sink.wantsText(col)) sink.setText(col, buf.toString('utf8', i, j))
        i = j
      }
      if (i < end && buf[i] === COMMA) {
        i++
        col++
        continue
      }
      break
    }
    // End of the row: LF, CRLF, a lone CR, or the end of the file.
    if (i < end) {
      if (buf[i] === CR) {
        if (i + 1 >= end && !eof) return -1
        if (i + 1 < end && buf[i + 1] === LF) {
          this.crlf++
          i += 2
        } else i++
      } else {
        this.lf++
        i++
      }
    }
    try {
      this.kept = sink.endRow()
    } catch (error) {
      if (error instanceof RowProblem) throw this.problem(error.message, 0)
      throw error
    }
    this.line += lines + 1
    return i
  }

  private unescape(buf: Buffer, start: number, close: number): number {
    if (this.scratch.length < close - start) this.scratch = Buffer.allocUnsafe(2 * (close - start))
    let n = 0
    for (let k = start; k < close; k++) {
      this.scratch[n++] = buf[k]
      if (buf[k] === QUOTE) k++
    }
    return n
  }

  private problem(message: string, extraLines: number): InputError {
    return new InputError(`malformed CSV: ${message}`, { file: this.file, line: this.line + extraLines })
  }
}
