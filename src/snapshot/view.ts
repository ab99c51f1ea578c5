import { createWriteStream, promises as fs, type WriteStream } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ParquetWriter } from 'hyparquet-writer'
import type { SchemaElement } from 'hyparquet'
import seedrandom from 'seedrandom'
import type { SnapshotEntryConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { relativePosix } from '../core/files.js'
import { entryFiles, type SnapshotContext } from './describe.js'
import { formatOf } from './entries.js'
import { progressFor } from './progress.js'
import { forEachCsvRow, scanCsvFile, type RowSink, type TextRowSink } from './scan-csv.js'

// The folder a pipeline reads its snapshot from ($REPRO_DATA_DIR, the built-in engine's data).
// When every entry is a local file read as it is, that is the config's own folder. Otherwise it is
// an overlay of the repository in a scratch folder: links to everything as it is, except that a
// url entry's verified copy sits at its save_as path, a time-cut entry holds only the pinned rows,
// and for the row-order run every CSV entry holds its rows in a seeded random order.

export interface DataView {
  /** The folder the pipeline reads: entries are at their configured paths relative to it. */
  dir: string
  /** Files a shuffle left in their order (Parquet), counted so the run can say so. */
  unshuffled: number
  /** Remove the scratch folder (nothing to do when the view is the config's folder). */
  cleanup(): Promise<void>
}

export interface DataViewOptions {
  /** Shuffle the rows of every CSV entry with a generator seeded by this and the file's path. */
  shuffleSeed?: string
  /** Size of the shuffle's bucket files (default 16 MiB); small in tests to exercise several. */
  bucketBytes?: number
  /** Files up to this size are shuffled in memory (default 8 MiB); 0 in tests to use bucket files. */
  inMemoryBytes?: number
  /**
   * Always make a scratch view (a run of its own, at another path), and make it hold for scripts
   * that resolve their own path: the config's folder is mirrored with real folders, its small
   * files copied (so `realpath(__file__)` stays inside the view), larger ones linked one by one.
   * Folders under `linkWhole` (the report folder, caches) are linked as they are.
   */
  isolate?: { linkWhole: string[] }
}

/** A file of the view that is not the repository's own: where it goes and how it is made. */
interface Override {
  /** Path relative to the repository root. */
  rel: string
  source: string
  /** The key that errors name: the entry's path or url. */
  shown: string
  format: 'csv' | 'parquet'
  entry: SnapshotEntryConfig
  cut: boolean
  shuffle: boolean
}

/** Build the data view for one run; the caller removes it with cleanup() when the run is over. */
export async function prepareDataView(
  ctx: SnapshotContext,
  options: DataViewOptions = {}
): Promise<DataView> {
  const { config } = ctx
  const root = config.snapshot.root
  const overrides: Override[] = []
  let unshuffled = 0
  for (const entry of config.snapshot.entries) {
    for (const file of await entryFiles(ctx, entry)) {
      const format = formatOf(file.key, entry.format)
      const shuffle = options.shuffleSeed !== undefined && format === 'csv'
      if (options.shuffleSeed !== undefined && !shuffle) unshuffled++
      const cut = entry.asOf !== undefined
      if (entry.kind !== 'url' && !cut && !shuffle) continue
      const local = entry.kind === 'url' ? (entry.saveAs as string) : file.key
      overrides.push({
        rel: relativePosix(root, path.resolve(config.dir, local)),
        source: file.abs,
        shown: entry.kind === 'url' ? entry.path : file.abs,
        format,
        entry,
        cut,
        shuffle
      })
    }
  }
  if (overrides.length === 0 && !options.isolate)
    return { dir: config.dir, unshuffled, cleanup: async () => {} }

  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-data-'))
  const cleanup = (): Promise<void> => fs.rm(scratch, { recursive: true, force: true })
  try {
    const view = path.join(scratch, 'view')
    const mirror = options.isolate && {
      rel: relativePosix(root, config.dir),
      linkWhole: new Set(options.isolate.linkWhole.map(p => relativePosix(root, p)))
    }
    await overlay(root, view, overrides, mirror || undefined)
    for (const o of overrides) await writeOverride(o, path.join(view, o.rel), scratch, options)
    return { dir: path.join(view, path.relative(root, config.dir)), unshuffled, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** Files up to this size inside a mirrored folder are copied rather than linked. */
const COPY_BYTES = 256 * 1024
/** Entries a mirror makes real (folders, copies) before it falls back to linking. */
const MIRROR_BUDGET = 20_000
/** Folders a mirror links whole: version control, installed packages, caches. */
const LINKED_NAMES = new Set(['.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '__pycache__'])

interface Mirror {
  /** The folder to mirror, relative to the root ('' for the root itself). */
  rel: string
  /** Folders, relative to the root, linked whole. */
  linkWhole: Set<string>
}

/**
 * Mirror `root` into `view` with links, making real folders only along the paths of the
 * overridden files, so those can be written without touching the repository; with `mirror`, the
 * config's folder is made of real folders and copies too (see DataViewOptions.isolate).
 */
async function overlay(root: string, view: string, overrides: Override[], mirror?: Mirror): Promise<void> {
  const files = new Set(overrides.map(o => o.rel))
  const along = new Set<string>([''])
  const addAncestors = (rel: string): void => {
    for (let d = rel; d !== '.' && d !== ''; d = path.posix.dirname(d)) along.add(d)
  }
  for (const rel of files) addAncestors(path.posix.dirname(rel))
  if (mirror) addAncestors(mirror.rel)
  let budget = MIRROR_BUDGET
  const inMirror = (rel: string): boolean =>
    mirror !== undefined && (mirror.rel === '' || rel === mirror.rel || rel.startsWith(`${mirror.rel}/`))

  const fill = async (folder: string): Promise<void> => {
    await fs.mkdir(path.join(view, folder), { recursive: true })
    let names: string[]
    try {
      names = await fs.readdir(path.join(root, folder))
    } catch {
      names = [] // a save_as folder that the repository does not have
    }
    for (const name of names.sort()) {
      const rel = folder ? `${folder}/${name}` : name
      if (files.has(rel)) continue
      if (along.has(rel)) {
        await fill(rel)
        continue
      }
      const source = path.join(root, rel)
      if (inMirror(rel) && budget > 0 && !LINKED_NAMES.has(name) && !mirror?.linkWhole.has(rel)) {
        const stat = await fs.lstat(source)
        budget--
        if (stat.isDirectory()) {
          await fill(rel)
          continue
        }
        if (stat.isFile() && stat.size <= COPY_BYTES) {
          await fs.copyFile(source, path.join(view, rel))
          continue
        }
      }
      await link(source, path.join(view, rel))
    }
  }
  await fill('')
}

async function link(target: string, at: string): Promise<void> {
  const isFolder = (await fs.stat(target).catch(() => undefined))?.isDirectory() ?? false
  try {
    await fs.symlink(target, at, isFolder && process.platform === 'win32' ? 'junction' : undefined)
  } catch (error) {
    // Windows without the right to make file links: a copy reads the same.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM' || isFolder) throw error
    await fs.copyFile(target, at)
  }
}

async function writeOverride(
  o: Override,
  target: string,
  scratch: string,
  options: DataViewOptions
): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  try {
    if (!o.cut && !o.shuffle) await link(o.source, target)
    else if (o.format === 'csv') await writeCsv(o, target, scratch, options)
    else await writeParquetCut(o, target)
  } catch (error) {
    // Errors about a downloaded copy name the url, not the cache file.
    if (error instanceof InputError && error.file === o.source && o.shown !== o.source)
      throw new InputError(error.message, { file: o.shown, line: error.line })
    throw error
  }
}

async function progressOf(o: Override, verb: string): Promise<((bytes: number) => void) | undefined> {
  return progressFor(`${verb} ${o.shown === o.source ? o.rel : o.shown}`, (await fs.stat(o.source)).size)
}

function asOfOption(entry: SnapshotEntryConfig): { column: string; untilMs: number } | undefined {
  return entry.asOf ? { column: entry.asOf.column, untilMs: entry.asOf.untilMs } : undefined
}

/** A CSV entry with the time cut applied and/or its rows shuffled; kept rows keep their bytes. */
async function writeCsv(
  o: Override,
  target: string,
  scratch: string,
  options: DataViewOptions
): Promise<void> {
  const out = createWriteStream(target)
  const size = (await fs.stat(o.source)).size
  const bucketBytes = options.bucketBytes ?? BUCKET_BYTES
  const seed = `${options.shuffleSeed}:${o.rel}`
  const inMemory = size <= Math.min(bucketBytes, options.inMemoryBytes ?? IN_MEMORY_BYTES)
  const shuffle = !o.shuffle
    ? undefined
    : inMemory
      ? new MemoryShuffleSink(out, seed)
      : new ShuffleSink(out, path.join(scratch, 'buckets', o.rel), seed, Math.ceil(size / bucketBytes))
  const sink = shuffle ?? new CopySink(out)
  try {
    const progress = await progressOf(o, o.shuffle ? 'shuffling' : 'cutting')
    // The time cut needs the profile's reading of the time column; a shuffle only moves rows.
    const asOf = asOfOption(o.entry)
    if (asOf) await scanCsvFile(o.source, { asOf, rows: sink, progress })
    else if (shuffle) await forEachCsvRow(o.source, { rows: shuffle, progress })
    else throw new Error('a CSV copy that neither cuts nor shuffles') // writeOverride links those
    await sink.finish()
  } finally {
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
  }
}

/** Bytes gathered in one reused buffer that grows as needed: no object per row. */
class Staging {
  buffer = Buffer.allocUnsafeSlow(1 << 12)
  length = 0

  /** Room for `bytes` more. */
  private reserve(bytes: number): void {
    const need = this.length + bytes
    if (need <= this.buffer.length) return
    const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.buffer.length))
    this.buffer.copy(bigger, 0, 0, this.length)
    this.buffer = bigger
  }

  /** Append `src[start, end)`, after its length as 4 bytes when `withLength`. */
  append(src: Buffer, withLength: boolean, start = 0, end = src.length): void {
    this.reserve(end - start + (withLength ? 4 : 0))
    if (withLength) this.length = this.buffer.writeUInt32LE(end - start, this.length)
    this.length += src.copy(this.buffer, this.length, start, end)
  }

  get bytes(): Buffer {
    return this.buffer.subarray(0, this.length)
  }
}

/** Write `bytes` and wait until the stream is done with them, so their buffer can be reused. */
function writeFully(out: WriteStream, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => out.write(bytes, error => (error ? reject(error) : resolve())))
}

/** Writes the rows in the order they are read, a chunk at a time. */
class CopySink implements RowSink {
  private readonly staged = new Staging()

  constructor(private readonly out: WriteStream) {}

  row(bytes: Buffer): void {
    this.staged.append(bytes, false)
  }

  async flush(): Promise<void> {
    if (this.staged.length) await writeFully(this.out, this.staged.bytes)
    this.staged.length = 0
  }

  finish(): Promise<void> {
    return this.flush()
  }
}

/** Rows of a bucket file are stored after a 4-byte length. */
const BUCKET_BYTES = 16 << 20
/** Files up to this size are shuffled in memory, as strings, with no bucket file. */
const IN_MEMORY_BYTES = 8 << 20

/**
 * A seeded shuffle whose memory does not grow with the file: each row goes to a random bucket file
 * (about 16 MiB each), then every bucket is read back and shuffled in memory. Random buckets plus a
 * random order within each give a uniformly random order of the whole file.
 */
class ShuffleSink implements RowSink {
  private readonly random: () => number
  private readonly buckets: Staging[]
  /** Bytes written to each bucket file. */
  private readonly sizes: number[]
  private header?: Buffer
  private lastNewline = Buffer.from('\n')

  constructor(
    private readonly out: WriteStream,
    private readonly dir: string,
    seed: string,
    count: number
  ) {
    this.random = seedrandom(seed)
    this.buckets = Array.from({ length: Math.max(1, count) }, () => new Staging())
    this.sizes = new Array<number>(this.buckets.length).fill(0)
  }

  row(bytes: Buffer): void {
    if (!this.header) {
      this.header = Buffer.from(bytes)
      this.lastNewline = Buffer.from(bytes.toString('latin1').endsWith('\r\n') ? '\r\n' : '\n')
      return
    }
    this.buckets[Math.floor(this.random() * this.buckets.length)].append(bytes, true)
  }

  /** Append the staged rows to the bucket files: those over their share of 8 MiB, or all. */
  async flush(all = false): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true })
    const share = Math.max(1 << 14, (8 << 20) / this.buckets.length)
    for (const [b, staged] of this.buckets.entries()) {
      if (staged.length === 0 || (!all && staged.length < share)) continue
      this.sizes[b] += staged.length
      await fs.appendFile(path.join(this.dir, `${b}`), staged.bytes)
      staged.length = 0
    }
  }

  async finish(): Promise<void> {
    await this.flush(true)
    if (this.header) await writeFully(this.out, withNewline(this.header, this.lastNewline))
    const output = new Staging()
    // One buffer, as large as the largest bucket, is read into for every bucket.
    const buffer = Buffer.allocUnsafeSlow(Math.max(...this.sizes))
    for (let b = 0; b < this.buckets.length; b++) {
      if (this.sizes[b] === 0) continue
      const file = path.join(this.dir, `${b}`)
      const handle = await fs.open(file, 'r')
      try {
        await handle.read(buffer, 0, this.sizes[b], 0)
      } finally {
        await handle.close()
      }
      await this.writeShuffled(buffer.subarray(0, this.sizes[b]), output)
      await fs.rm(file, { force: true })
    }
  }

  /** The rows of one bucket (each after its 4-byte length), in a seeded random order. */
  private async writeShuffled(data: Buffer, output: Staging): Promise<void> {
    let count = 0
    for (let at = 0; at < data.length; at += 4 + data.readUInt32LE(at)) count++
    const starts = new Uint32Array(count)
    for (let at = 0, k = 0; at < data.length; at += 4 + data.readUInt32LE(at)) starts[k++] = at
    shuffleInPlace(starts, this.random)
    // Rows are copied into one reused output buffer, written each time it holds about 1 MiB.
    for (const at of starts) {
      const end = at + 4 + data.readUInt32LE(at)
      output.append(data, false, at + 4, end)
      // The file's last row may end without a line break; in the middle it needs one.
      const last = data[end - 1]
      if (last !== 10 && last !== 13) output.append(this.lastNewline, false)
      if (output.length >= 1 << 20) {
        await writeFully(this.out, output.bytes)
        output.length = 0
      }
    }
    if (output.length) await writeFully(this.out, output.bytes)
    output.length = 0
  }
}

