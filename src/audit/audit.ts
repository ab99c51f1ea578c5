import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { BlobCache } from '../core/cache.js'
import { canonicalHash } from '../core/canonical-json.js'
import { displayPath } from '../core/errors.js'
import { hashFile, relativePosix } from '../core/files.js'
import { exitCodeFor, worst, type FailOn, type Status } from '../core/status.js'
import type { AuditConfig } from '../config/types.js'
import { readBaseline, writeBaseline, BASELINE_MANIFEST } from '../compare/baseline.js'
import { compareArtifact } from '../compare/artifacts.js'
import { compareMetrics } from '../compare/metrics.js'
import { comparePredictions } from '../compare/predictions.js'
import { auditDependencies } from '../deps/audit.js'
import { compareEnvironment, environmentFingerprint } from '../deps/environment.js'
import { checkRepeatedRuns } from '../determinism/check.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { runPipeline } from '../pipeline/run.js'
import {
  SCHEMA_VERSION,
  skippedSection,
  type AuditResult,
  type ComparisonSection,
  type DependenciesSection,
  type DeterminismSection,
  type EnvironmentSection,
  type Finding,
  type RunRecord,
  type RunsSection,
  type SnapshotSection
} from '../report/model.js'
import { createLock, lockedFiles } from '../snapshot/lock.js'
import { verifySnapshot } from '../snapshot/verify.js'
import { VERSION } from '../version.js'

export type Command = 'lock' | 'verify' | 'run' | 'baseline' | 'deps'

export interface AuditOptions {
  /** Overrides the config's gate. */
  failOn?: FailOn
  /** Dependency files named on the command line, instead of the config's list. */
  dependencyFiles?: string[]
  /** Called with a short line as each stage starts, for progress output. */
  progress?: (line: string) => void
  /** A shared cache for remote snapshot files (the action passes the GitHub Actions cache). */
  snapshotCache?: BlobCache
}

const SETTINGS = { TZ: 'UTC', LC_ALL: 'C.UTF-8', PYTHONHASHSEED: '0' }

