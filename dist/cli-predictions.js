import { readSync, closeSync, fstatSync, openSync, rmSync, readFileSync, writeSync, statSync, promises, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { I as InputError } from './cli-commands.js';
import { w as worst } from './cli-index2.js';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { b as parseCsvText, c as checkHeader } from './cli-csv.js';
import { p as parseValue, d as diffCell, r as rowsById, j as joinById } from './cli-join.js';
import { d as describeTolerance } from './cli-tolerance.js';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:util';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';
import 'stream';

// Hash partitioning of a CSV file by one column, for a join whose memory does not grow with the
// file: every record goes to partition hash(id) % P, so the same id from two files lands in the
// same partition, and the join then holds one partition at a time. With P = 1 nothing is spilled.
const NL$1 = 10;
const CR = 13;
const QUOTE$1 = 34;
const COMMA$1 = 44;
const CHUNK = 8 << 20;
const SINK = 128 << 10;
/** The header record of a CSV file (after an optional BOM), checked for empty and repeated names. */
function readHeader(file) {
    const fd = openOrThrow(file);
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        const n = readSync(fd, buf, 0, buf.length, 0);
        if (n === 0)
            throw new InputError('empty CSV file: no header row', { file, line: 1 });
        const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
        const end = recordEnd(buf, start, n);
        if (end < 0 && n === buf.length)
            throw new InputError('the header row is longer than 1 MiB', { file, line: 1 });
        const stop = end < 0 ? n : end;
        const columns = parseCsvText(buf.toString('utf8', start, stop > start && buf[stop - 1] === CR ? stop - 1 : stop), file, 1)[0] ?? [];
        if (columns.length === 0 || (columns.length === 1 && columns[0] === ''))
            throw new InputError('empty CSV file: no header row', { file, line: 1 });
        checkHeader(columns, file);
        return { columns, dataStart: end < 0 ? n : end + 1 };
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Split a CSV file into `partitions` parts by the hash of column `idIndex`. Each record is stored
 * as its 1-based starting line, a comma, and the record's bytes, so errors found later still name
 * the line. Reads and writes are synchronous and in large blocks: this is the hot loop.
 */
function partitionFile(file, header, idIndex, partitions, spillDir, tag) {
    const sinks = Array.from({ length: partitions }, (_, p) => new Sink(partitions === 1 ? undefined : spillFile(spillDir, tag, p)));
    const counts = new Array(partitions).fill(0);
    const fd = openOrThrow(file);
    let rows = 0;
    let line = 2;
    try {
        // A buffer the size of the file when it is small: a fixed 8 MiB one cost more to allocate and
        // search (past the data) than a small prediction file costs to join.
        let buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(SINK, fstatSync(fd).size - header.dataStart + 1)));
        let filePos = header.dataStart;
        let carry = 0;
        for (;;) {
            const n = readSync(fd, buf, carry, buf.length - carry, filePos);
            filePos += n;
            const end = carry + n;
            const last = n === 0;
            // Searches stop at the data read: past it the buffer holds old bytes.
            const data = buf.subarray(0, end);
            let pos = 0;
            let nextQuote = data.indexOf(QUOTE$1, 0);
            while (pos < end) {
                let stop = data.indexOf(NL$1, pos);
                const quoted = nextQuote >= 0 && (stop < 0 || nextQuote < stop);
                if (quoted)
                    stop = recordEnd(data, pos, end);
                if (stop < 0) {
                    if (!last)
                        break;
                    stop = end;
                }
                const lines = quoted ? countNewlines(data, pos, stop) + 1 : 1;
                const recEnd = stop > pos && buf[stop - 1] === CR ? stop - 1 : stop;
                if (recEnd > pos) {
                    const hash = quoted
                        ? hashQuotedField(data, pos, recEnd, idIndex)
                        : hashField(data, pos, recEnd, idIndex);
                    const p = partitions === 1 ? 0 : hash % partitions;
                    sinks[p].record(line, buf, pos, recEnd);
                    counts[p]++;
                    rows++;
                }
                line += lines;
                pos = stop + 1;
                if (quoted)
                    nextQuote = data.indexOf(QUOTE$1, pos);
            }
            if (last)
                break;
            carry = end - pos;
            if (carry === buf.length) {
                // One record longer than the buffer: grow it rather than fail.
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            else if (carry > 0)
                buf.copy(buf, 0, pos, end);
        }
    }
    finally {
        closeSync(fd);
    }
    for (const s of sinks)
        s.close();
    return {
        file,
        partitions,
        counts,
        rows,
        read: p => sinks[p].bytes(),
        remove: () => sinks.forEach(s => s.remove())
    };
}
function spillFile(spillDir, tag, p) {
    return path.join(spillDir, `${tag}-${p}.part`);
}
/** A file partitioned elsewhere (by the worker) into spill files: the same interface, read from disk. */
function spilled(file, spillDir, tag, counts, rows) {
    const files = counts.map((_, p) => spillFile(spillDir, tag, p));
    return {
        file,
        partitions: counts.length,
        counts,
        rows,
        read: p => readFileSync(files[p]),
        remove: () => files.forEach(f => rmSync(f, { force: true }))
    };
}
/** Buffered appends to one partition: to its spill file, or kept in memory when there is none. */
class Sink {
    file;
    buf = Buffer.allocUnsafe(SINK);
    used = 0;
    fd;
    kept = [];
    constructor(file) {
        this.file = file;
        if (file)
            this.fd = openSync(file, 'w');
    }
    record(line, src, start, end) {
        const need = end - start + 22;
        if (this.used + need > this.buf.length)
            this.flush(need);
        const b = this.buf;
        let at = this.used;
        // The line number, written digit by digit: cheaper than a string per record.
        let digits = 1;
        for (let v = line; v >= 10; v = Math.floor(v / 10))
            digits++;
        for (let i = digits - 1, v = line; i >= 0; i--, v = Math.floor(v / 10))
            b[at + i] = 48 + (v % 10);
        at += digits;
        b[at++] = COMMA$1;
        if (end - start < 128)
            for (let i = start; i < end; i++)
                b[at++] = src[i];
        else
            at += src.copy(b, at, start, end);
        b[at++] = NL$1;
        this.used = at;
    }
    flush(need = 0) {
        if (this.used > 0) {
            if (this.fd !== undefined)
                writeSync(this.fd, this.buf, 0, this.used);
            else
                this.kept.push(Buffer.from(this.buf.subarray(0, this.used)));
        }
        this.used = 0;
        if (need > this.buf.length)
            this.buf = Buffer.allocUnsafe(need);
    }
    close() {
        this.flush();
        if (this.fd !== undefined)
            closeSync(this.fd);
        this.fd = undefined;
    }
    bytes() {
        if (this.file)
            return readFileSync(this.file);
        const all = Buffer.concat(this.kept);
        this.kept = [];
        return all;
    }
    remove() {
        if (this.file)
            rmSync(this.file, { force: true });
    }
}
/** FNV-1a of the bytes of field `index` of an unquoted record. */
function hashField(buf, start, end, index) {
    let pos = start;
    for (let i = 0; i < index; i++) {
        const c = buf.indexOf(COMMA$1, pos);
        if (c < 0 || c >= end)
            return 0;
        pos = c + 1;
    }
    let h = 0x811c9dc5;
    for (let i = pos; i < end; i++) {
        const ch = buf[i];
        if (ch === COMMA$1)
            break;
        h = Math.imul(h ^ ch, 0x01000193);
    }
    return h >>> 0;
}
/** The same hash for a record with quotes: the field's value, unquoted, as UTF-8 bytes. */
function hashQuotedField(buf, start, end, index) {
    let field = 0;
    let inQuotes = false;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
        const ch = buf[i];
        if (inQuotes) {
            if (ch === QUOTE$1) {
                if (buf[i + 1] === QUOTE$1 && i + 1 < end) {
                    if (field === index)
                        h = Math.imul(h ^ ch, 0x01000193);
                    i++;
                }
                else
                    inQuotes = false;
                continue;
            }
        }
        else if (ch === QUOTE$1) {
            inQuotes = true;
            continue;
        }
        else if (ch === COMMA$1) {
            if (field === index)
                break;
            field++;
            continue;
        }
        if (field === index)
            h = Math.imul(h ^ ch, 0x01000193);
    }
    return h >>> 0;
}
/** End (index of the newline) of the record starting at `start`, minding quotes; -1 if not in view. */
function recordEnd(buf, start, end) {
    let inQuotes = false;
    for (let i = start; i < end; i++) {
        const ch = buf[i];
        if (ch === QUOTE$1)
            inQuotes = !inQuotes;
        else if (ch === NL$1 && !inQuotes)
            return i;
    }
    return -1;
}
function countNewlines(buf, start, end) {
    let n = 0;
    for (let i = buf.indexOf(NL$1, start); i >= 0 && i < end; i = buf.indexOf(NL$1, i + 1))
        n++;
    return n;
}
function openOrThrow(file) {
    try {
        return openSync(file, 'r');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError('predictions file not found', { file });
        if (code === 'EISDIR')
            throw new InputError('expected a predictions file, found a folder', { file });
        throw new InputError(`cannot read the predictions: ${error.message}`, { file });
    }
}

