import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { u as hashFile, a as displayPath, I as InputError } from './cli-commands.js';
import { R as RunError } from './cli-command.js';
import { r as runPipeline } from './cli-run.js';
import { p as prepareDataView } from './cli-view.js';
import { r as runPool } from './cli-audit2.js';
import 'node:fs';
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
import './cli-csv.js';
import 'stream';
import './cli-glob.js';
import './cli-outputs.js';
import './cli-describe.js';
import './cli-canonical-json.js';
import './cli-format.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-index2.js';
import './cli-tolerance.js';
import 'node:zlib';

/**
 * Runs the pipeline as the strategies ask, several at a time, each perturbed run that touches
 * files in a scratch view of its own; keeps every run in order for the runs section, and their cost.
 */
class Runner {
    setup;
    finished = [];
    wallSeconds = 0;
    constructor(setup) {
        this.setup = setup;
    }
    /** Runs at a time. */
    get limit() {
        return this.setup.limit;
    }
    /** Run `specs` (at most `limit` at a time) and return them finished, in the same order. */
    async runAll(specs) {
        const started = performance.now();
        const settled = await runPool(specs.map(s => () => this.runOne(s)), this.setup.limit);
        this.wallSeconds += (performance.now() - started) / 1000;
        const done = settled.map(r => {
            if (r.status === 'rejected')
                throw r.reason;
            return r.value;
        });
        this.finished.push(...done);
        return done;
    }
    /** How many trainings ran, their CPU time summed, and the wall time they took together. */
    trainings() {
        const cpu = this.finished.reduce((sum, r) => sum + r.cpuSeconds, 0);
        return { count: this.finished.length, cpuSeconds: round(cpu), wallSeconds: round(this.wallSeconds) };
    }
    async runOne(spec) {
        const { ctx, settings, base, runsDir, say, secrets } = this.setup;
        const config = ctx.config;
        say(`run ${spec.id} started: ${spec.names.length ? spec.varied : 'plain, nothing varied'}`);
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        let view;
        let varied = spec.varied;
        const finish = (rest, cpu) => {
            const seconds = (performance.now() - started) / 1000;
            const own = process.cpuUsage(cpuBefore);
            // A command reports its own CPU time; the built-in engine runs in this process.
            const cpuSeconds = cpu ?? (config.pipeline.engine === 'builtin' ? (own.user + own.system) / 1e6 : 0);
            say(`run ${spec.id} ${rest.error ? 'failed' : 'finished'} in ${seconds.toFixed(1)} s`);
            return { spec, varied, seconds: round(seconds), cpuSeconds: round(cpuSeconds), ...rest };
        };
        try {
            let dir = base.dir;
            if (spec.inView) {
                view = await prepareDataView(ctx, {
                    shuffleSeed: spec.shuffleSeed,
                    isolate: { linkWhole: [config.reportDir, config.baselineDir, config.snapshot.cache] }
                });
                dir = view.dir;
                if (spec.shuffleSeed && view.unshuffled)
                    varied += '; Parquet entries keep their order';
            }
            const outputs = await runPipeline(config, dir, path.join(runsDir, spec.id), {
                workDir: dir,
                env: { ...settings, ...spec.env },
                secrets
            });
            return finish({ outputs }, outputs.cpuSeconds);
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            return finish({ error });
        }
        finally {
            await view?.cleanup();
        }
    }
}
function round(seconds) {
    return Math.round(seconds * 1000) / 1000;
}
function completed(run) {
    return run.outputs
        ? { id: run.spec.id, names: run.spec.names, varied: run.varied, outputs: run.outputs }
        : undefined;
}
/** The runs section's records and its error findings (a run that could not produce outputs). */
async function runRecords(runs) {
    const records = [];
    const findings = [];
    let plainFailures = 0;
    for (const run of runs) {
        const { id } = run.spec;
        const timing = { seconds: run.seconds, cpuSeconds: run.cpuSeconds };
        if (run.outputs) {
            records.push({
                id,
                perturbation: run.varied,
                status: 'pass',
                predictionsSha256: (await hashFile(run.outputs.predictions)).sha256,
                metrics: run.outputs.metrics,
                ...timing
            });
            const label = run.spec.names.length ? `Run ${id} (${run.varied})` : `Run ${id}`;
            for (const note of run.outputs.notes ?? [])
                findings.push({ status: 'warn', code: 'run.left-processes', message: `${label}: ${note}.` });
            continue;
        }
        const error = run.error;
        const label = run.spec.names.length ? `Run ${id} (${run.varied})` : `Run ${id}`;
        const where = error.file
            ? `${displayPath(error.file)}${error.line !== undefined ? `:${error.line}` : ''}: `
            : '';
        // The file is named in the message only: logs and outputs live in the report folder, not in
        // the repository, so they are no place for an annotation.
        const finding = {
            status: 'error',
            code: 'run.failed',
            message: `${label} failed: ${where}${error.message}.`
        };
        // A plain run that fails is the failure to lead with: the perturbed runs fail for the same reason.
        if (run.spec.names.length)
            findings.push(finding);
        else
            findings.splice(plainFailures++, 0, finding);
        records.push({
            id,
            perturbation: run.varied,
            status: 'error',
            output: error instanceof RunError ? error.output : undefined,
            ...timing
        });
    }
    return { records, findings };
}

export { Runner, completed, runRecords };