/** Run one command of the audit and return its result. Inputs it cannot use throw InputError. */
export async function audit(config: AuditConfig, command: Command, options: AuditOptions = {}): Promise<AuditResult> {
  const startedAt = new Date()
  const say = options.progress ?? (() => {})
  const failOn = options.failOn ?? config.failOn
  const sections = {
    snapshot: skippedSection<SnapshotSection>({ lock: relativePosix(config.dir, config.snapshot.lock), files: [] }),
    runs: skippedSection<RunsSection>({ engine: config.pipeline.engine, runs: [], settings: SETTINGS }),
    determinism: skippedSection<DeterminismSection>({ runs: 0, checks: [], notTried: [] }),
    comparison: skippedSection<ComparisonSection>({ baseline: relativePosix(config.dir, config.baselineDir), metrics: [], artifacts: [] }),
    dependencies: skippedSection<DependenciesSection>({ files: [] }),
    environment: skippedSection<EnvironmentSection>({ current: {}, differences: [] })
  }

  if (command === 'lock') {
    say('pinning the data snapshot')
    const lock = await createLock(config, { cache: options.snapshotCache })
    sections.snapshot = { status: 'pass', lock: relativePosix(config.dir, config.snapshot.lock), files: lockedFiles(lock), findings: [] }
  }

  if (command === 'verify' || command === 'run' || command === 'baseline') {
    say('verifying the data snapshot')
    sections.snapshot = await verifySnapshot(config, { cache: options.snapshotCache })
  }

  if (command === 'deps' || command === 'run' || command === 'baseline') {
    say('auditing dependencies and the environment')
    sections.dependencies = await auditDependencies(options.dependencyFiles ?? config.dependencies.files)
    const current = await environmentFingerprint(config.dependencies.python)
    const baseline = command === 'baseline' ? undefined : await readBaseline(config.baselineDir).catch(() => undefined)
    sections.environment = compareEnvironment(current, baseline?.environment)
  }

  const snapshotUsable = sections.snapshot.status !== 'error'
  if ((command === 'run' || command === 'baseline') && snapshotUsable) {
    const runCount = command === 'run' ? config.determinism.runs : 1
    const outputs: RunOutputs[] = []
    const records: RunRecord[] = []
    for (let i = 1; i <= runCount; i++) {
      say(`training and predicting (run ${i} of ${runCount})`)
      const dir = path.join(config.reportDir, 'runs', `run-${i}`)
      await fs.rm(dir, { recursive: true, force: true })
      const out = await runPipeline(config, config.dir, dir)
      outputs.push(out)
      records.push({
        id: `run-${i}`,
        perturbation: 'none',
        status: 'pass',
        predictionsSha256: (await hashFile(out.predictions)).sha256,
        metrics: out.metrics
      })
    }
    sections.runs = { status: 'pass', findings: [], engine: config.pipeline.engine, runs: records, settings: SETTINGS }

    if (command === 'run') {
      if (outputs.length > 1) sections.determinism = await checkRepeatedRuns(outputs)
      say('comparing with the baseline')
      sections.comparison = await compareWithBaseline(config, outputs[0], sections.environment)
    } else if (sections.snapshot.status === 'pass' || sections.snapshot.status === 'warn') {
      say('writing the baseline')
      const snapshot = Object.fromEntries(sections.snapshot.files.map(f => [f.path, f.sha256 ?? '']))
      await writeBaseline(config, outputs[0], snapshot, sections.environment.current)
      sections.comparison = {
        status: 'pass',
        baseline: relativePosix(config.dir, config.baselineDir),
        metrics: [],
        artifacts: [],
        findings: [{ status: 'pass', code: 'baseline.written', message: `Baseline written to ${displayPath(path.join(config.baselineDir, BASELINE_MANIFEST))}.` }]
      }
    } else {
      sections.comparison = {
        status: 'error',
        baseline: relativePosix(config.dir, config.baselineDir),
        metrics: [],
        artifacts: [],
        findings: [{ status: 'error', code: 'baseline.snapshot-changed', message: 'The data does not match the lock, so no baseline was written: run `repro-audit lock` first if the change is intended.' }]
      }
    }
  }

  const status: Status = worst(...Object.values(sections).map(s => s.status))
  const finishedAt = new Date()
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'repro-audit', version: VERSION },
    audit: config.name,
    command,
    config: displayPath(config.file),
    status,
    gate: { failOn, exitCode: exitCodeFor(status, failOn) },
    summary: summarize(command, status, sections),
    ...sections,
    timing: { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), durationMs: finishedAt.getTime() - startedAt.getTime() }
  }
}

