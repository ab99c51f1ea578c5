import { promises, createWriteStream, createReadStream } from 'node:fs';
import path from 'node:path';
import { a as canonicalHash } from './cli-canonical-json.js';
import { T as THREAD_VARIABLES, I as InputError, w as writeFileAtomic, d as distExports, f as confinedPath, b as requireWritableInside, c as relativePosix, a as displayPath, g as exists$1, h as allFindings, S as SECTION_KEYS, j as skippedSection, r as repositoryRoot, k as envRulesOf, m as redactDeep, q as SCHEMA_VERSION } from './cli-commands.js';
import { w as worst, R as REPORT_SECTIONS, S as SECTION_LIST, o as open, r as resultsReproduce, l as lowerFirst, i as intendedText, e as exitCodeFor } from './cli-index2.js';
import { s as sealFolder, e as endWrite, a as entryFiles, f as formatOf, b as stageFolder, c as scanDataFile, d as fileLockFrom, v as valuesName, g as sidecarName, w as writeRowHashesTemp, D as DuplicateIdError, r as removeStaleBeside, h as removeStale, l as listEntryFiles, j as hashDataFile, k as diffRowHashes, M as MAX_ADDED_IDS, m as readBaseline, n as baselineFilesDir, o as writeBaseline } from './cli-describe.js';
import { d as describeTolerance } from './cli-tolerance.js';
import { formatBytes, formatInt, plural, formatNumber } from './cli-format.js';
import os from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inflateSync, createGzip, createGunzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { s as scanCsv } from './cli-csv.js';
import { V as VERSION } from './cli.js';
import { B as BASELINE_MANIFEST } from './cli-outputs.js';

