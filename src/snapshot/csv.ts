import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { InputError } from '../core/errors.js'

export interface CsvRowHandler {
  header(columns: string[]): void
  row(fields: string[], line: number): void
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

function checkHeader(columns: string[], file: string): void {
  const seen = new Set<string>()
  columns.forEach((name, i) => {
    if (name.trim() === '')
      throw new InputError(`column ${i + 1} has an empty name in the header`, { file, line: 1 })
    if (seen.has(name))
      throw new InputError(`column "${name}" appears twice in the header`, { file, line: 1 })
    seen.add(name)
  })
}

function csvReason(e: Error & { code?: string }): string {
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return e.message
        .replace(/^Invalid Record Length: /, 'ragged row: ')
        .replace(/, got (\d+) on line \d+/, ', got $1')
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed (unbalanced quote)'
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside an unquoted field or after a closing quote'
    default:
      return e.message
  }
}
