// What is installed in the environment the pipeline ran in: the configured Python's packages, or node_modules.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { InputError } from '../core/errors.js'
import { NO_ENV_RULES, pipelineEnv, type EnvRules } from '../core/pipeline-env.js'
import { normalizePythonName } from './versions.js'

const run = promisify(execFile)

export interface InstalledSet {
  /** How the set was read, for the report: `pip inspect (python3)`. */
  from: string
  versions: Map<string, string>
}

// When pip is missing (some virtual environments), the standard library still lists distributions.
const METADATA_PROBE = `
import json, importlib.metadata as md
out = {}
for d in md.distributions():
    name = d.metadata["Name"]
    if name:
        out.setdefault(name, d.version)
print(json.dumps(out))
`

/**
 * Installed Python distributions, by PEP 503 name, read through the configured interpreter, which
 * runs with the environment the config's rules give pipeline code.
 */
export async function installedPython(python: string, rules: EnvRules = NO_ENV_RULES): Promise<InstalledSet> {
  const options = {
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    // The interpreter may be the repository's own virtualenv: untrusted code, so no secrets.
    env: {
      ...pipelineEnv(process.env, rules),
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
      PYTHONWARNINGS: 'ignore'
    }
  }
  try {
    // No shell: the interpreter comes from the config and is passed as the program itself.
    const { stdout } = await run(python, ['-m', 'pip', 'inspect'], options)
    const report = JSON.parse(stdout) as { installed?: { metadata?: { name?: string; version?: string } }[] }
    const versions = new Map<string, string>()
    for (const d of report.installed ?? []) {
      if (d.metadata?.name && d.metadata.version && !versions.has(normalizePythonName(d.metadata.name))) {
        versions.set(normalizePythonName(d.metadata.name), d.metadata.version)
      }
    }
    return { from: `pip inspect (${python})`, versions }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new InputError(`the configured Python "${python}" was not found`)
  }
  try {
    const { stdout } = await run(python, ['-c', METADATA_PROBE], options)
    const raw = JSON.parse(stdout) as Record<string, string>
    const versions = new Map<string, string>()
    for (const [name, version] of Object.entries(raw)) versions.set(normalizePythonName(name), version)
    return { from: `importlib.metadata (${python})`, versions }
  } catch (error) {
    throw new InputError(
      `cannot list the packages installed in "${python}": ${(error as Error).message.split('\n')[0]}`
    )
  }
}

/** Version of `node_modules/<path>/package.json`, or undefined when it is not installed there. */
export async function installedNodePackage(
  nodeModulesParent: string,
  installPath: string
): Promise<string | undefined> {
  try {
    const json = JSON.parse(
      await fs.readFile(path.join(nodeModulesParent, installPath, 'package.json'), 'utf8')
    ) as { version?: unknown }
    return typeof json.version === 'string' ? json.version : undefined
  } catch {
    return undefined
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
`

/**
 * Evaluate PEP 508 environment markers in the configured Python: true or false for each marker it
 * understood; markers it could not evaluate are left out (the caller treats them as unknown).
 */
export async function evaluateMarkers(
  python: string,
  markers: string[],
  rules: EnvRules = NO_ENV_RULES
): Promise<Map<string, boolean>> {
  if (markers.length === 0) return new Map()
  return new Promise(resolve => {
    const child = execFile(
      python,
      ['-c', MARKER_PROBE],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: pipelineEnv(process.env, rules) },
      (error, stdout) => {
        if (error) return resolve(new Map())
        try {
          resolve(new Map(Object.entries(JSON.parse(stdout) as Record<string, boolean>)))
        } catch {
          resolve(new Map())
        }
      }
    )
    child.stdin?.end(JSON.stringify(markers))
  })
}

/** The conda platform name of this machine (`linux-64`, `osx-arm64`, …), for conda-lock entries. */
export function condaPlatform(): string {
  const os = process.platform === 'darwin' ? 'osx' : process.platform === 'win32' ? 'win' : process.platform
  const arch =
    {
      x64: '64',
      arm64: process.platform === 'linux' ? 'aarch64' : 'arm64',
      ia32: '32',
      ppc64: 'ppc64le',
      s390x: 's390x'
    }[process.arch as string] ?? process.arch
  return `${os}-${arch}`
}
