import { promises, existsSync } from 'node:fs';
import path from 'node:path';
import { N as NO_ENV_RULES, p as pipelineEnv, I as InputError, a as displayPath, i as isInside } from './cli-commands.js';
import { w as worst } from './cli-index2.js';
import { n as normalizePythonName, f as formatOfFile, s as sameVersion, v as versionDistance, a as formatNamed, b as satisfies } from './cli-index.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';

// What is installed in the environment the pipeline ran in: the configured Python's packages, or node_modules.
const run = promisify(execFile);
// When pip is missing (some virtual environments), the standard library still lists distributions.
const METADATA_PROBE = `
import json, importlib.metadata as md
out = {}
for d in md.distributions():
    name = d.metadata["Name"]
    if name:
        out.setdefault(name, d.version)
print(json.dumps(out))
`;
/**
 * Installed Python distributions, by PEP 503 name, read through the configured interpreter, which
 * runs with the environment the config's rules give pipeline code.
 */
async function installedPython(python, rules = NO_ENV_RULES) {
    const options = {
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
        // The interpreter may be the repository's own virtualenv: untrusted code, so no secrets.
        env: {
            ...pipelineEnv(process.env, rules),
            PIP_DISABLE_PIP_VERSION_CHECK: '1',
            PYTHONWARNINGS: 'ignore'
        }
    };
    try {
        // No shell: the interpreter comes from the config and is passed as the program itself.
        const { stdout } = await run(python, ['-m', 'pip', 'inspect'], options);
        const report = JSON.parse(stdout);
        const versions = new Map();
        for (const d of report.installed ?? []) {
            if (d.metadata?.name && d.metadata.version && !versions.has(normalizePythonName(d.metadata.name))) {
                versions.set(normalizePythonName(d.metadata.name), d.metadata.version);
            }
        }
        return { from: `pip inspect (${python})`, versions };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new InputError(`the configured Python "${python}" was not found`);
    }
    try {
        const { stdout } = await run(python, ['-c', METADATA_PROBE], options);
        const raw = JSON.parse(stdout);
        const versions = new Map();
        for (const [name, version] of Object.entries(raw))
            versions.set(normalizePythonName(name), version);
        return { from: `importlib.metadata (${python})`, versions };
    }
    catch (error) {
        throw new InputError(`cannot list the packages installed in "${python}": ${error.message.split('\n')[0]}`);
    }
}
/** Version of `node_modules/<path>/package.json`, or undefined when it is not installed there. */
async function installedNodePackage(nodeModulesParent, installPath) {
    try {
        const json = JSON.parse(await promises.readFile(path.join(nodeModulesParent, installPath, 'package.json'), 'utf8'));
        return typeof json.version === 'string' ? json.version : undefined;
    }
    catch {
        return undefined;
    }
}
// pip vendors `packaging`, so markers can be evaluated wherever pip runs, with the interpreter's own values.
const MARKER_PROBE = `
import json, sys
try:
    from packaging.markers import Marker
except Exception:
    from pip._vendor.packaging.markers import Marker
out = {}
for m in json.load(sys.stdin):
    try:
        out[m] = bool(Marker(m).evaluate())
    except Exception:
        pass
print(json.dumps(out))
`;
/**
 * Evaluate PEP 508 environment markers in the configured Python: true or false for each marker it
 * understood; markers it could not evaluate are left out (the caller treats them as unknown).
 */
async function evaluateMarkers(python, markers, rules = NO_ENV_RULES) {
    if (markers.length === 0)
        return new Map();
    return new Promise(resolve => {
        const child = execFile(python, ['-c', MARKER_PROBE], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: pipelineEnv(process.env, rules) }, (error, stdout) => {
            if (error)
                return resolve(new Map());
            try {
                resolve(new Map(Object.entries(JSON.parse(stdout))));
            }
            catch {
                resolve(new Map());
            }
        });
        child.stdin?.end(JSON.stringify(markers));
    });
}
/** The conda platform name of this machine (`linux-64`, `osx-arm64`, …), for conda-lock entries. */
function condaPlatform() {
    const os = process.platform === 'darwin' ? 'osx' : process.platform === 'win32' ? 'win' : process.platform;
    const arch = {
        x64: '64',
        arm64: process.platform === 'linux' ? 'aarch64' : 'arm64',
        ia32: '32',
        ppc64: 'ppc64le',
        s390x: 's390x'
    }[process.arch] ?? process.arch;
    return `${os}-${arch}`;
}

