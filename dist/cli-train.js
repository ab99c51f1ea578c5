import { promises } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { m as readBaseline, n as baselineFilesDir } from './cli-describe.js';
import { t as loadConfig, I as InputError } from './cli-commands.js';
import { predictWithFitted, FITTED_PIPELINE_FILE } from './cli-engine.js';
import { r as runPipeline } from './cli-run.js';
import { p as prepareDataView } from './cli-view.js';
import './cli-canonical-json.js';
import 'node:crypto';
import './cli-outputs.js';
import './cli-glob.js';
import './cli-format.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-csv.js';
import 'stream';
import 'process';
import 'buffer';
import 'node:child_process';
import 'node:util';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-command.js';

/** The pipeline section, or a clear error for commands that train. */
function requirePipeline(config, command) {
    if (config.hasPipeline === false)
        throw new InputError(`\`${command}\` needs a pipeline section in the config; lock and verify work without one`, {
            file: config.file
        });
    return config.pipeline;
}
/** Train the pipeline once on the snapshot's data view, with no snapshot check or comparison. */
async function trainOnce(config, outDir, secrets = []) {
    const pipeline = requirePipeline(config, 'train');
    const view = await prepareDataView({ config });
    try {
        return await runPipeline({ pipeline, dir: config.dir }, view.dir, outDir, { secrets });
    }
    finally {
        await view.cleanup();
    }
}
/** Score a data file with a saved fitted pipeline (the production path), without retraining. */
async function predictFromBaseline(options) {
    let fitted = options.pipeline && path.resolve(options.pipeline);
    let input = options.data && path.resolve(options.data);
    if (!fitted || !input) {
        const config = await loadConfig(options.configFile);
        const pipeline = requirePipeline(config, 'predict');
        if (pipeline.engine !== 'builtin') {
            throw new InputError('predict scores with a built-in fitted pipeline; this config runs a command', {
                file: config.file
            });
        }
        fitted ||= await baselineFittedPipeline(config);
        input ??= path.join(config.dir, pipeline.score);
    }
    if (options.out) {
        const file = path.resolve(options.out);
        const { rows } = await predictWithFitted(fitted, input, file);
        return { rows, file };
    }
    const dir = await promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-predict-'));
    try {
        const file = path.join(dir, 'predictions.csv');
        const { rows } = await predictWithFitted(fitted, input, file);
        return { rows, text: await promises.readFile(file, 'utf8') };
    }
    finally {
        await promises.rm(dir, { recursive: true, force: true });
    }
}
/** The baseline's fitted-pipeline.json, in its sealed folder (or, older layout, the baseline folder). */
async function baselineFittedPipeline(config) {
    const baseline = await readBaseline(config.baselineDir, config.snapshot.root);
    return path.join(baseline ? baselineFilesDir(config.baselineDir, baseline) : config.baselineDir, FITTED_PIPELINE_FILE);
}

export { predictFromBaseline, requirePipeline, trainOnce };
