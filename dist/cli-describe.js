import { promises, readFileSync, createWriteStream, rmSync, mkdtempSync, openSync, writeSync, closeSync, readSync } from 'node:fs';
import path from 'node:path';
import { a as canonicalHash, c as canonicalJsonPretty } from './cli-canonical-json.js';
import { u as hashFile, v as linkOutside, I as InputError, f as confinedPath, a as displayPath, b as requireWritableInside, w as writeFileAtomic, i as isInside, c as relativePosix, l as logLine } from './cli-commands.js';
import { createHash } from 'node:crypto';
import { B as BASELINE_MANIFEST, a as BASELINE_PREDICTIONS } from './cli-outputs.js';
import { a as globToRegExp, g as globBase } from './cli-glob.js';
import { formatBytes } from './cli-format.js';
import { Transform, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import os from 'node:os';
import { c as checkHeader } from './cli-csv.js';

// Side files that become current together with their manifest. They are written into a private
// staging folder, which is renamed to a name made from its content; then the manifest that names
// that folder replaces the old one in one rename. Before the switch the old manifest still names
// the old folder; after it the new manifest names a complete new one. What an interrupted run
// leaves (staging folders, temporary files, folders no manifest names) is recognisable by name
// and removed by the next writer.
//
// Two writers at once (two terminals, an editor's hook beside a `lock`): between sealing its set
// and renaming its manifest, a writer's set is named by no manifest, and the other writer's
// cleanup would remove it, leaving a manifest that names a missing folder. So a writer keeps a
// marker `.writer.tmp-<pid>-<time>` in the folder from before it stages until its manifest is
// current, and a cleanup that finds another live writer's marker removes no set. The cleanup lists
// the folder, then looks for markers, then reads the manifest: a set it listed was sealed after its
// writer's marker was made, so either that marker is still there, or that writer's manifest is
// already current and the fresh read names the set. (Not covered: a third writer sealing the very
// same content while a cleanup removes that set; the manifest then names a folder the next `lock`
// or `baseline` writes again.)
/** Our temporary names: `.tmp-<pid>-<time>` (staging folders) and `<file>.tmp-<pid>-<time>`. */
const TEMP = /\.tmp-(\d+)-(\d+)$/;
/** A sealed set: 16 hex digits of the sha256 of its listing. */
const SET_NAME = /^[0-9a-f]{16}$/;
/** The marker of a writer at work (a temporary name too: a killed writer's marker is stale). */
const WRITER = '.writer';
/** A fresh, empty staging folder inside `parent`, and this writer's marker beside it. */
async function stageFolder(parent) {
    await promises.mkdir(parent, { recursive: true });
    const tag = `.tmp-${process.pid}-${Date.now()}`;
    const marker = path.join(parent, `${WRITER}${tag}`);
    await promises.writeFile(marker, '');
    const dir = path.join(parent, tag);
    await promises.mkdir(dir);
    return { dir, marker };
}
/** The write is over (its manifest is current, or it failed): drop the marker. */
async function endWrite(staging) {
    if (staging)
        await promises.rm(staging.marker, { force: true });
}
/** Every regular file under `dir`, as sorted forward-slash paths relative to it. */
async function filesUnder(dir, rel = '') {
    const out = [];
    for (const d of await promises.readdir(path.join(dir, rel), { withFileTypes: true })) {
        const name = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory())
            out.push(...(await filesUnder(dir, name)));
        else if (d.isFile())
            out.push(name);
    }
    return out.sort();
}
/**
 * Name the staging folder by its content and move it into place: identical content gets the
 * same name, so an unchanged set is left as it is. Returns the set's name.
 */