/**
 * The same shuffle for a small file, kept as one list of row strings (latin1, byte for byte) and
 * written at once: no bucket file and no Buffer per row. It makes the random draws of one bucket
 * file, so its order is the one the bucket files would give.
 */
class MemoryShuffleSink implements RowSink, TextRowSink {
  private readonly random: () => number
  /** The rows, each ending in a line break. */
  private readonly texts: string[] = []
  private header?: string
  private lastNewline = '\n'

  constructor(
    private readonly out: WriteStream,
    seed: string
  ) {
    this.random = seedrandom(seed)
  }

  /** Rows of the time-cut reader, which hands out bytes. */
  row(bytes: Buffer): void {
    this.rowText(bytes.toString('latin1'))
  }

  rowText(text: string): void {
    if (this.header === undefined) {
      this.header = text
      this.lastNewline = text.endsWith('\r\n') ? '\r\n' : '\n'
      return
    }
    this.random() // the draw of a bucket, as with one bucket file
    // The file's last row may end without a line break; moved into the middle it needs one.
    const last = text.charCodeAt(text.length - 1)
    this.texts.push(last === 10 || last === 13 ? text : text + this.lastNewline)
  }

  async flush(): Promise<void> {}

  async finish(): Promise<void> {
    if (this.header === undefined) return
    const header = Buffer.from(this.header, 'latin1')
    await writeFully(this.out, withNewline(header, Buffer.from(this.lastNewline)))
    shuffleInPlace(this.texts, this.random)
    if (this.texts.length) await writeFully(this.out, Buffer.from(this.texts.join(''), 'latin1'))
  }
}