/** How many runs go at once: `auto` is one per core (each run is pinned to one thread). */
function concurrency(setting, runs) {
    const wanted = setting === 'auto' ? os.availableParallelism() : setting;
    return Math.max(1, Math.min(wanted, runs));
}
/** Run `tasks` with at most `limit` at a time; results keep the tasks' order. */
async function runPool(tasks, limit) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            try {
                results[i] = { status: 'fulfilled', value: await tasks[i]() };
            }
            catch (reason) {
                results[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    return results;
}

// The checked-out commit's time, read from the repository's own files: every audit wants it (a
// run's SOURCE_DATE_EPOCH), and asking git costs a process. Only the common layout is followed: a
// loose commit, or one stored whole in a pack. Anything else (a deltified or borrowed object, a
// reftable, GIT_DIR set) is `null`, and the caller asks git.
/** Committer time (Unix seconds) of HEAD at `dir`; undefined outside a repository or before the first commit. */
async function headCommitTime(dir) {
    if (process.env.GIT_DIR || process.env.GIT_OBJECT_DIRECTORY)
        return null;
    const gitDir = await findGitDir(path.resolve(dir));
    if (!gitDir)
        return undefined;
    const common = await readText(path.join(gitDir, 'commondir')).then(text => path.resolve(gitDir, text.trim()), () => gitDir);
    if (await exists(path.join(common, 'reftable')))
        return null;
    const id = await resolveHead(gitDir, common);
    if (id === null || id === undefined)
        return id;
    const object = (await looseObject(common, id)) ?? (await packedObject(common, id));
    if (!object)
        return null;
    return committerTime(object);
}
async function findGitDir(start) {
    for (let dir = start;; dir = path.dirname(dir)) {
        const dotGit = path.join(dir, '.git');
        const stat = await promises.stat(dotGit).catch(() => undefined);
        if (stat?.isDirectory())
            return dotGit;
        if (stat?.isFile()) {
            // A worktree or submodule: `.git` is a file naming the real folder.
            const match = /^gitdir: (.+)$/m.exec(await readText(dotGit));
            return match ? path.resolve(dir, match[1].trim()) : undefined;
        }
        if (path.dirname(dir) === dir)
            return undefined;
    }
}
/** The commit id HEAD names; undefined for a branch with no commit yet, null when not found here. */
async function resolveHead(gitDir, common) {
    let head = (await readText(path.join(gitDir, 'HEAD'))).trim();
    for (let hops = 0; head.startsWith('ref: ') && hops < 5; hops++) {
        const ref = head.slice(5).trim();
        // Refs of this worktree only (HEAD-like, refs/worktree, refs/bisect) live beside HEAD.
        const own = !ref.startsWith('refs/') || /^refs\/(worktree|bisect|rewritten)\//.test(ref);
        const loose = await readText(path.join(own ? gitDir : common, ref)).catch(() => undefined);
        head = loose?.trim() ?? (await packedRef(common, ref)) ?? '';
        if (!head)
            return undefined;
    }
    return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(head) ? head : null;
}
async function packedRef(common, ref) {
    const text = await readText(path.join(common, 'packed-refs')).catch(() => '');
    for (const line of text.split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0 && line.slice(space + 1).trimEnd() === ref && !line.startsWith('#'))
            return line.slice(0, space);
    }
    return undefined;
}
async function looseObject(common, id) {
    const file = path.join(common, 'objects', id.slice(0, 2), id.slice(2));
    const bytes = await promises.readFile(file).catch(() => undefined);
    if (!bytes)
        return undefined;
    const data = inflateSync(bytes);
    const nul = data.indexOf(0);
    if (nul < 0 || data.subarray(0, 7).toString('latin1') !== 'commit ')
        return undefined;
    return data.subarray(nul + 1);
}
/** A commit stored whole in one of the packs (version 2 index); undefined if none holds it so. */
async function packedObject(common, id) {
    const folder = path.join(common, 'objects', 'pack');
    const names = await promises.readdir(folder).catch(() => []);
    const want = Buffer.from(id, 'hex');
    for (const name of names.filter(n => n.endsWith('.idx')).sort()) {
        const index = await promises.readFile(path.join(folder, name));
        const offset = offsetInIndex(index, want);
        if (offset === undefined)
            continue;
        return readPackEntry(path.join(folder, name.replace(/\.idx$/, '.pack')), offset);
    }
    return undefined;
}
function offsetInIndex(index, want) {
    if (index.length < 8 + 1024 || index.readUInt32BE(0) !== 0xff744f63 || index.readUInt32BE(4) !== 2)
        return undefined;
    const size = want.length;
    const count = index.readUInt32BE(8 + 255 * 4);
    let lo = want[0] === 0 ? 0 : index.readUInt32BE(8 + (want[0] - 1) * 4);
    let hi = index.readUInt32BE(8 + want[0] * 4);
    const ids = 8 + 1024;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const order = index.compare(want, 0, size, ids + mid * size, ids + (mid + 1) * size);
        if (order === 0) {
            const offsets = ids + count * size + count * 4;
            const small = index.readUInt32BE(offsets + mid * 4);
            if (!(small & 0x80000000))
                return small;
            const large = offsets + count * 4 + (small & 0x7fffffff) * 8;
            return Number(index.readBigUInt64BE(large));
        }
        if (order < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return undefined;
}
async function readPackEntry(pack, offset) {
    const handle = await promises.open(pack, 'r');
    try {
        // A commit is small: its header and compressed text fit in the first 64 KiB, or it is not
        // read here (git is asked).
        const buffer = Buffer.alloc(1 << 16);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        let at = 0;
        let byte = buffer[at++];
        const type = (byte >> 4) & 7;
        while (byte & 0x80 && at < bytesRead)
            byte = buffer[at++];
        if (type !== 1)
            return undefined; // 6 and 7 are deltas
        return inflateSync(buffer.subarray(at, bytesRead), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}
function committerTime(commit) {
    const end = commit.indexOf('\n\n');
    const headers = commit.subarray(0, end < 0 ? commit.length : end).toString('utf8');
    const line = headers.split('\n').find(l => l.startsWith('committer '));
    const match = line ? / (\d+) [+-]\d{4}$/.exec(line) : null;
    return match ? Number(match[1]) : null;
}
function readText(file) {
    return promises.readFile(file, 'utf8');
}
async function exists(file) {
    return promises.access(file).then(() => true, () => false);
}

const execFileAsync = promisify(execFile);
/**
 * The environment every run gets, so that nothing of the machine leaks into results: time zone,
 * locale, Python's hash seed, a build time taken from the commit, and single-threaded numerics.
 * SOURCE_DATE_EPOCH is left out when the folder is not in a git work tree.
 */
async function deterministicSettings(dir) {
    const settings = { TZ: 'UTC', LC_ALL: 'C.UTF-8', PYTHONHASHSEED: '0' };
    const epoch = await commitTime(dir);
    if (epoch)
        settings.SOURCE_DATE_EPOCH = epoch;
    for (const name of THREAD_VARIABLES)
        settings[name] = '1';
    return settings;
}
async function commitTime(dir) {
    // Read from the repository's files when they are laid out the common way; else ask git.
    const read = await headCommitTime(dir).catch(() => null);
    if (read !== null)
        return read === undefined ? undefined : String(read);
    try {
        const { stdout } = await execFileAsync('git', ['log', '-1', '--format=%ct'], { cwd: dir });
        const value = stdout.trim();
        return /^\d+$/.test(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}

// The values of the locked rows, for showing changed cells (old → new) at verify. For a CSV entry
// with an id column the lock keeps, beside the row-hash sidecar, a gzip of the header and of the
// rows it pins, compressed while the file is read (memory does not grow with the file). It is kept
// only while the compressed copy stays within ROW_VALUES_LIMIT; above that the lock records why
// not. Verify reads the first few changed rows back from the copy and from the current file.
/** Largest compressed copy of a file's locked rows the lock keeps (it is committed). */
const ROW_VALUES_LIMIT = 2 << 20;
/** Changed rows whose values verify reads back and shows. */
const CELL_ROWS = 5;
/** Longest value kept in a cell (the report cuts shorter still). */
const MAX_CELL_TEXT = 200;
/** Why a lock entry has no copy of its rows, when the copy went over the limit. */
function overLimit(limit) {
    return `the compressed copy of the locked rows is over ${formatBytes(limit)}`;
}
/** The gzip header's operating-system byte: "unknown", so the bytes do not depend on the machine. */
const OS_BYTE = 9;
const OS_UNKNOWN = 255;
/**
 * Receives the header and the kept rows from the CSV scan and writes them gzipped to `file`.
 * Output beyond `limit` bytes is dropped and the file removed: finish() then returns false.
 */
class RowValuesWriter {
    file;
    limit;
    gzip;
    out;
    staged = Buffer.allocUnsafeSlow(1 << 16);
    length = 0;
    written = 0;
    over = false;
    failure;
    draining;
    constructor(file, limit = ROW_VALUES_LIMIT) {
        this.file = file;
        this.limit = limit;
        // Fixed parameters: identical rows give identical bytes (the header carries no time or name).
        this.gzip = createGzip({ level: 9, memLevel: 8, windowBits: 15, strategy: 0 });
        this.out = createWriteStream(file);
        const fail = (error) => void (this.failure ??= error);
        this.gzip.on('error', fail);
        this.out.on('error', fail);
        this.gzip.on('data', (chunk) => {
            if (this.written <= OS_BYTE && this.written + chunk.length > OS_BYTE)
                chunk[OS_BYTE - this.written] = OS_UNKNOWN;
            this.written += chunk.length;
            if (this.written > this.limit)
                this.over = true;
            if (this.over)
                return;
            if (!this.out.write(chunk))
                this.draining ??= new Promise(resolve => this.out.once('drain', () => {
                    this.draining = undefined;
                    resolve();
                }));
        });
    }
    row(bytes) {
        if (this.over)
            return;
        const need = this.length + bytes.length;
        if (need > this.staged.length) {
            const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.staged.length));
            this.staged.copy(bigger, 0, 0, this.length);
            this.staged = bigger;
        }
        this.length += bytes.copy(this.staged, this.length);
    }
    async flush() {
        if (this.failure)
            throw this.failure;
        if (this.length && !this.over) {
            const chunk = this.staged.subarray(0, this.length);
            // The callback comes once zlib has taken the bytes, so the staging buffer can be reused.
            await new Promise((resolve, reject) => this.gzip.write(chunk, error => (error ? reject(error) : resolve())));
        }
        this.length = 0;
        await this.draining;
    }
    /** Close the copy: true when it was kept, false when it went over the limit (and was removed). */
    async finish() {
        await this.flush();
        await new Promise((resolve, reject) => {
            this.gzip.once('end', resolve);
            this.gzip.once('error', reject);
            this.gzip.end();
        });
        await new Promise((resolve, reject) => this.out.end((error) => (error ? reject(error) : resolve())));
        if (this.failure)
            throw this.failure;
        if (this.over)
            await promises.rm(this.file, { force: true });
        return !this.over;
    }
    /** After a failed scan: close both streams and remove the partial copy. */
    async dispose() {
        this.gzip.destroy();
        await new Promise(resolve => this.out.destroy().once('close', () => resolve()));
        await promises.rm(this.file, { force: true });
    }
}
/** The rows whose id is in `ids`, read from `input` (CSV text) with the project's CSV reader. */
async function readRows(file, input, idColumn, ids) {
    const found = { columns: [], rows: new Map() };
    let index = -1;
    const done = new InputError('all found');
    try {
        await scanCsv(file, {
            header(names) {
                found.columns = names;
                index = names.indexOf(idColumn);
                if (index < 0)
                    throw new InputError(`the id column "${idColumn}" is not in the header`, { file, line: 1 });
            },
            row(fields) {
                const id = fields[index];
                if (ids.has(id) && !found.rows.has(id))
                    found.rows.set(id, fields);
                if (found.rows.size === ids.size)
                    throw done;
            }
        }, input);
    }
    catch (error) {
        if (error !== done)
            throw error;
    }
    finally {
        input.destroy();
    }
    return found;
}
function cut(text) {
    const chars = [...text];
    return chars.length > MAX_CELL_TEXT ? `${chars.slice(0, MAX_CELL_TEXT - 1).join('')}…` : text;
}
/**
 * The cells that differ between the locked copy (`stored`, gzip) and the current file (`current`,
 * CSV) in the rows named by `ids`, in the order of `ids`, then of the columns. A copy that is
 * missing or cannot be read is an InputError naming it, as a missing row-hash sidecar is.
 */
async function changedCells(stored, current, idColumn, ids) {
    const wanted = new Set(ids);
    try {
        await promises.access(stored);
    }
    catch {
        throw new InputError('the copy of the locked rows named in the lock is missing; re-create it with `repro-audit lock`', { file: stored });
    }
    let before;
    try {
        const raw = createReadStream(stored);
        const gunzip = createGunzip();
        raw.on('error', error => gunzip.destroy(error));
        before = await readRows(stored, raw.pipe(gunzip), idColumn, wanted);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new InputError(`the copy of the locked rows cannot be read (${why}); re-create it with \`repro-audit lock\``, { file: stored });
    }
    const after = await readRows(current, createReadStream(current, { highWaterMark: 1 << 20 }), idColumn, wanted);
    const cells = [];
    let rows = 0;
    for (const id of ids) {
        const old = before.rows.get(id);
        const now = after.rows.get(id);
        if (!old || !now)
            continue;
        rows++;
        after.columns.forEach((column, i) => {
            const was = old[before.columns.indexOf(column)] ?? '';
            if (was !== now[i])
                cells.push({ id, column, old: cut(was), new: cut(now[i]) });
        });
    }
    return { cells, rows };
}

// A reader for the lock as `repro-audit lock` writes it: block mappings and sequences indented by
// two spaces, columns as one-line flow mappings, scalars plain or double-quoted. Every audit reads
// the lock first, and a general YAML parser runs cold there for tens of milliseconds on a lock of
// 20 KB; line-sized regular expressions run as native code. Anything outside that shape (anchors,
// tags, block scalars, single quotes, comments after values, tabs, YAML-only escapes) is
// `undefined` here, and the general readers take it.
const LINE = /^( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?|(\{.*\}))$/;
const FLOW_PAIR = / *([A-Za-z_][A-Za-z0-9_]*): ("(?:[^"\\]|\\.)*"|[^,{}[\]"']*?) *(,|\})/y;
/** Characters that make a plain scalar something other than a string, or not plain at all. */
const NOT_PLAIN = /^([,[\]{}#&*!|>'"%@`]|[-?:]( |$))|: | #|:$|^\s|\s$/;
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/;
/** The lock's value, or undefined when the text is not in the shape the writer produces. */
function readWrittenLock(text) {
    if (text.includes('\t') || text.includes('\r'))
        return undefined;
    const root = {};
    const stack = [{ indent: -1, node: root }];
    for (const raw of text.split('\n')) {
        if (raw === '' || raw.startsWith('#'))
            continue;
        const m = LINE.exec(raw);
        if (!m)
            return undefined;
        const [, spaces, dash, key, rest, flow] = m;
        if (!placeLine(stack, spaces.length, dash !== undefined, key, rest, flow))
            return undefined;
    }
    return stack.some(f => f.pendingKey !== undefined) ? undefined : root;
}
/** Add one line to the tree; false when it does not fit the shape. */
function placeLine(stack, indent, dash, key, rest, flow) {
    // A `key:` line's block starts on the next line: a mapping indented deeper, or a sequence.
    const top = stack[stack.length - 1];
    if (top.pendingKey !== undefined) {
        if (indent <= top.indent + 1)
            return false;
        const child = dash ? [] : {};
        top.node[top.pendingKey] = child;
        top.pendingKey = undefined;
        stack.push({ indent: dash ? indent : indent - 1, node: child });
    }
    while (stack.length > 1 && stack[stack.length - 1].indent > indent - (dash ? 0 : 1))
        stack.pop();
    let frame = stack[stack.length - 1];
    if (dash) {
        if (!Array.isArray(frame.node) || frame.indent !== indent)
            return false;
        if (flow !== undefined) {
            const item = flowMapping(flow);
            if (!item)
                return false;
            frame.node.push(item);
            return true;
        }
        const item = {};
        frame.node.push(item);
        frame = { indent: indent + 1, node: item };
        stack.push(frame);
    }
    else if (Array.isArray(frame.node) || flow !== undefined || frame.indent !== indent - 1)
        return false;
    const map = frame.node;
    if (key === undefined || key in map)
        return false;
    if (rest === undefined) {
        frame.pendingKey = key;
        return true;
    }
    const value = scalar(rest);
    if (value === undefined)
        return false;
    map[key] = value;
    return true;
}
function flowMapping(text) {
    const inner = text.slice(1);
    const out = {};
    FLOW_PAIR.lastIndex = 0;
    for (;;) {
        const m = FLOW_PAIR.exec(inner);
        if (!m || m[1] in out)
            return undefined;
        const value = scalar(m[2]);
        if (value === undefined)
            return undefined;
        out[m[1]] = value;
        if (m[3] === '}')
            return FLOW_PAIR.lastIndex === inner.length ? out : undefined;
    }
}
/** A scalar by YAML 1.2's core schema, as the general readers resolve it. */
function scalar(text) {
    if (text.startsWith('"')) {
        if (!text.endsWith('"') || text.length < 2 || JSON_ESCAPES.test(text))
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    if (text === '[]')
        return [];
    if (text === '' || NOT_PLAIN.test(text))
        return undefined;
    if (/^(null|Null|NULL|~)$/.test(text))
        return null;
    if (/^(true|True|TRUE)$/.test(text))
        return true;
    if (/^(false|False|FALSE)$/.test(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number(text);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    // Other spellings some readers take for numbers (octal, hexadecimal, binary, digits with
    // underscores, infinities, NaN): the writer never makes them plain, so they go to the others.
    if (/^[-+]?(0[box]|[0-9][0-9_]*_|\.(inf|nan)$)/i.test(text))
        return undefined;
    return text;
}

const LOCK_VERSION = 2;
function isDirLock(entry) {
    return 'files' in entry && Array.isArray(entry.files);
}
/** The key an entry is known by: its path, folder, glob or url. */
function entryKey(entry) {
    if (isDirLock(entry))
        return entry.folder ?? entry.glob ?? '';
    return entry.path ?? entry.url ?? '';
}
const HEADER = '# repro-audit snapshot lock: the data the baseline was trained on.\n' +
    '# Written by `repro-audit lock`; commit it, do not edit it by hand.\n';
const FILE_KEYS = [
    'path',
    'url',
    'format',
    'size',
    'sha256',
    'rows',
    'fingerprint',
    'ordered',
    'newline',
    'as_of',
    'id_column',
    'row_hashes',
    'row_values',
    'row_values_skipped'
];
const COLUMN_KEYS = ['name', 'type', 'count', 'missing', 'min', 'max', 'mean', 'distinct', 'digest'];
function byKey(key) {
    return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function fileObject(e) {
    const out = {};
    for (const k of FILE_KEYS)
        if (e[k] !== undefined)
            out[k] = e[k];
    out.columns = e.columns.map(c => {
        const col = {};
        for (const k of COLUMN_KEYS)
            if (c[k] !== undefined)
                col[k] = c[k];
        return col;
    });
    return out;
}
/**
 * The lock's text: entries sorted by key, keys in a fixed order, one line per column (so a
 * column whose values changed is one changed line in the diff).
 */
function serializeLock(lock) {
    const entries = [...lock.entries].sort(byKey(entryKey)).map(e => {
        if (!isDirLock(e))
            return fileObject(e);
        const out = {};
        if (e.folder !== undefined)
            out.folder = e.folder;
        if (e.glob !== undefined)
            out.glob = e.glob;
        out.sha256 = e.sha256;
        out.size = e.size;
        out.nfiles = e.nfiles;
        out.files = [...e.files].sort(byKey(entryKey)).map(fileObject);
        return out;
    });
    const doc = new distExports.Document({ schemaVersion: lock.schemaVersion, entries });
    // Columns in flow style: `- { name: Id, type: integer, … }` on one line each.
    const flowColumns = (file) => {
        if (!distExports.isMap(file))
            return;
        const columns = file.get('columns', true);
        for (const item of columns?.items ?? [])
            if (item instanceof distExports.YAMLMap)
                item.flow = true;
        const files = file.get('files', true);
        for (const f of files?.items ?? [])
            flowColumns(f);
    };
    const list = doc.contents.get('entries', true);
    for (const item of list.items)
        flowColumns(item);
    return HEADER + doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
async function writeLock(file, lock) {
    await writeFileAtomic(file, serializeLock(lock));
}
/** Read a lock; undefined when there is none yet. A damaged lock is an InputError with its line. */
async function readLock(file, paths) {
    let text;
    try {
        text = await promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new InputError(`cannot read the lock: ${error.message}`, { file });
    }
    return (await readLockFast(text, file, paths)) ?? readLockChecked(text, file, paths);
}
/**
 * The lock as written by `repro-audit lock`: read on every audit, so by the reader of the writer's
 * own shape (lock-reader.ts), then by js-yaml for any other YAML (a hand-edited lock); the `yaml`
 * document parser costs several times more on the flow-style column lists. Anything neither
 * accepts (bad YAML, a wrong layout, a path leaving the repository) is undefined here, and the
 * checked reader then says what is wrong, with the line. All read YAML 1.2's core schema.
 */
async function readLockFast(text, file, paths) {
    try {
        const value = (readWrittenLock(text) ?? (await readAnyYaml(text, file)));
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        checkLayout(value, file);
        for (const e of value.entries ?? []) {
            for (const f of (isDirLock(e) ? [e, ...e.files] : [e]))
                for (const field of SIDE_FILE_KEYS)
                    if (paths && f[field] !== undefined)
                        confinedPath(f[field], paths.dir, paths.root, { file, field });
        }
        return value;
    }
    catch {
        return undefined;
    }
}
/** Any YAML, by js-yaml, which is loaded only for a lock the writer did not shape. */
async function readAnyYaml(text, file) {
    const { CORE_SCHEMA, load } = await import('./cli-js-yaml.js');
    return load(text, { schema: CORE_SCHEMA, filename: file });
}
/** The lock read as a YAML document: slower, and its errors name the line. */
function readLockChecked(text, file, paths) {
    const lineCounter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new InputError(`the lock is not valid YAML: ${e.message.split('\n')[0]}`, {
            file,
            line: e.linePos?.[0].line
        });
    }
    if (!distExports.isMap(doc.contents))
        throw new InputError('the lock is not a mapping; re-create it with `repro-audit lock`', { file });
    const value = doc.toJS();
    checkLayout(value, file);
    if (paths)
        confineSideFiles(doc, lineCounter, file, paths);
    return value;
}
/** The layout both readers require: a known version, and a path or url, size and sha256 per file. */
function checkLayout(value, file) {
    if ((value.schemaVersion !== 1 && value.schemaVersion !== 2) || !Array.isArray(value.entries)) {
        throw new InputError('the lock has an unknown layout; re-create it with `repro-audit lock`', { file });
    }
    const checkFile = (e, where) => {
        if ((typeof e?.path !== 'string' && typeof e?.url !== 'string') ||
            typeof e.sha256 !== 'string' ||
            typeof e.size !== 'number') {
            throw new InputError(`${where} lacks path, size or sha256; re-create it with \`repro-audit lock\``, {
                file
            });
        }
    };
    for (const [i, e] of value.entries.entries()) {
        if (e && isDirLock(e))
            e.files.forEach((f, j) => checkFile(f, `lock entry ${i + 1}, file ${j + 1}`));
        else
            checkFile(e, `lock entry ${i + 1}`);
    }
}
/** The lock's keys that name side files in its folder. */
const SIDE_FILE_KEYS = ['row_hashes', 'row_values'];
/** The side files an entry names, relative to the config's folder. */
function sideFiles(f) {
    return SIDE_FILE_KEYS.map(k => f[k]).filter((p) => typeof p === 'string');
}
/** Every side-file path stays inside the repository, also through links (the lock may be edited). */
function confineSideFiles(doc, lineCounter, file, { dir, root }) {
    const check = (node) => {
        if (!distExports.isMap(node))
            return;
        for (const field of SIDE_FILE_KEYS) {
            const scalar = node.get(field, true);
            if (scalar === undefined)
                continue;
            const line = scalar.range ? lineCounter.linePos(scalar.range[0]).line : undefined;
            confinedPath(scalar.value, dir, root, { file, field, line });
        }
        const files = node.get('files', true);
        if (distExports.isSeq(files))
            files.items.forEach(check);
    };
    const entries = doc.contents.get('entries', true);
    if (distExports.isSeq(entries))
        entries.items.forEach(check);
}

/**
 * Describe every snapshot entry and replace the lock in one rename. Everything is read before
 * anything is written, so bad input leaves the previous lock (and its sidecars) untouched. The
 * sidecars go into a staging folder in repro.lock.d, sealed under a name made from its content;
 * the new lock names that folder, so the switch to the new lock is its own rename.
 */
async function createLock(config, options = {}) {
    const ctx = { config, ...options };
    const sideDir = `${config.snapshot.lock}.d`;
    requireWritableInside(config.snapshot.root, sideDir, "the lock's folder");
    await removeStaleLockFiles(config);
    const entries = [];
    // Side-file names (relative to the set folder) by the file lock that refers to them.
    const sidecars = new Map();
    const copies = new Map();
    let staging;
    let sealed = false;
    try {
        await lockEntries();
        if (staging) {
            const set = await sealFolder(staging.dir);
            sealed = true;
            const inSet = (name) => relativePosix(config.dir, path.join(sideDir, set, name));
            for (const [lock, name] of sidecars)
                lock.row_hashes = inSet(name);
            for (const [lock, name] of copies)
                lock.row_values = inSet(name);
        }
        const lock = { schemaVersion: LOCK_VERSION, entries };
        requireWritableInside(config.snapshot.root, sideDir, "the lock's folder");
        await writeLock(config.snapshot.lock, lock);
        await removeStaleLockFiles(config);
        return lock;
    }
    finally {
        if (staging && !sealed)
            await promises.rm(staging.dir, { recursive: true, force: true });
        // Until the new lock was current its set was named by no lock: the marker kept other writers off it.
        await endWrite(staging);
    }
    async function lockEntries() {
        for (const entry of config.snapshot.entries) {
            const files = await entryFiles(ctx, entry);
            if (files.length === 0)
                throw new InputError(`snapshot entry "${entry.path}" holds no CSV or Parquet files`, {
                    file: config.file
                });
            const locks = [];
            for (const file of files) {
                // A CSV file with an id column: its locked rows are kept too (gzip), for showing changed values.
                let values;
                if (entry.idColumn !== undefined && formatOf(file.key, entry.format) === 'csv') {
                    staging ??= await stageFolder(sideDir);
                    values = new RowValuesWriter(path.join(staging.dir, 'values.tmp'), ctx.rowValuesLimit ?? ROW_VALUES_LIMIT);
                }
                let scan;
                try {
                    scan = await scanDataFile(file, entry, { limits: ctx.rowHashLimits, rows: values });
                }
                catch (error) {
                    await values?.dispose();
                    throw error;
                }
                const spool = scan.profile.rowHashes;
                if (scan.profile.rows === 0) {
                    spool?.dispose();
                    await values?.dispose();
                    throw new InputError(entry.asOf
                        ? `no rows at or before ${entry.asOf.until}: nothing to pin`
                        : 'the file has a header but no rows: nothing to pin', { file: file.abs, line: scan.format === 'csv' ? 1 : undefined });
                }
                const fileLock = fileLockFrom(scan, entry);
                if (values && staging) {
                    try {
                        if (await values.finish()) {
                            const name = valuesName(file.key, entry, scan.sha256);
                            await promises.mkdir(path.dirname(path.join(staging.dir, name)), { recursive: true });
                            await promises.rename(values.file, path.join(staging.dir, name));
                            copies.set(fileLock, name);
                        }
                        else
                            fileLock.row_values_skipped = overLimit(ctx.rowValuesLimit ?? ROW_VALUES_LIMIT);
                    }
                    catch (error) {
                        spool?.dispose();
                        throw error;
                    }
                }
                if (spool) {
                    try {
                        const name = sidecarName(file.key, entry, scan.sha256);
                        staging ??= await stageFolder(sideDir);
                        const target = path.join(staging.dir, name);
                        await promises.rename(await writeRowHashesTemp(target, spool), target);
                        sidecars.set(fileLock, name);
                    }
                    catch (error) {
                        if (!(error instanceof DuplicateIdError))
                            throw error;
                        throw await duplicateIdError(file.abs, scan.format, entry.idColumn ?? '', error.id);
                    }
                    finally {
                        spool.dispose();
                        scan.profile.rowHashes = undefined;
                    }
                }
                locks.push(fileLock);
            }
            if (entry.kind === 'folder' || entry.kind === 'glob')
                entries.push(dirLock(entry.kind, entry.path, locks));
            else
                entries.push(locks[0]);
        }
    }
}
/** A duplicate id, named with the line of its second row when the file is CSV. */
async function duplicateIdError(file, format, idColumn, id) {
    const lines = [];
    if (format === 'csv') {
        let index = -1;
        const stop = new InputError('found');
        await scanCsv(file, {
            header: names => void (index = names.indexOf(idColumn)),
            row(fields, line) {
                if (fields[index] === id && lines.push(line) === 2)
                    throw stop;
            }
        }).catch((error) => {
            if (error !== stop)
                throw error;
        });
    }
    const first = lines.length === 2 ? ` (first on line ${lines[0]})` : '';
    return new InputError(`id ${JSON.stringify(id)} in "${idColumn}" appears more than once${first}: ids must name one row each`, {
        file,
        line: lines[1]
    });
}
/**
 * What an interrupted `lock` left: temporary files beside the lock, staging folders and sealed
 * sets the current lock does not name, and sidecars of the older flat layout it does not name.
 */
async function removeStaleLockFiles(config) {
    const sideDir = `${config.snapshot.lock}.d`;
    await removeStaleBeside(config.snapshot.lock);
    await removeStale(sideDir, async () => {
        let current;
        try {
            current = await readLock(config.snapshot.lock, { dir: config.dir, root: config.snapshot.root });
        }
        catch {
            return { keep: 'all' }; // a damaged lock: remove only temporary files
        }
        const named = new Set();
        for (const e of current?.entries ?? [])
            for (const f of isDirLock(e) ? e.files : [e])
                for (const side of sideFiles(f))
                    named.add(relativePosix(sideDir, path.resolve(config.dir, side)));
        const sets = new Set([...named].map(n => n.split('/')[0]));
        return { keep: sets, stray: rel => rel.endsWith('.rows.tsv') && !named.has(rel) };
    });
}
function dirLock(kind, key, files) {
    const listing = files.map(f => `${f.path} ${f.sha256}\n`).join('');
    return {
        [kind]: key,
        sha256: createHash('sha256').update(listing).digest('hex'),
        size: files.reduce((n, f) => n + f.size, 0),
        nfiles: files.length,
        files
    };
}
/** The files a fresh lock pins, for the report of `repro-audit lock`. */
function lockedFiles(lock) {
    return lock.entries.flatMap(e => {
        const files = isDirLock(e) ? e.files.map(f => ({ f, entry: entryKey(e) })) : [{ f: e, entry: undefined }];
        return files.map(({ f, entry }) => ({
            path: entryKey(f),
            ...(entry ? { entry } : {}),
            status: 'pass',
            change: 'unchanged',
            format: f.format,
            sha256: f.sha256,
            size: f.size,
            rows: f.rows,
            fingerprint: f.fingerprint
        }));
    });
}

/** How many ids of each kind a finding names. */
const FIRST_IDS = 10;
/**
 * Check every snapshot entry against the lock. The fast path compares byte hashes only; a file
 * whose hash differs is read in full and the difference classified: reordered or re-encoded
 * (same rows, warn), rows added or removed, values changed, schema changed (fail).
 */
async function verifySnapshot(config, options = {}) {
    const ctx = { config, ...options };
    const lockName = relativePosix(config.dir, config.snapshot.lock);
    const lock = await readLock(config.snapshot.lock, { dir: config.dir, root: config.snapshot.root });
    if (!lock) {
        return {
            status: 'error',
            lock: lockName,
            files: [],
            findings: [
                {
                    status: 'error',
                    code: 'snapshot.no-lock',
                    message: `No snapshot lock at ${displayPath(config.snapshot.lock)}: run \`repro-audit lock\` and commit it.`,
                    file: displayPath(config.snapshot.lock)
                }
            ]
        };
    }
    const locked = new Map(lock.entries.map(e => [entryKey(e), e]));
    const outcomes = [];
    for (const entry of config.snapshot.entries) {
        const expected = locked.get(entry.path);
        if (entry.kind === 'folder' || entry.kind === 'glob') {
            outcomes.push(...(await verifyDir(ctx, entry, expected && isDirLock(expected) ? expected : undefined)));
            continue;
        }
        const fileLock = expected && !isDirLock(expected) ? expected : undefined;
        if (entry.kind === 'file' && !(await exists$1(entry.absPath))) {
            const shown = displayPath(entry.absPath);
            outcomes.push({
                file: { path: entry.path, status: 'error', change: 'missing', lockedSha256: fileLock?.sha256 },
                findings: [
                    { status: 'error', code: 'snapshot.missing', message: `${shown} is missing.`, file: shown }
                ]
            });
            continue;
        }
        if (!fileLock) {
            outcomes.push(unlocked(entry.path, entry.kind === 'url' ? entry.path : displayPath(entry.absPath)));
            continue;
        }
        const [file] = await entryFiles(ctx, entry);
        outcomes.push(await verifyFile(ctx, entry, file, fileLock));
    }
    const files = outcomes.map(o => o.file);
    const findings = outcomes.flatMap(o => o.findings);
    const listed = new Set(config.snapshot.entries.map(e => e.path));
    for (const e of lock.entries) {
        const key = entryKey(e);
        if (!listed.has(key)) {
            findings.push({
                status: 'warn',
                code: 'snapshot.stale-lock-entry',
                message: `The lock pins ${key}, which the config no longer lists: run \`repro-audit lock\` to drop it.`,
                file: displayPath(config.snapshot.lock)
            });
        }
    }
    const status = worst(...files.map(f => f.status), ...findings.map(f => f.status));
    return { status, lock: lockName, files, findings };
}
function unlocked(key, shown, entry) {
    return {
        file: { path: key, status: 'fail', change: entry ? 'added' : 'unlocked', ...(entry ? { entry } : {}) },
        findings: [
            entry
                ? {
                    status: 'fail',
                    code: 'snapshot.file-added',
                    message: `${shown} was added to ${entry} after the lock was written.`,
                    file: shown
                }
                : {
                    status: 'fail',
                    code: 'snapshot.unlocked',
                    message: `${shown} is a snapshot entry but not in the lock: run \`repro-audit lock\`.`,
                    file: shown
                }
        ]
    };
}
/** A folder or glob entry: files added and removed, then every common file on its own. */
async function verifyDir(ctx, entry, expected) {
    const current = await listEntryFiles(ctx.config, entry);
    if (!expected)
        return [unlocked(entry.path, entry.path)];
    const before = new Map(expected.files.map(f => [f.path ?? '', f]));
    const out = [];
    const seen = new Set();
    for (const file of current) {
        seen.add(file.key);
        const locked = before.get(file.key);
        if (!locked)
            out.push(unlocked(file.key, displayPath(file.abs), entry.path));
        else
            out.push(await verifyFile(ctx, entry, file, locked, entry.path));
    }
    for (const [key, locked] of before) {
        if (seen.has(key))
            continue;
        const shown = displayPath(path.resolve(ctx.config.dir, key));
        out.push({
            file: {
                path: key,
                entry: entry.path,
                status: 'fail',
                change: 'removed',
                lockedSha256: locked.sha256,
                lockedSize: locked.size,
                lockedRows: locked.rows
            },
            findings: [
                {
                    status: 'fail',
                    code: 'snapshot.file-removed',
                    message: `${shown} was removed from ${entry.path} (it held ${formatInt(locked.rows)} rows when locked).`,
                    file: shown
                }
            ]
        });
    }
    return out;
}
async function verifyFile(ctx, entry, file, locked, within) {
    const shown = entry.kind === 'url' ? entry.path : displayPath(file.abs);
    const base = {
        path: file.key,
        status: 'pass',
        change: 'unchanged',
        format: locked.format,
        ...(within ? { entry: within } : {})
    };
    if (!entry.asOf) {
        const { sha256, size } = await hashDataFile(file);
        if (sha256 === locked.sha256 && size === locked.size) {
            return {
                file: { ...base, sha256, size, rows: locked.rows, fingerprint: locked.fingerprint },
                findings: []
            };
        }
    }
    const scan = await scanDataFile(file, entry, { limits: ctx.rowHashLimits });
    try {
        return await verifyScan(ctx, entry, locked, scan, base, shown);
    }
    finally {
        scan.profile.rowHashes?.dispose();
    }
}
async function verifyScan(ctx, entry, locked, scan, base, shown) {
    const facts = {
        ...base,
        format: scan.format,
        sha256: scan.sha256,
        lockedSha256: locked.sha256,
        size: scan.size,
        lockedSize: locked.size,
        rows: scan.profile.rows,
        lockedRows: locked.rows,
        fingerprint: scan.profile.fingerprint,
        lockedFingerprint: locked.fingerprint
    };
    if (entry.asOf) {
        facts.asOf = entry.asOf.until;
        facts.ignoredRows = scan.profile.ignoredRows;
        if (locked.as_of?.until !== entry.asOf.until || locked.as_of.column !== entry.asOf.column) {
            const was = locked.as_of ? `${locked.as_of.column} ≤ ${locked.as_of.until}` : 'no cut-off';
            return {
                file: { ...facts, status: 'fail', change: 'changed' },
                findings: [
                    {
                        status: 'fail',
                        code: 'snapshot.as-of-changed',
                        message: `${shown}: the time cut changed (${was} → ${entry.asOf.column} ≤ ${entry.asOf.until}) since the lock was written: run \`repro-audit lock\`.`,
                        file: shown
                    }
                ]
            };
        }
    }
    if (!locked.fingerprint) {
        // A lock from before fingerprints: only sizes and row counts can be compared.
        return {
            file: { ...facts, status: 'fail', change: 'changed' },
            findings: [
                {
                    status: 'fail',
                    code: 'snapshot.changed',
                    message: `${shown} changed since it was locked (size ${formatBytes(locked.size)} → ${formatBytes(scan.size)}, rows ${formatInt(locked.rows)} → ${formatInt(scan.profile.rows)}); re-lock with this version to classify changes.`,
                    file: shown
                }
            ]
        };
    }
    const found = await classify(ctx, entry, locked, scan, shown);
    const status = worst(...found.findings.map(f => f.status));
    const change = found.kinds.length === 0 ? 'unchanged' : 'changed';
    return { file: { ...facts, ...found.facts, kinds: found.kinds, status, change }, findings: found.findings };
}
/** The changes found in one file, said as findings and kept as facts for the report. */
class Verdict {
    shown;
    kinds = [];
    findings = [];
    facts = {};
    constructor(shown) {
        this.shown = shown;
    }
    say(status, kind, message) {
        this.kinds.push(kind);
        this.findings.push({
            status,
            code: `snapshot.${kind}`,
            message: `${this.shown}: ${message}.`,
            file: this.shown
        });
    }
    result() {
        return { kinds: this.kinds, findings: this.findings, facts: this.facts };
    }
}
async function classify(ctx, entry, locked, scan, shown) {
    const now = scan.profile;
    const v = new Verdict(shown);
    const schema = diffSchema(locked.columns, now.columns);
    const schemaChanged = schema.added.length + schema.removed.length + schema.renamed.length + schema.retyped.length > 0 ||
        schema.reordered;
    const c = { ctx, entry, locked, scan, now, drift: columnDrift(locked.columns, now.columns) };
    if (!schemaChanged && now.fingerprint === locked.fingerprint && now.rows === locked.rows) {
        sameRows(c, v);
        return v.result();
    }
    if (schemaChanged) {
        v.facts.schema = schema;
        if (c.drift.length && now.rows === locked.rows)
            v.facts.columns = c.drift;
        v.say('fail', 'schema-changed', `schema changed: ${schemaText(schema)}`);
    }
    // Rows by id, when the lock has the (id, row hash) sidecar and the schema still lines up.
    if (!schemaChanged && locked.row_hashes && now.rowHashes)
        await rowsById(c, locked.row_hashes, now.rowHashes, v);
    else
        byRowCount(c, schemaChanged, v);
    return v.result();
}
/** Same rows: unchanged (a time-cut entry whose table only grew), reordered, or re-encoded. */
function sameRows({ locked, scan, now }, v) {
    if (now.ordered === locked.ordered && (locked.sha256 === scan.sha256 || locked.as_of))
        return;
    const newline = locked.newline && now.newline && locked.newline !== now.newline
        ? `line endings ${locked.newline.toUpperCase()} → ${now.newline.toUpperCase()}`
        : '';
    if (now.ordered !== locked.ordered) {
        v.say('warn', 'reordered', `the same ${formatInt(now.rows)} rows in another order (content fingerprint unchanged${newline ? `; also ${newline}` : ''}); results that depend on row order may change`);
    }
    else {
        v.say('warn', 're-encoded', `the same rows in the same order, re-encoded (${newline || 'quoting, number formatting or other byte-level encoding'})`);
    }
}
/** What changed, row by row, from the lock's (id, row hash) sidecar against the file's. */
async function rowsById({ ctx, entry, locked, scan, now, drift }, lockedHashes, nowHashes, v) {
    const diff = await diffRowHashes(path.resolve(ctx.config.dir, lockedHashes), nowHashes, FIRST_IDS, ctx.rowHashLimits?.maxAddedIds);
    const addedCount = diff.added.count;
    const removedCount = diff.removed.count;
    const changedCount = diff.changed.count;
    v.facts.rowsAdded = diff.added.rows;
    v.facts.rowsRemoved = diff.removed.rows;
    v.facts.rowsChanged = changedCount;
    v.facts.ids = { added: diff.added.ids, removed: diff.removed.ids, changed: diff.changed.ids };
    if (changedCount)
        Object.assign(v.facts, await changedValues(ctx, locked, scan, diff.changed.ids));
    const idName = locked.id_column ?? 'id';
    if (addedCount)
        v.say('fail', 'rows-added', `${plural(v.facts.rowsAdded, 'row')} added (${formatInt(locked.rows)} → ${formatInt(now.rows)}); first new ${idName}s: ${idList(v.facts.ids.added, addedCount)}`);
    if (removedCount)
        v.say('fail', 'rows-removed', `${plural(v.facts.rowsRemoved, 'row')} removed (${formatInt(locked.rows)} → ${formatInt(now.rows)}); first removed ${idName}s: ${idList(v.facts.ids.removed, removedCount)}`);
    if (changedCount || v.kinds.length === 0) {
        // Which columns changed in the changed rows: when rows were only added, read the file again
        // without them, so the column digests and statistics compare the same rows as the lock.
        let columns = drift;
        // Above the cap the added ids were not all kept (memory): then no column can be named.
        const tooMany = addedCount > 0 && !diff.addedIds;
        if (addedCount && !removedCount) {
            columns = [];
            if (diff.addedIds) {
                const skipIds = new Set(diff.addedIds);
                const common = await scanDataFile({ key: scan.key, abs: scan.abs }, entry, { skipIds });
                columns = columnDrift(locked.columns, common.profile.columns);
            }
        }
        // With removed rows the lock's digests include rows that are gone: no column can be named.
        const which = columns.length && !removedCount
            ? `; ${driftText(columns)}`
            : tooMany && !removedCount
                ? `; the columns cannot be named: that needs the file read again without the ${formatInt(addedCount)} added rows, more than the ${formatInt(ctx.rowHashLimits?.maxAddedIds ?? MAX_ADDED_IDS)} ids held for it`
                : '';
        if (!removedCount && columns.length)
            v.facts.columns = columns;
        const rows = changedCount
            ? `${plural(changedCount, 'row')} (${idName}s ${idList(v.facts.ids.changed, changedCount)})`
            : 'rows that share an id';
        v.say('fail', 'values-changed', `values changed in ${rows}${which}`);
    }
}
/** Without ids, the row counts and column digests say what they can. */
function byRowCount({ locked, now, drift }, schemaChanged, v) {
    const delta = now.rows - locked.rows;
    if (delta > 0) {
        v.facts.rowsAdded = delta;
        v.say('fail', 'rows-added', `${plural(delta, 'row')} added (${formatInt(locked.rows)} → ${formatInt(now.rows)}; name an id_column to tell added rows from changed ones)`);
    }
    else if (delta < 0) {
        v.facts.rowsRemoved = -delta;
        v.say('fail', 'rows-removed', `${plural(-delta, 'row')} removed (${formatInt(locked.rows)} → ${formatInt(now.rows)}; name an id_column to tell removed rows from changed ones)`);
    }
    else if (drift.length) {
        v.facts.columns = drift;
        v.say('fail', 'values-changed', `values changed with the row count unchanged (${formatInt(now.rows)}); ${driftText(drift)} (name an id_column to list the changed rows)`);
    }
    else if (!schemaChanged) {
        v.say('fail', 'values-changed', `values moved between rows: every column holds the same values, but rows are combined differently (name an id_column to list them)`);
    }
}
/**
 * Old → new for the first changed rows, from the copy of the locked rows the lock kept; or why
 * they cannot be shown. A copy the lock names but that is missing or damaged is an InputError.
 */
async function changedValues(ctx, locked, scan, ids) {
    if (scan.format !== 'csv')
        return { cellsUnavailable: 'changed values are kept for CSV files only' };
    if (!locked.row_values)
        return {
            cellsUnavailable: locked.row_values_skipped
                ? `the lock did not keep the locked values: ${locked.row_values_skipped}`
                : 'the lock was written before repro-audit kept the locked values (the next `repro-audit lock` keeps them)'
        };
    const stored = path.resolve(ctx.config.dir, locked.row_values);
    const { cells, rows } = await changedCells(stored, scan.abs, locked.id_column ?? '', ids.slice(0, CELL_ROWS));
    return { cells, cellRows: rows, idColumn: locked.id_column };
}
function diffSchema(before, after) {
    const afterNames = new Set(after.map(c => c.name));
    const beforeNames = new Set(before.map(c => c.name));
    let removed = before.filter(c => !afterNames.has(c.name));
    let added = after.filter(c => !beforeNames.has(c.name));
    const renamed = [];
    for (const r of [...removed]) {
        const match = added.find(a => a.digest !== undefined && a.digest === r.digest && a.type === r.type);
        if (match) {
            renamed.push({ from: r.name, to: match.name });
            removed = removed.filter(x => x !== r);
            added = added.filter(x => x !== match);
        }
    }
    const retyped = after
        .map(a => ({ a, b: before.find(c => c.name === a.name) }))
        .filter(({ a, b }) => b !== undefined && b.type !== a.type && a.type !== 'empty' && b.type !== 'empty')
        .map(({ a, b }) => ({ column: a.name, from: b?.type ?? '', to: a.type }));
    const newName = new Map(renamed.map(r => [r.from, r.to]));
    const kept = after.map(c => c.name).filter(n => !added.some(a => a.name === n));
    const was = before.map(c => newName.get(c.name) ?? c.name).filter(n => kept.includes(n));
    const reordered = was.join('\u0000') !== kept.join('\u0000');
    return { added: added.map(c => c.name), removed: removed.map(c => c.name), renamed, retyped, reordered };
}
function schemaText(s) {
    const parts = [];
    if (s.added.length)
        parts.push(`column(s) added: ${s.added.join(', ')}`);
    if (s.removed.length)
        parts.push(`column(s) removed: ${s.removed.join(', ')}`);
    if (s.renamed.length)
        parts.push(`renamed: ${s.renamed.map(r => `${r.from} → ${r.to}`).join(', ')}`);
    if (s.retyped.length)
        parts.push(`retyped: ${s.retyped.map(r => `${r.column} ${r.from} → ${r.to}`).join(', ')}`);
    if (s.reordered)
        parts.push('columns reordered');
    return parts.join('; ');
}
function stats(c) {
    const out = { type: c.type };
    for (const k of ['count', 'missing', 'min', 'max', 'mean', 'distinct'])
        if (c[k] !== undefined)
            out[k] = c[k];
    return out;
}
/** Columns present before and after whose values differ (their digests differ). */
function columnDrift(before, after) {
    const out = [];
    for (const a of after) {
        const b = before.find(c => c.name === a.name);
        if (b && b.digest !== undefined && b.digest !== a.digest)
            out.push({ column: a.name, before: stats(b), after: stats(a) });
    }
    return out;
}
function driftText(drift) {
    const shown = drift.slice(0, 4).map(d => {
        const moved = ['count', 'missing', 'min', 'max', 'mean', 'distinct']
            .filter(k => d.before[k] !== d.after[k])
            .map(k => `${k} ${formatNumber(d.before[k])} → ${formatNumber(d.after[k])}`);
        return moved.length ? `${d.column} (${moved.join(', ')})` : d.column;
    });
    const more = drift.length > 4 ? ` and ${drift.length - 4} more` : '';
    return `${shown.length === 1 && !more ? 'column' : 'columns'} whose values differ: ${shown.join('; ')}${more}`;
}
function idList(ids, total) {
    return ids.join(', ') + (total > ids.length ? `, … (${formatInt(total)} in all)` : '');
}

// The headline: the JSON `summary`, the Markdown's first line, the terminal's last line. It names
// the leading cause in a reviewer's words and the next step. The rules that find causes live with
// their sections (src/report/sections/*: `causes`); this file only ranks and joins them.
const RANK = { error: 3, fail: 2, warn: 1, pass: 0 };
/** Every cause the sections find, the worst first, then the most fundamental (data before code before results). */
function rankedCauses(result) {
    const causes = SECTION_LIST.flatMap(s => s.causes?.(result[s.key], result) ?? []);
    const covered = new Set(causes.flatMap(c => c.codes));
    for (const f of open(allFindings(result)))
        if (!f.causedBy && !covered.has(f.code))
            causes.push(genericCause(f, result));
    return causes.sort((a, b) => RANK[b.status] - RANK[a.status] || Number(!!b.leads) - Number(!!a.leads) || a.order - b.order);
}
function genericCause(f, result) {
    const head = f.status === 'fail'
        ? resultsReproduce(result)
            ? 'Results reproduce, but '
            : 'Not reproduced: '
        : 'Reproduced; ';
    const message = f.message.replace(/\.$/, '');
    return {
        status: f.status,
        order: 90,
        text: `${head}${head.endsWith(': ') ? message : lowerFirst(message)}`,
        plain: message,
        codes: [f.code]
    };
}
/** The one-line verdict of a result (its `summary` field is ignored). */
function headline(result) {
    if (result.command === 'baseline')
        return baselineHeadline(result);
    if (result.status === 'error') {
        const first = allFindings(result).find(f => f.status === 'error');
        return `The audit could not run: ${first?.message ?? 'see the findings'}`;
    }
    const causes = rankedCauses(result);
    const worst = causes.filter(c => c.status !== 'pass' || c.leads);
    switch (result.command) {
        case 'lock':
            return `Snapshot pinned: ${plural(result.snapshot.files.length, 'file')} locked.`;
        case 'verify':
            return result.status === 'pass'
                ? 'The data matches the lock.'
                : join('The data does not match the lock: ', worst);
        case 'deps':
            return result.status === 'pass' ? 'Dependencies are pinned.' : join('', worst);
    }
    if (worst.length)
        return join(undefined, worst);
    return join(undefined, causes) || 'Reproduced: the retrained pipeline matches the baseline.';
}
/** The lead cause, "and N more", then its next step. `prefix` replaces the cause's own opening. */
function join(prefix, causes) {
    const [lead, ...rest] = causes;
    if (!lead)
        return '';
    const text = prefix === undefined ? lead.text : `${prefix}${prefix ? lead.plain : capitalise(lead.plain)}`;
    const more = rest.length ? `, and ${rest.length} more` : '';
    return `${text}${more}.${lead.next ? ` ${lead.next}` : ''}`;
}
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** `baseline` writes unless the data differs from the lock; say which, and why not. */
function baselineHeadline(result) {
    const written = result.comparison.findings.some(f => f.code === 'baseline.written');
    if (written)
        return 'Baseline written.';
    const refused = result.comparison.findings.some(f => f.code === 'baseline.snapshot-changed');
    if (refused) {
        const data = REPORT_SECTIONS.snapshot.causes?.(result.snapshot, result) ?? [];
        return join('No baseline written: ', data) || 'No baseline written: the data does not match the lock.';
    }
    const first = allFindings(result).find(f => f.status === 'error');
    return `No baseline written: ${first?.message ?? 'the first run did not finish'}`;
}

// Findings a team has decided to live with (`accept:` in the config), and findings already present
// on the base branch's report (known) as against those this change brings (new).
/** Today's date in UTC as YYYY-MM-DD. */
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** Marks accepted, known and new findings in place; an accepted finding no longer counts for its section's status. */
function triage(sections, options) {
    const knownKeys = options.known ? knownFindingKeys(options.known) : undefined;
    for (const key of SECTION_KEYS) {
        const section = sections[key];
        const expired = [];
        let accepted = false;
        for (const f of section.findings) {
            if (f.status !== 'warn' && f.status !== 'fail')
                continue;
            if (knownKeys)
                f.seen = knownKeys.has(findingKey(f)) ? 'known' : 'new';
            const rule = options.accept.find(a => matches(a, f));
            if (!rule)
                continue;
            if (rule.until && rule.until < options.today) {
                expired.push(expiredWarning(rule, options.configFile));
                continue;
            }
            f.accepted = { reason: rule.reason, ...(rule.until ? { until: rule.until } : {}) };
            accepted = true;
        }
        section.findings.push(...expired);
        if (accepted || expired.length)
            section.status = recount(section.status, section.findings);
    }
}
/** The section's status counted from the findings that are not accepted; never raised above what it was, but for expiry warnings. */
function recount(status, findings) {
    if (status === 'skipped')
        return status;
    const counted = worst(...findings.filter(f => !f.accepted).map(f => f.status));
    const expired = findings.some(f => f.code === 'accept.expired');
    return expired ? worst(counted, 'warn') : counted;
}
function matches(a, f) {
    if (a.code !== f.code)
        return false;
    if (a.package !== undefined && a.package.toLowerCase() !== f.package?.toLowerCase())
        return false;
    if (a.file !== undefined && (!f.file || path.resolve(f.file) !== path.resolve(a.file)))
        return false;
    return true;
}
function expiredWarning(a, configFile) {
    const what = [a.package, a.file && displayPath(a.file)].filter(Boolean).join(', ');
    return {
        status: 'warn',
        code: 'accept.expired',
        message: `The acceptance of ${a.code}${what ? ` (${what})` : ''} expired on ${a.until} ("${a.reason}"): the finding counts again; renew or remove it.`,
        file: displayPath(configFile)
    };
}
/** What makes two findings the same across runs: the code and the package (or else the file), not the wording. */
function findingKey(f) {
    return `${f.code}\u0000${f.package ?? f.file ?? ''}`;
}
function knownFindingKeys(known) {
    const keys = new Set();
    for (const key of SECTION_KEYS)
        for (const f of known[key]?.findings ?? [])
            if (f.status === 'warn' || f.status === 'fail')
                keys.add(findingKey(f));
    return keys;
}

/** The settings shown when no run happened; the real ones come from deterministicSettings(). */
const SETTINGS = { TZ: 'UTC', LC_ALL: 'C.UTF-8', PYTHONHASHSEED: '0' };
/**
 * Train the pipeline: once for `baseline`; for `run`, as the determinism strategy asks (one
 * combined run when it matches the baseline), several at a time when the machine has the cores.
 * A run that cannot produce usable outputs becomes an `error` finding naming the run and the file.
 */
async function trainAll(ctx, command, options) {
    const { config } = ctx;
    const runsDir = path.join(config.reportDir, 'runs');
    requireWritableInside(config.snapshot.root, runsDir, 'the runs folder');
    await promises.rm(runsDir, { recursive: true, force: true });
    // url entries at their save_as paths and time-cut entries cut, read by every run alike.
    // The engine, the data view and the perturbations are loaded only by commands that train.
    const { prepareDataView } = await import('./cli-view.js').then(function (n) { return n.v; });
    const { Runner, completed, runRecords } = await import('./cli-runner.js');
    const { plainRun } = await import('./cli-perturb.js');
    const { checkDeterminism } = await import('./cli-determine.js');
    const [settings, base] = await Promise.all([deterministicSettings(config.dir), prepareDataView(ctx)]);
    const limit = concurrency(config.determinism.parallel, Number.POSITIVE_INFINITY);
    const runner = new Runner({
        ctx,
        settings,
        base,
        runsDir,
        limit,
        say: options.say,
        secrets: options.secrets
    });
    let reference;
    let determinism;
    try {
        if (command === 'baseline')
            reference = completed((await runner.runAll([plainRun('run-1')]))[0]);
        else {
            const { baseline } = options;
            const outcome = await checkDeterminism({
                determinism: config.determinism,
                engine: config.pipeline.engine,
                settings,
                runner,
                now: options.now,
                tolerances: configuredTolerances(config),
                matchesBaseline: baseline &&
                    (async (out) => (await compareOutputs(config, baseline, config.baselineDir, out)).status === 'pass')
            });
            ({ reference, section: determinism } = outcome);
        }
    }
    finally {
        await base.cleanup();
    }
    const { records, findings } = await runRecords(runner.finished);
    const status = worst(...records.map(r => r.status), ...findings.map(f => f.status));
    return {
        runs: { status, findings, engine: config.pipeline.engine, runs: records, settings },
        reference,
        determinism
    };
}
function configuredTolerances(config) {
    const { predictions, metrics } = config.compare;
    return {
        column: c => predictions.columns[c] ?? predictions.default,
        metric: m => metrics.byName[m] ?? metrics.default
    };
}
/** Every section as "skipped": what a command that does not reach a stage reports for it. */
function skippedSections(config) {
    return {
        snapshot: skippedSection({
            lock: relativePosix(config.dir, config.snapshot.lock),
            files: []
        }),
        runs: skippedSection({ engine: config.pipeline.engine, runs: [], settings: SETTINGS }),
        determinism: skippedSection({ runs: 0, checks: [], notTried: [] }),
        comparison: skippedSection({
            baseline: relativePosix(config.dir, config.baselineDir),
            metrics: [],
            artifacts: []
        }),
        dependencies: skippedSection({ files: [] }),
        environment: skippedSection({ current: {}, differences: [] })
    };
}
/** Run one command of the audit and return its result. Inputs it cannot use throw InputError. */
async function audit(config, command, options = {}) {
    if ((command === 'run' || command === 'baseline') && config.hasPipeline === false)
        throw new InputError(`\`${command}\` needs a pipeline section in the config (lock, verify and deps work without one)`, { file: config.file });
    const startedAt = new Date();
    const say = options.progress ?? (() => { });
    const sections = skippedSections(config);
    if (command === 'lock') {
        say('pinning the data snapshot');
        const lock = await createLock(config, { cache: options.snapshotCache });
        sections.snapshot = {
            status: 'pass',
            lock: relativePosix(config.dir, config.snapshot.lock),
            files: lockedFiles(lock),
            findings: []
        };
    }
    if (command === 'verify' || command === 'run' || command === 'baseline') {
        say('verifying the data snapshot');
        sections.snapshot = await verifySnapshot(config, { cache: options.snapshotCache });
    }
    // The dependency files are read first (a bad one is refused at once); probing the interpreters
    // runs alongside the training, which does not need it until the comparison.
    // The committed baseline, read once for the whole audit: `run` refuses a damaged or escaping
    // one before training, `deps` compares with it when there is one.
    const baseline = command === 'run'
        ? await readBaseline(config.baselineDir, config.snapshot.root)
        : command === 'deps'
            ? await readBaseline(config.baselineDir, config.snapshot.root).catch(() => undefined)
            : undefined;
    const depsAudit = command === 'deps' || command === 'run' || command === 'baseline'
        ? (await startEnvironmentAudit(config, sections, options, say, baseline)).done
        : undefined;
    if (command === 'deps')
        await depsAudit;
    if ((command === 'run' || command === 'baseline') && sections.snapshot.status !== 'error')
        await trainAndCompare(config, command, sections, { ...options, baseline }, say, depsAudit);
    await depsAudit;
    triage(sections, {
        accept: config.accept,
        today: options.today ?? todayUtc(),
        configFile: config.file,
        known: options.known
    });
    return auditResult(config, command, sections, options.failOn ?? config.failOn, startedAt, options.secrets ?? []);
}
/**
 * The dependencies and environment sections, against the baseline's record of them. The baseline
 * and the dependency files are read before this returns (a bad one is refused at once); `done`,
 * which probes the interpreters, fills the two sections.
 */
async function startEnvironmentAudit(config, sections, options, say, baseline) {
    say('auditing dependencies and the environment');
    const { compareEnvironment, environmentFingerprint } = await import('./cli-environment.js');
    const files = options.dependencyFiles ?? config.dependencies.files;
    const root = repositoryRoot(config.dir);
    // The dependency formats' parsers are loaded only when there are files to read.
    const deps = files.length ? await import('./cli-audit3.js') : undefined;
    const loaded = await deps?.loadDependencyFiles(files, root);
    // The configured interpreter may be the repository's virtualenv: it runs under the pipeline's rules.
    const env = envRulesOf(config.pipeline);
    const depsAudit = (async () => {
        const [dependencies, current] = await Promise.all([
            deps?.auditDependencies({
                files,
                root,
                loaded,
                python: config.dependencies.python,
                env,
                checkInstalled: config.dependencies.checkInstalled,
                baseline: baseline?.dependencies
            }),
            environmentFingerprint(config.dependencies.python, env)
        ]);
        if (dependencies)
            sections.dependencies = dependencies;
        sections.environment = compareEnvironment(current, baseline?.environment);
    })();
    // Awaited later; until then a failure must not count as unhandled.
    depsAudit.catch(() => undefined);
    return { done: depsAudit };
}
/**
 * Train, check determinism (`run`), then compare with the baseline (`run`) or write it
 * (`baseline`). When the first run failed, the runs section holds the error and nothing is
 * compared or written.
 */
async function trainAndCompare(config, command, sections, options, say, depsAudit) {
    const training = trainAll({ config, cache: options.snapshotCache }, command, {
        say,
        now: options.now ?? new Date(),
        secrets: options.secrets ?? [],
        baseline: options.baseline
    });
    // Both finish before either's failure is thrown: no probe or run is left behind.
    const [outcome] = await Promise.allSettled([training, depsAudit]);
    await depsAudit;
    if (outcome.status === 'rejected')
        throw outcome.reason;
    const trained = outcome.value;
    sections.runs = trained.runs;
    if (trained.reference)
        options.onReference?.(trained.reference.outputs);
    if (trained.determinism)
        sections.determinism = trained.determinism;
    if (!trained.reference)
        return;
    if (command === 'run') {
        say('comparing with the baseline');
        sections.comparison = await compareWithBaseline(config, options.baseline, trained.reference.outputs, sections.snapshot, sections.environment, sections.dependencies, options.baseRef);
    }
    else
        sections.comparison = await baselineSection(config, trained.reference.outputs, sections, say);
}
/** Write the baseline when the data matches the lock; the comparison section says what happened. */
async function baselineSection(config, outputs, sections, say) {
    const baseline = relativePosix(config.dir, config.baselineDir);
    if (sections.snapshot.status !== 'pass' && sections.snapshot.status !== 'warn') {
        return {
            status: 'error',
            baseline,
            metrics: [],
            artifacts: [],
            findings: [
                {
                    status: 'error',
                    code: 'baseline.snapshot-changed',
                    message: 'The data does not match the lock, so no baseline was written: run `repro-audit lock` first if the change is intended.'
                }
            ]
        };
    }
    say('writing the baseline');
    const snapshot = Object.fromEntries(sections.snapshot.files.map(f => [f.path, f.sha256 ?? '']));
    await writeBaseline(config, outputs, snapshot, sections.environment.current, sections.dependencies.versions);
    return {
        status: 'pass',
        baseline,
        metrics: [],
        artifacts: [],
        findings: [
            {
                status: 'pass',
                code: 'baseline.written',
                message: `Baseline written to ${displayPath(path.join(config.baselineDir, BASELINE_MANIFEST))}.`
            }
        ]
    };
}
/** The result of the command: its status, gate and headline, redacted. */
function auditResult(config, command, sections, failOn, startedAt, secrets) {
    const status = worst(...Object.values(sections).map(s => s.status));
    const finishedAt = new Date();
    const result = {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'repro-audit', version: VERSION },
        audit: config.name,
        command,
        config: displayPath(config.file),
        status,
        gate: { failOn, exitCode: exitCodeFor(status, failOn) },
        summary: '',
        ...sections,
        timing: {
            startedAt: startedAt.toISOString(),
            finishedAt: finishedAt.toISOString(),
            durationMs: finishedAt.getTime() - startedAt.getTime()
        }
    };
    result.summary = headline(result);
    // Every report, summary, comment and result file is rendered from this one model.
    return redactDeep(result, secrets);
}
async function compareWithBaseline(config, baseline, run, snapshot, environment, dependencies, baseRef) {
    const baselineName = relativePosix(config.dir, config.baselineDir);
    if (!baseline) {
        return {
            status: 'error',
            baseline: baselineName,
            metrics: [],
            artifacts: [],
            findings: [
                {
                    status: 'error',
                    code: 'baseline.missing',
                    message: `No baseline at ${displayPath(path.join(config.baselineDir, BASELINE_MANIFEST))}: run \`repro-audit baseline\` and commit it.`
                }
            ]
        };
    }
    const found = await compareOutputs(config, baseline, config.baselineDir, {
        predictions: run.predictions,
        dir: run.dir,
        metrics: run.metrics,
        artifacts: run.artifacts
    });
    const findings = found.findings;
    if (canonicalHash(config.pipeline.spec) !== baseline.pipeline.configSha256) {
        findings.push({
            status: 'warn',
            code: 'pipeline.config-changed',
            message: 'The pipeline section of the config changed since the baseline was written.'
        });
    }
    const cause = explainingCause(snapshot, findings);
    if (cause)
        for (const f of findings)
            if (CONSEQUENCES.has(f.code))
                f.causedBy = cause;
    const status = worst(found.status, ...findings.map(f => f.status));
    if ((status === 'fail' || status === 'warn') && !cause && environment.differences.length > 0) {
        findings.push({
            status: 'warn',
            code: 'environment.may-explain',
            message: `The environment differs from the baseline's (${environment.differences.map(d => `${d.key} ${d.baseline} → ${d.current}`).join('; ')}), which may explain the change.`
        });
    }
    const changed = dependencies.changes ?? [];
    if ((status === 'fail' || status === 'warn') && !cause && changed.length > 0) {
        const shown = changed.slice(0, 8).map(c => `${c.name} ${c.baseline} → ${c.current}`);
        const more = changed.length > 8 ? `; and ${changed.length - 8} more` : '';
        findings.push({
            status: 'warn',
            code: 'dependencies.may-explain',
            message: `Dependency versions changed since the baseline (${shown.join('; ')}${more}), which may explain the change.`
        });
    }
    const section = {
        status: worst(status, ...findings.map(f => f.status)),
        baseline: baselineName,
        predictions: found.predictions,
        metrics: found.metrics,
        artifacts: found.artifacts,
        findings
    };
    if (baseRef) {
        section.intendedChange = await intendedChange(config, baseline, baseRef);
        if (section.intendedChange.change === 'unavailable') {
            findings.push({
                status: 'warn',
                code: 'baseline.base-unavailable',
                message: section.intendedChange.message
            });
            section.status = worst(section.status, 'warn');
        }
        else
            findings.push({
                status: 'pass',
                code: `baseline.${section.intendedChange.change}`,
                message: section.intendedChange.message
            });
    }
    return section;
}
/** Findings about results, which a change of data, parameters or features explains. */
const CONSEQUENCES = new Set([
    'predictions.drift',
    'predictions.labels-changed',
    'predictions.missing-ids',
    'predictions.new-ids',
    'metrics.drift',
    'artifacts.changed'
]);
/**
 * The finding that explains drifted results: changed data first (the most fundamental), then
 * changed parameters, then the feature list, then rows that were only reordered.
 */
function explainingCause(snapshot, findings) {
    const data = snapshot.findings.find(f => f.status === 'fail' && f.code.startsWith('snapshot.') && f.code !== 'snapshot.no-lock');
    if (data)
        return data.code;
    for (const code of ['parameters.changed', 'features.changed'])
        if (findings.some(f => f.code === code))
            return code;
    const reorder = snapshot.findings.find(f => f.code === 'snapshot.reordered' || f.code === 'snapshot.re-encoded');
    const drifted = findings.some(f => CONSEQUENCES.has(f.code) && f.status === 'fail');
    return reorder && drifted ? reorder.code : undefined;
}
/** Predictions, metrics and artifacts of `current` against a baseline folder, with one finding per cause. */
async function compareOutputs(config, baseline, baselineDir, current) {
    const findings = [];
    const tolerances = config.compare.predictions;
    const { comparePredictions } = await import('./cli-predictions.js');
    const { compareMetrics } = await import('./cli-metrics.js');
    const { compareArtifact } = await import('./cli-artifacts.js');
    const filesDir = baselineFilesDir(baselineDir, baseline);
    const predicted = await comparePredictions(path.join(filesDir, baseline.predictions.file), current.predictions, {
        idColumn: baseline.predictions.idColumn,
        tolerance: column => tolerances.columns[column] ?? tolerances.default,
        top: tolerances.top,
        labels: labelColumns(config)
    });
    findings.push(...predictionFindings(predicted.comparison));
    const metrics = compareMetrics(baseline.metrics, current.metrics, name => config.compare.metrics.byName[name] ?? config.compare.metrics.default);
    for (const m of metrics.metrics) {
        if (m.status !== 'pass')
            findings.push({ status: m.status, code: 'metrics.drift', message: `Metric ${m.name} ${m.verdict}.` });
    }
    const artifacts = [];
    const names = [...new Set([...baseline.artifacts.map(a => a.path), ...current.artifacts])].sort();
    for (const name of names) {
        const a = await compareArtifact(name, filesDir, current.dir, config.compare.artifacts);
        artifacts.push(a);
        findings.push(...artifactFindings(a));
    }
    const status = worst(predicted.status, metrics.status, ...artifacts.map(a => a.status), ...findings.map(f => f.status));
    return { status, findings, predictions: predicted.comparison, metrics: metrics.metrics, artifacts };
}
/** Columns compared as labels: the configured ones, and a built-in classifier's predicted label. */
function labelColumns(config) {
    const p = config.pipeline;
    const classifier = p.engine === 'builtin' && p.task === 'classification';
    return [...new Set([...config.compare.predictions.labels, ...(classifier ? ['prediction'] : [])])];
}
function predictionFindings(p) {
    const findings = [];
    for (const c of p.columns) {
        if (c.beyondTolerance > 0 && c.labels) {
            const top = c.labels.confusion[0];
            const common = top
                ? ` (most often ${JSON.stringify(top.baseline)} → ${JSON.stringify(top.current)}, ${formatInt(top.count)} rows)`
                : '';
            findings.push({
                status: 'fail',
                code: 'predictions.labels-changed',
                message: `${formatInt(c.labels.changed)} of ${plural(c.rows, 'label')} in \`${c.column}\` changed${common}.`
            });
        }
        const numeric = c.beyondTolerance - (c.labels?.changed ?? 0);
        if (numeric > 0) {
            findings.push({
                status: 'fail',
                code: 'predictions.drift',
                message: `Predictions drifted: ${formatInt(numeric)} of ${plural(c.rows, 'row')} of \`${c.column}\` differ beyond ${describeTolerance(c.tolerance)} (max absolute difference ${formatNumber(c.maxAbsDiff)}, max relative ${formatNumber(c.maxRelDiff)}).`
            });
        }
        else if (c.beyondTolerance === 0 && c.withinTolerance > 0) {
            findings.push({
                status: 'pass',
                code: 'predictions.within-tolerance',
                message: `\`${c.column}\` is equal within ${describeTolerance(c.tolerance)}, not bit-identical: ${formatInt(c.withinTolerance)} of ${plural(c.rows, 'row')} differ by at most ${formatNumber(c.maxAbsDiff)}.`
            });
        }
    }
    const sample = (ids, count) => `${ids.slice(0, 5).join(', ')}${count > 5 ? ', …' : ''}`;
    if (p.missingCount > 0)
        findings.push({
            status: 'fail',
            code: 'predictions.missing-ids',
            message: `${plural(p.missingCount, 'id')} of the baseline ${p.missingCount === 1 ? 'has' : 'have'} no prediction in this run (${sample(p.missingIds, p.missingCount)}).`
        });
    if (p.newCount > 0)
        findings.push({
            status: 'fail',
            code: 'predictions.new-ids',
            message: `${plural(p.newCount, 'id')} ${p.newCount === 1 ? 'has' : 'have'} predictions in this run but not in the baseline (${sample(p.newIds, p.newCount)}).`
        });
    if (p.missingColumns.length)
        findings.push({
            status: 'fail',
            code: 'predictions.missing-columns',
            message: `Prediction columns missing from this run: ${p.missingColumns.join(', ')}.`
        });
    if (p.newColumns.length)
        findings.push({
            status: 'warn',
            code: 'predictions.new-columns',
            message: `Prediction columns not in the baseline (not compared): ${p.newColumns.join(', ')}.`
        });
    return findings;
}
function artifactFindings(a) {
    if (a.status === 'pass' && a.withinTolerance && a.tolerance)
        return [
            {
                status: 'pass',
                code: 'artifacts.within-tolerance',
                message: `Artifact ${a.path} is equal within ${describeTolerance(a.tolerance)}, not bit-identical: ${formatInt(a.withinTolerance)} learned value(s) differ by at most ${formatNumber(a.maxRelDiff ?? 0)} relative.`
            }
        ];
    if (a.status === 'pass')
        return [];
    const findings = [];
    if (a.change === 'missing' || a.change === 'new') {
        return [
            {
                status: 'fail',
                code: `artifacts.${a.change}`,
                message: a.change === 'missing'
                    ? `Artifact ${a.path} is in the baseline but this run did not write it.`
                    : `Artifact ${a.path} is new: the baseline has no such file.`
            }
        ];
    }
    for (const p of a.parameters ?? []) {
        findings.push({
            status: 'fail',
            code: 'parameters.changed',
            message: `Parameter \`${p.path}\` in ${a.path} changed: \`${JSON.stringify(p.baseline) ?? 'absent'}\` → \`${JSON.stringify(p.current) ?? 'absent'}\`.`
        });
    }
    const f = a.features;
    if (f) {
        const parts = [];
        if (f.added.length)
            parts.push(`${f.added.length} added (${f.added.slice(0, 5).join(', ')}${f.added.length > 5 ? ', …' : ''})`);
        if (f.removed.length)
            parts.push(`${f.removed.length} removed (${f.removed.slice(0, 5).join(', ')}${f.removed.length > 5 ? ', …' : ''})`);
        if (f.reordered && f.firstMoved)
            parts.push(`order changed: position ${f.firstMoved.position} was ${f.firstMoved.baseline}, now ${f.firstMoved.current}`);
        findings.push({
            status: 'fail',
            code: 'features.changed',
            message: `Feature list in ${a.path} changed: ${parts.join('; ')}.`
        });
    }
    if (a.diffCount) {
        const first = a.diffs?.[0];
        const example = first
            ? `, for example \`${first.path}\` \`${JSON.stringify(first.baseline) ?? 'absent'}\` → \`${JSON.stringify(first.current) ?? 'absent'}\``
            : '';
        findings.push({
            status: 'fail',
            code: 'artifacts.changed',
            message: `Artifact ${a.path}: ${plural(a.diffCount, 'learned value')} changed${example}.`
        });
    }
    if (findings.length === 0)
        findings.push({
            status: 'fail',
            code: 'artifacts.changed',
            message: `Artifact ${a.path} changed (sha256 differs).`
        });
    return findings;
}
/** The baseline committed at `ref` (HEAD for `accept`) against the one in the working tree. */
async function baselineChange(config, ref) {
    const current = await readBaseline(config.baselineDir, config.snapshot.root);
    return current ? intendedChange(config, current, ref) : undefined;
}
/** The base branch's baseline against the pull request's: informational, never a failure. */
async function intendedChange(config, prBaseline, ref) {
    const empty = { ref, metrics: [], artifacts: [] };
    let atRef;
    try {
        const { readBaselineAtRef } = await import('./cli-base-ref.js');
        atRef = await readBaselineAtRef(ref, config.baselineDir);
    }
    catch (error) {
        return {
            ...empty,
            change: 'unavailable',
            message: `Could not read the baseline at ${ref}, so the intended change is not shown: ${error.message.split('\n')[0]}`
        };
    }
    if (!atRef)
        return { ...empty, change: 'added', message: `The pull request adds the baseline: ${ref} has none.` };
    try {
        const prManifest = await promises.readFile(path.join(config.baselineDir, BASELINE_MANIFEST), 'utf8');
        if (prManifest === atRef.manifestText)
            return {
                ...empty,
                change: 'unchanged',
                message: `The pull request does not change the baseline of ${ref}.`
            };
        const found = await compareOutputs(config, atRef.baseline, atRef.dir, {
            predictions: path.join(baselineFilesDir(config.baselineDir, prBaseline), prBaseline.predictions.file),
            dir: baselineFilesDir(config.baselineDir, prBaseline),
            metrics: prBaseline.metrics,
            artifacts: prBaseline.artifacts.map(a => a.path)
        });
        const change = {
            ref,
            change: 'changed',
            message: '',
            predictions: found.predictions,
            metrics: found.metrics,
            artifacts: found.artifacts
        };
        change.message = `The pull request updates the baseline of ${ref}: ${intendedText(change)}.`;
        return change;
    }
    finally {
        await atRef.cleanup();
    }
}

export { audit as a, baselineChange as b, runPool as r };
