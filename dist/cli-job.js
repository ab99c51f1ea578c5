import path from 'node:path';
import { w as writeResultFile } from './cli-result-file.js';
import 'node:fs';
import 'node:zlib';
import './cli-canonical-json.js';
import 'node:crypto';
import './cli-commands.js';
import 'process';
import 'buffer';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-outputs.js';
import './cli-csv2.js';
import './cli-csv.js';
import 'stream';

// The job's label: named by the workflow (`label` input, `--label`), or made from the runner and
// the environment the audit recorded, so that the jobs of a matrix get distinct, stable names.
/** `linux-x64-py3.12.3` from RUNNER_OS/RUNNER_ARCH when on a runner, else from the fingerprint. */
function defaultLabel(environment, env = process.env) {
    const os = (env.RUNNER_OS || environment.os || process.platform).toLowerCase();
    const arch = (env.RUNNER_ARCH || environment.arch || process.arch).toLowerCase();
    const python = environment.python && /^\d/.test(environment.python)
        ? `py${environment.python}`
        : `node${environment.node ?? process.versions.node}`;
    return `${os}-${arch}-${python}`;
}
/** A label made safe as part of a file name. */
function labelSlug(label) {
    return label.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'job';
}
/** The default result file of a job: `repro-result-<label>.json` in the report folder. */
function defaultResultName(label) {
    return `repro-result-${labelSlug(label)}.json`;
}

/** Write the portable result of one job after `run`; both edges call this. */
async function writeJobResult(result, config, reference, options = {}) {
    const label = options.label?.trim() || defaultLabel(result.environment.current);
    const file = path.resolve(options.file ?? path.join(config.reportDir, defaultResultName(label)));
    const portable = await writeResultFile(file, result, config, reference, {
        label,
        embedLimit: options.embedLimit,
        commit: process.env.GITHUB_SHA || undefined,
        secrets: options.secrets
    });
    return { file, portable };
}

export { writeJobResult };
