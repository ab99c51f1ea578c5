import { formatInt, formatNumber } from './cli-format.js';

const SECTION_TITLES = {
    snapshot: 'Snapshot',
    runs: 'Runs',
    determinism: 'Determinism',
    comparison: 'Comparison',
    dependencies: 'Dependencies',
    environment: 'Environment'
};
/** One line per section for the overview table, shared by the Markdown and terminal renderers. */
function sectionSummary(result, key) {
    switch (key) {
        case 'snapshot': {
            const s = result.snapshot;
            if (s.status === 'skipped')
                return 'not checked';
            const changed = s.files.filter(f => f.change !== 'unchanged');
            if (s.files.length === 0)
                return s.findings[0]?.message ?? 'no files';
            return changed.length === 0
                ? `${s.files.length} file(s) match the lock`
                : `${changed.length} of ${s.files.length} file(s) differ from the lock: ${changed.map(f => (f.kinds?.length ? `${f.path} (${f.kinds.join(', ')})` : f.path)).join(', ')}`;
        }
        case 'runs': {
            const r = result.runs;
            if (r.status === 'skipped')
                return 'not run';
            return `${r.runs.length} run(s) of the ${r.engine} pipeline`;
        }
        case 'determinism': {
            const d = result.determinism;
            if (d.status === 'skipped')
                return 'not checked';
            const changed = d.checks.filter(c => c.outcome === 'changed');
            const head = changed.length === 0
                ? `${d.checks.length} check(s) reproduced`
                : `${changed.length} of ${d.checks.length} check(s) changed results`;
            const t = d.trainings;
            const cost = t
                ? `; ${t.count} training(s), ${formatNumber(t.cpuSeconds, 3)} s CPU, ${formatNumber(t.wallSeconds, 3)} s wall`
                : '';
            const notTried = d.notTried.length ? `; not tried: ${groupNotTried(d.notTried).join(', ')}` : '';
            return `${head}${cost}${notTried}`;
        }
        case 'comparison': {
            const c = result.comparison;
            if (c.status === 'skipped' || !c.predictions)
                return c.findings[0]?.message ?? 'not compared';
            const p = c.predictions;
            const verdicts = p.columns.map(col => `${col.column} ${col.verdict}`).join(', ');
            const metrics = c.metrics.filter(m => m.status !== 'pass').length;
            return `${formatInt(p.matched)} predictions: ${verdicts || 'no common columns'}; ${metrics === 0 ? `${c.metrics.length} metric(s) hold` : `${metrics} metric(s) changed`}`;
        }
        case 'dependencies': {
            const d = result.dependencies;
            if (d.status === 'skipped')
                return 'no dependency files configured';
            const packages = d.files.reduce((n, f) => n + f.packages.length, 0);
            const unpinned = d.files.reduce((n, f) => n + f.packages.filter(p => !p.pinned).length, 0);
            const differ = d.findings.filter(f => f.code === 'deps.installed-differs' || f.code === 'deps.installed-outside-range').length;
            const changed = d.changes?.length ? `; ${d.changes.length} changed since the baseline` : '';
            return `${packages} package(s) in ${d.files.length} file(s); ${unpinned} not pinned exactly${differ ? `; ${differ} installed version(s) differ` : ''}${changed}`;
        }
        case 'environment': {
            const e = result.environment;
            if (e.status === 'skipped')
                return 'not recorded';
            const where = [
                e.current.os,
                e.current.arch,
                e.current.node && `node ${e.current.node}`,
                e.current.python && `python ${e.current.python}`
            ]
                .filter(Boolean)
                .join(', ');
            return e.differences.length
                ? `${where}; ${e.differences.length} difference(s) from the baseline's`
                : where;
        }
    }
}
/**
 * The perturbations left out, those sharing a reason named together with it once:
 * `hash_seed (does not reach X)`, `timezone (does not reach X)` become
 * `hash_seed, timezone (they do not reach X)`. The JSON report keeps them one by one. Groups keep
 * the order of their first perturbation.
 */
function groupNotTried(notTried) {
    const groups = new Map();
    for (const { name, reason } of notTried) {
        const names = groups.get(reason);
        if (names)
            names.push(name);
        else
            groups.set(reason, [name]);
    }
    return [...groups].map(([reason, names]) => {
        // "does not reach" is said of one perturbation; several "do not reach".
        const said = names.length > 1 ? reason.replace(/^does not /, 'they do not ') : reason;
        return `${names.join(', ')} (${said})`;
    });
}

export { SECTION_TITLES as S, groupNotTried as g, sectionSummary as s };
