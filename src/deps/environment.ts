import { execFile } from 'node:child_process'
import os from 'node:os'
import { promisify } from 'node:util'
import type { EnvironmentSection } from '../report/model.js'

const run = promisify(execFile)

/** What the pipeline ran on: recorded in the baseline and compared on every run. */
export async function environmentFingerprint(python?: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    os: process.platform,
    arch: process.arch,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    node: process.versions.node
  }
  if (python) Object.assign(env, await pythonFingerprint(python))
  return env
}

const PYTHON_PROBE = `
import json, platform, importlib.metadata as md
out = {"python": platform.python_version()}
for name in ("numpy", "scipy", "scikit-learn", "pandas", "torch"):
    try:
        out[name] = md.version(name)
    except md.PackageNotFoundError:
        pass
print(json.dumps(out))
`

async function pythonFingerprint(python: string): Promise<Record<string, string>> {
  try {
    // No shell: the interpreter name comes from the config and is passed as the program itself.
    const { stdout } = await run(python, ['-c', PYTHON_PROBE], { timeout: 30_000 })
    return JSON.parse(stdout) as Record<string, string>
  } catch {
    return { python: 'unavailable' }
  }
}

/** Environment differences are evidence, not drift: they explain a result change when one happens. */
export function compareEnvironment(current: Record<string, string>, baseline?: Record<string, string>): EnvironmentSection {
  const differences = []
  if (baseline) {
    for (const key of [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort()) {
      if (baseline[key] !== current[key]) differences.push({ key, baseline: baseline[key] ?? '—', current: current[key] ?? '—' })
    }
  }
  return { status: 'pass', findings: [], current, baseline, differences }
}