/**
 * Partitions of about 1 MiB of CSV keep each partition's hash table and records inside the CPU
 * cache (measured: 24 MiB partitions were twice as slow on 10 million rows). At most 200 of them,
 * since each side's partition files are open at once (macOS allows 256 files by default); larger
 * files get larger partitions, and memory still follows the partition, not the file.
 */
const DEFAULT_PARTITION_BYTES = 1 << 20;
const MAX_PARTITIONS = 200;
/**
 * Compare two prediction files joined by id, never by position. Both files are split by a hash
 * of the id into the same number of partitions (a Grace hash join); each partition of the
 * baseline becomes a small map from id to row, and the matching partition of the current file is
 * checked against it. Every list in the result is ordered by value, not by file or partition
 * order, so the result does not depend on row order or on the partition count.
 */
async function comparePredictions(baselineFile, currentFile, options) {
    const baseHeader = readHeader(baselineFile);
    const curHeader = readHeader(currentFile);
    const baseId = idIndexOf(baseHeader.columns, options.idColumn, baselineFile);
    const curId = idIndexOf(curHeader.columns, options.idColumn, currentFile);
    const labels = new Set(options.labels ?? []);
    const compared = baseHeader.columns.filter(c => c !== options.idColumn && curHeader.columns.includes(c));
    const stats = compared.map(c => new ColumnStats(c, options.tolerance(c), options.top, labels.has(c)));
    const baseIndex = compared.map(c => baseHeader.columns.indexOf(c) + 1);
    const curIndex = compared.map(c => curHeader.columns.indexOf(c) + 1);
    const size = Math.max(statSync(baselineFile).size, statSync(currentFile).size);
    const partitions = Math.min(MAX_PARTITIONS, Math.max(1, Math.ceil(size / (options.partitionBytes ?? DEFAULT_PARTITION_BYTES))));
    const spillDir = partitions > 1 ? await promises.mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'repro-audit-join-')) : '';
    let base;
    let cur;
    const missing = new SmallestIds(options.top);
    const added = new SmallestIds(options.top);
    const context = {
        stats,
        base: { file: baselineFile, width: baseHeader.columns.length, id: baseId + 1, columns: baseIndex },
        current: { file: currentFile, width: curHeader.columns.length, id: curId + 1, columns: curIndex },
        missing,
        added,
        matched: 0,
        rowsChanged: 0
    };
    try {
        // With spilling, a worker thread partitions the current file while this thread does the baseline.
        const worker = partitions > 1
            ? startPartitionWorker({
                file: currentFile,
                header: curHeader,
                idIndex: curId,
                partitions,
                spillDir,
                tag: 'current'
            })
            : undefined;
        let failed;
        try {
            base = partitionFile(baselineFile, baseHeader, baseId, partitions, spillDir, 'baseline');
        }
        catch (error) {
            failed = error;
        }
        // Wait for the worker even when the baseline failed, so its files are gone before cleanup.
        cur = await worker?.catch(error => {
            failed ??= error;
            return undefined;
        });
        if (failed)
            throw failed;
        cur ??= partitionFile(currentFile, curHeader, curId, partitions, spillDir, 'current');
        base = base;
        for (let p = 0; p < partitions; p++) {
            const b = base.read(p);
            const c = cur.read(p);
            if (b.indexOf(QUOTE) < 0 && c.indexOf(QUOTE) < 0)
                joinBytes(b, c, base.counts[p], cur.counts[p], context);
            else
                joinText(b.toString('utf8'), c.toString('utf8'), context);
        }
    }
    finally {
        base?.remove();
        cur?.remove();
        if (spillDir)
            await promises.rm(spillDir, { recursive: true, force: true });
    }
    const matched = context.matched;
    const columns = stats.map(s => s.result());
    const missingColumns = baseHeader.columns.filter(c => c !== options.idColumn && !curHeader.columns.includes(c));
    const newColumns = curHeader.columns.filter(c => c !== options.idColumn && !baseHeader.columns.includes(c));
    const baselineRows = base.rows;
    const currentRows = cur.rows;
    const statuses = columns.map(c => (c.beyondTolerance > 0 ? 'fail' : 'pass'));
    if (missing.count > 0 || added.count > 0 || missingColumns.length > 0)
        statuses.push('fail');
    if (newColumns.length > 0)
        statuses.push('warn');
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
    };
}
/**
 * Partition a file in a worker thread; undefined when the worker's script is not beside this
 * module (as when the sources run untranspiled), and then the caller partitions in this thread.
 */
