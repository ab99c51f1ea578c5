import { promises, createWriteStream, createReadStream } from 'node:fs';
import path from 'node:path';
import { a as canonicalHash } from './cli-canonical-json.js';
import { T as THREAD_VARIABLES, I as InputError, w as writeFileAtomic, d as distExports, f as confinedPath, b as requireWritableInside, c as relativePosix, a as displayPath, g as exists$1, h as allFindings, S as SECTION_KEYS, s as skippedSection, r as repositoryRoot, j as envRulesOf, k as redactDeep, l as SCHEMA_VERSION } from './cli-commands.js';
import { w as worst, R as REPORT_SECTIONS, S as SECTION_LIST, o as open, r as resultsReproduce, l as lowerFirst, i as intendedText, e as exitCodeFor } from './cli-index2.js';
import { s as sealFolder, e as endWrite, b as entryFiles, f as formatOf, c as stageFolder, d as scanDataFile, h as fileLockFrom, v as valuesName, j as sidecarName, w as writeRowHashesTemp, D as DuplicateIdError, r as removeStaleBeside, k as removeStale, l as listEntryFiles, m as hashDataFile, n as diffRowHashes, M as MAX_ADDED_IDS, o as readBaseline, p as baselineFilesDir, q as writeBaseline } from './cli-describe.js';
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

/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
({
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name))});

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
    return readLockFast(text, file, paths) ?? readLockChecked(text, file, paths);
}
/**
 * The lock as written by `repro-audit lock`: read on every audit, so by the reader of the writer's
 * own shape (lock-reader.ts), then by js-yaml for any other YAML (a hand-edited lock); the `yaml`
 * document parser costs several times more on the flow-style column lists. Anything neither
 * accepts (bad YAML, a wrong layout, a path leaving the repository) is undefined here, and the
 * checked reader then says what is wrong, with the line. All read YAML 1.2's core schema.
 */
function readLockFast(text, file, paths) {
    try {
        const value = (readWrittenLock(text) ??
            load(text, { schema: CORE_SCHEMA, filename: file }));
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