// The dependency audit: parse every declared file, then compare declarations, installed versions
// and the versions recorded in the baseline.
/** Files larger than this are refused rather than parsed: no real dependency file comes close. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_UNPARSABLE = 20;
/** The format of a dependency file, from its name (`x.poetry.lock` counts as a poetry.lock). */
function formatOf(file) {
    return formatOfFile(file).name;
}
/** Read a dependency file as text, refusing folders, huge files and binary content. */
async function readDependencyFile(file) {
    let stat;
    try {
        stat = await promises.stat(file);
    }
    catch {
        throw new InputError('dependency file not found', { file });
    }
    if (!stat.isFile())
        throw new InputError('expected a dependency file, found a folder or something else', { file });
    if (stat.size > MAX_FILE_BYTES)
        throw new InputError(`dependency file is ${stat.size} bytes, more than the ${MAX_FILE_BYTES} a dependency file can plausibly be`, { file });
    const bytes = await promises.readFile(file);
    if (bytes.subarray(0, 8192).includes(0))
        throw new InputError('binary content (a NUL byte), not a dependency file', { file });
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Parse the files and everything they include; every problem becomes a finding with file and line. */
async function loadDependencyFiles(files, root) {
    const loaded = [];
    const findings = [];
    const seen = new Set();
    const load = async (abs, format, includedFrom, stack) => {
        seen.add(abs);
        const text = await readDependencyFile(abs);
        const parsed = format.parse(text, abs);
        const shown = displayPath(abs);
        const file = { path: shown, format: format.name, packages: parsed.packages };
        if (includedFrom)
            file.includedFrom = includedFrom;
        loaded.push({ file, format: format.name, kind: format, abs });
        // A file of junk gives one finding per line: the first few are evidence enough.
        const unparsable = parsed.problems.filter(p => p.code === 'deps.unparsable');
        const kept = unparsable.length > MAX_UNPARSABLE
            ? parsed.problems.filter(p => p.code !== 'deps.unparsable' || unparsable.indexOf(p) < MAX_UNPARSABLE)
            : parsed.problems;
        for (const p of kept)
            findings.push({ ...p, file: shown });
        if (kept.length < parsed.problems.length) {
            findings.push({
                status: 'fail',
                code: 'deps.unparsable',
                message: `${unparsable.length - MAX_UNPARSABLE} more lines are not requirements either; is this a dependency file?`,
                file: shown
            });
        }
        for (const include of parsed.includes ?? []) {
            const target = path.resolve(path.dirname(abs), include.target);
            const where = { file: shown, line: include.line };
            const option = include.kind === 'constraints' ? '-c' : '-r';
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include.target)) {
                findings.push({
                    status: 'warn',
                    code: 'deps.include-url',
                    message: `${option} ${include.target} is fetched from the network; its content is not audited.`,
                    ...where
                });
            }
            else if (!isInside(root, target)) {
                findings.push({
                    status: 'error',
                    code: 'deps.include-outside',
                    message: `${option} ${include.target} leaves the repository (${displayPath(root)}); it is not read.`,
                    ...where
                });
            }
            else if (stack.includes(target)) {
                const cycle = [...stack.slice(stack.indexOf(target)), target].map(displayPath).join(' → ');
                findings.push({
                    status: 'error',
                    code: 'deps.include-cycle',
                    message: `${option} ${include.target} includes a file that includes it back: ${cycle}.`,
                    ...where
                });
            }
            else if (!existsSync(target)) {
                findings.push({
                    status: 'error',
                    code: 'deps.include-missing',
                    message: `${option} ${include.target} does not exist (looked for ${displayPath(target)}).`,
                    ...where
                });
            }
            else if (!seen.has(target)) {
                await load(target, formatNamed(include.kind), shown, [...stack, target]);
            }
        }
    };
    for (const abs of files) {
        if (seen.has(abs))
            continue;
        await load(abs, formatOfFile(abs), undefined, [abs]);
    }
    return { loaded, findings };
}
/** Audit the files: pins, installed versions, duplicates, base images, changes since the baseline. */
async function auditDependencies(options) {
    if (options.files.length === 0)
        return { status: 'skipped', findings: [], files: [] };
    const { loaded, findings } = options.loaded ?? (await loadDependencyFiles(options.files, options.root));
    const installedFrom = [];
    if (options.checkInstalled !== false) {
        const python = options.python &&
            loaded.some(l => l.file.packages.some(p => p.ecosystem === 'python' || p.ecosystem === 'conda'));
        if (python && options.python) {
            const set = await installedPython(options.python, options.env);
            installedFrom.push(set.from);
            const markers = new Set(loaded.flatMap(l => l.file.packages.map(p => p.marker).filter((m) => Boolean(m))));
            const evaluated = await evaluateMarkers(options.python, [...markers].sort(), options.env);
            for (const l of loaded)
                findings.push(...checkPythonInstalled(l, set, evaluated));
        }
        for (const l of loaded) {
            if (l.kind.ecosystem !== 'npm')
                continue;
            const dir = path.dirname(l.abs);
            if (!existsSync(path.join(dir, 'node_modules')))
                continue;
            installedFrom.push(`${displayPath(path.join(dir, 'node_modules'))}`);
            findings.push(...(await checkNodeInstalled(l, dir)));
        }
    }
    for (const l of loaded)
        findings.push(...pinFindings(l, lockFor(l, loaded)));
    findings.push(...duplicateFindings(loaded));
    const versions = versionsOf(loaded);
    const section = {
        status: 'pass',
        findings: [],
        files: loaded.map(l => l.file),
        versions
    };
    if (installedFrom.length)
        section.installedFrom = [...new Set(installedFrom)];
    if (options.baseline) {
        section.changes = changesSince(options.baseline, versions);
        for (const c of section.changes) {
            const distance = c.distance && c.distance !== 'equal' ? ` (${c.distance})` : '';
            const what = c.baseline === '—'
                ? `${c.name} is new since the baseline: ${c.current}`
                : c.current === '—'
                    ? `${c.name} is gone since the baseline (was ${c.baseline})`
                    : `${c.name} changed since the baseline: ${c.baseline} → ${c.current}${distance}`;
            findings.push({
                status: 'warn',
                code: 'deps.changed-since-baseline',
                message: `${what}.`,
                package: c.name,
                ...whereIs(loaded, c.name)
            });
        }
    }
    section.findings = findings;
    section.status = worst(...findings.map(f => f.status));
    return section;
}
/**
 * Whether a declaration applies to this environment: its marker (evaluated by the configured
 * Python) and its conda-lock platform. Undefined when that cannot be told.
 */