function startPartitionWorker(job) {
    const script = new URL('./partition-worker.js', import.meta.url);
    if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script)) || process.env.REPRO_AUDIT_NO_WORKER)
        return undefined;
    return new Promise((resolve, reject) => {
        const worker = new Worker(script, { workerData: job });
        worker.once('message', (reply) => {
            if (reply.ok)
                resolve(spilled(job.file, job.spillDir, job.tag, reply.counts, reply.rows));
            else
                reject(reply.input
                    ? new InputError(reply.message, { file: reply.file, line: reply.line, column: reply.column })
                    : new Error(reply.message));
        });
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`the partition worker stopped (exit ${code})`)));
    });
}
function idIndexOf(columns, idColumn, file) {
    const i = columns.indexOf(idColumn);
    if (i < 0)
        throw new InputError(`id column ${JSON.stringify(idColumn)} not found in the predictions (columns: ${columns.join(', ')})`, { file, line: 1 });
    return i;
}
const QUOTE = 34;
const COMMA = 44;
const NL = 10;
/**
 * Join one partition on its raw bytes (no quotes anywhere in it): an open-addressing hash table
 * over the baseline's id bytes, probed with the current file's. Equal bytes are equal values, so
 * only rows whose text differs are decoded and parsed, and most rows allocate nothing.
 */
