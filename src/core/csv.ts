// The one CSV module: quoting, header checks, error wording and the readers every stage uses.
// The readers differ only in how they hold the data (streamed rows, a whole text, columns); the
// byte-level readers of the hot paths (snapshot/scan-csv.ts, compare/partition.ts) share the
// header check and the error wording from here.
import { createReadStream, promises as fs } from 'node:fs'
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { InputError } from './errors.js'

/**
 * A field as CSV writes it: quoted when it holds a quote, comma or line break. `edgeSpace` quotes
 * a field with a space at either end too, for readers that trim.
 */
export function csvField(value: string, options: { edgeSpace?: boolean } = {}): string {
  const needs = /[",\r\n]/.test(value) || (options.edgeSpace === true && value !== value.trim())
  return needs ? `"${value.replace(/"/g, '""')}"` : value
}

/** Every column name present and said once, or an InputError naming the column. */
export function checkHeader(columns: string[], file: string, line = 1): void {
  const seen = new Set<string>()
  columns.forEach((name, i) => {
    if (name.trim() === '')
      throw new InputError(`column ${i + 1} has an empty name in the header`, { file, line })
    if (seen.has(name)) throw new InputError(`column "${name}" appears twice in the header`, { file, line })
    seen.add(name)
  })
}

export interface CsvRowHandler {
  header(columns: string[]): void
  /** `raw` is the line's text when the reader has it (the plain fast path). */
  row(fields: string[], line: number, raw?: string): void
}

/**
 * Stream a CSV file through csv-parse, one row at a time. Malformed input (unbalanced quotes,
 * ragged rows, an empty file) becomes an InputError that names the file and the line.
 */
export async function scanCsv(
  file: string,
  handler: CsvRowHandler,
  /** The CSV text when it is not the file itself (a decompressed copy); `file` then names it in errors. */
  input: Readable = createReadStream(file, { highWaterMark: 1 << 20 })
): Promise<{ rows: number }> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: false, skip_empty_lines: true, info: true })
  )
  // pipe() does not pass errors on: a read error ends the parse with it.
  input.on('error', error => parser.destroy(error))
  let rows = 0
  let width = -1
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (width < 0) {
        width = record.record.length
        checkHeader(record.record, file)
        handler.header(record.record)
        continue
      }
      rows++
      handler.row(record.record, record.info.lines)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    const e = error as Error & { code?: string; lines?: number; column?: number }
    if (e.code === 'ENOENT') throw new InputError('data file not found', { file })
    if (e.code === 'EISDIR') throw new InputError('expected a data file, found a folder', { file })
    if (e.code?.startsWith('Z_')) throw new InputError(`damaged gzip data: ${e.message}`, { file })
    throw new InputError(`malformed CSV: ${csvReason(e)}`, { file, line: e.lines })
  }
  if (width < 0) throw new InputError('empty CSV file: no header row', { file, line: 1 })
  return { rows }
}

/**
 * Read a whole CSV file: text without a quote (ids and numbers, nearly always) is split on commas,
 * ten times faster than the full parser, which still reads every file that has a quote in it.
 */
export async function readCsvFile(file: string, handler: CsvRowHandler): Promise<void> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined)
  // A CR that ends no line (old Mac line endings) is left to the parser, which detects them.
  if (text !== undefined && text.length > 0 && !text.includes('"') && !/\r(?!\n)/.test(text))
    splitPlainCsv(text, file, handler)
  else await scanCsv(file, handler)
}

/** CSV text without quotes, split on line breaks and commas; blank lines are skipped. */
function splitPlainCsv(text: string, file: string, handler: CsvRowHandler): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  let width = -1
  lines.forEach((line, i) => {
    if (line === '') return
    const fields = line.split(',')
    if (width < 0) {
      width = fields.length
      checkHeader(fields, file)
      handler.header(fields)
      return
    }
    if (fields.length !== width)
      throw new InputError(`malformed CSV: ragged row: expected ${width} fields, got ${fields.length}`, {
        file,
        line: i + 1
      })
    handler.row(fields, i + 1, line)
  })
  if (width < 0) throw new InputError('empty CSV file: no header row', { file, line: 1 })
}

/**
 * CSV text parsed whole by csv-parse. Rows may differ in width (the caller checks, with its own
 * wording); a parse error is an InputError naming the file and the line, counted from `firstLine`.
 */
export function parseCsvText(text: string, file: string, firstLine = 1): string[][] {
  try {
    return parseCsvRecords(text, { ragged: true })
  } catch (error) {
    const e = error as Error & { lines?: number }
    throw new InputError(`malformed CSV: ${e.message}`, {
      file,
      line: e.lines === undefined ? firstLine : firstLine + e.lines - 1
    })
  }
}