function applies(p, markers) {
    if (p.platform && p.platform !== condaPlatform())
        return false;
    if (p.marker)
        return markers.get(p.marker);
    return true;
}
function checkPythonInstalled(l, set, markers) {
    const out = [];
    const isLock = l.kind.isLock;
    const missing = [];
    // Locks may list one name once per Python version or platform: the installed version must match one of them.
    const candidates = new Map();
    for (const p of l.file.packages) {
        if (p.pinned && p.version && applies(p, markers) !== false)
            candidates.set(p.name, [...(candidates.get(p.name) ?? []), p.version]);
    }
    const reported = new Set();
    for (const p of l.file.packages) {
        if (p.ecosystem !== 'python' && p.ecosystem !== 'conda')
            continue;
        const applicable = applies(p, markers);
        if (applicable === false)
            continue;
        const installed = set.versions.get(p.name);
        const where = { file: l.file.path, line: p.line };
        if (installed === undefined) {
            // Conda names are not pip names (python, ffmpeg, …); a marker nobody could evaluate may exclude this platform.
            if (p.ecosystem === 'conda' || applicable === undefined || l.kind.constrainsOnly)
                continue;
            if (isLock)
                missing.push(p.name);
            else
                out.push({
                    status: 'warn',
                    code: 'deps.not-installed',
                    package: p.name,
                    message: `${p.name} is declared (${p.specifier || 'any version'}) but not installed in ${set.from}.`,
                    ...where
                });
            continue;
        }
        p.installed = installed;
        if (applicable === undefined)
            continue;
        if (p.pinned && p.version) {
            const versions = candidates.get(p.name) ?? [p.version];
            if (versions.some(v => sameVersion('python', v, installed)) || reported.has(p.name))
                continue;
            reported.add(p.name);
            const distance = versionDistance('python', p.version, installed);
            if (distance)
                p.distance = distance;
            const verb = isLock ? 'locked' : 'declared';
            const others = versions.length > 1 ? ` (or ${versions.filter(v => v !== p.version).join(', ')})` : '';
            out.push({
                status: 'fail',
                code: 'deps.installed-differs',
                package: p.name,
                message: `${p.name} is ${verb} as ${p.version}${others} but ${installed} is installed (${distance ?? 'different'} difference), read with ${set.from}.`,
                ...where
            });
        }
        else if (p.ecosystem === 'python' &&
            !p.source &&
            satisfies('python', installed, p.specifier) === false) {
            out.push({
                status: 'fail',
                code: 'deps.installed-outside-range',
                package: p.name,
                message: `${p.name} is declared as "${p.specifier}" but ${installed} is installed, outside that range (${set.from}).`,
                ...where
            });
        }
    }
    if (missing.length) {
        const unique = [...new Set(missing)];
        const shown = unique.slice(0, 10).join(', ') + (unique.length > 10 ? `, and ${unique.length - 10} more` : '');
        out.push({
            status: 'warn',
            code: 'deps.not-installed',
            message: `${unique.length} locked package(s) are not installed in ${set.from} (platform-specific ones are expected): ${shown}.`,
            file: l.file.path
        });
    }
    return out;
}
async function checkNodeInstalled(l, dir) {
    const out = [];
    for (const p of l.file.packages) {
        if (p.ecosystem !== 'npm' || p.source)
            continue;
        const installed = await installedNodePackage(dir, p.location ?? `node_modules/${p.name}`);
        const where = { file: l.file.path, line: p.line };
        if (installed === undefined) {
            if (p.group !== 'optional' && p.group !== 'optionalDependencies') {
                out.push({
                    status: 'warn',
                    code: 'deps.not-installed',
                    package: p.name,
                    message: `${p.name} is declared (${p.specifier || 'any version'}) but not installed in ${displayPath(path.join(dir, 'node_modules'))}.`,
                    ...where
                });
            }
            continue;
        }
        p.installed = installed;
        if (p.pinned && p.version) {
            if (sameVersion('npm', p.version, installed))
                continue;
            const distance = versionDistance('npm', p.version, installed);
            if (distance)
                p.distance = distance;
            out.push({
                status: 'fail',
                code: 'deps.installed-differs',
                package: p.name,
                message: `${p.name} is ${l.kind.isLock ? 'locked' : 'declared'} as ${p.version} but ${installed} is installed in node_modules (${distance ?? 'different'} difference).`,
                ...where
            });
        }
        else if (satisfies('npm', installed, p.specifier) === false) {
            out.push({
                status: 'fail',
                code: 'deps.installed-outside-range',
                package: p.name,
                message: `${p.name} is declared as "${p.specifier}" but ${installed} is installed in node_modules, outside that range.`,
                ...where
            });
        }
    }
    return out;
}
/**
 * The lockfile loaded beside a manifest that pins it: `poetry.lock` for `pyproject.toml`,
 * `x.poetry.lock` for `x.pyproject.toml`, in the same folder.
 */
