import { execFile, execFileSync } from 'node:child_process';
import { promises, existsSync } from 'node:fs';
import path from 'node:path';
import { p as pipelineEnv, s as secretEnvValues, l as logLine, d as distExports, N as NO_ENV_RULES, r as repositoryRoot, I as InputError, e as errorLines, w as writeFileAtomic, a as displayPath } from './cli-commands.js';
import { i as isDiscoverable } from './cli-index.js';
import { s as scanCsv } from './cli-csv.js';
import { promisify } from 'node:util';
import { r as runInGroup } from './cli-command.js';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import 'stream';
import './cli-glob.js';
import './cli-outputs.js';

// What `repro-audit init` finds about the data: CSV and Parquet files under the usual folders, and
// the id column (named like an id, unique and never empty in every file that has it).
/** Folders where projects keep their data, in the order they are looked at. */
const DATA_FOLDERS = ['data', 'datasets', 'dataset', 'input', 'inputs', 'raw', 'raw_data'];
const DATA_FILE = /\.(csv|parquet)$/i;
const MAX_DEPTH = 4;
/** Above this many files a folder becomes one folder entry instead of one entry per file. */
const MAX_FILE_ENTRIES = 12;
/** Files larger than this are not read to find the id column: the lock will read them anyway. */
const MAX_SCAN_BYTES = 512 * 1024 * 1024;
/** CSV and Parquet files under the data folders of `dir`; folders with many files become one entry. */
async function findDataFiles(dir) {
    const entries = [];
    const files = [];
    for (const folder of DATA_FOLDERS) {
        const found = await listData(dir, folder, 0);
        if (!found.length)
            continue;
        found.sort();
        files.push(...found);
        if (found.length > MAX_FILE_ENTRIES)
            entries.push({ path: folder, kind: 'folder' });
        else
            entries.push(...found.map(f => ({ path: f, kind: 'path' })));
    }
    return { entries, files };
}
async function listData(root, rel, depth) {
    let items;
    try {
        items = await promises.readdir(path.join(root, rel), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const item of items) {
        if (item.name.startsWith('.'))
            continue;
        const child = `${rel}/${item.name}`;
        if (item.isDirectory() && depth < MAX_DEPTH)
            out.push(...(await listData(root, child, depth + 1)));
        else if (item.isFile() && DATA_FILE.test(item.name))
            out.push(child);
    }
    return out;
}
/** Column names that say "identifier": id, Id, ID, row_id, customerId, key, uuid. */
function looksLikeId(name) {
    return (/^(id|key|uuid|guid|index)$/i.test(name) ||
        /[_\s.-](id|key|uuid)$/i.test(name) ||
        /[a-z0-9]Id$/.test(name) ||
        /[a-z0-9]ID$/.test(name));
}
/**
 * The id column: a column named like an id that every data file has, with unique non-empty values
 * in each. `id` itself comes first, then the columns in header order. Undefined when none fits.
 */
async function detectIdColumn(dir, files) {
    let common;
    for (const file of files) {
        const unique = await uniqueIdColumns(path.join(dir, file));
        if (!unique)
            continue; // too large or unreadable: it does not vote
        common = common ? common.filter(c => unique.includes(c)) : unique;
    }
    if (!common?.length)
        return undefined;
    return common.find(c => /^id$/i.test(c)) ?? common[0];
}
/** The id-like columns of one file whose values are unique and never empty, in header order. */
async function uniqueIdColumns(file) {
    const stat = await promises.stat(file).catch(() => undefined);
    if (!stat || stat.size > MAX_SCAN_BYTES)
        return undefined;
    try {
        return /\.parquet$/i.test(file) ? await uniqueInParquet(file) : await uniqueInCsv(file);
    }
    catch {
        return undefined;
    }
}
async function uniqueInCsv(file) {
    let candidates = [];
    await scanCsv(file, {
        header: columns => {
            candidates = columns
                .map((name, index) => ({ name, index, seen: new Set(), ok: true }))
                .filter(c => looksLikeId(c.name));
        },
        row: fields => {
            for (const c of candidates) {
                if (!c.ok)
                    continue;
                const value = fields[c.index];
                if (value === '' || c.seen.has(value))
                    c.ok = false;
                else
                    c.seen.add(value);
            }
        }
    });
    return candidates.filter(c => c.ok && c.seen.size > 0).map(c => c.name);
}
async function uniqueInParquet(file) {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('./cli-node.js');
    const buffer = await asyncBufferFromFile(file);
    const metadata = await parquetMetadataAsync(buffer);
    const names = parquetSchema(metadata)
        .children.map(c => c.element.name)
        .filter(looksLikeId);
    const out = [];
    for (const name of names) {
        const rows = await parquetReadObjects({ file: buffer, metadata, columns: [name] });
        const values = rows.map(r => r[name]);
        if (values.every(v => v !== null && v !== undefined && v !== '') &&
            new Set(values.map(String)).size === values.length)
            out.push(name);
    }
    return out;
}

// Which of the files one run wrote are the predictions, the metrics, the parameters and the
// artifacts, for the `outputs` section `repro-audit init` writes.
const TABLE = /\.(csv|parquet)$/i;
async function guessOutputs(run, dataId) {
    const tables = run.files.filter(f => TABLE.test(f));
    const predictions = tables.find(f => /pred/i.test(path.posix.basename(f))) ?? (tables.length === 1 ? tables[0] : undefined);
    const jsons = run.files.filter(f => /\.json$/i.test(f));
    const metrics = await firstJson(run.outDir, jsons, /metric|score|eval/i, isMetrics);
    const params = await firstJson(run.outDir, jsons, /param|config|hyper/i, () => true);
    const taken = new Set([predictions, metrics, params]);
    const rest = run.files.filter(f => !taken.has(f));
    let idColumn;
    if (predictions) {
        const unique = (await uniqueIdColumns(path.join(run.outDir, predictions))) ?? [];
        idColumn = dataId && unique.includes(dataId) ? dataId : unique[0];
    }
    return {
        predictions,
        idColumn,
        metrics,
        params,
        artifacts: rest.filter(f => /\.json$/i.test(f)),
        others: rest.filter(f => !/\.json$/i.test(f))
    };
}
async function firstJson(dir, files, name, accept) {
    for (const file of files.filter(f => name.test(path.posix.basename(f)))) {
        try {
            if (accept(JSON.parse(await promises.readFile(path.join(dir, file), 'utf8'))))
                return file;
        }
        catch {
            // not JSON after all: an artifact like any other
        }
    }
    return undefined;
}
/** A metrics file is a JSON object with at least one number (nested objects count). */
function isMetrics(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    return Object.values(value).some(v => typeof v === 'number' || isMetrics(v));
}

// What `repro-audit init` finds about the pipeline: the command that trains (a dvc.yaml stage, a
// Makefile target, a train.py), the Python that can run it, and what one run writes.
const execFileAsync = promisify(execFile);
const TRAIN_SCRIPTS = [
    'train.py',
    'src/train.py',
    'scripts/train.py',
    'model/train.py',
    'pipeline.py',
    'main.py'
];
const MAKE_TARGETS = ['train', 'model', 'pipeline', 'predict', 'all'];
/** The training command of the project in `dir`, or undefined. */
async function findCommand(dir) {
    return (await fromDvc(dir)) ?? (await fromMakefile(dir)) ?? fromScript(dir);
}
async function fromDvc(dir) {
    const text = await promises.readFile(path.join(dir, 'dvc.yaml'), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let stages;
    try {
        stages = (distExports.parse(text) ?? {}).stages ?? {};
    }
    catch {
        return undefined;
    }
    const names = Object.keys(stages).filter(n => stages[n]?.cmd);
    const name = names.find(n => /train/i.test(n)) ?? names.at(-1);
    if (!name)
        return undefined;
    const cmd = stages[name].cmd;
    const command = Array.isArray(cmd) ? cmd.join(' && ') : String(cmd);
    return { command, source: `dvc.yaml stage "${name}"`, script: scriptIn(command) };
}
async function fromMakefile(dir) {
    const text = await promises.readFile(path.join(dir, 'Makefile'), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const targets = new Set([...text.matchAll(/^([A-Za-z0-9_.-]+)\s*:(?!=)/gm)].map(m => m[1]));
    const target = MAKE_TARGETS.find(t => targets.has(t));
    if (!target)
        return undefined;
    return { command: `make ${target}`, source: `Makefile target "${target}"` };
}
function fromScript(dir) {
    const script = TRAIN_SCRIPTS.find(s => existsSync(path.join(dir, s)));
    return script ? { command: `python3 ${script}`, source: script, script } : undefined;
}
function scriptIn(command) {
    return /(?:^|\s)([\w./-]+\.py)(?:\s|$)/.exec(command)?.[1];
}
/**
 * The first interpreter that can import every third-party module `script` imports: the
 * REPRO_AUDIT_PYTHON override, a project virtualenv, `python3` on PATH, the system Python.
 */
async function findPython(dir, script) {
    const modules = script ? await importsOf(path.join(dir, script)) : [];
    const candidates = [
        process.env.REPRO_AUDIT_PYTHON,
        '.venv/bin/python',
        'venv/bin/python',
        'env/bin/python',
        'python3',
        '/usr/bin/python3',
        '/usr/local/bin/python3'
    ].filter((c) => Boolean(c));
    for (const candidate of candidates) {
        const executable = candidate.includes('/') ? path.resolve(dir, candidate) : candidate;
        if (candidate.includes('/') && !existsSync(executable))
            continue;
        const version = await probe(executable, modules, dir);
        if (!version)
            continue;
        const configValue = candidate === 'python3'
            ? undefined
            : path.isAbsolute(candidate)
                ? candidate
                : candidate.replace(/^\.\//, '');
        return { configValue, executable, version };
    }
    return undefined;
}
/** Top-level module names a Python file imports (`import x.y`, `from x import y`). */
async function importsOf(file) {
    const text = await promises.readFile(file, 'utf8').catch(() => '');
    const names = new Set();
    for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import|import[ \t]+([\w., \t]+))/gm)) {
        if (m[1])
            names.add(m[1]);
        else
            for (const part of m[2].split(','))
                names.add(part.trim().split(/[.\s]/)[0]);
    }
    return [...names].filter(Boolean).sort();
}
const PROBE = `import importlib.util, sys
missing = [m for m in sys.argv[1:] if m not in sys.stdlib_module_names and importlib.util.find_spec(m) is None]
print("%d.%d" % sys.version_info[:2])
sys.exit(1 if missing else 0)`;
async function probe(python, modules, cwd) {
    try {
        // From the project folder, so its own modules (`import features`) are found too.
        const { stdout } = await execFileAsync(python, ['-c', PROBE, ...modules], { cwd, timeout: 30_000 });
        return stdout.trim();
    }
    catch {
        return undefined;
    }
}
/** How long init waits for its one trial run before stopping it (`init --trial-timeout`). */
const DEFAULT_TRIAL_TIMEOUT_SECONDS = 600;
/**
 * Run the command once, from `dir`, with REPRO_DATA_DIR=dir and REPRO_OUTPUT_DIR a scratch folder:
 * through the pipeline's own runner (a process group of its own, stopped whole at the time limit,
 * leftovers stopped, no runner secrets, its output logged beside the folder with secrets redacted).
 */
async function trialRun(dir, command, python, outDir, timeoutSeconds = DEFAULT_TRIAL_TIMEOUT_SECONDS) {
    await promises.rm(outDir, { recursive: true, force: true });
    await promises.mkdir(outDir, { recursive: true });
    const env = {
        ...pipelineEnv(process.env, NO_ENV_RULES),
        REPRO_DATA_DIR: dir,
        REPRO_OUTPUT_DIR: outDir
    };
    if (python?.executable.includes('/'))
        env.PATH = `${path.dirname(python.executable)}${path.delimiter}${env.PATH ?? ''}`;
    const done = await runInGroup({
        command,
        cwd: dir,
        env,
        timeoutSeconds,
        logFile: `${outDir}.log`,
        marker: `REPRO_OUTPUT_DIR=${outDir}`,
        secrets: secretEnvValues(process.env, NO_ENV_RULES)
    }).catch((error) => ({ code: 127, timedOut: false, output: error.message }));
    const files = (await listFiles(outDir, '')).sort();
    return {
        ok: done.code === 0 && !done.timedOut,
        timedOut: done.timedOut,
        timeoutSeconds,
        files,
        // Printed on the terminal in init's notes: one line each, control characters shown, not run.
        tail: done.output.split('\n').map(logLine).join('\n').trim(),
        outDir
    };
}
async function listFiles(root, rel) {
    const items = await promises.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const item of items) {
        const child = rel ? `${rel}/${item.name}` : item.name;
        if (item.isDirectory())
            out.push(...(await listFiles(root, child)));
        else if (item.isFile())
            out.push(child);
    }
    return out;
}