function joinBytes(b, c, baseCount, curCount, ctx) {
    const k = ctx.stats.length;
    const slots = k + 1;
    const base = indexRecords(b, baseCount, ctx.base);
    let mask = 1;
    while (mask < baseCount * 2)
        mask <<= 1;
    const table = new Int32Array(mask);
    mask -= 1;
    const bb = base.bounds;
    for (let r = 0; r < base.rows; r++) {
        const s = bb[r * slots * 2];
        const e = bb[r * slots * 2 + 1];
        for (let h = hashBytes(b, s, e) & mask;; h = (h + 1) & mask) {
            const other = table[h] - 1;
            if (other < 0) {
                table[h] = r + 1;
                break;
            }
            if (sameBytes(b, bb[other * slots * 2], bb[other * slots * 2 + 1], b, s, e)) {
                throw new InputError(`id ${JSON.stringify(b.toString('utf8', s, e))} appears more than once in the predictions`, { file: ctx.base.file, line: lineOf(b, base.starts[r]) });
            }
        }
    }
    const seen = new Uint8Array(base.rows);
    const cur = indexRecords(c, curCount, ctx.current);
    const cb = cur.bounds;
    const newHere = new Set();
    for (let r = 0; r < cur.rows; r++) {
        const at = r * slots * 2;
        const s = cb[at];
        const e = cb[at + 1];
        let match = -1;
        for (let h = hashBytes(c, s, e) & mask;; h = (h + 1) & mask) {
            const other = table[h] - 1;
            if (other < 0)
                break;
            if (sameBytes(b, bb[other * slots * 2], bb[other * slots * 2 + 1], c, s, e)) {
                match = other;
                break;
            }
        }
        if (match < 0) {
            const id = c.toString('utf8', s, e);
            if (newHere.has(id))
                throw new InputError(`id ${JSON.stringify(id)} appears more than once in the predictions`, {
                    file: ctx.current.file,
                    line: lineOf(c, cur.starts[r])
                });
            newHere.add(id);
            ctx.added.add(id);
            continue;
        }
        if (seen[match])
            throw new InputError(`id ${JSON.stringify(c.toString('utf8', s, e))} appears more than once in the predictions`, { file: ctx.current.file, line: lineOf(c, cur.starts[r]) });
        seen[match] = 1;
        ctx.matched++;
        const bat = match * slots * 2;
        let id;
        let beyond = false;
        for (let j = 0; j < k; j++) {
            const bs = bb[bat + 2 * j + 2];
            const be = bb[bat + 2 * j + 3];
            const cs = cb[at + 2 * j + 2];
            const ce = cb[at + 2 * j + 3];
            const stat = ctx.stats[j];
            if (sameBytes(b, bs, be, c, cs, ce))
                stat.identicalRow();
            else {
                id ??= c.toString('utf8', s, e);
                if (stat.add(id, stat.parse(b.toString('utf8', bs, be)), stat.parse(c.toString('utf8', cs, ce))))
                    beyond = true;
            }
        }
        if (beyond)
            ctx.rowsChanged++;
    }
    for (let r = 0; r < base.rows; r++)
        if (!seen[r])
            ctx.missing.add(b.toString('utf8', bb[r * slots * 2], bb[r * slots * 2 + 1]));
}
/**
 * Each record's start, and the byte range of its id and compared fields: slot 0 is the id, slot
 * j + 1 the j-th compared column. A record with the wrong number of fields is an InputError.
 */
