import { formatNumber } from './cli-format.js';
import { w as worst } from './cli-index2.js';
import { w as withinTolerance, d as describeTolerance, r as relativeDiff } from './cli-tolerance.js';
import './cli-commands.js';
import 'node:fs';
import 'node:path';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';

/** Each metric against its threshold; a change in the declared better direction only warns. */
function compareMetrics(baseline, current, threshold) {
    const names = [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort();
    const metrics = names.map((name) => {
        const tol = threshold(name);
        const old = baseline[name];
        const now = current[name];
        if (old === undefined || now === undefined) {
            return {
                name,
                baseline: old ?? null,
                current: now ?? null,
                diff: null,
                relativeDiff: null,
                tolerance: tol,
                status: 'fail',
                verdict: old === undefined ? 'new metric, not in the baseline' : 'missing from this run'
            };
        }
        const diff = now - old;
        const rel = relativeDiff(old, now);
        const base = {
            name,
            baseline: old,
            current: now,
            diff,
            relativeDiff: Number.isNaN(rel) ? null : rel,
            tolerance: tol
        };
        if (Object.is(old, now) || old === now)
            return { ...base, status: 'pass', verdict: 'bit-identical' };
        if (withinTolerance(old, now, tol))
            return { ...base, status: 'pass', verdict: `equal within ${describeTolerance(tol)}` };
        const improved = tol.better === 'lower' ? diff < 0 : tol.better === 'higher' ? diff > 0 : false;
        return {
            ...base,
            status: improved ? 'warn' : 'fail',
            verdict: improved
                ? `improved by ${formatNumber(Math.abs(diff))} beyond ${describeTolerance(tol)}: update the baseline if intended`
                : `changed by ${formatNumber(diff)}, beyond ${describeTolerance(tol)}`
        };
    });
    return { status: worst(...metrics.map(m => m.status)), metrics };
}

export { compareMetrics };