// The files `repro-audit init` writes: a commented repro.yml and the workflow. Each thing init
// could not decide becomes a note naming the line to edit.
/** A YAML scalar, quoted only when it has to be. */
const scalar = (value) => distExports.stringify(value).trimEnd();
const list = (values) => `[${values.map(v => scalar(v)).join(', ')}]`;
class Lines {
    lines = [];
    notes = [];
    add(...lines) {
        this.lines.push(...lines);
        return this;
    }
    /** Adds a line and a note pointing at it. */
    note(line, message) {
        this.lines.push(line);
        this.notes.push({ line: this.lines.length, message });
        return this;
    }
}
function renderConfig(plan) {
    const out = new Lines();
    out.add("# repro-audit config, written by `repro-audit init`. Every key is described in the README's Config", '# section. Paths are relative to this file.', `name: ${scalar(plan.name)}`, '', '# The data, pinned by `repro-audit lock`: hashes, rows, schema and statistics of each file.', 'snapshot:');
    renderIdColumn(out, plan);
    out.add('  entries:');
    for (const e of plan.data.entries)
        out.add(`    - ${e.kind}: ${scalar(e.kind === 'folder' ? `${e.path}/` : e.path)}`);
    const firstEntry = out.lines.length - plan.data.entries.length + 1;
    for (const file of plan.untracked)
        out.notes.push({
            line: firstEntry,
            message: `${file} is not committed to git, so the workflow's checkout will not have it: commit it, or pin a download with a url entry`
        });
    out.add('');
    renderPipeline(out, plan);
    out.add('', '# Nondeterminism checks (the defaults): two identical runs, then one run per perturbation', '# (row order, PYTHONHASHSEED, time zone, locale, thread count, working folder).', '# determinism:', '#   runs: 2', '#   perturbations: [row_order, hash_seed, timezone, locale, threads, workdir]', '#   on_change: warn');
    if (plan.dependencyFiles.length)
        out.add('', '# Dependency files: pins, installed versions, changes since the baseline.', 'dependencies:', `  files: ${list(plan.dependencyFiles)}`);
    return { text: out.lines.join('\n') + '\n', notes: out.notes };
}
function renderIdColumn(out, plan) {
    if (plan.idColumn) {
        out.add(`  id_column: ${scalar(plan.idColumn)} # unique in every data file: changed rows are named by id`);
        return;
    }
    out.note('  # id_column: id # no column named like an id is unique in every data file', 'no id-like column is unique in every data file: set snapshot.id_column so changed rows are named by id');
}
function renderPipeline(out, plan) {
    const { command, python, outputs, trial } = plan;
    if (!command) {
        out.note('# pipeline: # no training command found (train.py, a Makefile `train` target, a dvc.yaml stage)', 'no training command found: this config pins and verifies the data only; add a pipeline section (engine: command, or the built-in engine) here');
        out.add('#   engine: command', '#   command: python3 train.py', '#   id_column: id');
        return;
    }
    out.add(`# The pipeline, retrained on every pull request (found: ${command.source}). It reads the data`, '# where it is and writes its outputs to $REPRO_OUTPUT_DIR.', 'pipeline:', '  engine: command', `  command: ${scalar(command.command)}`);
    if (python?.configValue)
        out.add(`  python: ${scalar(python.configValue)} # imports what the script imports; REPRO_AUDIT_PYTHON overrides it`);
    else if (!python && command.script)
        out.note('  # python: .venv/bin/python', `no Python found that imports everything ${command.script} imports: set pipeline.python to the interpreter with its packages`);
    const id = outputs?.idColumn ?? plan.idColumn;
    if (id)
        out.add(`  id_column: ${scalar(id)}`);
    else
        out.note('  id_column: id', 'the id column of the predictions is not known: set pipeline.id_column');
    out.add('  timeout: 1800');
    renderOutputs(out, plan);
    if (trial?.ok === false)
        out.notes.push({
            line: out.lines.findIndex(l => l.startsWith('  command:')) + 1,
            message: trial.timedOut
                ? `the trial run of \`${command.command}\` was stopped after ${trial.timeoutSeconds} s (init --trial-timeout); if it needs longer, run \`repro-audit init --yes --trial-timeout SECONDS\` again${trial.tail ? `. Its last lines:\n${trial.tail}` : ''}`
                : `the trial run of \`${command.command}\` failed; fix it, run \`repro-audit init --yes\` again or check the outputs. Its last lines:\n${trial.tail}`
        });
    out.add('', '# Predictions equal within a relative 1e-9 count as reproduced: another machine or BLAS can', '# move the last digits. Use 0 to demand bit-identical results.', 'compare:', '  predictions:', '    relative: 1.0e-9');
}
function renderOutputs(out, plan) {
    const o = plan.outputs;
    if (!o) {
        out.note('  outputs: # the defaults, not checked against a run', plan.trial?.timedOut
            ? `the outputs could not be guessed because the trial run timed out (after ${plan.trial.timeoutSeconds} s): these are the defaults, check them`
            : plan.trial
                ? 'the trial run failed, so the outputs are the defaults: check them once the command works'
                : 'init did not run the pipeline (`repro-audit init --yes` lets it), so the outputs are the defaults: check them');
        out.add('    predictions: predictions.csv', '    metrics: metrics.json');
        return;
    }
    out.add(`  outputs: # what one run wrote to $REPRO_OUTPUT_DIR`);
    if (o.predictions)
        out.add(`    predictions: ${scalar(o.predictions)}`);
    else
        out.note('    predictions: predictions.csv', 'the run wrote no predictions table to $REPRO_OUTPUT_DIR: make it write predictions.csv there, with an id column');
    if (o.metrics)
        out.add(`    metrics: ${scalar(o.metrics)}`);
    if (o.params)
        out.add(`    params: ${scalar(o.params)}`);
    if (o.artifacts.length)
        out.add(`    artifacts: ${list(o.artifacts)} # compared as canonical JSON`);
    if (o.others.length)
        out.add(`    # artifacts: ${list(o.others)} # also written; compared by sha256 if listed`);
}
/** `.github/workflows/repro-audit.yml`: checkout, the pipeline's Python and packages, the action. */
function renderWorkflow(plan, configPath) {
    const out = new Lines();
    out.add('# Written by `repro-audit init`: audits reproducibility on every pull request.', 'name: repro-audit', 'on: pull_request', 'permissions: { contents: read, pull-requests: write }', 'jobs:', '  audit:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v5');
    const usesPython = Boolean(plan.command?.script || plan.python);
    if (usesPython) {
        out.add('      - uses: actions/setup-python@v5', '        id: python', `        with: { python-version: ${scalar(plan.python?.version ?? '3.x')} }`);
        const requirements = plan.dependencyFiles.find(f => /requirements[^/]*\.txt$/.test(f));
        if (requirements)
            out.add(`      - run: python -m pip install -r ${requirements}`);
        else
            out.note('      # - run: python -m pip install -r requirements.txt', 'no requirements.txt found: install the packages the pipeline needs in this step');
    }
    out.note('      - uses: OWNER/repro-audit@v1', 'replace OWNER with the owner of the repro-audit action you use');
    if (usesPython)
        out.add('        env:', '          REPRO_AUDIT_PYTHON: ${{ steps.python.outputs.python-path }}');
    out.add('        with:', `          config: ${scalar(configPath)}`);
    return { text: out.lines.join('\n') + '\n', notes: out.notes };
}