async function sealFolder(staging) {
    let listing = '';
    for (const name of await filesUnder(staging))
        listing += `${name} ${(await hashFile(path.join(staging, name))).sha256}\n`;
    const id = createHash('sha256').update(listing).digest('hex').slice(0, 16);
    const target = path.join(path.dirname(staging), id);
    const existing = await promises.lstat(target).catch(() => undefined);
    // Something that is not a folder under our name (a link, perhaps leading out) is replaced.
    if (existing && !existing.isDirectory())
        await promises.rm(target);
    try {
        await promises.rename(staging, target);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
            throw error;
        await promises.rm(staging, { recursive: true, force: true });
    }
    return id;
}
function alive(pid) {
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** No lock or baseline write takes this long: an older temporary name is stale whatever its pid. */
const MAX_WRITE_MS = 24 * 60 * 60 * 1000;
// /proc gives a process's start in whole seconds of boot time plus clock ticks: a writer's own
// names are never judged younger than itself within this margin.
const START_SLACK_MS = 2000;
/** When process `pid` started (ms since the epoch), where /proc tells (Linux); else undefined. */
function processStart(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces): state is field 3, starttime field 22.
        const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
        const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
        // USER_HZ, the unit of starttime, is 100 on every Linux architecture.
        return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A temporary file or folder of ours whose writer is gone: its process has exited; or its pid now
 * belongs to a process started after the name was made (the pid was reused, which would otherwise
 * keep the name for as long as that process lives); or the name is older than MAX_WRITE_MS.
 */
function staleTemp(name, now = Date.now()) {
    const m = TEMP.exec(name);
    if (m === null)
        return false;
    const pid = Number(m[1]);
    const made = Number(m[2]);
    if (!alive(pid) || now - made > MAX_WRITE_MS)
        return true;
    const started = processStart(pid);
    return started !== undefined && started > made + START_SLACK_MS;
}
/** Whether another live writer's marker is in `parent`. */
async function otherWriterAtWork(parent) {
    const names = await promises.readdir(parent).catch(() => []);
    return names.some(n => n.startsWith(`${WRITER}.tmp-`) && !staleTemp(n));
}
/**
 * Remove what is ours and no longer current under `parent`: stale temporary files, staging folders
 * and markers; and, unless another writer is at work, sealed sets other than those `current()`
 * keeps and files its `stray` recognises; then empty folders. `current` reads the manifest, and is
 * called after the listing and the look for markers (see the top of this file). Links are never
 * followed.
 */
async function removeStale(parent, current) {
    let top;
    try {
        top = await promises.readdir(parent, { withFileTypes: true });
    }
    catch {
        return;
    }
    const { keep, stray = () => false } = (await otherWriterAtWork(parent))
        ? { keep: 'all' }
        : await current();
    const walk = async (rel) => {
        let entries;
        try {
            entries = rel ? await promises.readdir(path.join(parent, rel), { withFileTypes: true }) : top;
        }
        catch {
            return false;
        }
        let left = entries.length;
        for (const d of entries) {
            const name = rel ? `${rel}/${d.name}` : d.name;
            const abs = path.join(parent, name);
            const sealed = !rel && d.isDirectory() && SET_NAME.test(d.name);
            if ((sealed && keep !== 'all' && !keep.has(d.name)) ||
                staleTemp(d.name) ||
                (d.isFile() && keep !== 'all' && stray(name))) {
                await promises.rm(abs, { recursive: true, force: true });
                left--;
            }
            else if (keep !== 'all' && d.isDirectory() && !sealed && !TEMP.test(d.name) && (await walk(name))) {
                await promises.rmdir(abs).catch(() => { });
                left--;
            }
        }
        return rel !== '' && left === 0;
    };
    await walk('');
}
/** Remove stale `<name>.tmp-<pid>-<time>` files beside `file` (left by an interrupted atomic write). */
async function removeStaleBeside(file) {
    const prefix = `${path.basename(file)}.tmp-`;
    let names;
    try {
        names = await promises.readdir(path.dirname(file));
    }
    catch {
        return;
    }
    for (const name of names)
        if (name.startsWith(prefix) && staleTemp(name))
            await promises.rm(path.join(path.dirname(file), name), { force: true });
}

/**
 * Write the baseline: predictions and artifacts into a staging folder sealed under a name made
 * from its content (`baseline/<16 hex>/`), then the manifest naming that folder and the files'
 * hashes, in one rename. An interrupted write leaves the old manifest naming the old, untouched
 * folder; the next write removes what the interrupted one left.
 */
async function writeBaseline(config, outputs, snapshot, environment, dependencies) {
    const dir = config.baselineDir;
    const root = config.snapshot.root;
    requireWritableInside(root, dir, 'the baseline folder');
    await removeStaleBaselineFiles(dir, root);
    const staging = await stageFolder(dir);
    try {
        const artifacts = [];
        let files;
        let predictions;
        try {
            await promises.copyFile(outputs.predictions, path.join(staging.dir, BASELINE_PREDICTIONS));
            predictions = (await hashFile(path.join(staging.dir, BASELINE_PREDICTIONS))).sha256;
            for (const name of outputs.artifacts) {
                await promises.mkdir(path.dirname(path.join(staging.dir, name)), { recursive: true });
                await promises.copyFile(path.join(outputs.dir, name), path.join(staging.dir, name));
                artifacts.push({ path: name, sha256: (await hashFile(path.join(staging.dir, name))).sha256 });
            }
            files = await sealFolder(staging.dir);
        }
        catch (error) {
            await promises.rm(staging.dir, { recursive: true, force: true });
            throw error;
        }
        const baseline = {
            schemaVersion: 1,
            audit: config.name,
            snapshot,
            pipeline: { engine: config.pipeline.engine, configSha256: canonicalHash(config.pipeline.spec) },
            files,
            predictions: { file: BASELINE_PREDICTIONS, sha256: predictions, idColumn: outputs.idColumn },
            metrics: outputs.metrics,
            artifacts,
            environment
        };
        if (dependencies && Object.keys(dependencies).length)
            baseline.dependencies = dependencies;
        requireWritableInside(root, dir, 'the baseline folder');
        await writeFileAtomic(path.join(dir, BASELINE_MANIFEST), canonicalJsonPretty(baseline));
        await removeStaleBaselineFiles(dir, root);
        return baseline;
    }
    finally {
        // Until here the sealed set was named by no manifest: the marker kept other writers' cleanup off it.
        await endWrite(staging);
    }
}
/** The folder holding a baseline's predictions and artifacts: its sealed set, or (older layout) the baseline folder. */
function baselineFilesDir(dir, baseline) {
    return baseline.files ? path.join(dir, baseline.files) : dir;
}
/**
 * What an interrupted `baseline` left: temporary files, staging folders and sealed sets the
 * manifest does not name, and copies of the older flat layout beside a sealed set.
 */
async function removeStaleBaselineFiles(dir, root) {
    await removeStale(dir, async () => {
        let current;
        try {
            current = await readBaseline(dir, root);
        }
        catch {
            return { keep: 'all' }; // a damaged manifest: remove only temporary files
        }
        const files = current?.files;
        const named = new Set(current ? [current.predictions.file, ...current.artifacts.map(a => a.path)] : []);
        return { keep: new Set(files ? [files] : []), stray: rel => Boolean(files) && named.has(rel) };
    });
}
/** The committed baseline, or undefined when there is none. A damaged one is an InputError. */
async function readBaseline(dir, root) {
    const file = path.join(dir, BASELINE_MANIFEST);
    const link = linkOutside(root, file);
    if (link)
        throw new InputError('the baseline manifest leads outside the repository through a link; refused', {
            file: link
        });
    let text;
    try {
        text = await promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new InputError(`cannot read the baseline: ${error.message}`, { file });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`the baseline is not valid JSON (${error.message}); re-create it with \`repro-audit baseline\``, { file });
    }
    if (value?.schemaVersion !== 1 || !value.predictions?.file) {
        throw new InputError('the baseline has an unknown layout; re-create it with `repro-audit baseline`', {
            file
        });
    }
    checkShape(value, text, file);
    const source = (field, key, raw) => ({
        file,
        field,
        line: jsonLine(text, key, raw)
    });
    if (value.files !== undefined && (typeof value.files !== 'string' || !SET_NAME.test(value.files)))
        throw new InputError(`files: ${JSON.stringify(value.files)} is not the name of a sealed baseline folder; refused`, {
            file,
            line: jsonLine(text, 'files', value.files)
        });
    const filesDir = confinedPath(value.files ?? '.', dir, root, source('files', 'files', value.files));
    const predictions = confinedPath(value.predictions.file, filesDir, root, source('predictions.file', 'file', value.predictions.file));
    value.artifacts.forEach((a, i) => confinedPath(a.path, filesDir, root, source(`artifacts[${i}].path`, 'path', a.path)));
    let actual;
    try {
        actual = (await hashFile(predictions)).sha256;
    }
    catch {
        throw new InputError(`the baseline's predictions file is missing: ${displayPath(predictions)}`, { file });
    }
    if (actual !== value.predictions.sha256) {
        throw new InputError(`${displayPath(predictions)} does not match the sha256 in the baseline manifest (edited by hand, or a torn write); re-create it with \`repro-audit baseline\``, { file });
    }
    return value;
}
/** Metrics are finite numbers and every file entry has its path and sha256, or the baseline is refused. */
function checkShape(value, text, file) {
    const refuse = (message, key, raw) => new InputError(`${message}; re-create it with \`repro-audit baseline\``, {
        file,
        line: key === undefined ? undefined : jsonLine(text, key, raw)
    });
    if (typeof value.predictions.sha256 !== 'string')
        throw refuse('predictions.sha256 is missing');
    if (!value.metrics || typeof value.metrics !== 'object' || Array.isArray(value.metrics))
        throw refuse('metrics is not a mapping of names to numbers');
    for (const [name, v] of Object.entries(value.metrics))
        if (typeof v !== 'number' || !Number.isFinite(v))
            throw refuse(`metrics.${name} is ${JSON.stringify(v)}, not a finite number`, name, v);
    if (!Array.isArray(value.artifacts))
        throw refuse('artifacts is not a list');
    value.artifacts.forEach((a, i) => {
        if (typeof a?.path !== 'string' || typeof a.sha256 !== 'string')
            throw refuse(`artifacts[${i}] lacks its path or sha256`);
    });
}
/** The line of `"key": value` in a JSON text (its first occurrence), for pointing at a bad field. */
function jsonLine(text, key, value) {
    let at = text.indexOf(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    if (at < 0)
        at = text.indexOf(`${JSON.stringify(key)}:`);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const DATA_EXTENSIONS = { '.csv': 'csv', '.parquet': 'parquet', '.pq': 'parquet' };
/** A file a folder entry keeps: CSV or Parquet by its extension. */
function isDataFileName(file) {
    return DATA_EXTENSIONS[path.extname(file).toLowerCase()] !== undefined;
}
function formatOf(file, declared) {
    if (declared)
        return declared;
    const ext = path.extname(file.replace(/[?#].*$/, '')).toLowerCase();
    const format = DATA_EXTENSIONS[ext];
    if (!format)
        throw new InputError(`unsupported data format "${ext || '(none)'}"; snapshot entries are CSV or Parquet files (or set format:)`, { file });
    return format;
}
/**
 * A file that must exist, be a regular file and stay inside the repository after following
 * links. Each mistake is an InputError naming the file.
 */
async function requireDataFile(abs, root) {
    let stat;
    try {
        stat = await promises.lstat(abs);
    }
    catch {
        throw new InputError('data file not found', { file: abs });
    }
    if (stat.isSymbolicLink()) {
        let real;
        try {
            real = await promises.realpath(abs);
        }
        catch {
            throw new InputError('the link points to a file that does not exist', { file: abs });
        }
        if (!isInside(await promises.realpath(root), real))
            throw new InputError(`the link leaves the repository (it points to ${real})`, { file: abs });
        stat = await promises.stat(real);
    }
    else if (!isInside(await promises.realpath(root), await promises.realpath(abs))) {
        throw new InputError('the path leaves the repository through a linked folder', { file: abs });
    }
    if (stat.isDirectory())
        throw new InputError('expected a data file, found a folder (use `folder:` for a folder entry)', {
            file: abs
        });
    if (!stat.isFile())
        throw new InputError('expected a data file, found something else', { file: abs });
}
/** The files of a folder or glob entry, sorted by key. */
async function listEntryFiles(config, entry) {
    const root = config.snapshot.root;
    if (entry.kind === 'folder') {
        let stat;
        try {
            stat = await promises.stat(entry.absPath);
        }
        catch {
            throw new InputError('snapshot folder not found', { file: entry.absPath });
        }
        if (!stat.isDirectory())
            throw new InputError('expected a folder, found a file (use `path:` for a file entry)', {
                file: entry.absPath
            });
        if (!isInside(await promises.realpath(root), await promises.realpath(entry.absPath)))
            throw new InputError('the folder leaves the repository through a link', { file: entry.absPath });
        const files = await walk(entry.absPath);
        return files
            .filter(isDataFileName)
            .map(abs => ({ key: relativePosix(config.dir, abs), abs }))
            .sort(byKey);
    }
    const pattern = globToRegExp(entry.path);
    const base = path.resolve(config.dir, globBase(entry.path));
    // Only a missing base means no files; an error inside it (a link leading out) is the real cause.
    const isFolder = await promises.stat(base).then(s => s.isDirectory(), () => false);
    const files = isFolder ? await walk(base) : [];
    if (files.length && !isInside(await promises.realpath(root), await promises.realpath(base))) {
        throw new InputError('the glob leaves the repository through a linked folder', { file: base });
    }
    return files
        .map(abs => ({ key: relativePosix(config.dir, abs), abs }))
        .filter(f => pattern.test(f.key))
        .sort(byKey);
}
function byKey(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
/**
 * Every file under `dir`, skipping hidden names. Links are listed, not followed: the files an
 * entry keeps are checked by requireDataFile, which refuses a link leading out with its name.
 */
async function walk(dir) {
    const out = [];
    const entries = await promises.readdir(dir, { withFileTypes: true });
    for (const e of entries) {
        if (e.name.startsWith('.'))
            continue;
        const abs = path.join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(abs)));
        else if (e.isFile() || e.isSymbolicLink())
            out.push(abs);
    }
    return out;
}

/** Files at least this big get progress output. */
const PROGRESS_THRESHOLD = 100 * 1024 * 1024;
/**
 * Progress for reading one large file: a bar redrawn in place on a terminal, or a few plain lines
 * (every 25 %) in CI logs. Small files get nothing.
 */
function progressFor(label, total, stream = process.stderr) {
    if (total < PROGRESS_THRESHOLD)
        return undefined;
    // The label names a data file, whose name may hold anything.
    label = logLine(label);
    let shown = -1;
    return (bytes) => {
        const percent = Math.min(100, Math.floor((bytes / total) * 100));
        if (stream.isTTY) {
            if (percent === shown)
                return;
            shown = percent;
            const width = 30;
            const filled = Math.round((percent / 100) * width);
            const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
            stream.write(`\r${label} [${bar}] ${String(percent).padStart(3)}% ${formatBytes(bytes)} / ${formatBytes(total)}${percent === 100 ? '\n' : ''}`);
        }
        else {
            const step = Math.floor(percent / 25) * 25;
            if (step <= shown)
                return;
            shown = step;
            stream.write(`${label}: ${step}% (${formatBytes(bytes)} of ${formatBytes(total)})\n`);
        }
    };
}

/**
 * A local copy of a remote file whose bytes have the pinned sha256: from the local folder, from
 * the shared cache, or downloaded (streaming, with retries). A file with other bytes is never used.
 */
async function fetchPinned(url, sha256, options) {
    const local = path.join(options.cacheDir, `${sha256}${extensionOf(url)}`);
    if (await hasPinnedBytes(local, sha256))
        return local;
    const key = `repro-audit-snapshot-${sha256}`;
    if (options.cache) {
        const restored = await options.cache.restore(key, local).catch(() => false);
        if (restored && (await hasPinnedBytes(local, sha256)))
            return local;
    }
    await download(url, sha256, local, options);
    await options.cache?.save(key, local).catch(() => undefined);
    return local;
}
async function hasPinnedBytes(file, sha256) {
    try {
        if ((await hashFile(file)).sha256 === sha256)
            return true;
    }
    catch {
        return false;
    }
    await promises.rm(file, { force: true });
    return false;
}
function extensionOf(url) {
    const ext = path.posix.extname(new URL(url).pathname).toLowerCase();
    return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}
class PermanentError extends Error {
}
async function download(url, sha256, dest, options) {
    const attempts = options.attempts ?? 3;
    let pause = options.backoffMs ?? 500;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            await downloadOnce(url, sha256, dest);
            return;
        }
        catch (error) {
            if (error instanceof InputError)
                throw error;
            last = error instanceof PermanentError ? error.message : reason(error);
            if (error instanceof PermanentError)
                break;
            if (attempt < attempts) {
                await new Promise(resolve => setTimeout(resolve, pause));
                pause *= 2;
            }
        }
    }
    throw new InputError(`cannot download the snapshot: ${last}`, { file: url });
}
function reason(error) {
    const e = error;
    const cause = e.cause?.code ?? e.cause?.message;
    return `${e.message}${cause ? ` (${cause})` : ''}, after retries`;
}
async function downloadOnce(url, sha256, dest) {
    const response = await fetch(url, { redirect: 'follow' });
    if (!response.ok || !response.body) {
        const message = `HTTP ${response.status} ${response.statusText}`.trim();
        // 4xx other than 408/429 will not get better by asking again.
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
            throw new PermanentError(message);
        throw new Error(message);
    }
    const total = Number(response.headers.get('content-length') ?? 0);
    const progress = progressFor(`downloading ${url}`, total);
    await promises.mkdir(path.dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${process.pid}-${Date.now()}`;
    const hash = createHash('sha256');
    let bytes = 0;
    const tap = new Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            progress?.(bytes);
            done(null, chunk);
        }
    });
    try {
        await pipeline(Readable.fromWeb(response.body), tap, createWriteStream(tmp));
        const got = hash.digest('hex');
        if (got !== sha256) {
            throw new InputError(`the downloaded file has sha256 ${got}, not the pinned ${sha256}; it was not used`, { file: url });
        }
        await promises.rename(tmp, dest);
    }
    finally {
        await promises.rm(tmp, { force: true });
    }
}

// The (id, row hash) sidecar of an entry with an id column: one `id<TAB>hash` line per row, sorted
// by id, so a changed row is a changed line in the pull request. Rows are sorted externally: a
// bounded buffer is sorted and written as a run file when full, and the runs are merged as a
// stream, so memory does not grow with the file (neither the current rows nor the sidecar).
const HEADER = '# repro-audit row hashes: id<TAB>row hash, sorted by id. Written by `repro-audit lock`.\n';
/**
 * Rows held in memory before a sorted run goes to disk. The buffered ids outlive young-generation
 * GCs, so the heap grows with the buffer: on the 1 GB benchmark 2^16 rows peak at ~103 MiB, 2^18
 * at up to 132 MiB, in the same time.
 */
const SPILL_ROWS = 1 << 16;
/** Added ids kept for reading the file again without them (a Set of them must fit in memory). */
const MAX_ADDED_IDS = 1_000_000;
/** Runs merged at once; more are merged in passes, so read buffers stay at FAN_IN × READ_CHUNK. */
const FAN_IN = 64;
const READ_CHUNK = 1 << 16;
const WRITE_CHUNK = 1 << 16;
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function hex$1(x) {
    return x.toString(16).padStart(8, '0');
}
function idText(id) {
    return /[\t\n\r"\\]|^#/.test(id) ? JSON.stringify(id) : id;
}
function compareRows(a, b) {
    return compareIds(a.id, b.id) || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);
}
/** Lines of a file read through a small fixed buffer (sync: the scan's callbacks are sync). */
class LineReader {
    line = 0;
    fd;
    buf = Buffer.allocUnsafe(READ_CHUNK);
    /** Bytes of an unfinished line at the start of buf. */
    carry = 0;
    /** Decoded whole lines (each ending in a newline), sliced one at a time. */
    text = '';
    at = 0;
    constructor(file) {
        this.fd = openSync(file, 'r');
    }
    /** The next line without its newline (a CR before it is kept), or undefined at the end. */
    next() {
        // Lines are sliced as they are read, not split up front: 64 readers holding arrays of lines
        // kept those strings alive long enough to reach the old generation, and the heap grew.
        while (this.at >= this.text.length) {
            if (this.fd === undefined)
                return undefined;
            this.fill();
        }
        const nl = this.text.indexOf('\n', this.at);
        const line = this.text.slice(this.at, nl);
        this.at = nl + 1;
        this.line++;
        return line;
    }
    close() {
        if (this.fd !== undefined)
            closeSync(this.fd);
        this.fd = undefined;
    }
    // One buffer, reused: a new Buffer per chunk is external memory the GC frees late.
    fill() {
        this.text = '';
        this.at = 0;
        if (this.carry === this.buf.length) {
            const bigger = Buffer.allocUnsafe(2 * this.buf.length);
            this.buf.copy(bigger, 0, 0, this.carry);
            this.buf = bigger;
        }
        const buf = this.buf;
        const n = readSync(this.fd, buf, this.carry, buf.length - this.carry, null);
        if (n === 0) {
            this.close();
            if (this.carry)
                this.text = `${buf.toString('utf8', 0, this.carry)}\n`;
            this.carry = 0;
            return;
        }
        const end = this.carry + n;
        // Split at a newline byte, so a multi-byte character is never cut in two.
        const last = buf.lastIndexOf(10, end - 1);
        if (last < 0) {
            this.carry = end;
            return;
        }
        this.text = buf.toString('utf8', 0, last + 1);
        buf.copy(buf, 0, last + 1, end);
        this.carry = end - last - 1;
    }
}
/** A run file (or the sidecar): one `id<TAB>hash` line per row, `#` lines skipped. */
class FileCursor {
    file;
    malformed;
    id = '';
    hash = '';
    line = '';
    reader;
    constructor(file, malformed = () => new Error(`malformed run file ${file}`)) {
        this.file = file;
        this.malformed = malformed;
        this.reader = new LineReader(file);
    }
    next() {
        for (;;) {
            let line = this.reader.next();
            if (line === undefined)
                return false;
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (line === '' || line.startsWith('#'))
                continue;
            const tab = line.lastIndexOf('\t');
            if (tab < 0) {
                this.reader.close();
                throw this.malformed();
            }
            const raw = line.slice(0, tab);
            this.id = raw.startsWith('"') ? JSON.parse(raw) : raw;
            this.hash = line.slice(tab + 1);
            this.line = line;
            return true;
        }
    }
}
/** The rows still in memory, sorted. */
class MemoryCursor {
    ids;
    hashes;
    order;
    id = '';
    hash = '';
    line = '';
    k = 0;
    constructor(ids, hashes, order) {
        this.ids = ids;
        this.hashes = hashes;
        this.order = order;
    }
    next() {
        if (this.k >= this.order.length)
            return false;
        const i = this.order[this.k++];
        this.id = this.ids[i];
        this.hash = hex$1(this.hashes[2 * i]) + hex$1(this.hashes[2 * i + 1]);
        this.line = `${idText(this.id)}\t${this.hash}`;
        return true;
    }
}
/** k-way merge of sorted cursors through a binary heap. */
class MergeCursor {
    id = '';
    hash = '';
    line = '';
    heap;
    started = false;
    constructor(sources) {
        // A sorted array is a valid heap.
        this.heap = sources.filter(s => s.next()).sort(compareRows);
    }
    next() {
        const heap = this.heap;
        if (this.started && heap.length) {
            if (!heap[0].next()) {
                const last = heap.pop();
                if (heap.length)
                    heap[0] = last;
            }
            this.down();
        }
        this.started = true;
        if (!heap.length)
            return false;
        const top = heap[0];
        this.id = top.id;
        this.hash = top.hash;
        this.line = top.line;
        return true;
    }
    down() {
        const heap = this.heap;
        const n = heap.length;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n)
                return;
            const r = l + 1;
            const c = r < n && compareRows(heap[r], heap[l]) < 0 ? r : l;
            if (compareRows(heap[c], heap[i]) >= 0)
                return;
            const t = heap[i];
            heap[i] = heap[c];
            heap[c] = t;
            i = c;
        }
    }
}
/**
 * The (id, row hash) pairs of one file, fed a row at a time by the profiler and read back once in
 * sidecar order. Up to `spillRows` rows are held in memory; a full buffer is sorted and written as
 * a run file to a private temporary folder, made only when the first run is written. The owner
 * calls dispose() when done or on error: it removes the folder.
 */
class RowHashSpool {
    /** Rows added in all. */
    rows = 0;
    ids = [];
    hashes;
    runs = [];
    dir;
    made = 0;
    readers = [];
    limit;
    tmpRoot;
    disposed = false;
    read = false;
    constructor(limits = {}) {
        this.limit = Math.max(1, limits.spillRows ?? SPILL_ROWS);
        this.tmpRoot = limits.tmpRoot ?? os.tmpdir();
        this.hashes = new Uint32Array(2 * Math.min(this.limit, 1 << 12));
    }
    /** The private folder of run files, once one was written. */
    get folder() {
        return this.dir;
    }
    add(id, h1, h2) {
        // A reader still running after the scan failed (Parquet's parallel hash) adds nothing more.
        if (this.disposed)
            return;
        if (this.read)
            throw new Error('rows added to a row-hash spool after it was read');
        if (this.ids.length === this.limit)
            this.spill();
        const at = 2 * this.ids.length;
        if (at + 2 > this.hashes.length) {
            const bigger = new Uint32Array(Math.min(this.hashes.length * 2, 2 * this.limit));
            bigger.set(this.hashes);
            this.hashes = bigger;
        }
        this.hashes[at] = h1;
        this.hashes[at + 1] = h2;
        this.ids.push(id);
        this.rows++;
    }
    /** All rows in sidecar order; once only. */
    cursor() {
        if (this.read)
            throw new Error('a row-hash spool is read once');
        this.read = true;
        const memory = new MemoryCursor(this.ids, this.hashes, this.sortedOrder());
        if (this.runs.length === 0)
            return memory;
        // More runs than FAN_IN: merge the oldest FAN_IN into one until the rest fit in one merge.
        while (this.runs.length + 1 > FAN_IN) {
            const group = this.runs.splice(0, FAN_IN);
            this.writeRun(new MergeCursor(group.map(f => this.open(f))));
            // Those readers are at their end (closed): drop them with their buffers.
            this.readers.length = 0;
            for (const f of group)
                rmSync(f, { force: true });
        }
        return new MergeCursor([...this.runs.map(f => this.open(f)), memory]);
    }
    /** Close open runs and remove the temporary folder. Safe to call more than once. */
    dispose() {
        this.disposed = true;
        for (const r of this.readers)
            r.close();
        this.readers.length = 0;
        this.ids = [];
        this.hashes = new Uint32Array(0);
        if (this.dir)
            rmSync(this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
    /** Indices of the buffered rows sorted by id, then by hash lanes (unsigned). */
    sortedOrder() {
        const ids = this.ids;
        const h = this.hashes;
        const order = new Uint32Array(ids.length);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        return order.sort((a, b) => compareIds(ids[a], ids[b]) || h[2 * a] - h[2 * b] || h[2 * a + 1] - h[2 * b + 1]);
    }
    spill() {
        this.writeRun(new MemoryCursor(this.ids, this.hashes, this.sortedOrder()));
        this.ids = [];
    }
    writeRun(rows) {
        this.dir ??= mkdtempSync(path.join(this.tmpRoot, 'repro-audit-rows-'));
        const file = path.join(this.dir, `run-${this.made++}.tsv`);
        const fd = openSync(file, 'w');
        try {
            let text = '';
            while (rows.next()) {
                text += `${rows.line}\n`;
                if (text.length > WRITE_CHUNK) {
                    writeSync(fd, text);
                    text = '';
                }
            }
            if (text)
                writeSync(fd, text);
        }
        finally {
            closeSync(fd);
        }
        this.runs.push(file);
    }
    open(file) {
        const cursor = new FileCursor(file);
        this.readers.push(cursor.reader);
        return cursor;
    }
}
/** Two rows with one id: the lock refuses the file, since ids must name rows. */
class DuplicateIdError extends Error {
    id;
    constructor(id) {
        super(`id ${JSON.stringify(id)} appears more than once`);
        this.id = id;
    }
}
function* chunks(rows, unique = false) {
    yield HEADER;
    const c = rows.cursor();
    let text = '';
    let previous;
    while (c.next()) {
        if (unique && c.id === previous)
            throw new DuplicateIdError(c.id);
        previous = c.id;
        text += `${c.line}\n`;
        if (text.length > WRITE_CHUNK) {
            yield text;
            text = '';
        }
    }
    if (text)
        yield text;
}
/**
 * Write the sidecar beside `file` as a temporary file; the caller renames it into place. An id
 * seen twice is a DuplicateIdError: a locked sidecar names every row by one id.
 */
async function writeRowHashesTemp(file, rows) {
    await promises.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
    const out = createWriteStream(tmp);
    try {
        for (const text of chunks(rows, true)) {
            if (!out.write(text))
                await new Promise(resolve => out.once('drain', () => resolve()));
        }
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
    catch (error) {
        out.destroy();
        await promises.rm(tmp, { force: true });
        throw error;
    }
    return tmp;
}
/** The first few ids in a natural order (numbers by value), kept while streaming. */
class FirstIds {
    limit;
    ids = [];
    count = 0;
    rows = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(id, rows) {
        this.count++;
        this.rows += rows;
        const ids = this.ids;
        if (ids.length === this.limit && natural(id, ids[ids.length - 1]) >= 0)
            return;
        let at = ids.length;
        while (at > 0 && natural(id, ids[at - 1]) < 0)
            at--;
        ids.splice(at, 0, id);
        if (ids.length > this.limit)
            ids.pop();
    }
}
function natural(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y)
        return x - y;
    return compareIds(a, b);
}
/** Rows with equal ids as one group, their hashes joined in sorted order. */
function nextGroup(c, pending) {
    if (!pending.has)
        return undefined;
    const group = { id: c.id, hashes: c.hash, rows: 1 };
    while ((pending.has = c.next()) && c.id === group.id) {
        group.hashes += `,${c.hash}`;
        group.rows++;
    }
    return group;
}
function openSidecar(file) {
    try {
        const cursor = new FileCursor(file, () => new InputError('malformed row-hash line; re-create it with `repro-audit lock`', {
            file,
            line: cursor.reader.line
        }));
        return cursor;
    }
    catch {
        throw new InputError('the row-hash sidecar named in the lock is missing; re-create it with `repro-audit lock`', { file });
    }
}
/** Compare the current rows with the sidecar by id, merging two sorted streams. */
async function diffRowHashes(sidecar, current, first, maxAddedIds = MAX_ADDED_IDS) {
    const diff = {
        added: new FirstIds(first),
        removed: new FirstIds(first),
        changed: new FirstIds(first),
        addedIds: []
    };
    const before = openSidecar(sidecar);
    try {
        const now = current.cursor();
        const bp = { has: before.next() };
        const cp = { has: now.next() };
        let b = nextGroup(before, bp);
        let c = nextGroup(now, cp);
        while (b || c) {
            const cmp = !b ? 1 : !c ? -1 : compareIds(b.id, c.id);
            if (cmp < 0 && b) {
                diff.removed.add(b.id, b.rows);
                b = nextGroup(before, bp);
            }
            else if (cmp > 0 && c) {
                diff.added.add(c.id, c.rows);
                if (diff.addedIds && diff.addedIds.length < maxAddedIds)
                    diff.addedIds.push(c.id);
                else
                    diff.addedIds = undefined;
                c = nextGroup(now, cp);
            }
            else if (b && c) {
                if (b.hashes !== c.hashes)
                    diff.changed.add(c.id, 1);
                b = nextGroup(before, bp);
                c = nextGroup(now, cp);
            }
        }
    }
    finally {
        before.reader.close();
    }
    return diff;
}

// Generated by scripts/make-detmath-tables.py (60-digit decimal arithmetic): do not edit.
// Each value as a double and the double nearest to what it leaves.
/** ln 2 with 32 significant bits (k·LN2_HI is exact for |k| < 2^21), and the rest. */
const LN2_HI$1 = 0.6931471806019545;
const LN2_LO$1 = -42009150726810846e-27;
/** ln2/32 with 36 significant bits (k·STEP_HI is exact for |k| < 2^17), and the rest. */
const EXP_STEP_HI = 0.021660849392901582;
const EXP_STEP_LO = -40329125843991075e-29;
const EXP_INV_STEP = 46.16624130844683;
/** c_j ≈ 1/(1 + (j + 1/2)/64): m·c_j is within 1/128 of 1 for m in cell j of [1, 2). */
const LOG_C = new Float64Array([
    0.9922480620155039, 0.9770992366412213, 0.9624060150375939, 0.9481481481481482, 0.9343065693430657,
    0.920863309352518, 0.9078014184397163, 0.8951048951048951, 0.8827586206896552, 0.8707482993197279,
    0.8590604026845637, 0.847682119205298, 0.8366013071895425, 0.8258064516129032, 0.8152866242038217,
    0.8050314465408805, 0.7950310559006211, 0.7852760736196319, 0.7757575757575758, 0.7664670658682635,
    0.757396449704142, 0.7485380116959064, 0.7398843930635838, 0.7314285714285714, 0.7231638418079096,
    0.7150837988826816, 0.7071823204419889, 0.6994535519125683, 0.6918918918918919, 0.6844919786096256,
    0.6772486772486772, 0.6701570680628273, 0.6632124352331606, 0.6564102564102564, 0.649746192893401,
    0.6432160804020101, 0.6368159203980099, 0.6305418719211823, 0.624390243902439, 0.6183574879227053,
    0.6124401913875598, 0.6066350710900474, 0.6009389671361502, 0.5953488372093023, 0.5898617511520737,
    0.5844748858447488, 0.579185520361991, 0.5739910313901345, 0.5688888888888889, 0.5638766519823789,
    0.5589519650655022, 0.5541125541125541, 0.5493562231759657, 0.5446808510638298, 0.540084388185654,
    0.5355648535564853, 0.5311203319502075, 0.5267489711934157, 0.5224489795918368, 0.5182186234817814,
    0.5140562248995983, 0.5099601593625498, 0.5059288537549407, 0.5019607843137255
]);
/** −log(c_j), head. */
const LOG_C_HI = new Float64Array([
    0.007782140442054963, 0.023167059281534418, 0.03831886430213666, 0.05324451451881224, 0.06795066190850778,
    0.08244366921107454, 0.09672962645855114, 0.11081436634029011, 0.12470347850095725, 0.1384023228591192,
    0.151916042025842, 0.16524957289530717, 0.17840765747281825, 0.19139485299962947, 0.20421554142869083,
    0.2168739383006143, 0.2293741010648459, 0.24171993688714513, 0.25391520998096345, 0.2659635484971379,
    0.2778684510034563, 0.2896332925830427, 0.30126133057816185, 0.3127557100038969, 0.324119468654212,
    0.3353555419211378, 0.3464667673462086, 0.3574558889218038, 0.36832556115870757, 0.3790783529349695,
    0.38971675114002524, 0.40024316412701266, 0.4106599249852683, 0.42096929464412963, 0.43117346481837143,
    0.4412745608048752, 0.4512746441394586, 0.46117571512217015, 0.470979715218791, 0.48068852934575196,
    0.4903039880451939, 0.49982786955644926, 0.5092619017898079, 0.5186077642080457, 0.5278670896208424,
    0.5370414658968837, 0.5461324375981356, 0.5551415075405016, 0.564070138284803, 0.5729197535617854,
    0.5816917396346225, 0.5903874466021763, 0.5990081896460834, 0.6075552502245418, 0.616029877215514,
    0.6244332880118936, 0.6327666695710378, 0.6410311794209312, 0.6492279466251097, 0.65735807270836,
    0.6654226325450905, 0.6734226752121667, 0.6813592248079031, 0.689233281238809
]);
/** −log(c_j), tail. */
const LOG_C_LO = new Float64Array([
    -12819179123343749e-36, -3095927552179262e-34, -23579961573512846e-34, 1.803871134979952e-18,
    3.9239563038692484e-18, -4707903082046854e-33, -40291867005826106e-34, 2.0511100808140527e-18,
    -46522609636496624e-34, -13766819196398948e-33, 4.1233095848339465e-19, -9227573884334224e-33,
    1.2720936612962572e-17, -1126213516780448e-32, 7.9379985298027e-18, 6.285749669211092e-18,
    -5684839459813236e-33, 1.323779871210866e-17, -7180735656435798e-33, 1.35209848201012e-19,
    2.2502748630777633e-17, 2.0535953219858177e-17, -15120043309967385e-33, -13650721793001109e-33,
    -4488767429940198e-33, -13746739934976202e-33, -3591951952851805e-33, -24269548334425144e-33,
    2.690672380132659e-17, 1.8481479367349684e-17, 2.734172667856699e-17, -1655340963311913e-32,
    2.7752739097728695e-17, 4.5972855136437464e-18, -13539234990021841e-33, 1.0343758877897315e-17,
    -965179553937242e-32, 6.140445034134513e-18, 7.099457177589995e-18, -27402100563370574e-34,
    4.612452524535198e-18, -225665388836583e-32, 2.1678544367048826e-17, -16859591393570242e-33,
    -3071514383985515e-33, -19513712761861967e-33, -6169692458083718e-33, -1449278054403172e-32,
    -46267923647049475e-33, 4.4242614369063874e-17, 2.7912851075301e-17, 2.876546074301208e-17,
    2.5162534548420983e-17, -41692640626751196e-33, 4.9247969628553695e-17, 1.4444646832738594e-17,
    5.223564575344447e-17, -34765774267087093e-33, -13266356651077771e-33, 2.2462005860533567e-17,
    5.424612435933966e-17, 3.84128539325942e-17, 1.7765482243852914e-17, -9330006029414747e-33
]);
/** 2^(j/32), head. */
const EXP2_HI = new Float64Array([
    1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237, 1.0905077326652577, 1.1143867425958924,
    1.1387886347566916, 1.1637248587775775, 1.189207115002721, 1.215247359980469, 1.241857812073484,
    1.2690509571917332, 1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832,
    1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228, 1.5422108254079407,
    1.5759808451078865, 1.6104903319492543, 1.645755478153965, 1.681792830507429, 1.718619298122478,
    1.7562521603732995, 1.7947090750031072, 1.8340080864093424, 1.8741676341103, 1.9152065613971474,
    1.9571441241754002
]);
/** 2^(j/32), tail. */
const EXP2_LO = new Float64Array([
    0.0, 5.109225028973444e-17, 8.551889705537965e-17, -7899853966841582e-32, -3046782079812471e-32,
    1.0410278456845571e-16, 8.912812676025408e-17, 3.8292048369240935e-17, 3.982015231465646e-17,
    -7712630692681488e-32, 4.658027591836937e-17, 2.667932131342186e-18, 2.5382502794888315e-17,
    -28587312100388614e-33, 7.70094837980299e-17, -6770511658794786e-32, -9667293313452913e-32,
    -30237581349939873e-33, -3483994556892796e-32, -1016455327754295e-31, 7.949834809697621e-17,
    -10136916471278304e-33, 2.4707192569797888e-17, -10125679913674773e-32, 8.199010020581497e-17,
    -1851380418263111e-32, 2.960140695448873e-17, 1.8227458427912087e-17, 3.283107224245627e-17,
    -6122763413004143e-32, -10619946056195963e-32, 8.960767791036668e-17
]);

// Elementary functions from IEEE-754 double arithmetic alone (+, −, ×, ÷ and exact bit moves), so
// they give the same bits on every JavaScript runtime and CPU. ECMAScript leaves Math.exp, log, pow
// and the like to the implementation (V8's Math.pow changed between Node 20 and Node 24), and a
// reproducibility check cannot let the runtime pick the last bit of a learned value.
//
// The designs are fdlibm's (Sun Microsystems, 1993), as its method notes describe them: reduce the
// argument by multiples of ln 2 (or split off the binary exponent), approximate on the reduced range
// with a minimax polynomial, and carry the rounding errors that matter as a second, smaller double.
// Errors stay below 1 ulp; most results are correctly rounded. The table test
// (__tests__/detmath.unit.test.ts) pins the bits of every function on every runtime CI runs.
// One shared 8-byte buffer, read as a double or as its two 32-bit halves.
const f64$1 = new Float64Array(1);
const u32$1 = new Uint32Array(f64$1.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;
/** Sign, exponent and top 20 fraction bits of x, as a signed 32-bit integer. */
function highWord(x) {
    f64$1[0] = x;
    return u32$1[HI] | 0;
}
function fromWords(high, low) {
    u32$1[HI] = high;
    u32$1[LO] = low;
    return f64$1[0];
}
function withHighWord(x, high) {
    f64$1[0] = x;
    u32$1[HI] = high;
    return f64$1[0];
}
/** y·2^k for |k| ≤ 1100, by exact multiplications by powers of two (one rounding at most). */
function scaleByPowerOfTwo(y, k) {
    if (k > 1023)
        return y * fromWords(0x7fe00000, 0) * fromWords((0x3ff + k - 1023) << 20, 0);
    if (k >= -1022)
        return y * fromWords((0x3ff + k) << 20, 0);
    return y * fromWords((0x3ff + k + 1000) << 20, 0) * fromWords(0x01700000, 0);
}
// ln 2 split so that k·LN2_HI is exact for |k| < 2^11, and the rest.
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
// exp: R(z) ≈ r·(e^r + 1)/(e^r − 1) = 2 + P1·z + … + P5·z^5 with z = r², |r| ≤ ln2/2 (error < 2^-59).
const P1$1 = 1.66666666666666019037e-1;
const P2$1 = -0.0027777777777015593;
const P3 = 6.61375632143793436117e-5;
const P4 = -16533902205465252e-22;
const P5 = 4.13813679705723846039e-8;
const EXP_MAX = 7.09782712893383973096e2;
const EXP_MIN = -745.1332191019411;
/** e^x, within 1 ulp. */
function exp(x) {
    const hx = highWord(x);
    const ax = hx & 0x7fffffff;
    if (ax >= 0x40862e42) {
        if (x !== x)
            return x;
        if (x > EXP_MAX)
            return Infinity;
        if (x < EXP_MIN)
            return 0;
    }
    if (ax <= 0x3fd62e42) {
        // |x| ≤ ln2/2: no reduction; below 2^-28 the series past 1 + x is below half an ulp.
        if (ax < 0x3e300000)
            return 1 + x;
        const c = x - primaryExpPoly(x * x);
        return 1 - ((x * c) / (c - 2) - x);
    }
    if (x === 1)
        return 2.718281828459045; // e, correctly rounded (the general path is 1 ulp off)
    const k = ax < 0x3ff0a2b2 ? (hx < 0 ? -1 : 1) : (INV_LN2 * x + (hx < 0 ? -0.5 : 0.5)) | 0;
    const hi = x - k * LN2_HI;
    const lo = k * LN2_LO;
    const r = hi - lo;
    const c = r - primaryExpPoly(r * r);
    const y = 1 - (lo - (r * c) / (2 - c) - hi);
    return scaleByPowerOfTwo(y, k);
}
function primaryExpPoly(t) {
    return t * (P1$1 + t * (P2$1 + t * (P3 + t * (P4 + t * P5))));
}
// expm1: the same rational form for e^r − 1, with Q1..Q5 scaled for z = r²/2 (error < 2^-61).
const Q1 = -0.03333333333333313;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -793650757867488e-19;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.0109921818362437e-7;
/** e^x − 1, within 1 ulp, accurate for x near 0. */
function expm1(x) {
    const hx = highWord(x);
    const ax = hx & 0x7fffffff;
    if (ax >= 0x4043687a) {
        // |x| ≥ 56·ln2: e^x − 1 rounds to −1 below, and overflows above EXP_MAX.
        if (x !== x)
            return x;
        if (hx < 0)
            return -1;
        if (x > EXP_MAX)
            return Infinity;
    }
    if (ax <= 0x3fd62e42) {
        if (ax < 0x3c900000)
            return x; // |x| < 2^-54
        return reducedExpm1(x, 0, 0);
    }
    const k = ax < 0x3ff0a2b2 ? (hx < 0 ? -1 : 1) : (INV_LN2 * x + (hx < 0 ? -0.5 : 0.5)) | 0;
    const hi = x - k * LN2_HI;
    const lo = k * LN2_LO;
    const r = hi - lo;
    return reducedExpm1(r, hi - r - lo, k);
}
/** e^(r + c)·2^k − 1 for |r| ≤ ln2/2, where c is the rounding error of the reduction. */
function reducedExpm1(r, c, k) {
    const hfx = 0.5 * r;
    const hxs = r * hfx;
    const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    const t = 3 - r1 * hfx;
    let e = hxs * ((r1 - t) / (6 - r * t));
    if (k === 0)
        return r - (r * e - hxs);
    e = r * (e - c) - c - hxs;
    if (k === -1)
        return 0.5 * (r - e) - 0.5;
    if (k === 1)
        return r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e);
    if (k <= -2 || k > 56)
        return scaleByPowerOfTwo(1 - (e - r), k) - 1;
    if (k < 20)
        return (fromWords(0x3ff00000 - (0x200000 >> k), 0) - (e - r)) * fromWords((0x3ff + k) << 20, 0);
    return (r - (e + fromWords((0x3ff - k) << 20, 0)) + 1) * fromWords((0x3ff + k) << 20, 0);
}
// log: with f = m − 1 for m in [√2/2, √2) and s = f/(2 + f), log(1 + f) = 2s + 2s³/3 + … ;
// R(z) ≈ Lg1·z + … + Lg7·z^7 with z = s² approximates the tail (error < 2^-58.45).
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
function logTail(s) {
    const z = s * s;
    const w = z * z;
    return z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
}
/** Natural logarithm, within 1 ulp. */
function log(x) {
    let hx = highWord(x);
    let k = 0;
    if (hx < 0x00100000) {
        // Zero, negative or subnormal.
        if (x === 0)
            return -Infinity;
        if (hx < 0)
            return NaN;
        k -= 54;
        x *= 18014398509481984; // 2^54
        hx = highWord(x);
    }
    else if (hx >= 0x7ff00000) {
        return x + x;
    }
    else if (x === 1) {
        return 0;
    }
    // Split x = 2^k·m with m in [√2/2, √2): shift the exponent so that the cut falls at √2.
    hx += 0x3ff00000 - 0x3fe6a09e;
    k += (hx >> 20) - 0x3ff;
    const m = withHighWord(x, (hx & 0x000fffff) + 0x3fe6a09e);
    return reducedLog(m - 1, k, 0);
}
/**
 * k·ln2 + log(1 + f) + c for f in [√2/2 − 1, √2 − 1), c a small correction; the terms are added
 * smallest first, and f alone last, so the only large rounding is the final one.
 */
function reducedLog(f, k, c) {
    const hfsq = 0.5 * f * f;
    const s = f / (2 + f);
    return s * (hfsq + logTail(s)) + (k * LN2_LO + c) - hfsq + f + k * LN2_HI;
}
/** log(1 + x), within 1 ulp, accurate for x near 0. */
function log1p(x) {
    const hx = highWord(x);
    let k = 1;
    let f = x;
    let c = 0;
    if (hx < 0x3fda827a) {
        // 1 + x < √2 (or x negative).
        if (x <= -1)
            return x === -1 ? -Infinity : NaN;
        if ((hx & 0x7fffffff) < 0x3ca00000)
            return x; // |x| < 2^-53
        // 1 + x in [√2/2, √2): no reduction needed (the signed high word of −0.2929 is −0x402d413c).
        if (hx >= 0 || hx <= -1076707644)
            k = 0;
    }
    else if (hx >= 0x7ff00000) {
        return x + x;
    }
    if (k !== 0) {
        const u = 1 + x;
        let hu = highWord(u) + (0x3ff00000 - 0x3fe6a09e);
        k = (hu >> 20) - 0x3ff;
        // c ≈ log(1 + x) − log(u): the rounding error of 1 + x, relative to u.
        if (k < 54)
            c = (k >= 2 ? 1 - (u - x) : x - (u - 1)) / u;
        hu = (hu & 0x000fffff) + 0x3fe6a09e;
        f = withHighWord(u, hu) - 1;
    }
    return reducedLog(f, k, c);
}
// pow: x^y = e^(y·log x), with log x and the product carried as double-doubles (a head and a tail
// adding up to about 2^-70 relative), so that the one final rounding is nearly always the correct
// one (a misrounding needs the exact result within 2^-70 of a half-way point). The reductions use
// small tables written by scripts/make-detmath-tables.py from 60-digit decimal arithmetic.
/** The low half of the last twoProduct or twoSum: what the rounded result left out. */
let LOW = 0;
const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split into two 26-bit halves
/** a·b rounded, with LOW = the exact rest (Dekker's product; |a|, |b| < 2^996). */
function twoProduct(a, b) {
    const p = a * b;
    let t = SPLITTER * a;
    const aHi = t - (t - a);
    const aLo = a - aHi;
    t = SPLITTER * b;
    const bHi = t - (t - b);
    const bLo = b - bHi;
    LOW = aLo * bLo - (p - aHi * bHi - aLo * bHi - aHi * bLo);
    return p;
}
/** a + b rounded, with LOW = the exact rest (Knuth's sum, any order of magnitude). */
function twoSum(a, b) {
    const s = a + b;
    const bb = s - a;
    LOW = a - (s - bb) + (b - bb);
    return s;
}
/**
 * x^y with ECMAScript's special cases (Number::exponentiate: 1^NaN and (±1)^±∞ are NaN); otherwise
 * within 1 ulp and almost always correctly rounded, so integer powers that fit in a double are exact.
 */
function pow(x, y) {
    if (y === 0)
        return 1;
    if (x !== x || y !== y)
        return NaN;
    const special = powSpecialCase(x, y);
    if (special !== undefined)
        return special;
    // Now x is finite and not 0 or ±1, y finite and not 0; x < 0 only with an integer y.
    const negate = x < 0 && y % 2 !== 0;
    const ax = x < 0 ? -x : x;
    // |y| ≥ 2^64 with |log x| ≥ 2^-53 gives |y·log x| ≥ 2^11: certain over- or underflow.
    if ((y < 0 ? -y : y) >= 18446744073709551616)
        return ax > 1 === y > 0 ? Infinity : 0;
    const logHead = logDoubleDouble(ax);
    const logTail = LOW;
    const head = twoProduct(y, logHead);
    const tail = LOW + y * logTail;
    const z = expDoubleDouble(head, tail);
    return negate ? -z : z;
}
/** log(ax) for positive finite ax, as a head (returned) and LOW, to about 2^-75 absolute (relative near 1). */
function logDoubleDouble(ax) {
    // Near 1, log x is small: a relative bound needs the series in x − 1 itself (exact there).
    if (ax > 0.984375 && ax < 1.015625)
        return logNearOne(ax - 1);
    let hx = highWord(ax);
    let k = 0;
    if (hx < 0x00100000) {
        ax *= 18014398509481984; // subnormal: scale by 2^54
        k = -54;
        hx = highWord(ax);
    }
    k += (hx >> 20) - 0x3ff;
    const cell = (hx >> 14) & 63; // top 6 fraction bits
    const m = withHighWord(ax, (hx & 0x000fffff) | 0x3ff00000); // ax = 2^k·m, m in [1, 2)
    // z = m·c − 1 exactly, as zHead + zTail: m·c is within 1/128 of 1, so subtracting 1 is exact.
    const product = twoProduct(m, LOG_C[cell]);
    const zHead = twoSum(product - 1, LOW);
    const zTail = LOW;
    // log(1 + z) = z − z²/2 + z³·(1/3 − z/4 + …), the cubic rest below 2^-22 of the result.
    const square = twoProduct(zHead, zHead);
    const squareTail = LOW + 2 * zHead * zTail;
    const cubic = zHead * square * logSeriesRest(zHead);
    let sum = twoSum(zHead, -0.5 * square);
    let low = LOW + zTail - 0.5 * squareTail + cubic;
    // + k·ln2 − log(c), each as head and tail.
    sum = twoSum(sum, LOG_C_HI[cell]);
    low += LOW + LOG_C_LO[cell];
    sum = twoSum(sum, k * LN2_HI$1);
    low += LOW;
    const kLow = twoProduct(k, LN2_LO$1);
    low += LOW;
    sum = twoSum(sum, kLow);
    low += LOW;
    const head = sum + low;
    LOW = low - (head - sum);
    return head;
}
/** log(1 + z) for |z| < 1/64 as head and LOW: z − z²/2 + z³/3 as double-doubles, then the rest. */
function logNearOne(z) {
    const square = twoProduct(z, z);
    const squareTail = LOW;
    const cube = twoProduct(square, z);
    const cubeTail = LOW + squareTail * z;
    // cube/3 as third + thirdTail: 3·third is within an ulp of cube, so cube − 3·third is exact.
    const third = cube / 3;
    const thrice = twoProduct(third, 3);
    const thirdTail = (cube - thrice - LOW + cubeTail) / 3;
    const rest = square * square * logSeriesFourth(z);
    let sum = twoSum(z, -0.5 * square);
    let low = LOW - 0.5 * squareTail;
    sum = twoSum(sum, third);
    low += LOW + thirdTail + rest;
    const head = sum + low;
    LOW = low - (head - sum);
    return head;
}
/** (log(1 + z) − z + z²/2 − z³/3)/z⁴ for |z| < 1/64, in plain double arithmetic. */
function logSeriesFourth(z) {
    let sum = 0;
    for (let n = 14; n >= 4; n--)
        sum = (n % 2 === 0 ? -1 : 1) / n + z * sum;
    return sum;
}
/** (e^r − 1 − r − r²/2)/r³ for |r| ≤ ln2/64, in plain double arithmetic. */
function expSeriesRest(r) {
    return 1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040 + r * (1 / 40320 + r / 362880)))));
}
/** (log(1 + z) − z + z²/2)/z³ for |z| ≤ 1/128, in plain double arithmetic. */
function logSeriesRest(z) {
    return 1 / 3 - z * (0.25 - z * (0.2 - z * (1 / 6 - z * (1 / 7 - z * (0.125 - z * (1 / 9 - z * 0.1))))));
}
/** e^(head + tail) for |tail| ≤ ulp(head), with over- and underflow. */
function expDoubleDouble(head, tail) {
    if (head > 709.8)
        return Infinity;
    if (head < -745.2)
        return 0;
    // head + tail = k·ln2/32 + r, |r| ≤ ln2/64; e^(head + tail) = 2^(k>>5)·2^((k&31)/32)·e^r.
    const k = Math.round(head * EXP_INV_STEP);
    const reduced = head - k * EXP_STEP_HI; // exact: k·EXP_STEP_HI is exact and near head
    const kLow = twoProduct(k, EXP_STEP_LO);
    const kLowTail = LOW;
    const partial = twoSum(reduced, -kLow);
    const rHead = twoSum(partial, LOW - kLowTail + tail);
    const rTail = LOW;
    // e^r − 1 = r + r²/2 + r³·(1/6 + r/24 + …), the cubic rest below 2^-22 of the result.
    const square = twoProduct(rHead, rHead);
    const squareTail = LOW + 2 * rHead * rTail;
    const cubic = rHead * square * expSeriesRest(rHead);
    const em1Head = twoSum(rHead, 0.5 * square);
    const em1Tail = LOW + rTail + 0.5 * squareTail + cubic;
    // 2^(j/32)·(1 + e^r − 1), with the big product exact.
    const j = k & 31;
    const tHead = EXP2_HI[j];
    const tTail = EXP2_LO[j];
    const scaled = twoProduct(tHead, em1Head);
    const rest = LOW + tHead * em1Tail + tTail * (em1Head + 1);
    const sum = twoSum(tHead, scaled);
    return scaleByPowerOfTwo(sum + (LOW + rest), k >> 5);
}
/** The result when x or y is ±0, ±∞, ±1, 1/2, 2 or x < 0 with y not an integer; else undefined. */
function powSpecialCase(x, y) {
    const ax = x < 0 ? -x : x;
    if (y === Infinity || y === -Infinity) {
        if (ax === 1)
            return NaN;
        return ax > 1 === y > 0 ? Infinity : 0;
    }
    if (y === 1)
        return x;
    if (y === -1)
        return 1 / x;
    if (y === 2)
        return x * x; // correctly rounded by construction
    if (y === 0.5 && (x > 0 || Object.is(x, 0) || x === Infinity))
        return Math.sqrt(x); // IEEE-exact
    const isInteger = Number.isInteger(y);
    const odd = isInteger && y % 2 !== 0;
    if (ax === 0 || ax === Infinity || ax === 1) {
        if (x < 0 || Object.is(x, -0)) {
            if (ax === 1)
                return isInteger ? (odd ? -1 : 1) : NaN;
            const z = (ax === 0) === y < 0 ? Infinity : 0;
            return odd ? -z : z;
        }
        if (ax === 1)
            return 1;
        return (ax === 0) === y < 0 ? Infinity : 0;
    }
    if (x < 0 && !isInteger)
        return NaN;
    return undefined;
}

