import { workerData, parentPort } from 'node:worker_threads';
import path from 'node:path';
import { fstatSync, readSync, closeSync, openSync, writeSync, readFileSync, rmSync } from 'node:fs';
import 'stream';

// Messages and log lines quote data (ids, column names, file names, what a pipeline printed). One
// message must stay one line: a raw newline in data would let it start a line of its own, which
// the GitHub runner reads as a workflow command (`::add-mask::`, `::error::`, ...), and bidi
// overrides reorder what a terminal shows. These helpers make such text inert.
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every control and bidi character as a visible escape (`\n`, `\x1b`, `\u202e`): one line, shown as is. */
function oneLine(text) {
    return text.replace(UNSAFE, ch => {
        const named = NAMED[ch];
        if (named)
            return named;
        const code = ch.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}

/**
 * Input the audit cannot work with (bad usage, config or data). The edges turn it into exit
 * status 2 and a one-line reason that names the file and, where known, the line and column.
 */
class InputError extends Error {
    file;
    line;
    column;
    /** Every mistake found, when there are several (a config with two typos); this one is the first. */
    all;
    constructor(message, where = {}, all) {
        // Messages quote data (ids, column names, parser errors about file content): one line, always.
        super(oneLine(message));
        this.name = 'InputError';
        this.file = where.file;
        this.line = where.line;
        this.column = where.column;
        if (all && all.length > 1)
            this.all = all;
    }
    /** One error standing for several: its message is the first one's, `all` holds each. */
    static several(errors) {
        const [first] = errors;
        return new InputError(first.message, { file: first.file, line: first.line, column: first.column }, errors);
    }
    /** `file:line:column: message`, with the file shown relative to the working folder. */
    format() {
        if (!this.file)
            return this.message;
        let where = oneLine(displayPath(this.file));
        if (this.line !== undefined)
            where += `:${this.line}`;
        if (this.line !== undefined && this.column !== undefined)
            where += `:${this.column}`;
        return `${where}: ${this.message}`;
    }
}
function displayPath(file) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file))
        return file;
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

({
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
});

// Hash partitioning of a CSV file by one column, for a join whose memory does not grow with the
// file: every record goes to partition hash(id) % P, so the same id from two files lands in the
// same partition, and the join then holds one partition at a time. With P = 1 nothing is spilled.
const NL = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const CHUNK = 8 << 20;
const SINK = 128 << 10;
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
            let nextQuote = data.indexOf(QUOTE, 0);
            while (pos < end) {
                let stop = data.indexOf(NL, pos);
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
                    nextQuote = data.indexOf(QUOTE, pos);
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
        b[at++] = COMMA;
        if (end - start < 128)
            for (let i = start; i < end; i++)
                b[at++] = src[i];
        else
            at += src.copy(b, at, start, end);
        b[at++] = NL;
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
        const c = buf.indexOf(COMMA, pos);
        if (c < 0 || c >= end)
            return 0;
        pos = c + 1;
    }
    let h = 0x811c9dc5;
    for (let i = pos; i < end; i++) {
        const ch = buf[i];
        if (ch === COMMA)
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
            if (ch === QUOTE) {
                if (buf[i + 1] === QUOTE && i + 1 < end) {
                    if (field === index)
                        h = Math.imul(h ^ ch, 0x01000193);
                    i++;
                }
                else
                    inQuotes = false;
                continue;
            }
        }
        else if (ch === QUOTE) {
            inQuotes = true;
            continue;
        }
        else if (ch === COMMA) {
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
        if (ch === QUOTE)
            inQuotes = !inQuotes;
        else if (ch === NL && !inQuotes)
            return i;
    }
    return -1;
}
function countNewlines(buf, start, end) {
    let n = 0;
    for (let i = buf.indexOf(NL, start); i >= 0 && i < end; i = buf.indexOf(NL, i + 1))
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

// A worker thread that partitions one file (partition.ts) while the main thread partitions the
// other: the two files are read, hashed and spilled in parallel. Built as its own entry
// (dist/partition-worker.js, build/src/compare/partition-worker.js) beside the code that starts it.
const job = workerData;
let reply;
try {
    const parts = partitionFile(job.file, job.header, job.idIndex, job.partitions, job.spillDir, job.tag);
    reply = { ok: true, counts: parts.counts, rows: parts.rows };
}
catch (error) {
    const e = error;
    reply = {
        ok: false,
        message: e.message,
        input: error instanceof InputError,
        file: e.file,
        line: e.line,
        column: e.column
    };
}
parentPort?.postMessage(reply);