function lockFor(manifest, loaded) {
    const prefix = (l) => {
        const base = path.basename(l.abs).toLowerCase();
        const usual = l.kind.example.toLowerCase();
        return base.endsWith(usual) ? base.slice(0, -usual.length) : base;
    };
    return loaded.find(l => l.kind.locks?.includes(manifest.format) &&
        path.dirname(l.abs) === path.dirname(manifest.abs) &&
        prefix(l) === prefix(manifest));
}
function pinFindings(l, lock) {
    if (l.kind.isLock)
        return []; // a lock pins by construction; entries without a version are rare and local
    const out = [];
    // A range the lockfile beside it pins is pinned: that is what the lockfile is for.
    const locked = new Set(lock?.file.packages.filter(p => p.pinned).map(p => `${p.ecosystem}:${p.name}`));
    let pinnedByLock = 0;
    for (const p of l.file.packages) {
        if (p.pinned)
            continue;
        if (locked.has(`${p.ecosystem}:${p.name}`)) {
            pinnedByLock++;
            continue;
        }
        const where = { file: l.file.path, line: p.line };
        if (p.ecosystem === 'docker') {
            const variable = p.source === 'variable' ? ' (after substituting ARG defaults)' : '';
            out.push({
                status: 'warn',
                code: 'deps.image-by-tag',
                package: p.name,
                message: `Base image ${p.name} is named by tag ${p.specifier}${variable}, which can point to another image tomorrow; pin it by digest (${p.name}@sha256:…).`,
                ...where
            });
            continue;
        }
        if (p.source === 'vcs' || p.source === 'url' || p.source === 'editable') {
            out.push({
                status: 'warn',
                code: 'deps.unpinned',
                package: p.name,
                message: `${p.name} comes from ${p.specifier}, not from one released version.`,
                ...where
            });
            continue;
        }
        const to = p.installed ? `; pin it to ${pinText(p, l.kind)}, the installed version` : '';
        out.push({
            status: 'warn',
            code: 'deps.unpinned',
            package: p.name,
            message: `${p.name} is declared as "${p.specifier || 'any version'}", not one exact version${to}.`,
            ...where
        });
    }
    if (lock && pinnedByLock)
        out.push({
            status: 'pass',
            code: 'deps.pinned-by-lock',
            message: `${pinnedByLock} range(s) declared here are pinned by ${lock.file.path}.`,
            file: l.file.path
        });
    return out;
}
function pinText(p, format) {
    if (p.ecosystem === 'npm')
        return `"${p.installed}"`;
    if (p.ecosystem === 'conda')
        return `${p.name}==${p.installed}`;
    return format.pinText?.(p) ?? `${p.name}==${p.installed}`;
}
/**
 * One package declared twice in one file with different specifiers (same marker and platform), and
 * one package pinned to different versions in two declaration files.
 */
