import { promises, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { s as seedrandom } from './cli-index3.js';
import { f as relativePosix, I as InputError } from './cli-commands.js';
import { e as entryFiles, f as formatOf, c as scanCsvFile, g as forEachCsvRow, p as progressFor } from './cli-describe.js';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:child_process';
import 'node:process';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:util';
import './cli-format.js';
import 'node:stream';
import 'node:stream/promises';

/** Build the data view for one run; the caller removes it with cleanup() when the run is over. */
async function prepareDataView(ctx, options = {}) {
    const { config } = ctx;
    const root = config.snapshot.root;
    const overrides = [];
    let unshuffled = 0;
    for (const entry of config.snapshot.entries) {
        for (const file of await entryFiles(ctx, entry)) {
            const format = formatOf(file.key, entry.format);
            const shuffle = options.shuffleSeed !== undefined && format === 'csv';
            if (options.shuffleSeed !== undefined && !shuffle)
                unshuffled++;
            const cut = entry.asOf !== undefined;
            if (entry.kind !== 'url' && !cut && !shuffle)
                continue;
            const local = entry.kind === 'url' ? entry.saveAs : file.key;
            overrides.push({
                rel: relativePosix(root, path.resolve(config.dir, local)),
                source: file.abs,
                shown: entry.kind === 'url' ? entry.path : file.abs,
                format,
                entry,
                cut,
                shuffle
            });
        }
    }
    if (overrides.length === 0 && !options.isolate)
        return { dir: config.dir, unshuffled, cleanup: async () => { } };
    const scratch = await promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-data-'));
    const cleanup = () => promises.rm(scratch, { recursive: true, force: true });
    try {
        const view = path.join(scratch, 'view');
        const mirror = options.isolate && {
            rel: relativePosix(root, config.dir),
            linkWhole: new Set(options.isolate.linkWhole.map(p => relativePosix(root, p)))
        };
        await overlay(root, view, overrides, mirror || undefined);
        for (const o of overrides)
            await writeOverride(o, path.join(view, o.rel), scratch, options);
        return { dir: path.join(view, path.relative(root, config.dir)), unshuffled, cleanup };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}
/** Files up to this size inside a mirrored folder are copied rather than linked. */
const COPY_BYTES = 256 * 1024;
/** Entries a mirror makes real (folders, copies) before it falls back to linking. */
const MIRROR_BUDGET = 20_000;
/** Folders a mirror links whole: version control, installed packages, caches. */
const LINKED_NAMES = new Set(['.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '__pycache__']);
/**
 * Mirror `root` into `view` with links, making real folders only along the paths of the
 * overridden files, so those can be written without touching the repository; with `mirror`, the
 * config's folder is made of real folders and copies too (see DataViewOptions.isolate).
 */
async function overlay(root, view, overrides, mirror) {
    const files = new Set(overrides.map(o => o.rel));
    const along = new Set(['']);
    const addAncestors = (rel) => {
        for (let d = rel; d !== '.' && d !== ''; d = path.posix.dirname(d))
            along.add(d);
    };
    for (const rel of files)
        addAncestors(path.posix.dirname(rel));
    if (mirror)
        addAncestors(mirror.rel);
    let budget = MIRROR_BUDGET;
    const inMirror = (rel) => mirror !== undefined && (mirror.rel === '' || rel === mirror.rel || rel.startsWith(`${mirror.rel}/`));
    const fill = async (folder) => {
        await promises.mkdir(path.join(view, folder), { recursive: true });
        let names;
        try {
            names = await promises.readdir(path.join(root, folder));
        }
        catch {
            names = []; // a save_as folder that the repository does not have
        }
        for (const name of names.sort()) {
            const rel = folder ? `${folder}/${name}` : name;
            if (files.has(rel))
                continue;
            if (along.has(rel)) {
                await fill(rel);
                continue;
            }
            const source = path.join(root, rel);
            if (inMirror(rel) && budget > 0 && !LINKED_NAMES.has(name) && !mirror?.linkWhole.has(rel)) {
                const stat = await promises.lstat(source);
                budget--;
                if (stat.isDirectory()) {
                    await fill(rel);
                    continue;
                }
                if (stat.isFile() && stat.size <= COPY_BYTES) {
                    await promises.copyFile(source, path.join(view, rel));
                    continue;
                }
            }
            await link(source, path.join(view, rel));
        }
    };
    await fill('');
}
async function link(target, at) {
    const isFolder = (await promises.stat(target).catch(() => undefined))?.isDirectory() ?? false;
    try {
        await promises.symlink(target, at, isFolder && process.platform === 'win32' ? 'junction' : undefined);
    }
    catch (error) {
        // Windows without the right to make file links: a copy reads the same.
        if (error.code !== 'EPERM' || isFolder)
            throw error;
        await promises.copyFile(target, at);
    }
}
async function writeOverride(o, target, scratch, options) {
    await promises.mkdir(path.dirname(target), { recursive: true });
    try {
        if (!o.cut && !o.shuffle)
            await link(o.source, target);
        else if (o.format === 'csv')
            await writeCsv(o, target, scratch, options);
        else
            await writeParquetCut(o, target);
    }
    catch (error) {
        // Errors about a downloaded copy name the url, not the cache file.
        if (error instanceof InputError && error.file === o.source && o.shown !== o.source)
            throw new InputError(error.message, { file: o.shown, line: error.line });
        throw error;
    }
}
async function progressOf(o, verb) {
    return progressFor(`${verb} ${o.shown === o.source ? o.rel : o.shown}`, (await promises.stat(o.source)).size);
}
function asOfOption(entry) {
    return entry.asOf ? { column: entry.asOf.column, untilMs: entry.asOf.untilMs } : undefined;
}
/** A CSV entry with the time cut applied and/or its rows shuffled; kept rows keep their bytes. */
async function writeCsv(o, target, scratch, options) {
    const out = createWriteStream(target);
    const sink = o.shuffle
        ? new ShuffleSink(out, path.join(scratch, 'buckets', o.rel), `${options.shuffleSeed}:${o.rel}`, Math.ceil((await promises.stat(o.source)).size / (options.bucketBytes ?? BUCKET_BYTES)))
        : new CopySink(out);
    try {
        const progress = await progressOf(o, o.shuffle ? 'shuffling' : 'cutting');
        // The time cut needs the profile's reading of the time column; a shuffle only moves rows.
        const asOf = asOfOption(o.entry);
        if (asOf)
            await scanCsvFile(o.source, { asOf, rows: sink, progress });
        else
            await forEachCsvRow(o.source, { rows: sink, progress });
        await sink.finish();
    }
    finally {
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
}
/** Bytes gathered in one reused buffer that grows as needed: no object per row. */
class Staging {
    buffer = Buffer.allocUnsafeSlow(1 << 12);
    length = 0;
    /** Append `src[start, end)`, after its length as 4 bytes when `withLength`. */
    append(src, withLength, start = 0, end = src.length) {
        const need = this.length + (end - start) + (withLength ? 4 : 0);
        if (need > this.buffer.length) {
            const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.buffer.length));
            this.buffer.copy(bigger, 0, 0, this.length);
            this.buffer = bigger;
        }
        if (withLength)
            this.length = this.buffer.writeUInt32LE(end - start, this.length);
        this.length += src.copy(this.buffer, this.length, start, end);
    }
    get bytes() {
        return this.buffer.subarray(0, this.length);
    }
}
/** Write `bytes` and wait until the stream is done with them, so their buffer can be reused. */
function writeFully(out, bytes) {
    return new Promise((resolve, reject) => out.write(bytes, error => (error ? reject(error) : resolve())));
}
/** Writes the rows in the order they are read, a chunk at a time. */
class CopySink {
    out;
    staged = new Staging();
    constructor(out) {
        this.out = out;
    }
    row(bytes) {
        this.staged.append(bytes, false);
    }
    async flush() {
        if (this.staged.length)
            await writeFully(this.out, this.staged.bytes);
        this.staged.length = 0;
    }
    finish() {
        return this.flush();
    }
}
/** Rows of a bucket file are stored after a 4-byte length. */
const BUCKET_BYTES = 16 << 20;
/**
 * A seeded shuffle whose memory does not grow with the file: each row goes to a random bucket file
 * (about 16 MiB each), then every bucket is read back and shuffled in memory. Random buckets plus a
 * random order within each give a uniformly random order of the whole file.
 */
class ShuffleSink {
    out;
    dir;
    random;
    buckets;
    /** Bytes written to each bucket file. */
    sizes;
    header;
    lastNewline = Buffer.from('\n');
    constructor(out, dir, seed, count) {
        this.out = out;
        this.dir = dir;
        this.random = seedrandom(seed);
        this.buckets = Array.from({ length: Math.max(1, count) }, () => new Staging());
        this.sizes = new Array(this.buckets.length).fill(0);
    }
    row(bytes) {
        if (!this.header) {
            this.header = Buffer.from(bytes);
            const lf = bytes.length > 0 && bytes[bytes.length - 1] === 10;
            this.lastNewline = Buffer.from(lf && bytes.length > 1 && bytes[bytes.length - 2] === 13 ? '\r\n' : '\n');
            return;
        }
        this.buckets[Math.floor(this.random() * this.buckets.length)].append(bytes, true);
    }
    /** Append the staged rows to the bucket files: those over their share of 8 MiB, or all. */
    async flush(all = false) {
        await promises.mkdir(this.dir, { recursive: true });
        const share = Math.max(1 << 14, (8 << 20) / this.buckets.length);
        for (const [b, staged] of this.buckets.entries()) {
            if (staged.length === 0 || (!all && staged.length < share))
                continue;
            this.sizes[b] += staged.length;
            await promises.appendFile(path.join(this.dir, `${b}`), staged.bytes);
            staged.length = 0;
        }
    }
    async finish() {
        // A file under the flush share with one bucket never went to disk: it is shuffled in place.
        const inMemory = this.buckets.length === 1 && this.sizes[0] === 0;
        if (!inMemory)
            await this.flush(true);
        if (this.header) {
            // The header may be the last line of the file, without a line break.
            const h = this.header;
            const ended = h[h.length - 1] === 10 || h[h.length - 1] === 13;
            await writeFully(this.out, ended ? h : Buffer.concat([h, this.lastNewline]));
        }
        const output = new Staging();
        if (inMemory) {
            await this.writeShuffled(this.buckets[0].bytes, output);
            return;
        }
        // One buffer, as large as the largest bucket, is read into for every bucket.
        const buffer = Buffer.allocUnsafeSlow(Math.max(...this.sizes));
        for (let b = 0; b < this.buckets.length; b++) {
            if (this.sizes[b] === 0)
                continue;
            const file = path.join(this.dir, `${b}`);
            const handle = await promises.open(file, 'r');
            try {
                await handle.read(buffer, 0, this.sizes[b], 0);
            }
            finally {
                await handle.close();
            }
            await this.writeShuffled(buffer.subarray(0, this.sizes[b]), output);
            await promises.rm(file, { force: true });
        }
    }
    /** The rows of one bucket (each after its 4-byte length), in a seeded random order. */
    async writeShuffled(data, output) {
        let count = 0;
        for (let at = 0; at < data.length; at += 4 + data.readUInt32LE(at))
            count++;
        const starts = new Uint32Array(count);
        for (let at = 0, k = 0; at < data.length; at += 4 + data.readUInt32LE(at))
            starts[k++] = at;
        for (let i = count - 1; i > 0; i--) {
            const j = Math.floor(this.random() * (i + 1));
            const t = starts[i];
            starts[i] = starts[j];
            starts[j] = t;
        }
        // Rows are copied into one reused output buffer, written each time it holds about 1 MiB.
        for (const at of starts) {
            const end = at + 4 + data.readUInt32LE(at);
            output.append(data, false, at + 4, end);
            // The file's last row may end without a line break; in the middle it needs one.
            const last = data[end - 1];
            if (last !== 10 && last !== 13)
                output.append(this.lastNewline, false);
            if (output.length >= 1 << 20) {
                await writeFully(this.out, output.bytes);
                output.length = 0;
            }
        }
        if (output.length)
            await writeFully(this.out, output.bytes);
        output.length = 0;
    }
}
/**
 * A Parquet entry with the time cut applied: the kept rows of each row group are written as a row
 * group of the copy, with the source's schema, so column types and names stay as they were.
 */
async function writeParquetCut(o, target) {
    // The Parquet reader and writer are loaded only for Parquet entries.
    const { profileParquet } = await import('./cli-parquet.js');
    const { ParquetWriter, fileWriter } = await import('./cli-node2.js');
    let writer;
    let schema = [];
    await profileParquet(o.source, {
        progress: await progressOf(o, 'cutting'),
        asOf: asOfOption(o.entry),
        rows: {
            start(metadata) {
                schema = metadata.schema;
                const root = schema[0];
                if (schema.length !== (root.num_children ?? 0) + 1)
                    throw new InputError('a time cut of a Parquet file with nested columns is not supported', {
                        file: o.source
                    });
                writer = new ParquetWriter({ writer: fileWriter(target), schema, createdBy: 'repro-audit' });
            },
            async rows(kept) {
                if (!writer || kept.length === 0)
                    return;
                const columnData = schema.slice(1).map((element, c) => ({
                    name: element.name,
                    data: kept.map(row => row[c])
                }));
                await writer.write({ columnData, rowGroupSize: kept.length });
            }
        }
    });
    writer?.finish();
}

export { prepareDataView };