/** csv-parse's records for `text`, its own errors unchanged; blank lines are skipped when `ragged`. */
export function parseCsvRecords(text: string, options: { ragged: boolean }): string[][] {
  return parseSync(
    text,
    options.ragged ? { relax_column_count: true, skip_empty_lines: true } : { relax_column_count: false }
  ) as string[][]
}

/** csv-parse's error, in the words the rest of the tool uses. */
function csvReason(e: Error & { code?: string }): string {
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      // In the words of the quote-free split, so a ragged row reads the same on either path.
      return e.message
        .replace(/^Invalid Record Length: /, 'ragged row: ')
        .replace(/expect (\d+), got (\d+) on line \d+/, 'expected $1 fields, got $2')
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (unbalanced quote)'
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside an unquoted field or after a closing quote'
    default:
      return e.message
  }
}

const QUOTE_CHAR = 34
const COMMA_CHAR = 44
const LF_CHAR = 10
const CR_CHAR = 13

/**
 * RFC 4180 CSV held in memory, column by column: one pass over the text, far quicker than a
 * streaming parser for the sizes a built-in pipeline trains on. Blank lines are skipped; a
 * ragged row or an unclosed quote is an InputError naming the line.
 */
export function parseCsvColumns(source: string, file: string): { names: string[]; raw: string[][] } {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const table = new ColumnTable(file)
  const n = text.length
  let fields: string[] = []
  let line = 1
  let rowLine = 1
  let i = 0
  while (i < n) {
    if (fields.length === 0) rowLine = line
    const field =
      text.charCodeAt(i) === QUOTE_CHAR
        ? quotedField(text, i, line, rowLine, file)
        : plainField(text, i, line, file)
    fields.push(field.value)
    line += field.lines
    i = field.end
    if (i >= n) break
    const c = text.charCodeAt(i)
    if (c === COMMA_CHAR) {
      i++
      if (i === n) fields.push('')
    } else {
      i += c === CR_CHAR && text.charCodeAt(i + 1) === LF_CHAR ? 2 : 1
      line++
      table.add(fields, rowLine)
      fields = []
    }
  }
  if (fields.length > 0) table.add(fields, rowLine)
  return table.result()
}

interface Field {
  value: string
  /** Index after the field. */
  end: number
  /** Line breaks inside the field. */
  lines: number
}

/** A quoted field starting at `i`: "" is a quote; it ends at the closing quote. */
function quotedField(text: string, i: number, line: number, rowLine: number, file: string): Field {
  let value = ''
  let lines = 0
  let start = ++i
  for (;;) {
    const q = text.indexOf('"', i)
    if (q < 0)
      throw new InputError('malformed CSV: a quoted field is never closed (unbalanced quote)', {
        file,
        line: rowLine
      })
    for (let k = i; k < q; k++) if (text.charCodeAt(k) === LF_CHAR) lines++
    if (text.charCodeAt(q + 1) === QUOTE_CHAR) {
      value += text.slice(start, q + 1)
      i = start = q + 2
      continue
    }
    value += text.slice(start, q)
    i = q + 1
    break
  }
  const c = text.charCodeAt(i)
  if (i < text.length && c !== COMMA_CHAR && c !== LF_CHAR && c !== CR_CHAR)
    throw new InputError('malformed CSV: a quote inside an unquoted field or after a closing quote', {
      file,
      line: line + lines
    })
  return { value, end: i, lines }
}

/** An unquoted field starting at `i`, up to the next comma or line break. */
function plainField(text: string, i: number, line: number, file: string): Field {
  let j = i
  while (j < text.length) {
    const d = text.charCodeAt(j)
    if (d === COMMA_CHAR || d === LF_CHAR || d === CR_CHAR) break
    if (d === QUOTE_CHAR)
      throw new InputError('malformed CSV: a quote inside an unquoted field or after a closing quote', {
        file,
        line
      })
    j++
  }
  return { value: text.slice(i, j), end: j, lines: 0 }
}

/** The rows of `parseCsvColumns`, gathered by column; the first row is the header. */
class ColumnTable {
  private names: string[] | undefined
  private raw: string[][] = []

  constructor(private readonly file: string) {}

  add(fields: string[], line: number): void {
    if (fields.length === 1 && fields[0] === '') return
    if (!this.names) {
      checkHeader(fields, this.file, line)
      this.names = fields
      this.raw = fields.map(() => [])
      return
    }
    if (fields.length !== this.names.length)
      throw new InputError(
        `malformed CSV: ragged row: expected ${this.names.length} fields, got ${fields.length}`,
        {
          file: this.file,
          line
        }
      )
    for (let k = 0; k < fields.length; k++) this.raw[k].push(fields[k])
  }

  result(): { names: string[]; raw: string[][] } {
    if (!this.names) throw new InputError('empty CSV file: no header row', { file: this.file, line: 1 })
    return { names: this.names, raw: this.raw }
  }
}