function duplicateFindings(loaded) {
    const out = [];
    const pins = new Map();
    for (const l of loaded) {
        if (l.kind.isLock)
            continue; // locks list one name several times on purpose (nested npm, per-Python uv entries)
        const first = new Map();
        for (const p of l.file.packages) {
            const key = `${p.ecosystem}:${p.name}|${p.marker ?? ''}|${p.platform ?? ''}`;
            const earlier = first.get(key);
            if (!earlier)
                first.set(key, p);
            else if (earlier.specifier !== p.specifier) {
                const bothPinned = earlier.pinned && p.pinned;
                out.push({
                    status: bothPinned ? 'fail' : 'warn',
                    code: 'deps.duplicate',
                    package: p.name,
                    message: `${p.name} is declared twice with ${bothPinned ? 'conflicting pins' : 'different specifiers'}: "${earlier.specifier}" (line ${earlier.line ?? '?'}) and "${p.specifier}".`,
                    file: l.file.path,
                    line: p.line
                });
            }
            if (p.pinned && p.version && !p.marker && l.kind.ecosystem !== 'docker') {
                const pinKey = `${p.ecosystem}:${p.name}`;
                const other = pins.get(pinKey);
                if (!other)
                    pins.set(pinKey, { version: p.version, file: l.file.path, line: p.line });
                else if (other.file !== l.file.path && !sameVersion(p.ecosystem, other.version, p.version)) {
                    out.push({
                        status: 'fail',
                        code: 'deps.conflict',
                        package: p.name,
                        message: `${p.name} is pinned to ${p.version} here but to ${other.version} in ${other.file}${other.line ? `:${other.line}` : ''}.`,
                        file: l.file.path,
                        line: p.line
                    });
                }
            }
        }
    }
    return out;
}
/** `ecosystem:name` → the installed version, else the one pinned version; first declaration wins. */
function versionsOf(loaded) {
    const out = {};
    for (const l of loaded) {
        for (const p of l.file.packages) {
            const version = p.installed ?? (p.pinned ? p.version : undefined);
            if (!version || p.ecosystem === 'docker')
                continue;
            const key = `${p.ecosystem ?? 'python'}:${p.name}${p.platform ? `@${p.platform}` : ''}${p.location && p.location !== `node_modules/${p.name}` ? `@${p.location}` : ''}`;
            if (!(key in out))
                out[key] = version;
        }
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function changesSince(baseline, current) {
    const out = [];
    for (const key of [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort()) {
        const was = baseline[key];
        const now = current[key];
        if (was !== undefined && now !== undefined) {
            const ecosystem = key.startsWith('npm:') ? 'npm' : 'python';
            if (sameVersion(ecosystem, was, now))
                continue;
            out.push({ name: key, baseline: was, current: now, distance: versionDistance(ecosystem, was, now) });
        }
        else {
            out.push({ name: key, baseline: was ?? '—', current: now ?? '—' });
        }
    }
    return out;
}
function whereIs(loaded, key) {
    const [ecosystem, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const name = rest.replace(/(.)@.*$/, '$1');
    for (const l of loaded) {
        const p = l.file.packages.find(x => x.name === name && (x.ecosystem ?? 'python') === ecosystem);
        if (p)
            return { file: l.file.path, line: p.line };
    }
    return {};
}

export { MAX_FILE_BYTES, auditDependencies, changesSince, formatOf, loadDependencyFiles, versionsOf };