// `repro-audit init`: look at the repository, write repro.yml, the workflow and the .gitignore
// line, and print the next commands. Nothing existing is overwritten without consent: `--yes`, or
// a "y" on an interactive terminal; without either, an existing repro.yml is an error (exit 2).
/** The --trial-timeout value in seconds: a positive whole number. */
function trialTimeoutOf(value) {
    if (value === undefined)
        return DEFAULT_TRIAL_TIMEOUT_SECONDS;
    if (!/^[1-9]\d{0,6}$/.test(value.trim()))
        throw new InputError(`--trial-timeout must be a positive whole number of seconds, not "${value}"`);
    return Number(value);
}
async function init(opts, io) {
    try {
        const dir = process.cwd();
        const timeout = trialTimeoutOf(opts.trialTimeout);
        const root = repositoryRoot(dir);
        if (!existsSync(path.join(root, '.git')))
            throw new InputError(`${dir} is not in a git repository: run \`git init\` first (the lock and baseline are committed)`);
        const consent = async (question) => opts.yes === true || (io.ask ? await io.ask(question) : false);
        const configFile = path.join(dir, 'repro.yml');
        if (existsSync(configFile) && !(await consent('repro.yml exists. Overwrite it? [y/N] ')))
            throw new InputError('already exists and was left as it is; pass --yes to replace it', {
                file: configFile
            });
        const plan = await look(dir, root, { ...opts, timeout }, consent, io);
        await writeAll(plan, dir, root, consent, io);
        return 0;
    }
    catch (error) {
        io.stderr(errorLines(error));
        return 2;
    }
}
async function look(dir, root, opts, consent, io) {
    const data = await findDataFiles(dir);
    if (!data.files.length)
        throw new InputError(`no data files (CSV or Parquet) under ${DATA_FOLDERS.map(f => `${f}/`).join(', ')} in ${dir}: put the data there, or write repro.yml by hand (README, Config)`);
    io.stdout(`data: ${data.files.length} file(s) (${summarise(data.files)})\n`);
    const idColumn = await detectIdColumn(dir, data.files);
    const dependencyFiles = (await promises.readdir(dir)).filter(isDiscoverable).sort();
    const command = await findCommand(dir);
    const python = command ? await findPython(dir, command.script) : undefined;
    const plan = {
        name: path
            .basename(root)
            .replace(/^[^A-Za-z0-9]+/, '')
            .replace(/[^A-Za-z0-9._-]/g, '-') || 'audit',
        data,
        idColumn,
        dependencyFiles,
        command,
        python,
        untracked: untracked(dir, data.files)
    };
    if (command &&
        opts.run &&
        (await consent(`Run \`${command.command}\` once to see what it writes? [y/N] `))) {
        io.stdout(`running \`${command.command}\` once to see what it writes to $REPRO_OUTPUT_DIR…\n`);
        const outDir = path.join(dir, '.repro-audit', 'init-run');
        plan.trial = await trialRun(dir, command.command, python, outDir, opts.timeout);
        if (plan.trial.timedOut)
            io.stdout(`stopped \`${command.command}\` after ${opts.timeout} s (--trial-timeout)\n`);
        if (plan.trial.ok)
            plan.outputs = await guessOutputs(plan.trial, idColumn);
    }
    return plan;
}
async function writeAll(plan, dir, root, consent, io) {
    const configFile = path.join(dir, 'repro.yml');
    const config = renderConfig(plan);
    await writeFileAtomic(configFile, config.text);
    const written = [configFile];
    const workflowFile = path.join(root, '.github', 'workflows', 'repro-audit.yml');
    const workflow = renderWorkflow(plan, path.relative(root, configFile).split(path.sep).join('/'));
    if (!existsSync(workflowFile) ||
        (await consent(`${displayPath(workflowFile)} exists. Overwrite it? [y/N] `))) {
        await writeFileAtomic(workflowFile, workflow.text);
        written.push(workflowFile);
    }
    else
        io.stdout(`kept ${displayPath(workflowFile)} as it is\n`);
    if (await ignoreReports(root))
        written.push(path.join(root, '.gitignore'));
    io.stdout(`wrote ${written.map(displayPath).join(', ')}\n`);
    printNotes(configFile, config, io);
    if (written.includes(workflowFile))
        printNotes(workflowFile, workflow, io);
    io.stdout(nextSteps(plan, written));
}
/** Adds `.repro-audit/` (runs, reports, caches) to .gitignore; true when the file changed. */
async function ignoreReports(root) {
    const file = path.join(root, '.gitignore');
    const text = await promises.readFile(file, 'utf8').catch(() => '');
    if (text.split(/\r?\n/).some(l => /^\/?\.repro-audit\/?$/.test(l.trim())))
        return false;
    const line = '# repro-audit: runs, reports and caches\n.repro-audit/\n';
    await writeFileAtomic(file, text + (text && !text.endsWith('\n') ? '\n' : '') + line);
    return true;
}
function printNotes(file, rendered, io) {
    for (const n of [...rendered.notes].sort((a, b) => a.line - b.line))
        io.stdout(`to check: ${displayPath(file)}:${n.line}: ${n.message}\n`);
}
function nextSteps(plan, written) {
    const files = [...written.map(displayPath), 'repro.lock'];
    if (plan.idColumn)
        files.push('repro.lock.d');
    const steps = ['repro-audit lock # pin the data'];
    if (plan.command) {
        files.push('baseline');
        steps.push('repro-audit baseline # train once and record the results', 'repro-audit run # what CI will do');
    }
    steps.push(`git add ${files.join(' ')}`, 'git commit -m "Pin the data and the baseline with repro-audit"');
    return `\nnext:\n${steps.map(s => `  ${s}\n`).join('')}`;
}
function summarise(files) {
    return files.length > 4 ? `${files.slice(0, 3).join(', ')}, …` : files.join(', ');
}
/** The data files git does not track (relative to `dir`). */
function untracked(dir, files) {
    try {
        const out = execFileSync('git', ['ls-files', '-z', '--', ...files], { cwd: dir, encoding: 'utf8' });
        const listed = new Set(out.split('\0').filter(Boolean));
        return files.filter(f => !listed.has(f));
    }
    catch {
        return []; // git itself unavailable: nothing to say
    }
}

export { init };