function indexRecords(buf, count, side) {
    const slots = side.columns.length + 1;
    const want = new Int32Array(side.width + 2).fill(-1);
    want[side.id] = 0;
    side.columns.forEach((f, j) => (want[f] = j + 1));
    const starts = new Int32Array(count);
    const bounds = new Int32Array(count * slots * 2);
    const len = buf.length;
    const last = side.width;
    let row = 0;
    let pos = 0;
    while (pos < len && row < count) {
        starts[row] = pos;
        const at = row * slots * 2;
        let field = 0;
        let start = pos;
        let i = pos;
        for (;; i++) {
            const ch = i < len ? buf[i] : NL;
            if (ch === COMMA || ch === NL) {
                if (field <= last) {
                    const slot = want[field];
                    if (slot >= 0) {
                        bounds[at + 2 * slot] = start;
                        bounds[at + 2 * slot + 1] = i;
                    }
                }
                field++;
                start = i + 1;
                if (ch === NL)
                    break;
            }
        }
        if (field !== last + 1)
            throw new InputError(`ragged row: expected ${last} fields, found ${field - 1}`, {
                file: side.file,
                line: lineOf(buf, pos)
            });
        row++;
        pos = i + 1;
    }
    return { rows: row, starts, bounds };
}
/** The line number a partition record starts with. */
function lineOf(buf, start) {
    let n = 0;
    for (let i = start; i < buf.length && buf[i] !== COMMA; i++)
        n = n * 10 + buf[i] - 48;
    return n;
}
function sameBytes(a, as, ae, b, bs, be) {
    if (ae - as !== be - bs)
        return false;
    for (let i = 0; i < ae - as; i++)
        if (a[as + i] !== b[bs + i])
            return false;
    return true;
}
/** FNV-1a with a final mix, so table slots do not follow the partition number. */
function hashBytes(buf, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The same join for a partition with quoted fields: parsed by csv-parse, ids in a Map. */
function joinText(baseText, curText, ctx) {
    const values = (side, fields) => ctx.stats.map((stat, j) => stat.parse(fields[side.columns[j]]));
    const base = rowsById(recordsOf(baseText, ctx.base, values), ctx.base.file);
    const current = rowsById(recordsOf(curText, ctx.current, values), ctx.current.file);
    joinById(base, current, {
        matched(id, old, now) {
            ctx.matched++;
            let beyond = false;
            ctx.stats.forEach((stat, j) => {
                if (stat.add(id, old[j], now[j]))
                    beyond = true;
            });
            if (beyond)
                ctx.rowsChanged++;
        },
        onlyInBaseline: id => ctx.missing.add(id),
        onlyInCurrent: id => ctx.added.add(id)
    });
}
/** The records of a partition's text, each with its id, its compared values and its line. */
function* recordsOf(text, side, values) {
    for (const fields of parseCsvText(text, side.file, 1)) {
        const line = Number(fields[0]);
        if (fields.length - 1 !== side.width)
            throw new InputError(`ragged row: expected ${side.width} fields, found ${fields.length - 1}`, {
                file: side.file,
                line
            });
        yield { id: fields[side.id], row: values(side, fields), line };
    }
}
/** The `n` smallest ids seen, and how many there were: stable whatever order they came in. */
class SmallestIds {
    n;
    count = 0;
    ids = [];
    constructor(n) {
        this.n = n;
    }
    add(id) {
        this.count++;
        if (this.n === 0)
            return;
        this.ids.push(id);
        if (this.ids.length > 2 * this.n + 64)
            this.trim();
    }
    list() {
        this.trim();
        return this.ids;
    }
    trim() {
        this.ids.sort(compareIds);
        this.ids.length = Math.min(this.ids.length, this.n);
    }
}
/** Ids in natural order: numbers by value, then text by code point. */
function compareIds(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y) && x !== y)
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}
const CONFUSION_PAIRS = 10_000;
class ColumnStats {
    column;
    tolerance;
    keep;
    forcedLabel;
    rows = 0;
    identical = 0;
    within = 0;
    beyond = 0;
    maxAbs = 0;
    maxRel = 0;
    labelChanges = 0;
    isLabel;
    top = [];
    /** Count of differing rows by decade of |difference|: key e counts (10^(e-1), 10^e]. */
    histogram = new Map();
    confusion = new Map();
    otherPairs = 0;
    constructor(column, tolerance, keep, forcedLabel) {
        this.column = column;
        this.tolerance = tolerance;
        this.keep = keep;
        this.forcedLabel = forcedLabel;
        this.isLabel = forcedLabel;
    }
    parse(field) {
        return this.forcedLabel ? field : parseValue(field);
    }
    /** A row whose text is byte-for-byte the same in both files. */
    identicalRow() {
        this.rows++;
        this.identical++;
    }
    /** Count one matched row; true when it differs beyond the tolerance. */
    add(id, old, current) {
        this.rows++;
        const diff = diffCell(old, current, this.tolerance);
        if (diff.kind === 'identical') {
            this.identical++;
            return false;
        }
        if (diff.kind === 'numeric') {
            const beyond = !diff.within;
            if (beyond)
                this.beyond++;
            else
                this.within++;
            const d = diff.absDiff;
            if (d > this.maxAbs)
                this.maxAbs = d;
            const rel = diff.relDiff;
            if (rel > this.maxRel || Number.isNaN(rel))
                this.maxRel = Number.isNaN(rel) ? Infinity : rel;
            const e = decadeOf(d);
            this.histogram.set(e, (this.histogram.get(e) ?? 0) + 1);
            this.remember({ id, baseline: old, current, absDiff: d });
            return beyond;
        }
        // A label, or text where a number was expected: compared exactly, and counted in pairs.
        this.isLabel = true;
        this.beyond++;
        this.labelChanges++;
        const key = `${old}\u0000${current}`;
        const n = this.confusion.get(key);
        if (n !== undefined)
            this.confusion.set(key, n + 1);
        else if (this.confusion.size < CONFUSION_PAIRS)
            this.confusion.set(key, 1);
        else
            this.otherPairs++;
        this.remember({ id, baseline: old, current, absDiff: null });
        return true;
    }
    remember(change) {
        if (this.keep === 0)
            return;
        this.top.push(change);
        if (this.top.length > 2 * this.keep + 64)
            this.trim();
    }
    trim() {
        // Most changed first (text changes count as the largest); ties go to the smaller id.
        const size = (c) => (c.absDiff === null ? Infinity : c.absDiff);
        this.top.sort((a, b) => size(b) - size(a) || compareIds(a.id, b.id));
        this.top.length = Math.min(this.top.length, this.keep);
    }
    result() {
        this.trim();
        const verdict = this.beyond > 0
            ? 'drifted'
            : this.within > 0
                ? `equal within ${describeTolerance(this.tolerance)}`
                : 'bit-identical';
        const out = {
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
        };
        if (this.isLabel) {
            const pairs = [...this.confusion.entries()]
                .map(([key, count]) => {
                const [baseline, current] = key.split('\u0000');
                return { baseline, current, count };
            })
                .sort((a, b) => b.count - a.count ||
                (a.baseline < b.baseline
                    ? -1
                    : a.baseline > b.baseline
                        ? 1
                        : a.current < b.current
                            ? -1
                            : a.current > b.current
                                ? 1
                                : 0));
            out.labels = {
                changed: this.labelChanges,
                confusion: pairs.slice(0, 20),
                otherPairs: this.otherPairs + pairs.slice(20).reduce((n, x) => n + x.count, 0)
            };
        }
        return out;
    }
}
/** 10^e as the double nearest to it (parsed, so exact to the last bit), e from −15 to 308. */
const POWERS_OF_TEN = Array.from({ length: 324 }, (_, i) => Number(`1e${i - 15}`));
/**
 * The histogram key of a difference d: the smallest e ≥ −15 with d ≤ 10^e (309 above the largest
 * double). Compared with parsed powers of ten rather than through log10, whose last bit (and so the
 * key of a difference of exactly 10^e) the runtime may choose.
 */
function decadeOf(d) {
    let lo = 0;
    let hi = POWERS_OF_TEN.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (d <= POWERS_OF_TEN[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo - 15;
}

export { DEFAULT_PARTITION_BYTES, comparePredictions };