async function compareWithBaseline(config: AuditConfig, run: RunOutputs, environment: EnvironmentSection): Promise<ComparisonSection> {
  const baselineName = relativePosix(config.dir, config.baselineDir)
  const baseline = await readBaseline(config.baselineDir)
  if (!baseline) {
    return {
      status: 'error',
      baseline: baselineName,
      metrics: [],
      artifacts: [],
      findings: [
        {
          status: 'error',
          code: 'baseline.missing',
          message: `No baseline at ${displayPath(path.join(config.baselineDir, BASELINE_MANIFEST))}: run \`repro-audit baseline\` and commit it.`
        }
      ]
    }
  }
  const findings: Finding[] = []
  const tolerances = config.compare.predictions
  const predicted = await comparePredictions(path.join(config.baselineDir, baseline.predictions.file), run.predictions, {
    idColumn: baseline.predictions.idColumn,
    tolerance: column => tolerances.columns[column] ?? tolerances.default,
    top: tolerances.top
  })
  const p = predicted.comparison
  for (const c of p.columns) {
    if (c.beyondTolerance > 0) {
      findings.push({
        status: 'fail',
        code: 'predictions.drift',
        message: `Predictions drifted: ${c.beyondTolerance} of ${c.rows} rows of "${c.column}" differ beyond tolerance (max absolute difference ${c.maxAbsDiff.toPrecision(6)}).`
      })
    }
  }
  if (p.missingCount > 0) findings.push({ status: 'fail', code: 'predictions.missing-ids', message: `${p.missingCount} ids of the baseline have no prediction in this run.` })
  if (p.newCount > 0) findings.push({ status: 'fail', code: 'predictions.new-ids', message: `${p.newCount} ids have predictions in this run but not in the baseline.` })

  const metrics = compareMetrics(baseline.metrics, run.metrics, name => config.compare.metrics.byName[name] ?? config.compare.metrics.default)
  for (const m of metrics.metrics) {
    if (m.status !== 'pass') findings.push({ status: m.status, code: 'metrics.drift', message: `Metric ${m.name} ${m.verdict}.` })
  }
  const artifacts = []
  const names = [...new Set([...baseline.artifacts.map(a => a.path), ...run.artifacts])].sort()
  for (const name of names) {
    const a = await compareArtifact(name, config.baselineDir, run.dir)
    artifacts.push(a)
    if (a.status !== 'pass') {
      const first = a.diffs?.[0]
      const detail = first ? `, for example ${first.path} ${JSON.stringify(first.baseline)} → ${JSON.stringify(first.current)}` : ''
      findings.push({ status: a.status, code: 'artifacts.changed', message: `Artifact ${name} ${a.change}${detail}.` })
    }
  }
  if (canonicalHash(config.pipeline.spec) !== baseline.pipeline.configSha256) {
    findings.push({ status: 'warn', code: 'pipeline.config-changed', message: 'The pipeline section of the config changed since the baseline was written.' })
  }
  const status = worst(predicted.status, metrics.status, ...artifacts.map(a => a.status), ...findings.map(f => f.status))
  if ((status === 'fail' || status === 'warn') && environment.differences.length > 0) {
    findings.push({
      status: 'warn',
      code: 'environment.may-explain',
      message: `The environment differs from the baseline's (${environment.differences.map(d => `${d.key} ${d.baseline} → ${d.current}`).join('; ')}), which may explain the change.`
    })
  }
  return { status, baseline: baselineName, predictions: p, metrics: metrics.metrics, artifacts, findings }
}

function summarize(command: Command, status: Status, s: { snapshot: SnapshotSection; comparison: ComparisonSection; determinism: DeterminismSection }): string {
  if (status === 'error') {
    const first = [s.snapshot, s.comparison].flatMap(x => x.findings).find(f => f.status === 'error')
    return `The audit could not run: ${first?.message ?? 'see the findings'}`
  }
  const changedFiles = s.snapshot.files.filter(f => f.change !== 'unchanged').map(f => f.path)
  const parts: string[] = []
  if (changedFiles.length) parts.push(`snapshot changed (${changedFiles.join(', ')})`)
  if (s.determinism.status === 'fail') parts.push('runs are not deterministic')
  if (s.comparison.status === 'fail') parts.push('results drifted from the baseline')
  switch (command) {
    case 'lock':
      return `Snapshot pinned: ${s.snapshot.files.length} file(s) locked.`
    case 'baseline':
      return status === 'pass' || status === 'warn' ? 'Baseline written.' : `No baseline written: ${parts.join('; ')}.`
    case 'verify':
      return status === 'pass' ? 'The data matches the lock.' : `The data does not match the lock: ${parts.join('; ') || 'see the findings'}.`
    case 'deps':
      return status === 'pass' ? 'Dependencies are pinned.' : 'Dependency findings: see below.'
    default:
      if (status === 'pass') return 'Reproduced: the retrained pipeline matches the baseline.'
      if (status === 'warn') return 'Reproduced, with warnings.'
      return `Not reproduced: ${parts.join('; ') || 'see the findings'}.`
  }
}

