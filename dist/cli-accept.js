import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { r as repositoryRoot, I as InputError } from './cli-commands.js';
import { w as worst } from './cli-index2.js';
import { a as audit, b as baselineChange } from './cli-audit2.js';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';
import './cli-canonical-json.js';
import './cli-describe.js';
import './cli-outputs.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-csv.js';
import 'stream';
import './cli-tolerance.js';
import 'node:zlib';

// `repro-audit accept`: after an intended change, re-lock the data and rewrite the baseline in one
// command, and say what changed (the data against the old lock, the baseline against HEAD's).
async function accept(config, options = {}) {
    const say = options.progress ?? (() => { });
    const secrets = options.secrets;
    say('comparing the data with the old lock');
    const before = await audit(config, 'verify', { secrets });
    const missing = before.snapshot.findings.filter(f => f.code === 'snapshot.missing');
    if (missing.length)
        return { ...before, command: 'accept' };
    const dataChanges = describeDataChanges(before);
    const locked = await audit(config, 'lock', { progress: say, secrets });
    if (config.hasPipeline === false) {
        locked.snapshot.findings.push(...dataChanges);
        return finish(locked, dataChanges.length, undefined);
    }
    const written = await audit(config, 'baseline', { progress: say, secrets });
    if (written.status === 'error')
        return { ...written, command: 'accept' };
    written.snapshot.findings.push(...dataChanges);
    const change = await baselineChange(config, 'HEAD');
    if (change) {
        change.message = change.message.replace(/^The pull request/, 'This change');
        written.comparison.intendedChange = change;
        written.comparison.findings.push({
            status: 'pass',
            code: `baseline.${change.change}`,
            message: change.message
        });
    }
    return finish(written, dataChanges.length, change?.message);
}
/** What `verify` found, restated as accepted: a pass finding per changed file. */
function describeDataChanges(before) {
    return before.snapshot.findings
        .filter(f => f.status !== 'pass' && f.code !== 'snapshot.no-lock')
        .map(f => ({
        ...f,
        status: 'pass',
        code: 'accept.data-changed',
        message: `Accepted: ${f.message}`
    }));
}
function finish(result, changedData, baselineMessage) {
    const status = worst(result.snapshot.status, result.runs.status, result.comparison.status);
    const parts = [`${changedData ? `${changedData} data change(s) accepted and` : 'data'} re-locked`];
    if (result.command === 'baseline')
        parts.push('baseline rewritten');
    const baseline = baselineMessage ? ` ${baselineMessage}` : '';
    return {
        ...result,
        command: 'accept',
        status,
        summary: status === 'error'
            ? result.summary
            : `Accepted: ${parts.join(', ')}.${baseline} Commit the files below.`
    };
}
/** The data changes `accept` took in, one line each, for the terminal. */
function acceptedChanges(result) {
    return result.snapshot.findings.filter(f => f.code === 'accept.data-changed').map(f => f.message);
}
/** The `git add` line of everything `accept` rewrote, plus tracked snapshot files that changed. */
function commitLine(config) {
    const root = repositoryRoot(config.dir);
    const rel = (p) => path.relative(process.cwd(), p) || '.';
    const files = [config.file, config.snapshot.lock];
    if (existsSync(`${config.snapshot.lock}.d`))
        files.push(`${config.snapshot.lock}.d`);
    if (config.hasPipeline !== false)
        files.push(config.baselineDir);
    const local = config.snapshot.entries
        .filter(e => e.kind === 'file' || e.kind === 'folder')
        .map(e => e.absPath);
    files.push(...tracked(root, local));
    return `git add ${files.map(f => quote(rel(f))).join(' ')}`;
}
function tracked(root, files) {
    if (!files.length || !existsSync(path.join(root, '.git')))
        return [];
    try {
        // Modified tracked files only: data kept out of git stays out.
        const out = execFileSync('git', ['ls-files', '-m', '-z', '--', ...files], { cwd: root, encoding: 'utf8' });
        const listed = new Set(out
            .split('\0')
            .filter(Boolean)
            .map(f => path.resolve(root, f)));
        return files.filter(f => listed.has(f) || [...listed].some(l => l.startsWith(f + path.sep)));
    }
    catch (error) {
        throw new InputError(`cannot ask git which data files it tracks: ${error.message}`);
    }
}
function quote(p) {
    return /^[\w./@:+-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

export { accept, acceptedChanges, commitLine };