// The content profile of one table, built one row at a time: an order-insensitive fingerprint, an
// order-sensitive one, per-column statistics and, when an id column is named, (id, row hash)
// pairs. The CSV scanner and the Parquet reader feed it the same way, so both get the same results.
/** Kinds of one field, widened per column into a ColumnType. */
const EMPTY = 0;
const INTEGER = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const STRING = 4;
const TYPE_NAMES = ['empty', 'integer', 'number', 'boolean', 'string'];
const P1 = 0x01000193;
const P2 = 0x5bd1e995;
const SEED1 = 0x811c9dc5 | 0;
const SEED2 = 0x27d4eb2f | 0;
const HLL_BITS = 10;
const HLL_SIZE = 1 << HLL_BITS;
// Exact powers (10^0…10^22 and 2^0…2^-255) from tables, not from the runtime's Math.pow, so the
// lock's statistics are the same bits on every runtime.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const HALVES = Array.from({ length: 256 }, (_, k) => {
    let h = 1;
    for (let i = 0; i < k; i++)
        h /= 2;
    return h;
});
const decoder = new TextDecoder();
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
}
/** Thrown by the profiler for a problem in one row; the reader adds the file and line. */
class RowProblem extends Error {
}
class Profiler {
    width;
    names;
    // The row being read: one slot per column.
    h1;
    h2;
    kind;
    num;
    filled = 0;
    // Per-column state.
    types;
    counts;
    missing;
    mins;
    maxs;
    sums;
    comps;
    numCounts;
    d1;
    d2;
    hll;
    // Table state.
    rows = 0;
    ignored = 0;
    f1 = 0;
    f2 = 0;
    o1 = SEED1;
    o2 = SEED2;
    idIndex;
    asOfIndex;
    untilMs;
    skipIds;
    idText = '';
    asOfText = '';
    spool;
    constructor(names, options = {}) {
        const n = names.length;
        this.width = n;
        this.names = names;
        this.h1 = new Int32Array(n);
        this.h2 = new Int32Array(n);
        this.kind = new Uint8Array(n);
        this.num = new Float64Array(n);
        this.types = new Uint8Array(n);
        this.counts = new Float64Array(n);
        this.missing = new Float64Array(n);
        this.mins = new Float64Array(n).fill(Infinity);
        this.maxs = new Float64Array(n).fill(-Infinity);
        this.sums = new Float64Array(n);
        this.comps = new Float64Array(n);
        this.numCounts = new Float64Array(n);
        this.d1 = new Int32Array(n);
        this.d2 = new Int32Array(n);
        this.hll = new Uint8Array(n * HLL_SIZE);
        this.idIndex = options.idColumn === undefined ? -1 : names.indexOf(options.idColumn);
        if (options.idColumn !== undefined && this.idIndex < 0)
            throw new RowProblem(`id column "${options.idColumn}" is not in the header`);
        this.asOfIndex = options.asOf ? names.indexOf(options.asOf.column) : -1;
        if (options.asOf && this.asOfIndex < 0)
            throw new RowProblem(`as_of column "${options.asOf.column}" is not in the header`);
        this.untilMs = options.asOf?.untilMs ?? Infinity;
        this.skipIds = options.skipIds;
        if (this.idIndex >= 0)
            this.spool = options.rowHashes;
    }
    resetRow() {
        this.filled = 0;
    }
    /** Does column `col` need its text (id or time-cut column)? */
    wantsText(col) {
        return col === this.idIndex || col === this.asOfIndex;
    }
    setText(col, text) {
        if (col === this.idIndex)
            this.idText = text;
        if (col === this.asOfIndex)
            this.asOfText = text;
    }
    /**
     * One field given as UTF-8 bytes `buf[start, end)`: numbers are recognised and hashed by value
     * (so `60`, `60.0` and a Parquet 60 agree), everything else by its bytes. Returns false when the
     * bytes are not valid UTF-8.
     */
    field(col, buf, start, end) {
        if (start === end) {
            this.kind[col] = EMPTY;
            this.h1[col] = SEED1;
            this.h2[col] = SEED2;
            this.filled++;
            return true;
        }
        let h1 = SEED1;
        let h2 = SEED2;
        const first = buf[start];
        if (!(first <= 57 && (first >= 48 || first === 45 || first === 43 || first === 46))) {
            // Cannot be a number: hash the bytes and nothing else (the common case for labels).
            let bits = 0;
            for (let i = start; i < end; i++) {
                const b = buf[i];
                bits |= b;
                h1 = Math.imul(h1 ^ b, P1);
                h2 = Math.imul(h2 + b, P2) ^ (h2 >>> 15);
            }
            if (bits >= 0x80 && !validUtf8(buf, start, end))
                return false;
            const kind = end - start <= 5 && isBoolean(buf, start, end) ? BOOLEAN : STRING;
            this.kind[col] = kind;
            this.h1[col] = fmix(h1 ^ (end - start));
            this.h2[col] = fmix(h2 + kind);
            this.filled++;
            return true;
        }
        // Number recognition: [+-]? digits [. digits] ([eE][+-]?digits)?
        let state = 0; // 0 sign allowed, 1 int digits, 2 after dot (no digits yet), 3 frac digits, 4 exp start, 5 exp sign, 6 exp digits, 9 not a number
        let mantissa = 0;
        let digits = 0;
        let scale = 0;
        let anyDigit = false;
        let ascii = true;
        for (let i = start; i < end; i++) {
            const b = buf[i];
            h1 = Math.imul(h1 ^ b, P1);
            h2 = Math.imul(h2 + b, P2) ^ (h2 >>> 15);
            if (b >= 0x80)
                ascii = false;
            if (state === 9)
                continue;
            if (b >= 48 && b <= 57) {
                anyDigit = anyDigit || state < 4;
                if (state === 0 || state === 1) {
                    state = 1;
                    if (digits < 15) {
                        mantissa = mantissa * 10 + (b - 48);
                        if (mantissa !== 0)
                            digits++;
                    }
                    else
                        digits = 99;
                }
                else if (state === 2 || state === 3) {
                    state = 3;
                    if (digits < 15) {
                        mantissa = mantissa * 10 + (b - 48);
                        if (mantissa !== 0)
                            digits++;
                        scale++;
                    }
                    else
                        digits = 99;
                }
                else
                    state = 6;
            }
            else if ((b === 45 || b === 43) && i === start) {
                state = 1;
                anyDigit = false;
            }
            else if (b === 46 && state <= 1)
                state = 2;
            else if ((b === 101 || b === 69) && anyDigit && (state === 1 || state === 3))
                state = 4;
            else if ((b === 45 || b === 43) && state === 4)
                state = 5;
            else
                state = 9;
        }
        if (!ascii && !validUtf8(buf, start, end))
            return false;
        let kind = STRING;
        if (state !== 9 && anyDigit && (state === 1 || state === 2 || state === 3 || state === 6)) {
            let value;
            if (digits <= 15 && state !== 6 && scale <= 22)
                value = buf[start] === 45 ? -(mantissa / POW10[scale]) : mantissa / POW10[scale];
            else
                value = Number(decoder.decode(buf.subarray(start, end)));
            if (Number.isFinite(value)) {
                this.number(col, value, Number.isInteger(value));
                return true;
            }
        }
        else if (end - start <= 5) {
            if (isBoolean(buf, start, end))
                kind = BOOLEAN;
        }
        this.kind[col] = kind;
        this.h1[col] = fmix(h1 ^ (end - start));
        this.h2[col] = fmix(h2 + kind);
        this.filled++;
        return true;
    }
    /** A numeric field; integers are numbers without a fractional part. */
    number(col, value, integer) {
        if (value === 0)
            value = 0; // -0 and 0 are one value
        f64[0] = value;
        const lo = u32[0] | 0;
        const hi = u32[1] | 0;
        this.kind[col] = integer ? INTEGER : NUMBER;
        this.num[col] = value;
        this.h1[col] = fmix(lo ^ Math.imul(hi, 0x9e3779b1) ^ 0x6e756d);
        this.h2[col] = fmix(hi + Math.imul(lo, 0x85ebca77) + 0x7f4a7c15);
        this.filled++;
    }
    missingValue(col) {
        this.kind[col] = EMPTY;
        this.h1[col] = SEED1;
        this.h2[col] = SEED2;
        this.filled++;
    }
    /** Close the row. Returns false when a time cut leaves it out. */
    endRow() {
        const n = this.width;
        if (this.filled !== n) {
            const got = this.filled;
            this.filled = 0;
            throw new RowProblem(`ragged row: expected ${n} fields like the header, found ${got}`);
        }
        this.filled = 0;
        if (this.asOfIndex >= 0) {
            const t = Date.parse(this.asOfText);
            if (Number.isNaN(t))
                throw new RowProblem(`as_of column "${this.names[this.asOfIndex]}" holds "${this.asOfText}", which is not a timestamp`);
            if (t > this.untilMs) {
                this.ignored++;
                return false;
            }
        }
        if (this.skipIds?.has(this.idText)) {
            this.ignored++;
            return false;
        }
        let r1 = SEED1;
        let r2 = SEED2;
        for (let c = 0; c < n; c++) {
            const a = this.h1[c];
            const b = this.h2[c];
            r1 = Math.imul(r1 ^ a, P1) + c;
            r2 = Math.imul((r2 << 5) | (r2 >>> 27), P2) ^ b;
            const k = this.kind[c];
            if (k === EMPTY) {
                this.missing[c]++;
            }
            else {
                this.counts[c]++;
                const t = this.types[c];
                if (t !== k && t !== STRING) {
                    this.types[c] =
                        t === EMPTY
                            ? k
                            : (t === INTEGER && k === NUMBER) || (t === NUMBER && k === INTEGER)
                                ? NUMBER
                                : STRING;
                }
                if (k === INTEGER || k === NUMBER) {
                    const v = this.num[c];
                    if (v < this.mins[c])
                        this.mins[c] = v;
                    if (v > this.maxs[c])
                        this.maxs[c] = v;
                    // Neumaier summation: the mean does not depend on the row order in practice.
                    const s = this.sums[c];
                    const t2 = s + v;
                    this.comps[c] += Math.abs(s) >= Math.abs(v) ? s - t2 + v : v - t2 + s;
                    this.sums[c] = t2;
                    this.numCounts[c]++;
                }
                const x = fmix(a ^ Math.imul(b, 0x9e3779b1));
                const reg = c * HLL_SIZE + (x >>> (32 - HLL_BITS));
                const rank = Math.clz32((x << HLL_BITS) | (1 << (HLL_BITS - 1))) + 1;
                if (rank > this.hll[reg])
                    this.hll[reg] = rank;
            }
            this.d1[c] = (this.d1[c] + a) | 0;
            this.d2[c] = (this.d2[c] + b) | 0;
        }
        r1 = fmix(r1);
        r2 = fmix(r2 ^ n);
        this.f1 = (this.f1 + r1) | 0;
        this.f2 = (this.f2 + r2) | 0;
        this.o1 = fmix(Math.imul(this.o1 ^ r1, P1));
        this.o2 = fmix(Math.imul(this.o2 + r2, P2));
        this.rows++;
        this.spool?.add(this.idText, r1, r2);
        return true;
    }
    result() {
        const columns = this.names.map((name, c) => {
            const type = TYPE_NAMES[this.types[c]];
            const numeric = (type === 'integer' || type === 'number') && this.numCounts[c] > 0;
            const stats = {
                name,
                type,
                count: this.counts[c],
                missing: this.missing[c],
                distinct: this.distinct(c),
                digest: hex(this.d1[c]) + hex(this.d2[c])
            };
            if (numeric) {
                stats.min = this.mins[c];
                stats.max = this.maxs[c];
                stats.mean = Number(((this.sums[c] + this.comps[c]) / this.numCounts[c]).toPrecision(12));
            }
            return stats;
        });
        const profile = {
            rows: this.rows,
            ignoredRows: this.ignored,
            fingerprint: hex(this.f1) + hex(this.f2),
            ordered: hex(this.o1) + hex(this.o2),
            columns
        };
        if (this.spool)
            profile.rowHashes = this.spool;
        return profile;
    }
    /** HyperLogLog estimate with the small-range correction; exact enough to explain drift. */
    distinct(c) {
        if (this.counts[c] === 0)
            return 0;
        let sum = 0;
        let zeros = 0;
        for (let i = c * HLL_SIZE; i < (c + 1) * HLL_SIZE; i++) {
            sum += HALVES[this.hll[i]];
            if (this.hll[i] === 0)
                zeros++;
        }
        const m = HLL_SIZE;
        const raw = ((0.7213 / (1 + 1.079 / m)) * m * m) / sum;
        const estimate = raw <= 2.5 * m && zeros > 0 ? m * log(m / zeros) : raw;
        return Math.min(Math.round(estimate), this.counts[c]);
    }
}
function hex(x) {
    return (x >>> 0).toString(16).padStart(8, '0');
}
function isBoolean(buf, start, end) {
    const len = end - start;
    const first = buf[start] | 0x20;
    if (len === 4 && first === 0x74)
        return matches(buf, start, 'true');
    if (len === 5 && first === 0x66)
        return matches(buf, start, 'false');
    return false;
}
/** `word` (lower case) as `true`, `TRUE` or `True`, the spellings the type inference accepts. */
function matches(buf, start, word) {
    let lower = true;
    let upper = true;
    let capital = true;
    for (let k = 0; k < word.length; k++) {
        const b = buf[start + k];
        const w = word.charCodeAt(k);
        if (b !== w)
            lower = false;
        if (b !== w - 32)
            upper = false;
        if (k === 0 ? b !== w - 32 : b !== w)
            capital = false;
    }
    return lower || upper || capital;
}
/** Strict UTF-8 check of `buf[start, end)`: no stray continuation bytes, overlongs or surrogates. */
function validUtf8(buf, start, end) {
    let i = start;
    while (i < end) {
        const b = buf[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else
            return false;
        if (i + need >= end)
            return false;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = buf[i + k];
            if ((c & 0xc0) !== 0x80)
                return false;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += need + 1;
    }
    return true;
}

// A byte-level CSV reader for the snapshot pass. It hashes the bytes (sha256) and profiles the
// rows in one streaming read through a fixed buffer, so memory does not grow with the file.
// csv-parse builds a string per field; this reader hands the profiler byte ranges instead, which
// is what makes the fingerprint pass faster than pandas parsing the same file (see bench/).
const CHUNK = 1 << 22;
/** The longest row (or unbalanced quoted field) the reader accepts before giving up. */
const MAX_ROW = 1 << 26;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** From a row's start through the first line break after an even number of quotes. */
const ROW_END = /(?:[^"\n]*"[^"]*")*[^"\n]*\n/y;
class HeaderSink {
    names = [];
    done = false;
    resetRow() {
        this.names = [];
    }
    field(col, buf, start, end) {
        this.names[col] = Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8');
        return true;
    }
    wantsText() {
        return false;
    }
    setText() { }
    endRow() {
        this.done = true;
        return true;
    }
}
/** Row boundaries only: every field accepted, every row kept. For moving rows whole (a shuffle). */
class PassSink {
    resetRow() { }
    field() {
        return true;
    }
    wantsText() {
        return false;
    }
    setText() { }
    endRow() {
        return true;
    }
}
/** Read a CSV file once: its sha256, size and content profile. Bad input is an InputError with file and line. */
async function scanCsvFile(file, options = {}) {
    const { sha256, size, reader } = await readCsv(file, new CsvReader(file, options, options.rows), options);
    return { sha256, size, profile: reader.finish() };
}
/**
 * Hand every row of a CSV file to `rows`, split where the rows end (quoted line breaks minded), with
 * no profile: a third of the work of scanCsvFile, for a copy whose rows are only moved.
 */
async function forEachCsvRow(file, options) {
    const { reader } = await readCsv(file, new CsvReader(file, {}, options.rows, false), options);
    reader.end();
}
async function readCsv(file, reader, options) {
    const handle = await promises.open(file, 'r').catch((error) => {
        if (error.code === 'ENOENT')
            throw new InputError('data file not found', { file });
        throw new InputError(`cannot open the data file: ${error.message}`, { file });
    });
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new InputError('expected a data file, found a folder', { file });
        const sha = createHash('sha256');
        // A small file gets a buffer its size (plus one byte, so the end of file is read in the same
        // loop), not a whole chunk: less memory for the collector to account for.
        let buf = Buffer.allocUnsafe(Math.min(CHUNK, stat.size + 1));
        let carry = 0;
        let size = 0;
        for (;;) {
            if (carry === buf.length) {
                if (buf.length >= MAX_ROW) {
                    throw new InputError(`a row longer than ${MAX_ROW >> 20} MiB: probably an unbalanced quote`, {
                        file,
                        line: reader.line
                    });
                }
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            const { bytesRead } = await handle.read(buf, carry, buf.length - carry, null);
            if (bytesRead > 0)
                sha.update(buf.subarray(carry, carry + bytesRead));
            if (size === 0 && bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                throw new InputError('the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM', {
                    file,
                    line: 1
                });
            }
            size += bytesRead;
            const end = carry + bytesRead;
            const pos = reader.consume(buf, end, bytesRead === 0);
            await options.rows?.flush();
            options.progress?.(size);
            if (bytesRead === 0)
                break;
            carry = end - pos;
            if (carry > 0 && pos > 0)
                buf.copy(buf, 0, pos, end);
        }
        return { sha256: sha.digest('hex'), size, reader };
    }
    finally {
        await handle.close();
    }
}
class CsvReader {
    file;
    options;
    profiling;
    /** Line where the next row starts (1-based). */
    line = 1;
    header = new HeaderSink();
    /** What the rows after the header go to: the profiler, or a PassSink when not profiling. */
    body;
    profiler;
    scratch = Buffer.allocUnsafe(1 << 16);
    lf = 0;
    crlf = 0;
    /** Did the last row read count (not a blank line, not left out by the profile)? */
    kept = false;
    rows;
    textRows;
    constructor(file, options, rows, profiling = true) {
        this.file = file;
        this.options = options;
        this.profiling = profiling;
        if (rows && 'rowText' in rows)
            this.textRows = rows;
        else
            this.rows = rows;
    }
    /** Read every complete row of `buf[0, end)`; returns where the first incomplete row starts. */
    consume(buf, end, eof) {
        let pos = 0;
        const data = buf.subarray(0, end);
        this.nextQuote = this.nextCr = -2;
        this.text = undefined;
        while (pos < end) {
            const sink = this.body ?? this.header;
            let next = sink instanceof PassSink ? this.plainRow(data, pos) : -2;
            if (next === -2)
                next = this.row(sink, buf, pos, end, eof);
            if (next < 0)
                break;
            if (this.kept) {
                if (this.textRows)
                    this.textRows.rowText(this.chunkText(data).slice(pos, next));
                else
                    this.rows?.row(buf.subarray(pos, next));
            }
            pos = next;
            if (!this.body && this.header.done)
                this.startProfile();
        }
        if (eof && pos < end)
            throw new InputError('malformed CSV at the end of the file', { file: this.file, line: this.line });
        return pos;
    }
    /** Next quote and CR at or after the last search in this chunk (-1: none; -2: not searched). */
    nextQuote = -2;
    nextCr = -2;
    /** The chunk as a one-byte string (same offsets as the bytes), made when first needed. */
    text;
    chunkText(data) {
        return (this.text ??= data.toString('latin1'));
    }
    /**
     * When only row boundaries are wanted: the row's end is found without splitting it into fields,
     * as the first line break after an even number of quotes (a quoted line break stays inside its
     * row). Returns where the next row starts, or -2 to leave the row to row() (blank lines, a CR
     * that does not end the row, an unbalanced quote, the last row), which also says what is wrong
     * with a malformed one.
     */
    plainRow(data, pos) {
        const first = data[pos];
        if (first === LF || first === CR)
            return -2;
        if (this.nextCr !== -1 && this.nextCr < pos)
            this.nextCr = data.indexOf(CR, pos);
        const lf = this.textRows ? this.rowEndInText(data, pos) : this.rowEndInBytes(data, pos);
        if (lf < 0)
            return -2;
        if (this.nextCr >= 0 && this.nextCr < lf - 1)
            return -2;
        if (data[lf - 1] === CR)
            this.crlf++;
        else
            this.lf++;
        // Quoted line breaks inside the row count as lines too.
        for (let at = data.indexOf(LF, pos); at >= 0 && at < lf; at = data.indexOf(LF, at + 1))
            this.line++;
        this.line++;
        this.kept = true;
        return lf + 1;
    }
    /**
     * The row's line break, by a regular expression over the chunk's string: native code from the
     * first row, where a byte loop runs interpreted for most of a small file. Rows handed on as text
     * come from that string anyway. -1: none in this chunk.
     */
    rowEndInText(data, pos) {
        ROW_END.lastIndex = pos;
        try {
            return ROW_END.test(this.chunkText(data)) ? ROW_END.lastIndex - 1 : -1;
        }
        catch {
            return -1; // the engine's backtracking limit, on a pathological row: the byte reader decides
        }
    }
    /**
     * The row's line break, by the parity of the quotes before it: once compiled, the fastest way
     * through a large file, with no string per chunk. -1: none in this chunk.
     */
    rowEndInBytes(data, pos) {
        let from = pos;
        let inQuotes = false;
        for (;;) {
            const lf = data.indexOf(LF, from);
            if (lf < 0)
                return -1;
            if (this.nextQuote !== -1 && this.nextQuote < from)
                this.nextQuote = data.indexOf(QUOTE, from);
            if (this.nextQuote >= 0 && this.nextQuote < lf) {
                for (let i = this.nextQuote; i < lf; i++)
                    if (data[i] === QUOTE)
                        inQuotes = !inQuotes;
                this.nextQuote = -2;
            }
            if (!inQuotes)
                return lf;
            from = lf + 1;
        }
    }
    /** The file is read: it had a header. */
    end() {
        if (!this.body)
            throw new InputError('empty CSV file: no header row', { file: this.file, line: 1 });
    }
    finish() {
        this.end();
        if (!this.profiler)
            throw new Error('finish() of a CSV reader that did not profile');
        const profile = this.profiler.result();
        profile.newline = this.lf && this.crlf ? 'mixed' : this.crlf ? 'crlf' : this.lf ? 'lf' : 'none';
        return profile;
    }
    startProfile() {
        const names = this.header.names;
        checkHeader(names, this.file);
        if (!this.profiling) {
            this.body = new PassSink();
            return;
        }
        try {
            this.body = this.profiler = new Profiler(names, this.options);
        }
        catch (error) {
            if (error instanceof RowProblem)
                throw new InputError(error.message, { file: this.file, line: 1 });
            throw error;
        }
    }
    /**
     * One row starting at `pos`: its fields go to the sink, then the row is closed. Returns the
     * position after the row, or -1 when the row does not end inside the buffer yet.
     */
    row(sink, buf, pos, end, eof) {
        let i = pos;
        let col = 0;
        let lines = 0;
        let nextLf = pos - 1;
        sink.resetRow();
        this.kept = false;
        // An empty line is skipped, as csv-parse does.
        if (buf[i] === LF || buf[i] === CR) {
            if (buf[i] === CR) {
                if (i + 1 >= end && !eof)
                    return -1;
                i += i + 1 < end && buf[i + 1] === LF ? 2 : 1;
            }
            else
                i++;
            this.line++;
            return i;
        }
        for (;;) {
            if (i < end && buf[i] === QUOTE) {
                const start = i + 1;
                let j = start;
                let escaped = false;
                let close;
                for (;;) {
                    const k = buf.indexOf(QUOTE, j);
                    if (k < 0 || k >= end) {
                        if (eof)
                            throw this.problem('a quoted field is never closed (unbalanced quote)', lines);
                        return -1;
                    }
                    if (k + 1 >= end && !eof)
                        return -1;
                    if (k + 1 < end && buf[k + 1] === QUOTE) {
                        escaped = true;
                        j = k + 2;
                        continue;
                    }
                    close = k;
                    break;
                }
                // Line breaks inside quotes count for the line numbers; the next one is looked up once per row.
                if (nextLf >= 0 && nextLf < start)
                    nextLf = buf.indexOf(LF, start);
                while (nextLf >= 0 && nextLf < close) {
                    lines++;
                    nextLf = buf.indexOf(LF, nextLf + 1);
                }
                let ok;
                if (escaped) {
                    const len = this.unescape(buf, start, close);
                    ok = sink.field(col, this.scratch, 0, len);
                    if (ok && sink.wantsText(col))
                        sink.setText(col, this.scratch.toString('utf8', 0, len));
                }
                else {
                    ok = sink.field(col, buf, start, close);
                    if (ok && sink.wantsText(col))
                        sink.setText(col, buf.toString('utf8', start, close));
                }
                if (!ok)
                    throw this.problem(`invalid UTF-8 in field ${col + 1}`, lines);
                i = close + 1;
                if (i < end && buf[i] !== COMMA && buf[i] !== LF && buf[i] !== CR) {
                    throw this.problem('a quote inside a field or text after a closing quote (invalid closing quote)', lines);
                }
            }
            else {
                let j = i;
                while (j < end) {
                    const b = buf[j];
                    if (b === COMMA || b === LF || b === CR || b === QUOTE)
                        break;
                    j++;
                }
                if (j >= end && !eof)
                    return -1;
                if (j < end && buf[j] === QUOTE)
                    throw this.problem('a quote inside an unquoted field (unbalanced quote)', lines);
                if (!sink.field(col, buf, i, j))
                    throw this.problem(`invalid UTF-8 in field ${col + 1}`, lines);
                if (sink.wantsText(col))
                    sink.setText(col, buf.toString('utf8', i, j));
                i = j;
            }
            if (i < end && buf[i] === COMMA) {
                i++;
                col++;
                continue;
            }
            break;
        }
        // End of the row: LF, CRLF, a lone CR, or the end of the file.
        if (i < end) {
            if (buf[i] === CR) {
                if (i + 1 >= end && !eof)
                    return -1;
                if (i + 1 < end && buf[i + 1] === LF) {
                    this.crlf++;
                    i += 2;
                }
                else
                    i++;
            }
            else {
                this.lf++;
                i++;
            }
        }
        try {
            this.kept = sink.endRow();
        }
        catch (error) {
            if (error instanceof RowProblem)
                throw this.problem(error.message, 0);
            throw error;
        }
        this.line += lines + 1;
        return i;
    }
    unescape(buf, start, close) {
        if (this.scratch.length < close - start)
            this.scratch = Buffer.allocUnsafe(2 * (close - start));
        let n = 0;
        for (let k = start; k < close; k++) {
            this.scratch[n++] = buf[k];
            if (buf[k] === QUOTE)
                k++;
        }
        return n;
    }
    problem(message, extraLines) {
        return new InputError(`malformed CSV: ${message}`, { file: this.file, line: this.line + extraLines });
    }
}

/**
 * Read one data file once: sha256, size and profile, with progress output for large files. With an
 * id column (and no skipIds) the profile holds a row-hash spool: the caller must dispose() of it.
 */
async function scanDataFile(file, entry, { skipIds, limits, rows } = {}) {
    const format = formatOf(file.key, entry.format);
    const { size } = await promises.stat(file.abs);
    const progress = progressFor(`reading ${file.key}`, size);
    const rowHashes = entry.idColumn !== undefined && !skipIds ? new RowHashSpool(limits) : undefined;
    const options = {
        idColumn: entry.idColumn,
        rowHashes,
        skipIds,
        asOf: entry.asOf ? { column: entry.asOf.column, untilMs: entry.asOf.untilMs } : undefined
    };
    try {
        if (format === 'csv') {
            const scan = await scanCsvFile(file.abs, { ...options, progress, rows });
            return {
                key: file.key,
                abs: file.abs,
                format,
                sha256: scan.sha256,
                size: scan.size,
                profile: scan.profile
            };
        }
        const [hash, profile] = await Promise.all([
            hashFile(file.abs),
            // hyparquet is loaded only when a Parquet file is read.
            import('./cli-parquet.js').then(({ profileParquet }) => profileParquet(file.abs, { ...options, progress }))
        ]);
        return { key: file.key, abs: file.abs, format, sha256: hash.sha256, size: hash.size, profile };
    }
    catch (error) {
        // A scan that fails midway leaves no run files behind.
        rowHashes?.dispose();
        // Errors about a downloaded copy name the url, not the cache file.
        if (error instanceof InputError && entry.kind === 'url' && error.file === file.abs) {
            throw new InputError(error.message, { file: entry.path, line: error.line });
        }
        throw error;
    }
}
/** sha256 and size of a file, with the same progress output as a full read for large files. */
async function hashDataFile(file) {
    const { size } = await promises.stat(file.abs);
    const progress = progressFor(`hashing ${file.key}`, size);
    return hashFile(file.abs, progress);
}
/** The data files of an entry as they are now; a remote file is fetched (and verified) first. */
async function entryFiles(ctx, entry) {
    const { config } = ctx;
    switch (entry.kind) {
        case 'file':
            await requireDataFile(entry.absPath, config.snapshot.root);
            return [{ key: entry.path, abs: entry.absPath }];
        case 'url': {
            const abs = await fetchPinned(entry.path, entry.sha256 ?? '', {
                cacheDir: config.snapshot.cache,
                cache: ctx.cache
            });
            return [{ key: entry.path, abs }];
        }
        default: {
            const files = await listEntryFiles(config, entry);
            for (const f of files)
                await requireDataFile(f.abs, config.snapshot.root);
            return files;
        }
    }
}
/** The (id, row hash) sidecar's name inside the lock's sidecar set: the file's path, or for a url its hash. */
function sidecarName(key, entry, sha256) {
    return `${sideFileStem(key, entry, sha256)}.rows.tsv`;
}
/** The name of the copy of the locked rows, beside the sidecar. */
function valuesName(key, entry, sha256) {
    return `${sideFileStem(key, entry, sha256)}.values.csv.gz`;
}
function sideFileStem(key, entry, sha256) {
    return entry.kind === 'url' ? `remote/${sha256.slice(0, 16)}` : key;
}
function fileLockFrom(scan, entry) {
    const p = scan.profile;
    const lock = {
        ...(entry.kind === 'url' ? { url: scan.key } : { path: scan.key }),
        format: scan.format,
        size: scan.size,
        sha256: scan.sha256,
        rows: p.rows,
        fingerprint: p.fingerprint,
        ordered: p.ordered,
        columns: p.columns.map(lockedColumn)
    };
    if (scan.format === 'csv')
        lock.newline = p.newline;
    if (entry.asOf)
        lock.as_of = { column: entry.asOf.column, until: entry.asOf.until };
    if (entry.idColumn)
        lock.id_column = entry.idColumn;
    return lock;
}
function lockedColumn(c) {
    const out = { name: c.name, type: c.type, count: c.count, missing: c.missing };
    if (c.min !== undefined)
        out.min = c.min;
    if (c.max !== undefined)
        out.max = c.max;
    if (c.mean !== undefined)
        out.mean = c.mean;
    out.distinct = c.distinct;
    out.digest = c.digest;
    return out;
}

export { pow as A, DuplicateIdError as D, MAX_ADDED_IDS as M, Profiler as P, RowProblem as R, SET_NAME as S, entryFiles as a, stageFolder as b, scanDataFile as c, fileLockFrom as d, endWrite as e, formatOf as f, sidecarName as g, removeStale as h, isDataFileName as i, hashDataFile as j, diffRowHashes as k, listEntryFiles as l, readBaseline as m, baselineFilesDir as n, writeBaseline as o, scanCsvFile as p, forEachCsvRow as q, removeStaleBeside as r, sealFolder as s, progressFor as t, log as u, valuesName as v, writeRowHashesTemp as w, log1p as x, exp as y, expm1 as z };
