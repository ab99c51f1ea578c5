import { spawn, execFile } from 'node:child_process';
import { promises, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { S as SET_NAME } from './cli-describe.js';
import 'node:crypto';
import { B as BASELINE_MANIFEST } from './cli-outputs.js';
import './cli-canonical-json.js';
import './cli-commands.js';
import 'process';
import 'buffer';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-glob.js';
import './cli-format.js';
import 'node:stream';
import './cli-csv.js';
import 'stream';

// The baseline as committed on another git ref (the pull request's base), read with `git show`
// through execFile: no shell, so a ref or path can never run anything.
const execFileAsync = promisify(execFile);
/**
 * The baseline folder `baselineDir` as it is at `ref`: undefined when the ref has no baseline
 * there. Git errors (unknown ref, a shallow clone without the base commit) throw, with git's
 * own message, for the caller to turn into a finding.
 */
async function readBaselineAtRef(ref, baselineDir) {
    if (!/^[^-\s][^\s:]*$/.test(ref))
        throw new Error(`"${ref}" is not a git ref`);
    const top = (await git(['rev-parse', '--show-toplevel'], baselineDir)).trim();
    const rel = path
        .relative(await promises.realpath(top), await promises.realpath(baselineDir))
        .split(path.sep)
        .join('/');
    const spec = (name) => `${ref}:${rel ? `${rel}/` : ''}${name}`;
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).catch(() => {
        throw new Error(`git does not know ${ref} here (fetch it, or use actions/checkout with fetch-depth: 0)`);
    });
    let manifestText;
    try {
        manifestText = await git(['show', spec(BASELINE_MANIFEST)], top);
    }
    catch {
        return undefined;
    }
    let baseline;
    try {
        baseline = JSON.parse(manifestText);
    }
    catch {
        throw new Error(`${BASELINE_MANIFEST} at ${ref} is not valid JSON`);
    }
    const dir = await promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-base-'));
    const cleanup = () => promises.rm(dir, { recursive: true, force: true });
    try {
        await promises.writeFile(path.join(dir, BASELINE_MANIFEST), manifestText);
        const files = [baseline.predictions.file, ...baseline.artifacts.map(a => a.path)];
        if (baseline.files !== undefined &&
            (typeof baseline.files !== 'string' || !SET_NAME.test(baseline.files)))
            throw new Error(`${BASELINE_MANIFEST} at ${ref} names no sealed folder: ${JSON.stringify(baseline.files)}`);
        for (const file of files) {
            if (typeof file !== 'string' ||
                path.isAbsolute(file) ||
                file.split(/[\\/]/).includes('..') ||
                file.includes('\0'))
                throw new Error(`${BASELINE_MANIFEST} at ${ref} names a file outside the baseline: ${JSON.stringify(file)}`);
            const name = baseline.files ? `${baseline.files}/${file}` : file;
            await gitShowToFile(spec(name), top, path.join(dir, name));
        }
    }
    catch (error) {
        await cleanup();
        throw error;
    }
    return { dir, manifestText, baseline, cleanup };
}
async function git(args, cwd) {
    const { stdout } = await execFileAsync('git', args, { cwd, maxBuffer: 64 << 20, encoding: 'utf8' });
    return stdout;
}
/** `git show spec > file`, streamed, so a large predictions file never sits in memory. */
async function gitShowToFile(spec, cwd, file) {
    await promises.mkdir(path.dirname(file), { recursive: true });
    const child = spawn('git', ['show', spec], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += String(chunk)));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
    });
    await pipeline(child.stdout, createWriteStream(file));
    const code = await exited;
    if (code !== 0)
        throw new Error(`git show ${spec} failed: ${stderr.trim()}`);
}

export { readBaselineAtRef };
