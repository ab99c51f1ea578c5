import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { r as repositoryRoot, I as InputError, i as isInside, c as relativePosix } from './cli-commands.js';
import { g as globBase, a as globToRegExp } from './cli-glob.js';
import { i as isDataFileName } from './cli-describe.js';
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
import './cli-canonical-json.js';
import './cli-outputs.js';
import './cli-format.js';
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
    if (locked.status === 'error')
        return { ...locked, command: 'accept' };
    if (config.hasPipeline === false) {
        locked.snapshot.findings.push(...dataChanges);
        return finish(locked, dataChanges.length, undefined);
    }
    const written = await audit(config, 'baseline', { progress: say, secrets });
    if (written.status === 'error')
        return halfDone(config, written);
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
/**
 * The lock was rewritten but the baseline could not be: say so, after the cause, with the two ways
 * on (fix the cause and accept again, or put the old lock back).
 */
function halfDone(config, failed) {
    const rel = (p) => path.relative(process.cwd(), p) || '.';
    const lock = [rel(config.snapshot.lock)];
    if (existsSync(`${config.snapshot.lock}.d`))
        lock.push(`${lock[0]}.d`);
    const state = `accept stopped half-way: ${lock.join(' and ')} ${lock.length > 1 ? 'were' : 'was'} rewritten for the current data, but ` +
        `${rel(config.baselineDir)} was not (the error above). Fix that and run \`repro-audit accept\` again, ` +
        `or put the old lock back with \`git checkout -- ${lock.join(' ')}\``;
    return {
        ...failed,
        command: 'accept',
        runs: {
            ...failed.runs,
            findings: [...failed.runs.findings, { status: 'error', code: 'accept.half-done', message: state }]
        },
        summary: `${failed.summary} ${state}.`
    };
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
/**
 * The `git add` line of everything that must be committed: the config, the lock and its folder, the
 * baseline, and every data file under a snapshot entry that git reports changed, new or deleted.
 */
function commitLine(config) {
    const root = repositoryRoot(config.dir);
    const rel = (p) => path.relative(process.cwd(), p) || '.';
    const inGit = existsSync(path.join(root, '.git'));
    const lockFolder = `${config.snapshot.lock}.d`;
    const files = [config.file, config.snapshot.lock];
    if (existsSync(lockFolder) || (inGit && gitLines(root, ['ls-files', '-z', '--', lockFolder]).length))
        files.push(lockFolder);
    if (config.hasPipeline !== false)
        files.push(config.baselineDir);
    if (inGit)
        files.push(...changedData(config, root));
    return `git add ${files.map(f => quote(rel(f))).join(' ')}`;
}
/** The folder (or file) git is asked about for each local snapshot entry, with a test for its files. */
function dataScopes(config) {
    const visible = (abs, base) => !path
        .relative(base, abs)
        .split(path.sep)
        .some(part => part.startsWith('.'));
    return config.snapshot.entries.flatMap(entry => {
        if (entry.kind === 'file')
            return [{ scope: entry.absPath, holds: (abs) => abs === entry.absPath }];
        if (entry.kind === 'folder') {
            const base = entry.absPath;
            const holds = (abs) => isInside(base, abs) && abs !== base && visible(abs, base) && isDataFileName(abs);
            return [{ scope: base, holds }];
        }
        if (entry.kind === 'glob') {
            const base = path.resolve(config.dir, globBase(entry.path));
            const pattern = globToRegExp(entry.path);
            const holds = (abs) => isInside(base, abs) && visible(abs, base) && pattern.test(relativePosix(config.dir, abs));
            return [{ scope: base, holds }];
        }
        return [];
    });
}
/**
 * Data files under the snapshot entries that git sees modified, deleted or new. New (untracked)
 * files count only when git already tracks some of the data: data kept out of git stays out.
 */
function changedData(config, root) {
    const scopes = dataScopes(config);
    if (!scopes.length)
        return [];
    const pathspecs = scopes.map(s => path.relative(root, s.scope) || '.');
    const status = gitLines(root, [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--no-renames',
        '--',
        ...pathspecs
    ]);
    const belongs = (abs) => scopes.some(s => s.holds(abs));
    const dataInGit = gitLines(root, ['ls-files', '-z', '--', ...pathspecs]).some(f => belongs(path.resolve(root, f)));
    const changed = new Set();
    for (const line of status) {
        const abs = path.resolve(root, line.slice(3));
        if (belongs(abs) && (line.slice(0, 2) !== '??' || dataInGit))
            changed.add(abs);
    }
    return [...changed].sort();
}
/** What a git command prints, split at NUL bytes. */
function gitLines(root, args) {
    try {
        // Literal pathspecs: a data file named `a[1].csv` is that file, not a pattern.
        return execFileSync('git', ['--literal-pathspecs', ...args], {
            cwd: root,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024
        })
            .split('\0')
            .filter(Boolean);
    }
    catch (error) {
        throw new InputError(`cannot ask git which data files changed: ${error.message}`);
    }
}
function quote(p) {
    return /^[\w./@:+-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

export { accept, acceptedChanges, commitLine };
