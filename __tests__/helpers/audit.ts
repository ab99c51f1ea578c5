import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit, type AuditOptions } from '../../src/audit/audit.js'
import { loadConfig } from '../../src/config/load.js'
import { environmentFingerprint } from '../../src/deps/environment.js'
import type { AuditResult } from '../../src/core/result.js'
import { alterBaseline } from './baseline.js'
import { copyFixture } from './workspace.js'

export const FIXED_ENVIRONMENT = { arch: 'x64', cpu: 'Test CPU', node: '20.0.0', os: 'linux' }

/**
 * A private copy of the house-prices example whose baseline records this machine's environment,
 * so no "environment differs" finding depends on where the test runs.
 */
export async function workspace(options: { runs?: number } = {}): Promise<string> {
  const dir = await copyFixture()
  const env = await environmentFingerprint()
  await alterBaseline(dir, { manifest: m => (m.environment = env) })
  if (options.runs)
    await setConfig(dir, t => t.replace('determinism:\n  runs: 2', `determinism:\n  runs: ${options.runs}`))
  return dir
}

export async function runAudit(
  dir: string,
  options: AuditOptions = {},
  command: 'run' | 'baseline' = 'run'
): Promise<AuditResult> {
  return audit(await loadConfig(path.join(dir, 'repro.yml')), command, options)
}

/** The result with everything that depends on the machine or the temporary folder fixed. */
export function machineIndependent(result: AuditResult, dir: string): AuditResult {
  const text = JSON.stringify({ ...result, timing: undefined })
    .split(dir)
    .join('<workspace>')
    .split(path.relative(process.cwd(), dir))
    .join('<workspace>')
  const out = JSON.parse(text) as AuditResult
  out.config = 'repro.yml'
  out.environment = {
    ...out.environment,
    current: FIXED_ENVIRONMENT,
    baseline: out.environment.baseline ? FIXED_ENVIRONMENT : undefined,
    differences: []
  }
  if (!out.environment.baseline) delete out.environment.baseline
  return withoutTimes(out)
}

/** The result with the explicit time fields (what the trainings cost varies from run to run) zeroed. */
export function withoutTimes(result: AuditResult): AuditResult {
  const out = structuredClone(result)
  if (out.determinism.trainings)
    out.determinism.trainings = { ...out.determinism.trainings, cpuSeconds: 0, wallSeconds: 0 }
  for (const run of out.runs.runs) {
    if (run.seconds !== undefined) run.seconds = 0
    if (run.cpuSeconds !== undefined) run.cpuSeconds = 0
  }
  return out
}

export async function setConfig(dir: string, edit: (text: string) => string): Promise<void> {
  const file = path.join(dir, 'repro.yml')
  await fs.writeFile(file, edit(await fs.readFile(file, 'utf8')))
}
