import { w as worst } from './cli-index2.js';
import { promises } from 'node:fs';
import path from 'node:path';
import { u as hashFile, C as CAUSES } from './cli-commands.js';
import { comparePredictions } from './cli-predictions.js';
import { w as withinTolerance } from './cli-tolerance.js';
import { s as scanCsv } from './cli-csv.js';
import { perturbedRun, runId, plainRun, planPerturbations } from './cli-perturb.js';
import { completed } from './cli-runner.js';
import './cli-format.js';
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
import 'node:url';
import 'node:worker_threads';
import './cli-join.js';
import 'stream';
import 'node:perf_hooks';
import './cli-command.js';
import './cli-glob.js';
import './cli-outputs.js';
import './cli-run.js';
import './cli-view.js';
import './cli-describe.js';
import './cli-canonical-json.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-audit2.js';
import 'node:zlib';

/**
 * Differences at the rounding level: every changed number is within this fraction of the largest
 * magnitude in its column (or of itself), ids and labels are the same, and metrics are within this
 * fraction of themselves. A double carries about 16 significant digits; adding the same numbers in
 * another order (threads, n_jobs, BLAS blocks) loses a few of them, rarely more than four.
 */
const ROUNDING_LEVEL = 1e-12;
const EXACT = {
    column: () => ({ absolute: 0, relative: 0 }),
    metric: () => ({ absolute: 0, relative: 0 })
};
function same(d) {
    return d.rowsChanged === 0 && d.metricsChanged.length === 0;
}
/** Predictions joined by id and metrics of `b` against `a`, within `tolerances`. */
async function difference(a, b, tolerances = EXACT) {
    const { comparison } = await comparePredictions(a.predictions, b.predictions, {
        idColumn: a.idColumn,
        tolerance: tolerances.column,
        top: 0
    });
    const rowsChanged = Math.max(0, ...comparison.columns.map(c => c.beyondTolerance)) +
        comparison.missingCount +
        comparison.newCount;
    const metricsChanged = Object.keys({ ...a.metrics, ...b.metrics })
        .filter(k => !metricEqual(a.metrics[k], b.metrics[k], tolerances.metric(k)))
        .sort();
    const found = {
        rows: comparison.baselineRows,
        rowsChanged,
        maxAbsDiff: Math.max(0, ...comparison.columns.map(c => c.maxAbsDiff)),
        maxRelDiff: Math.max(0, ...comparison.columns.map(c => c.maxRelDiff)),
        metricsChanged,
        roundingOnly: false
    };
    if (rowsChanged === 0 && metricsChanged.length === 0)
        return found;
    const structural = comparison.missingCount + comparison.newCount > 0 ||
        comparison.columns.some(c => c.kind === 'label' && c.beyondTolerance > 0);
    return { ...found, roundingOnly: !structural && (await atRoundingLevel(a, b)) };
}
function metricEqual(x, y, tol) {
    if (x === undefined || y === undefined)
        return x === y;
    return Object.is(x, y) || withinTolerance(x, y, tol);
}
async function atRoundingLevel(a, b) {
    const scale = await columnScales(a.predictions, a.idColumn);
    const { comparison } = await comparePredictions(a.predictions, b.predictions, {
        idColumn: a.idColumn,
        tolerance: c => ({ absolute: ROUNDING_LEVEL * (scale.get(c) ?? 0), relative: ROUNDING_LEVEL }),
        top: 0
    });
    const rounding = { absolute: 0, relative: ROUNDING_LEVEL };
    const metrics = Object.keys({ ...a.metrics, ...b.metrics }).every(k => metricEqual(a.metrics[k], b.metrics[k], rounding));
    return metrics && comparison.columns.every(c => c.beyondTolerance === 0);
}
/** The largest magnitude of each numeric column. */
async function columnScales(file, idColumn) {
    let names = [];
    const scale = new Map();
    await scanCsv(file, {
        header: columns => (names = columns),
        row: fields => fields.forEach((v, i) => {
            const x = Math.abs(Number(v));
            if (names[i] !== idColumn && Number.isFinite(x))
                scale.set(names[i], Math.max(scale.get(names[i]) ?? 0, x));
        })
    });
    return scale;
}
/**
 * Where two runs part: their declared outputs in the order the first run wrote them (modification
 * times), the ones identical byte for byte, and the first that differs. Metrics come after the
 * files, as they are usually computed last.
 */
