// The values of the locked rows, for showing changed cells (old → new) at verify. For a CSV entry
// with an id column the lock keeps, beside the row-hash sidecar, a gzip of the header and of the
// rows it pins, compressed while the file is read (memory does not grow with the file). It is kept
// only while the compressed copy stays within ROW_VALUES_LIMIT; above that the lock records why
// not. Verify reads the first few changed rows back from the copy and from the current file.
import { createReadStream, createWriteStream, promises as fs, type WriteStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { createGunzip, createGzip, type Gzip } from 'node:zlib'
import { InputError } from '../core/errors.js'
import { formatBytes } from '../core/format.js'
import type { SnapshotCell } from '../core/result.js'
import { scanCsv } from '../core/csv.js'
import type { RowSink } from './scan-csv.js'

/** Largest compressed copy of a file's locked rows the lock keeps (it is committed). */
export const ROW_VALUES_LIMIT = 2 << 20
/** Changed rows whose values verify reads back and shows. */
export const CELL_ROWS = 5
/** Longest value kept in a cell (the report cuts shorter still). */
export const MAX_CELL_TEXT = 200

/** Why a lock entry has no copy of its rows, when the copy went over the limit. */
export function overLimit(limit: number): string {
  return `the compressed copy of the locked rows is over ${formatBytes(limit)}`
}

/** The gzip header's operating-system byte: "unknown", so the bytes do not depend on the machine. */
const OS_BYTE = 9
const OS_UNKNOWN = 255

/**
 * Receives the header and the kept rows from the CSV scan and writes them gzipped to `file`.
 * Output beyond `limit` bytes is dropped and the file removed: finish() then returns false.
 */
export class RowValuesWriter implements RowSink {
  private readonly gzip: Gzip
  private readonly out: WriteStream
  private staged = Buffer.allocUnsafeSlow(1 << 16)
  private length = 0
  private written = 0
  private over = false
  private failure?: Error
  private draining?: Promise<void>

  constructor(
    readonly file: string,
    private readonly limit = ROW_VALUES_LIMIT
  ) {
    // Fixed parameters: identical rows give identical bytes (the header carries no time or name).
    this.gzip = createGzip({ level: 9, memLevel: 8, windowBits: 15, strategy: 0 })
    this.out = createWriteStream(file)
    const fail = (error: Error): void => void (this.failure ??= error)
    this.gzip.on('error', fail)
    this.out.on('error', fail)
    this.gzip.on('data', (chunk: Buffer) => {
      if (this.written <= OS_BYTE && this.written + chunk.length > OS_BYTE)
        chunk[OS_BYTE - this.written] = OS_UNKNOWN
      this.written += chunk.length
      if (this.written > this.limit) this.over = true
      if (this.over) return
      if (!this.out.write(chunk))
        this.draining ??= new Promise(resolve =>
          this.out.once('drain', () => {
            this.draining = undefined
            resolve()
          })
        )
    })
  }

  row(bytes: Buffer): void {
    if (this.over) return
    const need = this.length + bytes.length
    if (need > this.staged.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.staged.length))
      this.staged.copy(bigger, 0, 0, this.length)
      this.staged = bigger
    }
    this.length += bytes.copy(this.staged, this.length)
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure
    if (this.length && !this.over) {
      const chunk = this.staged.subarray(0, this.length)
      // The callback comes once zlib has taken the bytes, so the staging buffer can be reused.
      await new Promise<void>((resolve, reject) =>
        this.gzip.write(chunk, error => (error ? reject(error) : resolve()))
      )
    }
    this.length = 0
    await this.draining
  }

  /** Close the copy: true when it was kept, false when it went over the limit (and was removed). */
  async finish(): Promise<boolean> {
    await this.flush()
    await new Promise<void>((resolve, reject) => {
      this.gzip.once('end', resolve)
      this.gzip.once('error', reject)
      this.gzip.end()
    })
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
    if (this.failure) throw this.failure
    if (this.over) await fs.rm(this.file, { force: true })
    return !this.over
  }

  /** After a failed scan: close both streams and remove the partial copy. */
  async dispose(): Promise<void> {
    this.gzip.destroy()
    await new Promise<void>(resolve => this.out.destroy().once('close', () => resolve()))
    await fs.rm(this.file, { force: true })
  }
}

interface Rows {
  columns: string[]
  /** The first row of each wanted id, by id. */
  rows: Map<string, string[]>
}

/** The rows whose id is in `ids`, read from `input` (CSV text) with the project's CSV reader. */
async function readRows(file: string, input: Readable, idColumn: string, ids: Set<string>): Promise<Rows> {
  const found: Rows = { columns: [], rows: new Map() }
  let index = -1
  const done = new InputError('all found')
  try {
    await scanCsv(
      file,
      {
        header(names) {
          found.columns = names
          index = names.indexOf(idColumn)
          if (index < 0)
            throw new InputError(`the id column "${idColumn}" is not in the header`, { file, line: 1 })
        },
        row(fields) {
          const id = fields[index]
          if (ids.has(id) && !found.rows.has(id)) found.rows.set(id, fields)
          if (found.rows.size === ids.size) throw done
        }
      },
      input
    )
  } catch (error) {
    if (error !== done) throw error
  } finally {
    input.destroy()
  }
  return found
}

function cut(text: string): string {
  const chars = [...text]
  return chars.length > MAX_CELL_TEXT ? `${chars.slice(0, MAX_CELL_TEXT - 1).join('')}…` : text
}

/**
 * The cells that differ between the locked copy (`stored`, gzip) and the current file (`current`,
 * CSV) in the rows named by `ids`, in the order of `ids`, then of the columns. A copy that is
 * missing or cannot be read is an InputError naming it, as a missing row-hash sidecar is.
 */
export async function changedCells(
  stored: string,
  current: string,
  idColumn: string,
  ids: string[]
): Promise<{ cells: SnapshotCell[]; rows: number }> {
  const wanted = new Set(ids)
  try {
    await fs.access(stored)
  } catch {
    throw new InputError(
      'the copy of the locked rows named in the lock is missing; re-create it with `repro-audit lock`',
      { file: stored }
    )
  }
  let before: Rows
  try {
    const raw = createReadStream(stored)
    const gunzip = createGunzip()
    raw.on('error', error => gunzip.destroy(error))
    before = await readRows(stored, raw.pipe(gunzip), idColumn, wanted)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new InputError(
      `the copy of the locked rows cannot be read (${why}); re-create it with \`repro-audit lock\``,
      { file: stored }
    )
  }
  const after = await readRows(
    current,
    createReadStream(current, { highWaterMark: 1 << 20 }),
    idColumn,
    wanted
  )
  const cells: SnapshotCell[] = []
  let rows = 0
  for (const id of ids) {
    const old = before.rows.get(id)
    const now = after.rows.get(id)
    if (!old || !now) continue
    rows++
    after.columns.forEach((column, i) => {
      const was = old[before.columns.indexOf(column)] ?? ''
      if (was !== now[i]) cells.push({ id, column, old: cut(was), new: cut(now[i]) })
    })
  }
  return { cells, rows }
}
