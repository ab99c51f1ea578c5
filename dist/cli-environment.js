import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { w as worst } from './cli-index2.js';
import { N as NO_ENV_RULES, T as THREAD_VARIABLES, p as pipelineEnv } from './cli-commands.js';
import './cli-format.js';
import 'node:fs';
import 'node:path';
import 'process';
import 'buffer';
import 'node:crypto';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';

const run = promisify(execFile);
/**
 * What the pipeline ran on: recorded in the baseline and compared on every run. `rules` are the
 * config's env_drop/env_pass, which the configured interpreter (repository code) runs under.
 */
async function environmentFingerprint(python, rules = NO_ENV_RULES) {
    const env = {
        os: process.platform,
        arch: process.arch,
        cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
        node: process.versions.node
    };
    if (python)
        Object.assign(env, await pythonFingerprint(python, rules));
    return env;
}
// Versions by distribution name, then the BLAS numpy links: threadpoolctl sees the library that is
// really loaded; importing numpy, then its build configuration, are the fallbacks.
const PYTHON_PROBE = `
import json, os, platform, re, sys
out = {"python": platform.python_version()}
# Versions from the names of the metadata folders on sys.path, the first found winning as with
# importlib.metadata, which costs more to import than the rest of this probe.
wanted = {"numpy": "numpy", "scipy": "scipy", "scikit_learn": "scikit-learn", "pandas": "pandas", "torch": "torch"}
found = {}
info = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.]*)-([^-]+?)(?:-py[0-9][^-]*)?(?:-[^-]+)?\\.(?:dist-info|egg-info)$")
for entry in sys.path:
    try:
        names = os.listdir(entry or ".")
    except OSError:
        continue
    for n in names:
        m = info.match(n)
        if m:
            name = wanted.get(re.sub(r"[-_.]+", "_", m.group(1)).lower())
            if name and name not in found:
                found[name] = m.group(2)
for name in ("numpy", "scipy", "scikit-learn", "pandas", "torch"):
    if name in found:
        out[name] = found[name]
def loaded_blas():
    import threadpoolctl
    libs = [i for i in threadpoolctl.threadpool_info() if i.get("user_api") == "blas"]
    if libs:
        return " + ".join(sorted({(i.get("internal_api") or "?") + " " + (i.get("version") or "") for i in libs})).strip()
    return None
blas = None
# numpy's core extension loaded as a plain shared library: the dynamic linker brings in the BLAS it
# is linked against, as importing numpy would, for a tenth of the cost of numpy's own import.
try:
    import ctypes, importlib.machinery, importlib.util
    spec = importlib.util.find_spec("numpy")
    base = os.path.dirname(spec.origin)
    for folder in ("_core", "core"):
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            so = os.path.join(base, folder, "_multiarray_umath" + suffix)
            if blas is None and os.path.exists(so):
                ctypes.CDLL(so, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
                blas = loaded_blas()
except Exception:
    pass
if blas is None:
    try:
        import numpy
        try:
            blas = loaded_blas()
        except Exception:
            pass
        if blas is None:
            try:
                deps = numpy.show_config(mode="dicts").get("Build Dependencies", {})
                b = deps.get("blas", {})
                if b.get("name"):
                    blas = (b.get("name") + " " + str(b.get("version") or "")).strip() + " (build)"
            except Exception:
                try:
                    info = numpy.__config__.get_info("blas_opt_info") or {}
                    libs = info.get("libraries") or []
                    if libs:
                        blas = "+".join(sorted(set(libs))) + " (build)"
                except Exception:
                    pass
    except Exception:
        pass
if blas:
    out["blas"] = blas
print(json.dumps(out))
`;
async function pythonFingerprint(python, rules) {
    try {
        // No shell: the interpreter name comes from the config and is passed as the program itself.
        // The interpreter may be the repository's own virtualenv: untrusted code, so no secrets.
        const { stdout } = await run(python, ['-c', PYTHON_PROBE], {
            timeout: 30_000,
            // One BLAS thread: starting a pool of them costs more than the rest of the probe, and the
            // library and its version are the same.
            env: {
                ...pipelineEnv(process.env, rules),
                ...Object.fromEntries(THREAD_VARIABLES.map(v => [v, '1']))
            }
        });
        return JSON.parse(stdout);
    }
    catch {
        return { python: `unavailable (${python})` };
    }
}
// Keys whose change can change numbers; the others (CPU model, OS) are listed but only informative.
// Not `node`: the built-in engine's arithmetic is our own (core/detmath.ts), and CI checks its
// results bit-identical on Node 20, 22 and 24, so a Node upgrade is noted, not a warning.
const NUMERICAL = new Set(['python', 'numpy', 'scipy', 'scikit-learn', 'pandas', 'torch', 'blas']);
/**
 * Environment differences are evidence, not drift by themselves: a changed runtime, numerical
 * library or BLAS is a warning (it can change results), a changed machine is noted.
 */
function compareEnvironment(current, baseline) {
    const differences = [];
    const findings = [];
    if (baseline) {
        for (const key of [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort()) {
            if (baseline[key] === current[key])
                continue;
            const d = { key, baseline: baseline[key] ?? '—', current: current[key] ?? '—' };
            differences.push(d);
            // A key the baseline did not record (an older baseline, or python newly configured) is news, not a change.
            const risky = NUMERICAL.has(key) && baseline[key] !== undefined;
            findings.push({
                status: risky ? 'warn' : 'pass',
                code: risky
                    ? 'environment.changed'
                    : baseline[key] === undefined
                        ? 'environment.newly-recorded'
                        : key === 'node'
                            ? 'environment.node-changed'
                            : 'environment.machine-changed',
                message: `${key} differs from the baseline's: ${d.baseline} → ${d.current}${risky
                    ? '; this can change numerical results'
                    : key === 'node' && baseline[key] !== undefined
                        ? " (the built-in engine's results do not depend on the Node version)"
                        : ''}.`
            });
        }
    }
    return { status: worst(...findings.map(f => f.status)), findings, current, baseline, differences };
}

export { compareEnvironment, environmentFingerprint };
