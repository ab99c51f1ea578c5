import { promises } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { a as canonicalHash, c as canonicalJsonPretty, s as sha256Hex } from './cli-canonical-json.js';
import { I as InputError, q as SCHEMA_VERSION, m as redactDeep, w as writeFileAtomic, f as confinedPath, u as hashFile } from './cli-commands.js';
import 'node:crypto';
import { B as BASELINE_MANIFEST } from './cli-outputs.js';
import { p as parseCanonicalCsv, r as readCanonicalCsv } from './cli-csv2.js';

// The portable result of one job: everything the aggregate needs, in one file that survives an
// upload and a download as a workflow artifact. It holds the job's full AuditResult plus what the
// report lacks: the predictions themselves (canonical CSV, gzip, base64), their digest, the config's
// and the baseline's hashes, the recorded tolerance and the job's label.
const RESULT_KIND = 'repro-audit-result';
const RESULT_SCHEMA_VERSION = 1;
/** Predictions larger than this (compressed) go into a file beside the result instead of inside it. */
const DEFAULT_EMBED_LIMIT = 8 * 1024 * 1024;
/** Build the portable result of a finished `run` and write it atomically. Returns its content. */
async function writeResultFile(file, result, config, reference, options) {
    const body = {
        kind: RESULT_KIND,
        resultSchemaVersion: RESULT_SCHEMA_VERSION,
        label: options.label,
        audit: result.audit,
        configSha256: configHash(config),
        baselineSha256: await normalisedHash(path.join(config.baselineDir, BASELINE_MANIFEST)).catch(() => undefined),
        commit: options.commit,
        tolerance: { default: config.compare.predictions.default, columns: config.compare.predictions.columns },
        environment: result.environment.current,
        metrics: reference?.metrics ?? {},
        artifacts: await artifactHashes(reference),
        predictions: reference
            ? await embedPredictions(file, reference, options.embedLimit ?? DEFAULT_EMBED_LIMIT)
            : undefined,
        result
    };
    const clean = redactDeep(body, options.secrets ?? []);
    const portable = { ...clean, digest: canonicalHash(clean) };
    await writeFileAtomic(file, canonicalJsonPretty(portable));
    return portable;
}
function configHash(config) {
    return canonicalHash({
        pipeline: config.pipeline.spec,
        snapshot: {
            idColumn: config.snapshot.idColumn,
            entries: config.snapshot.entries.map(e => ({ path: e.path, idColumn: e.idColumn }))
        },
        predictions: {
            default: config.compare.predictions.default,
            columns: config.compare.predictions.columns,
            labels: config.compare.predictions.labels
        }
    });
}
async function normalisedHash(file) {
    return sha256Hex((await promises.readFile(file, 'utf8')).replace(/\r\n/g, '\n'));
}
async function artifactHashes(reference) {
    if (!reference)
        return [];
    const out = [];
    for (const name of reference.artifacts)
        out.push({ path: name, sha256: (await hashFile(path.join(reference.dir, name))).sha256 });
    return out;
}
/** The sidecar file of a result file: its name with `.predictions.csv.gz` in place of `.json`. */
function sidecarName(resultFile) {
    return `${path.basename(resultFile).replace(/\.json$/i, '')}.predictions.csv.gz`;
}
async function embedPredictions(resultFile, run, limit) {
    const table = await readCanonicalCsv(run.predictions, run.idColumn);
    const gz = gzipSync(Buffer.from(table.text));
    const common = {
        idColumn: run.idColumn,
        columns: table.columns,
        rows: table.ids.length,
        sha256: sha256Hex(table.text),
        fileSha256: (await hashFile(run.predictions)).sha256,
        encoding: 'gzip+base64',
        compressedBytes: gz.length
    };
    if (gz.length <= limit)
        return { ...common, data: gz.toString('base64') };
    const name = sidecarName(resultFile);
    await writeFileAtomic(path.join(path.dirname(resultFile), name), gz);
    return { ...common, file: name };
}
/**
 * Read and check one result file: JSON that parses, the kind and schema version this version
 * reads, a digest that verifies. Anything else is an InputError naming the file.
 */
