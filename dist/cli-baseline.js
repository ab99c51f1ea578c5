import { promises } from 'node:fs';
import path from 'node:path';
import { c as canonicalHash, a as canonicalJsonPretty } from './cli-canonical-json.js';
import { j as hashFile, m as linkOutside, I as InputError, c as confinedPath, a as displayPath, b as requireWritableInside, w as writeFileAtomic } from './cli-commands.js';
import { createHash } from 'node:crypto';

// Side files that become current together with their manifest. They are written into a private
// staging folder, which is renamed to a name made from its content; then the manifest that names
// that folder replaces the old one in one rename. Before the switch the old manifest still names
// the old folder; after it the new manifest names a complete new one. What an interrupted run
// leaves (staging folders, temporary files, folders no manifest names) is recognisable by name
// and removed by the next writer.
/** Our temporary names: `.tmp-<pid>-<time>` (staging folders) and `<file>.tmp-<pid>-<time>`. */
const TEMP = /\.tmp-(\d+)-\d+$/;
/** A sealed set: 16 hex digits of the sha256 of its listing. */
const SET_NAME = /^[0-9a-f]{16}$/;
/** A fresh, empty staging folder inside `parent`. */
async function stageFolder(parent) {
    await promises.mkdir(parent, { recursive: true });
    const dir = path.join(parent, `.tmp-${process.pid}-${Date.now()}`);
    await promises.mkdir(dir);
    return dir;
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
/** A temporary file or folder of ours whose process is gone. */
function staleTemp(name) {
    const m = TEMP.exec(name);
    return m !== null && !alive(Number(m[1]));
}
/**
 * Remove what is ours and no longer current under `parent`: stale temporary files and staging
 * folders, sealed sets other than `keep`, and files `stray(rel)` recognises; then empty folders.
 * Links are never followed.
 */
async function removeStale(parent, keep, stray = () => false) {
    const walk = async (rel) => {
        let entries;
        try {
            entries = await promises.readdir(path.join(parent, rel), { withFileTypes: true });
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
                (d.isFile() && stray(name))) {
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

const BASELINE_MANIFEST = 'baseline.json';
const BASELINE_PREDICTIONS = 'predictions.csv';
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
    const artifacts = [];
    let files;
    let predictions;
    try {
        await promises.copyFile(outputs.predictions, path.join(staging, BASELINE_PREDICTIONS));
        predictions = (await hashFile(path.join(staging, BASELINE_PREDICTIONS))).sha256;
        for (const name of outputs.artifacts) {
            await promises.mkdir(path.dirname(path.join(staging, name)), { recursive: true });
            await promises.copyFile(path.join(outputs.dir, name), path.join(staging, name));
            artifacts.push({ path: name, sha256: (await hashFile(path.join(staging, name))).sha256 });
        }
        files = await sealFolder(staging);
    }
    catch (error) {
        await promises.rm(staging, { recursive: true, force: true });
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
/** The folder holding a baseline's predictions and artifacts: its sealed set, or (older layout) the baseline folder. */
function baselineFilesDir(dir, baseline) {
    return baseline.files ? path.join(dir, baseline.files) : dir;
}
/**
 * What an interrupted `baseline` left: temporary files, staging folders and sealed sets the
 * manifest does not name, and copies of the older flat layout beside a sealed set.
 */
async function removeStaleBaselineFiles(dir, root) {
    let current;
    try {
        current = await readBaseline(dir, root);
    }
    catch {
        return removeStale(dir, 'all'); // a damaged manifest: remove only temporary files
    }
    const files = current?.files;
    const named = new Set(current ? [current.predictions.file, ...current.artifacts.map(a => a.path)] : []);
    await removeStale(dir, new Set(files ? [files] : []), rel => Boolean(files) && named.has(rel));
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

var baseline = /*#__PURE__*/Object.freeze({
    __proto__: null,
    BASELINE_MANIFEST: BASELINE_MANIFEST,
    BASELINE_PREDICTIONS: BASELINE_PREDICTIONS,
    baselineFilesDir: baselineFilesDir,
    jsonLine: jsonLine,
    readBaseline: readBaseline,
    removeStaleBaselineFiles: removeStaleBaselineFiles,
    writeBaseline: writeBaseline
});

export { BASELINE_MANIFEST as B, SET_NAME as S, stageFolder as a, removeStale as b, readBaseline as c, baselineFilesDir as d, BASELINE_PREDICTIONS as e, baseline as f, removeStaleBeside as r, sealFolder as s, writeBaseline as w };