async function locate(a, b, diff) {
    const files = [...new Set([...a.artifacts, ...b.artifacts])].map(name => ({
        name,
        first: path.join(a.dir, name),
        second: path.join(b.dir, name)
    }));
    files.push({ name: path.basename(a.predictions), first: a.predictions, second: b.predictions });
    const hasMetrics = Object.keys(a.metrics).length + Object.keys(b.metrics).length > 0;
    // With a single output there is nothing to place the difference between.
    if (files.length + (hasMetrics ? 1 : 0) < 2)
        return undefined;
    const written = await Promise.all(files.map(f => promises.stat(f.first).then(s => s.mtimeMs, () => Infinity)));
    const order = files.map((f, i) => ({ ...f, at: written[i] })).sort((x, y) => x.at - y.at);
    const identical = [];
    for (const f of order) {
        const differs = f.first === a.predictions ? diff.rowsChanged > 0 : !(await sameBytes(f.first, f.second));
        if (differs)
            return { identical, firstDiffering: f.name };
        identical.push(f.name);
    }
    return diff.metricsChanged.length ? { identical, firstDiffering: 'metrics' } : undefined;
}
async function sameBytes(x, y) {
    try {
        const [p, q] = await Promise.all([hashFile(x), hashFile(y)]);
        return p.sha256 === q.sha256;
    }
    catch {
        return false;
    }
}
/** "params.json, features.json identical; model.pkl differs first" */
function describeLocation(location) {
    const same = location.identical.length ? `${location.identical.join(', ')} identical; ` : '';
    return `${same}${location.firstDiffering} is the first output that differs, so the difference enters in the step that writes it`;
}

/** What identical runs that differ only at the rounding level say, and what to do about it. */
const SUMMATION_CAUSE = `runs with the same inputs differ only at the rounding level (every difference within ${ROUNDING_LEVEL} relative): the order of floating-point sums varies between runs (threads, n_jobs, BLAS), not a missing seed; accept it with a tolerance in compare (for example predictions.relative: 1e-9) or fix the thread counts (n_jobs=1, OMP_NUM_THREADS=1)`;
/** The check and finding for `run` against `reference`, which it differs from by `diff`. */
async function changedCheck(reference, run, diff, status, cause, name) {
    const location = await locate(reference.outputs, run.outputs, diff);
    const what = `${diff.rowsChanged} of ${diff.rows} rows${diff.metricsChanged.length ? `, metrics ${diff.metricsChanged.join(', ')}` : ''}; max absolute difference ${diff.maxAbsDiff.toPrecision(3)}, relative ${diff.maxRelDiff.toPrecision(3)}`;
    const where = location ? ` ${capitalise(describeLocation(location))}.` : '';
    const label = run.names.length ? `Run ${run.id} (${run.varied})` : `Run ${run.id}`;
    return {
        check: {
            name,
            perturbation: run.varied,
            status,
            outcome: 'changed',
            rowsChanged: diff.rowsChanged,
            maxAbsDiff: diff.maxAbsDiff,
            maxRelDiff: diff.maxRelDiff,
            cause,
            run: run.id,
            ...(location ? { location } : {})
        },
        finding: {
            status,
            code: run.names.length === 1 ? `determinism.${run.names[0]}` : 'determinism.repeat',
            message: `${label} differs from ${reference.id} (${what}): ${cause}.${where}`
        }
    };
}
/** The cause of a difference between identical runs: unseeded randomness or summation order. */
function repeatCause(diff) {
    return diff.roundingOnly ? SUMMATION_CAUSE : CAUSES.none;
}
/** The cause of a difference under a perturbation, noting when it is only at the rounding level. */
function perturbationCause(name, diff) {
    const note = diff.roundingOnly
        ? ' (only at the rounding level: the order of floating-point sums changed)'
        : '';
    return `${CAUSES[name]}${note}`;
}
function reproducedCheck(name, varied, run) {
    return {
        name,
        perturbation: varied,
        status: 'pass',
        outcome: 'reproduced',
        rowsChanged: 0,
        maxAbsDiff: 0,
        maxRelDiff: 0,
        run
    };
}
/**
 * The `each` strategy: compare every run with the first, exactly. Repeated runs must be
 * bit-identical (else unseeded randomness, or summation order when only the last bits move), and
 * each perturbed run names what it varied as the cause when it differs. When the repeated runs
 * already differ, a perturbed run that differs proves nothing and says so.
 */