/** The header may be the last line of the file, without a line break. */
function withNewline(line: Buffer, newline: Buffer): Buffer {
  const last = line[line.length - 1]
  return last === 10 || last === 13 ? line : Buffer.concat([line, newline])
}

/** Fisher–Yates from the last element down, with the seeded generator. */
function shuffleInPlace<T>(items: { length: number; [i: number]: T }, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = items[i]
    items[i] = items[j]
    items[j] = t
  }
}

/**
 * A Parquet entry with the time cut applied: the kept rows of each row group are written as a row
 * group of the copy, with the source's schema, so column types and names stay as they were.
 */
async function writeParquetCut(o: Override, target: string): Promise<void> {
  // The Parquet reader and writer are loaded only for Parquet entries.
  const { profileParquet } = await import('./parquet.js')
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer')
  let writer: ParquetWriter | undefined
  let schema: SchemaElement[] = []
  await profileParquet(o.source, {
    progress: await progressOf(o, 'cutting'),
    asOf: asOfOption(o.entry),
    rows: {
      start(metadata) {
        schema = metadata.schema
        const root = schema[0]
        if (schema.length !== (root.num_children ?? 0) + 1)
          throw new InputError('a time cut of a Parquet file with nested columns is not supported', {
            file: o.source
          })
        writer = new ParquetWriter({ writer: fileWriter(target), schema, createdBy: 'repro-audit' })
      },
      async rows(kept) {
        if (!writer || kept.length === 0) return
        const columnData = schema.slice(1).map((element, c) => ({
          name: element.name,
          data: kept.map(row => row[c])
        }))
        await writer.write({ columnData, rowGroupSize: kept.length })
      }
    }
  })
  writer?.finish()
}
