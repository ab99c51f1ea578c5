import { promises } from 'node:fs';
import path from 'node:path';
import { b as canonicalJson } from './cli-canonical-json.js';
import { g as exists, u as hashFile } from './cli-commands.js';
import { w as withinTolerance, r as relativeDiff } from './cli-tolerance.js';
import 'node:crypto';
import 'process';
import 'buffer';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';

/** Every leaf that differs, in path order; `skip` leaves out subtrees by path. */
function diffJson(baseline, current, limit = 50, skip = () => false) {
    const differences = [];
    let total = 0;
    const walk = (a, b, at) => {
        if (a === b || (Number.isNaN(a) && Number.isNaN(b)))
            return;
        if (at && skip(at))
            return;
        if (isObject(a) && isObject(b)) {
            for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
                walk(a[key], b[key], join(at, key));
            return;
        }
        if (Array.isArray(a) && Array.isArray(b) && !(isLeafList(a) && isLeafList(b) && a.length !== b.length)) {
            for (let i = 0; i < Math.max(a.length, b.length); i++)
                walk(a[i], b[i], `${at}[${i}]`);
            return;
        }
        total++;
        if (differences.length < limit)
            differences.push({ path: at || '(root)', baseline: a, current: b });
    };
    walk(baseline, current, '');
    return { differences, total };
}
/**
 * A fitted pipeline's differences split three ways: its parameters (what it was configured with:
 * anything under a `params` key, and top-level settings such as the seed), its feature list, and
 * the values it learned (everything else). A learned number that moved no further than `tolerance`
 * (absent: exact) is counted apart, in `tolerated`, and left out of `learned`.
 */
function diffFitted(baseline, current, limit = 50, tolerance = { absolute: 0, relative: 0 }) {
    const isParameter = (path) => /(^|\.)params(\.|\[|$)/.test(path) || (!/[.[]/.test(path) && path !== 'features');
    const parameters = [];
    const learned = diffJson(baseline, current, Infinity, path => path === 'features');
    const rest = [];
    const tolerated = { count: 0, maxAbsDiff: 0, maxRelDiff: 0 };
    for (const d of learned.differences) {
        if (isParameter(d.path))
            parameters.push(d);
        else if (typeof d.baseline === 'number' &&
            typeof d.current === 'number' &&
            withinTolerance(d.baseline, d.current, tolerance)) {
            tolerated.count++;
            tolerated.maxAbsDiff = Math.max(tolerated.maxAbsDiff, Math.abs(d.baseline - d.current));
            tolerated.maxRelDiff = Math.max(tolerated.maxRelDiff, relativeDiff(d.baseline, d.current));
        }
        else
            rest.push(d);
    }
    const features = featureChange(featureList(baseline), featureList(current));
    return {
        parameters: parameters.slice(0, limit),
        features,
        learned: rest.slice(0, limit),
        learnedTotal: rest.length,
        tolerated
    };
}
function featureList(doc) {
    const list = isObject(doc) ? doc.features : undefined;
    return Array.isArray(list) && list.every(x => typeof x === 'string') ? list : undefined;
}
function featureChange(a, b) {
    if (!a || !b)
        return undefined;
    if (a.length === b.length && a.every((x, i) => x === b[i]))
        return undefined;
    const inA = new Set(a);
    const inB = new Set(b);
    const added = b.filter(x => !inA.has(x));
    const removed = a.filter(x => !inB.has(x));
    const keptA = a.filter(x => inB.has(x));
    const keptB = b.filter(x => inA.has(x));
    const moved = keptA.findIndex((x, i) => x !== keptB[i]);
    const change = {
        baselineCount: a.length,
        currentCount: b.length,
        added,
        removed,
        reordered: moved >= 0
    };
    if (moved >= 0)
        change.firstMoved = {
            position: a.indexOf(keptA[moved]) + 1,
            baseline: keptA[moved],
            current: keptB[moved]
        };
    return change;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isLeafList(v) {
    return v.every(x => x === null || typeof x !== 'object');
}
function join(at, key) {
    const part = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
    return at ? `${at}.${part}` : part;
}

/**
 * Artifacts by sha256; a .json artifact whose bytes differ is compared as canonical JSON, so key
 * order and number formatting do not count, and a real change is listed value by value, with
 * parameters and the feature list (and its order) apart from the learned values. Learned numbers
 * follow `tolerance` as predictions do: when every change is within it, the artifact passes as
 * `within-tolerance` (equal, not bit-identical); otherwise the changes beyond it are listed.
 */
async function compareArtifact(name, baselineDir, currentDir, tolerance = { absolute: 0, relative: 0 }, limit = 50) {
    const oldFile = path.join(baselineDir, name);
    const newFile = path.join(currentDir, name);
    const [hasOld, hasNew] = await Promise.all([exists(oldFile), exists(newFile)]);
    if (!hasOld || !hasNew) {
        const change = hasOld ? 'missing' : 'new';
        const sha = hasOld
            ? { baselineSha256: (await hashFile(oldFile)).sha256 }
            : { currentSha256: (await hashFile(newFile)).sha256 };
        return { path: name, status: 'fail', change, ...sha };
    }
    const [a, b] = await Promise.all([hashFile(oldFile), hashFile(newFile)]);
    const base = { path: name, baselineSha256: a.sha256, currentSha256: b.sha256 };
    if (a.sha256 === b.sha256)
        return { ...base, status: 'pass', change: 'identical' };
    if (name.toLowerCase().endsWith('.json')) {
        const [x, y] = await Promise.all([readJson(oldFile), readJson(newFile)]);
        if (x !== undefined && y !== undefined) {
            if (canonicalJson(x) === canonicalJson(y))
                return { ...base, status: 'pass', change: 'equivalent' };
            const d = diffFitted(x, y, limit, tolerance);
            const exact = d.learnedTotal === 0 && d.parameters.length === 0 && !d.features;
            const out = {
                ...base,
                status: exact ? 'pass' : 'fail',
                change: exact ? 'within-tolerance' : 'changed'
            };
            if (d.learnedTotal) {
                out.diffs = d.learned;
                out.diffCount = d.learnedTotal;
            }
            if (d.tolerated.count) {
                out.tolerance = tolerance;
                out.withinTolerance = d.tolerated.count;
                out.maxAbsDiff = d.tolerated.maxAbsDiff;
                out.maxRelDiff = d.tolerated.maxRelDiff;
            }
            if (d.parameters.length)
                out.parameters = d.parameters;
            if (d.features)
                out.features = d.features;
            return out;
        }
    }
    return { ...base, status: 'fail', change: 'changed' };
}
async function readJson(file) {
    try {
        return JSON.parse(await promises.readFile(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}

export { compareArtifact };