async function checkRuns(reference, others, options) {
    const checks = [];
    const findings = [];
    let repeatsDiffer = false;
    const ordered = [...others.filter(r => r.names.length === 0), ...others.filter(r => r.names.length > 0)];
    for (const run of ordered) {
        const diff = await difference(reference.outputs, run.outputs, EXACT);
        const repeat = run.names.length === 0;
        const name = repeat ? `${run.id} vs ${reference.id}` : run.names.join('+');
        if (same(diff)) {
            checks.push(reproducedCheck(name, run.varied, run.id));
            continue;
        }
        let status = repeat ? 'fail' : options.onChange;
        let cause = repeat ? repeatCause(diff) : perturbationCause(run.names[0], diff);
        if (repeat)
            repeatsDiffer = true;
        else if (repeatsDiffer) {
            cause =
                'inconclusive: the identical runs already differ, so this difference may be the same unseeded randomness';
            status = 'warn';
        }
        const found = await changedCheck(reference, run, diff, status, cause, name);
        checks.push(found.check);
        findings.push(found.finding);
    }
    return {
        status: worst(...checks.map(c => c.status)),
        strategy: 'each',
        runs: options.runs,
        checks,
        notTried: options.notTried,
        findings
    };
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

const key = (names) => names.join('+');
/** Split in two halves, as reprotest does: the first half one longer when the count is odd. */
function halves(items) {
    const cut = Math.ceil(items.length / 2);
    return [items.slice(0, cut), items.slice(cut)];
}
/**
 * The `combined` strategy. The first run applies every perturbation at once and is compared with
 * the baseline: when it matches, every perturbation reproduced and the audit cost one training.
 * Otherwise a plain run (does the plain pipeline match?), an identical rerun where needed (do
 * identical runs differ?), and group testing over the perturbations, halving the sets that still
 * differ, name each culprit with its cause. Without a baseline, the plain run goes alongside the
 * first one.
 */
async function combinedStrategy(input) {
    return new CombinedSearch(input).run();
}
class CombinedSearch {
    input;
    checks = [];
    findings = [];
    unresolved = [];
    tried;
    followUps = 0;
    constructor(input) {
        this.input = input;
        this.tried = input.plan.tried;
    }
    async run() {
        const { runner, matchesBaseline } = this.input;
        const tried = this.tried;
        const first = tried.length ? perturbedRun(runId(tried, tried), tried, this.input.plan) : plainRun('run-1');
        const alongside = matchesBaseline ? [] : [plainRun(tried.length ? 'run-1' : 'run-2')];
        const [c, other] = await runner.runAll([first, ...alongside]);
        if (matchesBaseline && c.outputs && (await matchesBaseline(c.outputs))) {
            for (const n of tried)
                this.reproduced(n, c);
            if (!tried.length)
                this.checks.push(reproducedCheck('run-1 vs baseline', 'none', c.spec.id));
            return this.outcome(completed(c));
        }
        const plain = tried.length ? other : c;
        const rerun = tried.length ? undefined : other;
        return tried.length ? this.afterCombined(c, plain) : this.afterPlain(c, rerun);
    }
    /** No perturbations to try: only identical runs, against the baseline or each other. */
    async afterPlain(p1, p2) {
        if (!p1.outputs)
            return this.outcome(undefined);
        const second = p2 ?? (await this.follow([plainRun('run-2')]))[0];
        await this.repeatCheck(p1, second);
        return this.outcome(completed(p1));
    }
    /**
     * The combined run differed from the baseline, or, without one, is still to be compared with the
     * plain run that went alongside it. With a baseline, the plain run and (when there are cores) the
     * identical rerun go together: a pull request that changes the model needs both, as does
     * nondeterminism; only a culprit among the perturbations leaves the rerun unused.
     */
    async afterCombined(c, p1) {
        const { matchesBaseline, runner } = this.input;
        let p2;
        if (!p1) {
            const rerun = runner.limit >= 2 ? [plainRun('run-2')] : [];
            [p1, p2] = await this.follow([plainRun('run-1'), ...rerun]);
        }
        if (!p1.outputs)
            return this.outcome(undefined);
        let pending = [];
        if (matchesBaseline && (await matchesBaseline(p1.outputs))) {
            this.checks.push(reproducedCheck('run-1 vs baseline', 'none', p1.spec.id));
            if (p2 && !(await this.repeatCheck(p1, p2)))
                return this.nondeterministic(p1);
        }
        else {
            if (!matchesBaseline && c.outputs && same(await this.diff(p1, c))) {
                for (const n of this.tried)
                    this.reproduced(n, c);
                return this.outcome(completed(p1));
            }
            if (!p2) {
                // Without a baseline the first halves go alongside: they are needed unless runs differ.
                const halvesAlongside = this.tried.length > 1 && this.input.maxRuns >= 2 ? halves(this.tried) : [];
                [p2, ...pending] = await this.follow([plainRun('run-2'), ...halvesAlongside.map(h => this.spec(h))]);
            }
            if (!(await this.repeatCheck(p1, p2)))
                return this.nondeterministic(p1);
        }
        await this.isolate(p1, c, pending);
        return this.outcome(completed(p1));
    }
    /** Identical runs differ: no perturbed run can be blamed. */
    nondeterministic(p1) {
        for (const n of this.tried)
            this.inconclusive(n, 'the identical runs already differ, so a perturbed run that differs proves nothing');
        return this.outcome(completed(p1));
    }
    /** Group testing: halve every set of perturbations whose run differs until each culprit stands alone. */
    async isolate(p1, c, ready) {
        const known = new Map();
        for (const r of ready)
            known.set(key(r.spec.names), await this.verdict(p1, r));
        const whole = await this.verdict(p1, c);
        if (!whole.differs) {
            for (const n of this.tried)
                this.reproduced(n, c);
            return;
        }
        let frontier = [whole];
        const culprits = [];
        while (frontier.length) {
            const splits = frontier.filter(v => v.run.spec.names.length > 1);
            culprits.push(...frontier.filter(v => v.run.spec.names.length === 1));
            const wanted = splits.flatMap(v => halves(v.run.spec.names)).filter(h => !known.has(key(h)));
            if (wanted.length && this.followUps + wanted.length > this.input.maxRuns) {
                for (const v of splits)
                    this.unresolve(v.run.spec.names);
                break;
            }
            for (const r of await this.follow(wanted.map(h => this.spec(h))))
                known.set(key(r.spec.names), await this.verdict(p1, r));
            frontier = [];
            for (const v of splits) {
                const parts = halves(v.run.spec.names).map(h => known.get(key(h)));
                for (const part of parts) {
                    if (part.differs)
                        frontier.push(part);
                    else
                        for (const n of part.run.spec.names)
                            this.reproduced(n, part.run);
                }
                // Neither half changes results alone: only the perturbations together do.
                if (parts.every(p => !p.differs))
                    this.unresolve(v.run.spec.names, true);
            }
        }
        await this.name(p1, culprits);
    }
    /** A check and finding for each culprit, in the registry's order. */
    async name(p1, culprits) {
        const elsewhere = culprits.some(v => v.run.spec.names[0] === 'workdir');
        for (const v of culprits) {
            const n = v.run.spec.names[0];
            const status = this.input.onChange;
            if (!v.diff) {
                const message = `the run fails under this perturbation but not without it: ${v.run.error?.message ?? 'no outputs'}`;
                this.checks.push({
                    name: n,
                    perturbation: v.run.varied,
                    status,
                    outcome: 'failed',
                    cause: message,
                    run: v.run.spec.id
                });
                this.findings.push({
                    status,
                    code: `determinism.${n}`,
                    message: `Run ${v.run.spec.id} (${v.run.varied}) failed where the plain run succeeded: ${message}.`
                });
                continue;
            }
            // A run in a view also comes from another folder; when that alone changes results, a data
            // perturbation's difference may be the folder's.
            const cause = elsewhere && n !== 'workdir' && v.run.spec.inView
                ? 'inconclusive: this run also comes from another folder, which changes results by itself (workdir)'
                : perturbationCause(n, v.diff);
            const found = await changedCheck(completed(p1), completed(v.run), v.diff, status, cause, n);
            this.checks.push(found.check);
            this.findings.push(found.finding);
        }
    }
    async verdict(p1, run) {
        if (!run.outputs)
            return { run, differs: true };
        const diff = await this.diff(p1, run);
        return { run, differs: !same(diff), diff };
    }
    diff(a, b) {
        return difference(a.outputs, b.outputs, this.input.tolerances);
    }
    /** Whether the identical runs agree; a check either way, and a finding when they do not. */
    async repeatCheck(p1, p2) {
        if (!p1.outputs || !p2.outputs)
            return false;
        const diff = await this.diff(p1, p2);
        const name = `${p2.spec.id} vs ${p1.spec.id}`;
        if (same(diff)) {
            this.checks.push(reproducedCheck(name, 'none', p2.spec.id));
            return true;
        }
        const found = await changedCheck(completed(p1), completed(p2), diff, 'fail', repeatCause(diff), name);
        this.checks.push(found.check);
        this.findings.push(found.finding);
        return false;
    }
    async follow(specs) {
        this.followUps += specs.filter(s => s.names.length > 0).length;
        return this.input.runner.runAll(specs);
    }
    spec(names) {
        return perturbedRun(runId(names, this.tried), names, this.input.plan);
    }
    reproduced(name, run) {
        if (this.checks.some(c => c.name === name))
            return;
        const varied = this.input.plan.changes.get(name)?.varied ?? name;
        this.checks.push(reproducedCheck(name, varied, run.spec.id));
    }
    inconclusive(name, why) {
        const varied = this.input.plan.changes.get(name)?.varied ?? name;
        this.checks.push({
            name,
            perturbation: varied,
            status: 'warn',
            outcome: 'not-run',
            cause: `inconclusive: ${why}`
        });
    }
    unresolve(names, together = false) {
        this.unresolved.push(names.join(' + '));
        const why = together
            ? `results change only when ${names.join(', ')} are applied together`
            : `the cause is among ${names.join(', ')}, which determinism.max_runs (${this.input.maxRuns}) left unseparated`;
        for (const n of names)
            this.inconclusive(n, why);
        this.findings.push({
            status: this.input.onChange,
            code: 'determinism.unresolved',
            message: `Results change under ${names.join(', ')}: ${why}.`
        });
    }
    outcome(reference) {
        const order = (c) => {
            const i = this.tried.indexOf(c.name);
            return i < 0 ? -1 : i;
        };
        const checks = [...this.checks].sort((a, b) => order(a) - order(b));
        const status = worst(...checks.map(c => c.status));
        return {
            reference,
            section: {
                status,
                strategy: 'combined',
                runs: this.input.runner.finished.filter(r => r.spec.names.length === 0).length,
                checks,
                notTried: this.input.plan.notTried,
                findings: this.findings,
                ...(this.unresolved.length ? { unresolved: this.unresolved } : {})
            }
        };
    }
}

/** Plan the perturbations, run the configured strategy, and add what the trainings cost. */
async function checkDeterminism(input) {
    const { determinism, runner } = input;
    const plan = await planPerturbations(determinism.perturbations, input.engine, {
        settings: input.settings,
        now: input.now,
        env: process.env
    });
    const outcome = determinism.strategy === 'each'
        ? await eachStrategy(input, plan)
        : await combinedStrategy({
            runner,
            plan,
            onChange: determinism.onChange,
            maxRuns: determinism.maxRuns,
            tolerances: input.tolerances,
            matchesBaseline: input.matchesBaseline
        });
    return { ...outcome, section: { ...outcome.section, trainings: runner.trainings() } };
}
/** The `each` strategy: the identical runs and one run per perturbation, all compared with the first. */
async function eachStrategy(input, plan) {
    const { determinism, runner } = input;
    const specs = [
        ...Array.from({ length: determinism.runs }, (_, i) => plainRun(`run-${i + 1}`)),
        ...plan.tried.map(n => perturbedRun(runId([n], plan.tried), [n], plan))
    ];
    const [first, ...rest] = (await runner.runAll(specs)).map(completed);
    const options = { onChange: determinism.onChange, notTried: plan.notTried, runs: determinism.runs };
    if (!first) {
        // The first run failed: the runs section holds the error; nothing is compared.
        return {
            section: {
                status: 'skipped',
                strategy: 'each',
                runs: determinism.runs,
                checks: [],
                notTried: plan.notTried,
                findings: []
            }
        };
    }
    const others = rest.filter(r => r !== undefined);
    return { reference: first, section: await checkRuns(first, others, options) };
}

export { checkDeterminism };