async function readResultFile(file) {
    let text;
    try {
        text = await promises.readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new InputError(code === 'ENOENT'
            ? 'result file not found'
            : code === 'EISDIR'
                ? 'expected a result file, found a folder'
                : `cannot read the result file (${code ?? String(error)})`, { file });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const where = /position (\d+)/.exec(error.message);
        const line = where ? text.slice(0, Number(where[1])).split('\n').length : undefined;
        throw new InputError(`not valid JSON, the file is corrupted or truncated (${error.message})`, {
            file,
            line
        });
    }
    const r = parsed;
    if (!r || typeof r !== 'object' || Array.isArray(r) || r.kind !== RESULT_KIND) {
        const hint = r && typeof r === 'object' && 'schemaVersion' in r && 'status' in r
            ? ' (this looks like a report.json: write result files with `run --result-file`)'
            : '';
        throw new InputError(`not a repro-audit result file: "kind" must be "${RESULT_KIND}"${hint}`, { file });
    }
    if (r.resultSchemaVersion !== RESULT_SCHEMA_VERSION) {
        throw new InputError(`result schema version ${JSON.stringify(r.resultSchemaVersion)} is not supported; this repro-audit reads version ${RESULT_SCHEMA_VERSION}: make every job and the aggregate use the same repro-audit version`, { file });
    }
    const { digest, ...body } = r;
    if (typeof digest !== 'string' || canonicalHash(body) !== digest) {
        throw new InputError('the digest does not match the content: the file was changed or damaged after it was written', { file });
    }
    for (const key of ['label', 'audit', 'configSha256']) {
        if (typeof r[key] !== 'string' || r[key] === '')
            throw new InputError(`"${key}" is missing`, { file });
    }
    const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
    if (!isObject(r.environment) || Object.values(r.environment ?? {}).some(v => typeof v !== 'string'))
        throw new InputError('"environment" must map names to version strings', { file });
    if (!isObject(r.metrics))
        throw new InputError('"metrics" is missing', { file });
    if (!Array.isArray(r.artifacts))
        throw new InputError('"artifacts" is missing', { file });
    if (!isObject(r.tolerance) || !isObject(r.tolerance?.default) || !isObject(r.tolerance?.columns))
        throw new InputError('"tolerance" is missing', { file });
    const p = r.predictions;
    if (p !== undefined && (!isObject(p) || typeof p.sha256 !== 'string' || typeof p.idColumn !== 'string'))
        throw new InputError('"predictions" is incomplete', { file });
    if (!r.result || typeof r.result !== 'object' || r.result.schemaVersion !== SCHEMA_VERSION) {
        throw new InputError(`the embedded report has schema version ${JSON.stringify(r.result?.schemaVersion)}, not ${SCHEMA_VERSION}`, { file });
    }
    return r;
}
/** The predictions of a result, decoded and checked against their digest. */
async function loadPredictions(file, result) {
    const p = result.predictions;
    if (!p)
        return undefined;
    let gz;
    if (p.data !== undefined)
        gz = Buffer.from(p.data, 'base64');
    else if (p.file) {
        // The sidecar lies beside the result file: a name that climbs out or a link leading out is refused.
        const folder = path.dirname(path.resolve(file));
        const sidecar = confinedPath(p.file, folder, folder, { file, field: 'predictions.file' });
        try {
            gz = await promises.readFile(sidecar);
        }
        catch {
            throw new InputError(`the predictions file ${path.basename(p.file)} it refers to is missing: upload it with the result file`, { file });
        }
    }
    else
        throw new InputError('the predictions have neither data nor a file', { file });
    let text;
    try {
        text = gunzipSync(gz).toString('utf8');
    }
    catch (error) {
        throw new InputError(`the embedded predictions are corrupted (${error.message})`, { file });
    }
    if (sha256Hex(text) !== p.sha256)
        throw new InputError('the predictions do not match their digest: the file is corrupted', { file });
    return parseCanonicalCsv(text, p.idColumn, file);
}

export { loadPredictions as l, readResultFile as r, writeResultFile as w };
