import path from 'node:path';
import { promises } from 'node:fs';
import { I as InputError, m as redactDeep, i as isInside, b as requireWritableInside, w as writeFileAtomic } from './cli-commands.js';
import { formatNumber } from './cli-format.js';
import { w as worst, e as exitCodeFor } from './cli-index2.js';
import { j as joinById, d as diffCell, p as parseValue } from './cli-join.js';
import { d as describeTolerance } from './cli-tolerance.js';
import { V as VERSION } from './cli.js';
import { c as compareIds } from './cli-csv2.js';
import { A as AGGREGATE_SCHEMA_VERSION, C as CHECK_KEYS, r as renderAggregateJson, a as renderAggregateMarkdown } from './cli-render.js';
import { r as readResultFile, l as loadPredictions } from './cli-result-file.js';
import { C as COMMENT_LIMIT } from './cli-markdown.js';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:util';
import 'node:os';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-csv.js';
import 'stream';
import './cli-canonical-json.js';
import 'node:zlib';
import './cli-outputs.js';
import './cli-findings.js';

/**
 * Files to aggregate: each argument is a result file or a folder searched (recursively) for
 * `*.json` files, the way actions/download-artifact leaves them. Sorted, so the order of the
 * arguments never changes the aggregate.
 */
async function findResultFiles(paths) {
    const files = [];
    for (const p of paths) {
        const stat = await promises.stat(p).catch(() => undefined);
        if (!stat)
            throw new InputError('result file or folder not found', { file: p });
        if (!stat.isDirectory()) {
            files.push(path.resolve(p));
            continue;
        }
        const found = (await promises.readdir(p, { recursive: true, withFileTypes: true }))
            .filter(e => e.isFile() && e.name.toLowerCase().endsWith('.json'))
            .map(e => path.resolve(e.parentPath, e.name));
        if (found.length === 0)
            throw new InputError('no result files (*.json) in this folder', { file: p });
        files.push(...found);
    }
    return [...new Set(files)].sort(compareIds);
}
/** Read every result file and aggregate them into one verdict. Bad input throws InputError. */
async function aggregateFiles(files, options = {}) {
    if (files.length === 0)
        throw new InputError('no result files to aggregate');
    const loaded = [];
    for (const file of files)
        loaded.push({ file, result: await readResultFile(file) });
    checkExpected(loaded, options);
    const byAudit = new Map();
    for (const l of loaded)
        byAudit.set(l.result.audit, [...(byAudit.get(l.result.audit) ?? []), l]);
    const audits = [];
    for (const name of [...byAudit.keys()].sort(compareIds)) {
        audits.push(await aggregateGroup(name, byAudit.get(name) ?? [], options.reference));
    }
    const status = worst(...audits.map(a => a.status));
    const failOn = options.failOn ?? 'fail';
    return {
        kind: 'repro-audit-aggregate',
        schemaVersion: AGGREGATE_SCHEMA_VERSION,
        tool: { name: 'repro-audit', version: VERSION },
        status,
        gate: { failOn, exitCode: exitCodeFor(status, failOn) },
        summary: overallSummary(audits, loaded.length),
        jobs: loaded.length,
        audits
    };
}
function checkExpected(loaded, options) {
    const names = loaded.map(l => path.basename(l.file)).join(', ');
    if (options.expectLabels?.length) {
        const labels = new Set(loaded.map(l => l.result.label));
        const missing = options.expectLabels.filter(l => !labels.has(l));
        if (missing.length) {
            throw new InputError(`no result for job(s) ${missing.map(m => `"${m}"`).join(', ')} among the ${loaded.length} result file(s) (${names}): a job failed before writing its result, or its artifact was not downloaded`);
        }
    }
    if (options.expect !== undefined && loaded.length !== options.expect) {
        const what = loaded.length < options.expect
            ? `${options.expect - loaded.length} job result(s) missing`
            : `${loaded.length - options.expect} more than expected`;
        throw new InputError(`expected ${options.expect} job result(s), found ${loaded.length} (${names}): ${what}`);
    }
}
async function aggregateGroup(audit, members, declared) {
    members.sort((x, y) => compareIds(x.result.label, y.result.label));
    const seen = new Map();
    for (const m of members) {
        const other = seen.get(m.result.label);
        if (other)
            throw new InputError(`job label "${m.result.label}" of audit "${audit}" is also used by ${path.basename(other)}: give every matrix job its own \`label\``, { file: m.file });
        seen.set(m.result.label, m.file);
    }
    const first = members[0];
    for (const m of members.slice(1)) {
        if (m.result.configSha256 !== first.result.configSha256) {
            throw new InputError(`comes from a different config than ${path.basename(first.file)} (audit "${audit}", config sha256 ${short(m.result.configSha256)} versus ${short(first.result.configSha256)}): aggregate results of one commit and one config only`, { file: m.file });
        }
        if (m.result.baselineSha256 !== first.result.baselineSha256) {
            throw new InputError(`was compared with a different baseline than ${path.basename(first.file)} (audit "${audit}", baseline sha256 ${short(m.result.baselineSha256)} versus ${short(first.result.baselineSha256)}): aggregate results of one commit only`, { file: m.file });
        }
    }
    const labels = members.map(m => m.result.label);
    if (declared !== undefined && !labels.includes(declared)) {
        throw new InputError(`the reference "${declared}" is not among the jobs of audit "${audit}": ${labels.join(', ')}`, { file: first.file });
    }
    const reference = declared ?? labels[0];
    const tables = new Map();
    for (const m of members)
        tables.set(m.result.label, await loadPredictions(m.file, m.result));
    const ref = members.find(m => m.result.label === reference) ?? first;
    const others = members.filter(m => m !== ref);
    const pairs = [];
    for (const m of others)
        pairs.push(comparePair(ref, m, tables, true));
    // Production against production too, for jobs that have predictions (a failed job is reported once).
    const withPredictions = others.filter(m => tables.get(m.result.label) !== undefined);
    for (let i = 0; i < withPredictions.length; i++)
        for (let j = i + 1; j < withPredictions.length; j++)
            pairs.push(comparePair(withPredictions[i], withPredictions[j], tables, false));
    // The reference first, then the others by label.
    const jobs = [ref, ...others].map(m => jobEntry(m, m === ref ? 'reference' : pairs.find(p => p.b === m.result.label && p.involvesReference)));
    const findings = [];
    for (const j of jobs) {
        if (j.status !== 'pass')
            findings.push({ status: j.status, code: 'job.status', message: `Job ${j.label}: ${j.summary}` });
    }
    const offReference = new Set(pairs.filter(p => p.involvesReference && p.status !== 'pass').map(p => p.b));
    for (const p of pairs) {
        // Two production jobs that both drifted from the reference differ from each other as well:
        // that is said once, by the reference pairs; only a disagreement the reference misses is news.
        const news = p.involvesReference || (!offReference.has(p.a) && !offReference.has(p.b));
        if (p.status !== 'pass' && news)
            findings.push({
                status: p.status,
                code: p.verdict === 'drifted' ? 'matrix.drift' : 'matrix.not-comparable',
                message: pairMessage(p, reference)
            });
    }
    const commits = [...new Set(members.map(m => m.result.commit).filter((c) => !!c))];
    if (commits.length > 1) {
        findings.push({
            status: 'warn',
            code: 'matrix.commits',
            message: `The jobs ran on ${commits.length} different commits (${commits.map(short).join(', ')}): re-run the whole matrix on one commit.`
        });
    }
    const status = worst(...jobs.map(j => j.status), ...pairs.map(p => p.status), ...findings.map(f => f.status));
    return {
        audit,
        status,
        summary: groupSummary(jobs, pairs, reference),
        reference,
        referenceDeclared: declared !== undefined,
        configSha256: first.result.configSha256,
        baselineSha256: first.result.baselineSha256,
        jobs,
        pairs,
        findings
    };
}
function jobEntry(m, agreement) {
    const r = m.result;
    const checks = Object.fromEntries(CHECK_KEYS.map(k => [k, r.result[k]?.status ?? 'skipped']));
    return {
        label: r.label,
        file: path.basename(m.file),
        status: r.result.status,
        summary: r.result.summary,
        environment: r.environment,
        checks,
        predictionsSha256: r.predictions?.sha256,
        rows: r.predictions?.rows,
        metrics: r.metrics,
        agreement: agreement === 'reference'
            ? 'reference'
            : !r.predictions
                ? 'no predictions'
                : (agreement?.verdict ?? 'not comparable')
    };
}
/** Join two jobs' predictions by id and judge them with the config's tolerance. */
function comparePair(a, b, tables, involvesReference) {
    const ta = tables.get(a.result.label);
    const tb = tables.get(b.result.label);
    const tol = a.result.tolerance;
    const toleranceOf = (column) => tol.columns[column] ?? tol.default;
    const pair = {
        a: a.result.label,
        b: b.result.label,
        involvesReference,
        status: 'pass',
        verdict: 'bit-identical',
        tolerance: describeTolerance(tol.default),
        matched: 0,
        identical: 0,
        withinTolerance: 0,
        rowsDiffering: 0,
        onlyInA: 0,
        onlyInB: 0,
        maxAbsDiff: 0,
        maxRelDiff: 0,
        columns: [],
        suspects: [],
        evidence: []
    };
    if (!ta || !tb) {
        const missing = [!ta ? a.result.label : '', !tb ? b.result.label : ''].filter(Boolean).join(' and ');
        return {
            ...pair,
            status: involvesReference ? 'error' : 'warn',
            verdict: 'not comparable',
            reason: `no predictions from ${missing} (its run failed)`
        };
    }
    if (ta.idColumn !== tb.idColumn) {
        return {
            ...pair,
            status: involvesReference ? 'fail' : 'warn',
            verdict: 'not comparable',
            reason: `the id columns differ ("${ta.idColumn}" versus "${tb.idColumn}")`
        };
    }
    const common = ta.columns.filter(c => tb.columns.includes(c));
    const lonely = [
        ...ta.columns.filter(c => !common.includes(c)),
        ...tb.columns.filter(c => !common.includes(c))
    ];
    const drifted = new Set(lonely);
    joinTables(ta, tb, common, toleranceOf, pair, drifted);
    pair.rowsDiffering += pair.onlyInA + pair.onlyInB;
    pair.columns = [...drifted].sort(compareIds);
    if (pair.rowsDiffering > 0 || lonely.length > 0)
        pair.verdict = 'drifted';
    else if (pair.withinTolerance > 0)
        pair.verdict = 'within tolerance';
    if (pair.verdict === 'drifted')
        pair.status = involvesReference ? 'fail' : 'warn';
    if (lonely.length)
        pair.evidence.push(`column(s) on one side only: ${lonely.join(', ')}`);
    if (pair.verdict !== 'bit-identical') {
        pair.suspects = suspects(a.result.environment, b.result.environment);
        pair.evidence.push(...otherEvidence(a.result, b.result));
        if (pair.suspects.length === 0)
            pair.evidence.push("the recorded environments are the same: look at the code, the data or unseeded randomness (see each job's determinism check)");
    }
    return pair;
}
/** Join two tables by id: counts into `pair`, columns that drifted beyond tolerance into `drifted`. */
function joinTables(ta, tb, common, toleranceOf, pair, drifted) {
    const ia = common.map(c => ta.columns.indexOf(c));
    const ib = common.map(c => tb.columns.indexOf(c));
    joinById(ta.rows, tb.rows, {
        matched(_id, va, vb) {
            pair.matched++;
            let rowState = 0; // 0 identical, 1 within tolerance, 2 beyond
            common.forEach((column, k) => {
                const x = va[ia[k]];
                const y = vb[ib[k]];
                if (x === y)
                    return;
                const diff = diffCell(parseValue(x), parseValue(y), toleranceOf(column));
                if (diff.kind === 'identical')
                    return;
                if (diff.kind === 'numeric') {
                    pair.maxAbsDiff = Math.max(pair.maxAbsDiff, diff.absDiff);
                    pair.maxRelDiff = Math.max(pair.maxRelDiff, diff.relDiff);
                    if (diff.within) {
                        rowState = Math.max(rowState, 1);
                        return;
                    }
                }
                rowState = 2;
                drifted.add(column);
            });
            if (rowState === 0)
                pair.identical++;
            else if (rowState === 1)
                pair.withinTolerance++;
            else
                pair.rowsDiffering++;
        },
        onlyInBaseline: () => pair.onlyInA++,
        onlyInCurrent: () => pair.onlyInB++
    });
}
const NUMERICAL = new Set(['numpy', 'scipy', 'scikit-learn', 'pandas', 'torch', 'blas']);
const RUNTIME = new Set(['python', 'node']);
const MACHINE = new Set(['os', 'arch']);
/** Environment differences, the most likely cause of different numbers first. */
function suspects(a, b) {
    const out = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
        if (a[key] === b[key])
            continue;
        const [rank, kind] = key === 'blas'
            ? [1, 'BLAS']
            : NUMERICAL.has(key)
                ? [1, 'numerical library']
                : RUNTIME.has(key)
                    ? [2, 'runtime']
                    : MACHINE.has(key)
                        ? [3, 'OS and architecture']
                        : key === 'cpu'
                            ? [4, 'CPU']
                            : [1, 'library'];
        out.push({ key, a: a[key] ?? '—', b: b[key] ?? '—', rank, kind });
    }
    return out.sort((x, y) => x.rank - y.rank || compareIds(x.key, y.key));
}
function otherEvidence(a, b) {
    const out = [];
    const hashes = new Map(a.artifacts.map(x => [x.path, x.sha256]));
    const changed = b.artifacts
        .filter(x => hashes.has(x.path) && hashes.get(x.path) !== x.sha256)
        .map(x => x.path);
    if (changed.length)
        out.push(`artifact(s) differ too: ${changed.sort(compareIds).join(', ')}`);
    const metrics = Object.keys(a.metrics)
        .filter(k => k in b.metrics && a.metrics[k] !== b.metrics[k])
        .sort(compareIds);
    if (metrics.length)
        out.push(`metric(s) differ: ${metrics.map(k => `${k} ${formatNumber(a.metrics[k])} → ${formatNumber(b.metrics[k])}`).join(', ')}`);
    return out;
}
function pairMessage(p, reference) {
    if (p.verdict === 'not comparable')
        return `Predictions of ${p.a} and ${p.b} cannot be compared: ${p.reason}.`;
    const who = p.involvesReference
        ? `Predictions of ${p.b} drifted from the reference ${reference}`
        : `Predictions of ${p.a} and ${p.b} differ (both production)`;
    const rows = `${p.rowsDiffering} of ${p.matched + p.onlyInA + p.onlyInB} rows differ beyond ${p.tolerance} tolerance (max absolute difference ${formatNumber(p.maxAbsDiff)})`;
    const cause = p.suspects.length
        ? `; most likely cause: ${p.suspects
            .slice(0, 3)
            .map(s => `${s.key} ${s.a} → ${s.b}`)
            .join(', ')}`
        : '';
    return `${who}: ${rows}${cause}.`;
}
function groupSummary(jobs, pairs, reference) {
    const production = jobs.length - 1;
    const drifted = pairs.filter(p => p.involvesReference && p.verdict === 'drifted').length;
    const broken = pairs.filter(p => p.involvesReference && p.verdict === 'not comparable').length;
    const within = pairs.filter(p => p.involvesReference && p.verdict === 'within tolerance').length;
    if (production === 0)
        return `One environment only (${reference}): nothing to compare across environments.`;
    const parts = [];
    if (drifted)
        parts.push(`${drifted} of ${production} production environment(s) drifted from the reference ${reference}`);
    if (broken)
        parts.push(`${broken} could not be compared`);
    if (!drifted && !broken)
        parts.push(within
            ? `${production} of ${production} production environment(s) match the reference ${reference}, ${within} within tolerance`
            : `${production} of ${production} production environment(s) reproduce the reference ${reference} bit for bit`);
    const failing = jobs.filter(j => j.status === 'fail' || j.status === 'error').length;
    if (failing)
        parts.push(`${failing} job(s) failed their own audit`);
    const text = parts.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
function overallSummary(audits, jobs) {
    if (audits.length === 1)
        return audits[0].summary;
    const bad = audits.filter(a => a.status === 'fail' || a.status === 'error').map(a => a.audit);
    return bad.length
        ? `${bad.length} of ${audits.length} audits did not reproduce across ${jobs} jobs: ${bad.join(', ')}.`
        : `All ${audits.length} audits reproduce across ${jobs} jobs.`;
}
function short(hash) {
    return hash ? hash.slice(0, 12) : 'none';
}

/**
 * The whole aggregate job: find the result files under `paths`, aggregate them into one verdict,
 * and write aggregate.json and aggregate.md into `outputDir` when there is one.
 */
async function runAggregateJob(paths, options) {
    const { outputDir, root, secrets, ...aggregateOptions } = options;
    const aggregated = await aggregateFiles(await findResultFiles(paths), aggregateOptions);
    // Result files come from other jobs: redacted there, and here again with this job's secrets.
    const result = secrets ? redactDeep(aggregated, secrets) : aggregated;
    if (outputDir === undefined)
        return { result };
    const dir = path.resolve(outputDir);
    // A folder inside the tree may be a link a pull request committed (`.repro-audit` → elsewhere):
    // refused, as for run, lock and baseline. A folder named outside the tree is the workflow's or the
    // user's own choice; no part of its path is in the tree, so nothing there comes from a pull request.
    const tree = path.resolve(root ?? process.cwd());
    if (isInside(tree, dir))
        requireWritableInside(tree, dir, 'the report folder');
    const files = { json: path.join(dir, 'aggregate.json'), markdown: path.join(dir, 'aggregate.md') };
    await writeFileAtomic(files.json, renderAggregateJson(result));
    await writeFileAtomic(files.markdown, renderAggregateMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'aggregate.json' }));
    return { result, files };
}

export { runAggregateJob };
