import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { BlobCache } from '../core/cache.js'
import { canonicalHash } from '../core/canonical-json.js'
import { displayPath, InputError } from '../core/errors.js'
import { relativePosix, requireWritableInside } from '../core/files.js'
import { envRulesOf } from '../core/pipeline-env.js'
import { redactDeep } from '../core/redact.js'
import { exitCodeFor, worst, type FailOn, type Status } from '../core/status.js'
import type { AuditConfig } from '../config/types.js'
import {
  baselineFilesDir,
  readBaseline,
  writeBaseline,
  BASELINE_MANIFEST,
  type Baseline
} from '../compare/baseline.js'
import type { BaselineAtRef } from '../compare/base-ref.js'
import { describeTolerance } from '../compare/tolerance.js'
import { formatInt, formatNumber } from '../core/format.js'
import { repositoryRoot } from '../config/load.js'
import type { CompletedRun } from '../determinism/check.js'
import type { Tolerances } from '../determinism/difference.js'
import { concurrency } from '../determinism/pool.js'
import { deterministicSettings } from '../determinism/settings.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import {
  SCHEMA_VERSION,
  skippedSection,
  type ArtifactComparison,
  type AuditResult,
  type BaselineChange,
  type ComparisonSection,
  type DependenciesSection,
  type DeterminismSection,
  type EnvironmentSection,
  type Finding,
  type MetricComparison,
  type PredictionComparison,
  type RunsSection,
  type SnapshotSection
} from '../core/result.js'
import type { SnapshotContext } from '../snapshot/describe.js'
import { createLock, lockedFiles } from '../snapshot/lock.js'
import { verifySnapshot } from '../snapshot/verify.js'
import { plural } from '../report/causes.js'
import { headline } from '../report/headline.js'
import { intendedText } from '../report/sections/comparison-causes.js'
import { VERSION } from '../version.js'
import { todayUtc, triage } from './triage.js'

export type Command = 'lock' | 'verify' | 'run' | 'baseline' | 'deps'

export interface AuditOptions {
  /** Overrides the config's gate. */
  failOn?: FailOn
  /** Dependency files named on the command line, instead of the config's list. */
  dependencyFiles?: string[]
  /** A git ref (the pull request's base): its baseline against the working tree's is the intended change. */
  baseRef?: string
  /** Called with a short line as each stage starts, for progress output. */
  progress?: (line: string) => void
  /** Called with the outputs of the run compared with the baseline (for the portable result file). */
  onReference?: (outputs: RunOutputs) => void
  /** A shared cache for remote snapshot files (the action passes the GitHub Actions cache). */
  snapshotCache?: BlobCache
  /** The base branch's report: its warnings and failures are marked known, the others new. */
  known?: AuditResult
  /** Today as YYYY-MM-DD, for the expiry of accepted findings (default: today in UTC). */
  today?: string
  /** When the audit runs; tests pin it (the time-zone perturbation is chosen by the hour). */
  now?: Date
  /**
   * Secret values the edge knows (the token, the runner's secret variables): redacted from the
   * result and from the command logs, in case pipeline code printed or wrote one.
   */
  secrets?: readonly string[]
}

/** The settings shown when no run happened; the real ones come from deterministicSettings(). */
const SETTINGS = { TZ: 'UTC', LC_ALL: 'C.UTF-8', PYTHONHASHSEED: '0' }

interface Trained {
  runs: RunsSection
  /** The run compared with the baseline; absent when it failed. */
  reference?: CompletedRun
  /** For `run`: the determinism section. */
  determinism?: DeterminismSection
}

/**
 * Train the pipeline: once for `baseline`; for `run`, as the determinism strategy asks (one
 * combined run when it matches the baseline), several at a time when the machine has the cores.
 * A run that cannot produce usable outputs becomes an `error` finding naming the run and the file.
 */
async function trainAll(
  ctx: SnapshotContext & { config: AuditConfig },
  command: 'run' | 'baseline',
  options: { say: (line: string) => void; now: Date; secrets: readonly string[]; baseline?: Baseline }
): Promise<Trained> {
  const { config } = ctx
  const runsDir = path.join(config.reportDir, 'runs')
  requireWritableInside(config.snapshot.root, runsDir, 'the runs folder')
  await fs.rm(runsDir, { recursive: true, force: true })
  // url entries at their save_as paths and time-cut entries cut, read by every run alike.
  // The engine, the data view and the perturbations are loaded only by commands that train.
  const { prepareDataView } = await import('../snapshot/view.js')
  const { Runner, completed, runRecords } = await import('../determinism/runner.js')
  const { plainRun } = await import('../determinism/perturb.js')
  const { checkDeterminism } = await import('../determinism/determine.js')
  const [settings, base] = await Promise.all([deterministicSettings(config.dir), prepareDataView(ctx)])
  const limit = concurrency(config.determinism.parallel, Number.POSITIVE_INFINITY)
  const runner = new Runner({
    ctx,
    settings,
    base,
    runsDir,
    limit,
    say: options.say,
    secrets: options.secrets
  })
  let reference: CompletedRun | undefined
  let determinism: DeterminismSection | undefined
  try {
    if (command === 'baseline') reference = completed((await runner.runAll([plainRun('run-1')]))[0])
    else {
      const { baseline } = options
      const outcome = await checkDeterminism({
        determinism: config.determinism,
        engine: config.pipeline.engine,
        settings,
        runner,
        now: options.now,
        tolerances: configuredTolerances(config),
        matchesBaseline:
          baseline &&
          (async out => (await compareOutputs(config, baseline, config.baselineDir, out)).status === 'pass')
      })
      ;({ reference, section: determinism } = outcome)
    }
  } finally {
    await base.cleanup()
  }
  const { records, findings } = await runRecords(runner.finished)
  const status = worst(...records.map(r => r.status), ...findings.map(f => f.status))
  return {
    runs: { status, findings, engine: config.pipeline.engine, runs: records, settings },
    reference,
    determinism
  }
}

function configuredTolerances(config: AuditConfig): Tolerances {
  const { predictions, metrics } = config.compare
  return {
    column: c => predictions.columns[c] ?? predictions.default,
    metric: m => metrics.byName[m] ?? metrics.default
  }
}

type Sections = ReturnType<typeof skippedSections>
type Say = (line: string) => void

/** Every section as "skipped": what a command that does not reach a stage reports for it. */
function skippedSections(config: AuditConfig) {
  return {
    snapshot: skippedSection<SnapshotSection>({
      lock: relativePosix(config.dir, config.snapshot.lock),
      files: []
    }),
    runs: skippedSection<RunsSection>({ engine: config.pipeline.engine, runs: [], settings: SETTINGS }),
    determinism: skippedSection<DeterminismSection>({ runs: 0, checks: [], notTried: [] }),
    comparison: skippedSection<ComparisonSection>({
      baseline: relativePosix(config.dir, config.baselineDir),
      metrics: [],
      artifacts: []
    }),
    dependencies: skippedSection<DependenciesSection>({ files: [] }),
    environment: skippedSection<EnvironmentSection>({ current: {}, differences: [] })
  }
}

/** Run one command of the audit and return its result. Inputs it cannot use throw InputError. */
export async function audit(
  config: AuditConfig,
  command: Command,
  options: AuditOptions = {}
): Promise<AuditResult> {
  if ((command === 'run' || command === 'baseline') && config.hasPipeline === false)
    throw new InputError(
      `\`${command}\` needs a pipeline section in the config (lock, verify and deps work without one)`,
      { file: config.file }
    )
  const startedAt = new Date()
  const say = options.progress ?? (() => {})
  const sections = skippedSections(config)

  if (command === 'lock') {
    say('pinning the data snapshot')
    const lock = await createLock(config, { cache: options.snapshotCache })
    sections.snapshot = {
      status: 'pass',
      lock: relativePosix(config.dir, config.snapshot.lock),
      files: lockedFiles(lock),
      findings: []
    }
  }

  if (command === 'verify' || command === 'run' || command === 'baseline') {
    say('verifying the data snapshot')
    sections.snapshot = await verifySnapshot(config, { cache: options.snapshotCache })
  }

  // The dependency files are read first (a bad one is refused at once); probing the interpreters
  // runs alongside the training, which does not need it until the comparison.
  // The committed baseline, read once for the whole audit: `run` refuses a damaged or escaping
  // one before training, `deps` compares with it when there is one.
  const baseline =
    command === 'run'
      ? await readBaseline(config.baselineDir, config.snapshot.root)
      : command === 'deps'
        ? await readBaseline(config.baselineDir, config.snapshot.root).catch(() => undefined)
        : undefined
  const depsAudit =
    command === 'deps' || command === 'run' || command === 'baseline'
      ? (await startEnvironmentAudit(config, sections, options, say, baseline)).done
      : undefined
  if (command === 'deps') await depsAudit
  if ((command === 'run' || command === 'baseline') && sections.snapshot.status !== 'error')
    await trainAndCompare(config, command, sections, { ...options, baseline }, say, depsAudit)
  await depsAudit
  triage(sections, {
    accept: config.accept,
    today: options.today ?? todayUtc(),
    configFile: config.file,
    known: options.known
  })
  return auditResult(
    config,
    command,
    sections,
    options.failOn ?? config.failOn,
    startedAt,
    options.secrets ?? []
  )
}

/**
 * The dependencies and environment sections, against the baseline's record of them. The baseline
 * and the dependency files are read before this returns (a bad one is refused at once); `done`,
 * which probes the interpreters, fills the two sections.
 */
async function startEnvironmentAudit(
  config: AuditConfig,
  sections: Sections,
  options: AuditOptions,
  say: Say,
  baseline: Baseline | undefined
): Promise<{ done: Promise<void> }> {
  say('auditing dependencies and the environment')
  const { compareEnvironment, environmentFingerprint } = await import('../deps/environment.js')
  const files = options.dependencyFiles ?? config.dependencies.files
  const root = repositoryRoot(config.dir)
  // The dependency formats' parsers are loaded only when there are files to read.
  const deps = files.length ? await import('../deps/audit.js') : undefined
  const loaded = await deps?.loadDependencyFiles(files, root)
  // The configured interpreter may be the repository's virtualenv: it runs under the pipeline's rules.
  const env = envRulesOf(config.pipeline)
  const depsAudit = (async () => {
    const [dependencies, current] = await Promise.all([
      deps?.auditDependencies({
        files,
        root,
        loaded,
        python: config.dependencies.python,
        env,
        checkInstalled: config.dependencies.checkInstalled,
        baseline: baseline?.dependencies
      }),
      environmentFingerprint(config.dependencies.python, env)
    ])
    if (dependencies) sections.dependencies = dependencies
    sections.environment = compareEnvironment(current, baseline?.environment)
  })()
  // Awaited later; until then a failure must not count as unhandled.
  depsAudit.catch(() => undefined)
  return { done: depsAudit }
}

/**
 * Train, check determinism (`run`), then compare with the baseline (`run`) or write it
 * (`baseline`). When the first run failed, the runs section holds the error and nothing is
 * compared or written.
 */
async function trainAndCompare(
  config: AuditConfig,
  command: 'run' | 'baseline',
  sections: Sections,
  options: AuditOptions & { baseline?: Baseline },
  say: Say,
  depsAudit: Promise<void> | undefined
): Promise<void> {
  const training = trainAll({ config, cache: options.snapshotCache }, command, {
    say,
    now: options.now ?? new Date(),
    secrets: options.secrets ?? [],
    baseline: options.baseline
  })
  // Both finish before either's failure is thrown: no probe or run is left behind.
  const [outcome] = await Promise.allSettled([training, depsAudit])
  await depsAudit
  if (outcome.status === 'rejected') throw outcome.reason
  const trained = outcome.value
  sections.runs = trained.runs
  if (trained.reference) options.onReference?.(trained.reference.outputs)
  if (trained.determinism) sections.determinism = trained.determinism
  if (!trained.reference) return
  if (command === 'run') {
    say('comparing with the baseline')
    sections.comparison = await compareWithBaseline(
      config,
      options.baseline,
      trained.reference.outputs,
      sections.snapshot,
      sections.environment,
      sections.dependencies,
      options.baseRef
    )
  } else sections.comparison = await baselineSection(config, trained.reference.outputs, sections, say)
}

/** Write the baseline when the data matches the lock; the comparison section says what happened. */
async function baselineSection(
  config: AuditConfig,
  outputs: RunOutputs,
  sections: Sections,
  say: Say
): Promise<ComparisonSection> {
  const baseline = relativePosix(config.dir, config.baselineDir)
  if (sections.snapshot.status !== 'pass' && sections.snapshot.status !== 'warn') {
    return {
      status: 'error',
      baseline,
      metrics: [],
      artifacts: [],
      findings: [
        {
          status: 'error',
          code: 'baseline.snapshot-changed',
          message:
            'The data does not match the lock, so no baseline was written: run `repro-audit lock` first if the change is intended.'
        }
      ]
    }
  }
  say('writing the baseline')
  const snapshot = Object.fromEntries(sections.snapshot.files.map(f => [f.path, f.sha256 ?? '']))
  await writeBaseline(config, outputs, snapshot, sections.environment.current, sections.dependencies.versions)
  return {
    status: 'pass',
    baseline,
    metrics: [],
    artifacts: [],
    findings: [
      {
        status: 'pass',
        code: 'baseline.written',
        message: `Baseline written to ${displayPath(path.join(config.baselineDir, BASELINE_MANIFEST))}.`
      }
    ]
  }
}

/** The result of the command: its status, gate and headline, redacted. */
function auditResult(
  config: AuditConfig,
  command: Command,
  sections: Sections,
  failOn: FailOn,
  startedAt: Date,
  secrets: readonly string[]
): AuditResult {
  const status: Status = worst(...Object.values(sections).map(s => s.status))
  const finishedAt = new Date()
  const result: AuditResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'repro-audit', version: VERSION },
    audit: config.name,
    command,
    config: displayPath(config.file),
    status,
    gate: { failOn, exitCode: exitCodeFor(status, failOn) },
    summary: '',
    ...sections,
    timing: {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime()
    }
  }
  result.summary = headline(result)
  // Every report, summary, comment and result file is rendered from this one model.
  return redactDeep<AuditResult>(result, secrets)
}

async function compareWithBaseline(
  config: AuditConfig,
  baseline: Baseline | undefined,
  run: RunOutputs,
  snapshot: SnapshotSection,
  environment: EnvironmentSection,
  dependencies: DependenciesSection,
  baseRef?: string
): Promise<ComparisonSection> {
  const baselineName = relativePosix(config.dir, config.baselineDir)
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
  const found = await compareOutputs(config, baseline, config.baselineDir, {
    predictions: run.predictions,
    dir: run.dir,
    metrics: run.metrics,
    artifacts: run.artifacts
  })
  const findings = found.findings
  if (canonicalHash(config.pipeline.spec) !== baseline.pipeline.configSha256) {
    findings.push({
      status: 'warn',
      code: 'pipeline.config-changed',
      message: 'The pipeline section of the config changed since the baseline was written.'
    })
  }
  const cause = explainingCause(snapshot, findings)
  if (cause) for (const f of findings) if (CONSEQUENCES.has(f.code)) f.causedBy = cause
  const status = worst(found.status, ...findings.map(f => f.status))
  if ((status === 'fail' || status === 'warn') && !cause && environment.differences.length > 0) {
    findings.push({
      status: 'warn',
      code: 'environment.may-explain',
      message: `The environment differs from the baseline's (${environment.differences.map(d => `${d.key} ${d.baseline} → ${d.current}`).join('; ')}), which may explain the change.`
    })
  }
  const changed = dependencies.changes ?? []
  if ((status === 'fail' || status === 'warn') && !cause && changed.length > 0) {
    const shown = changed.slice(0, 8).map(c => `${c.name} ${c.baseline} → ${c.current}`)
    const more = changed.length > 8 ? `; and ${changed.length - 8} more` : ''
    findings.push({
      status: 'warn',
      code: 'dependencies.may-explain',
      message: `Dependency versions changed since the baseline (${shown.join('; ')}${more}), which may explain the change.`
    })
  }
  const section: ComparisonSection = {
    status: worst(status, ...findings.map(f => f.status)),
    baseline: baselineName,
    predictions: found.predictions,
    metrics: found.metrics,
    artifacts: found.artifacts,
    findings
  }
  if (baseRef) {
    section.intendedChange = await intendedChange(config, baseline, baseRef)
    if (section.intendedChange.change === 'unavailable') {
      findings.push({
        status: 'warn',
        code: 'baseline.base-unavailable',
        message: section.intendedChange.message
      })
      section.status = worst(section.status, 'warn')
    } else
      findings.push({
        status: 'pass',
        code: `baseline.${section.intendedChange.change}`,
        message: section.intendedChange.message
      })
  }
  return section
}

/** Findings about results, which a change of data, parameters or features explains. */
const CONSEQUENCES = new Set([
  'predictions.drift',
  'predictions.labels-changed',
  'predictions.missing-ids',
  'predictions.new-ids',
  'metrics.drift',
  'artifacts.changed'
])

/**
 * The finding that explains drifted results: changed data first (the most fundamental), then
 * changed parameters, then the feature list, then rows that were only reordered.
 */
function explainingCause(snapshot: SnapshotSection, findings: Finding[]): string | undefined {
  const data = snapshot.findings.find(
    f => f.status === 'fail' && f.code.startsWith('snapshot.') && f.code !== 'snapshot.no-lock'
  )
  if (data) return data.code
  for (const code of ['parameters.changed', 'features.changed'])
    if (findings.some(f => f.code === code)) return code
  const reorder = snapshot.findings.find(
    f => f.code === 'snapshot.reordered' || f.code === 'snapshot.re-encoded'
  )
  const drifted = findings.some(f => CONSEQUENCES.has(f.code) && f.status === 'fail')
  return reorder && drifted ? reorder.code : undefined
}

interface Outputs {
  predictions: string
  dir: string
  metrics: Record<string, number>
  artifacts: string[]
}

/** Predictions, metrics and artifacts of `current` against a baseline folder, with one finding per cause. */
async function compareOutputs(
  config: AuditConfig,
  baseline: Baseline,
  baselineDir: string,
  current: Outputs
): Promise<{
  status: Status
  findings: Finding[]
  predictions: PredictionComparison
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
}> {
  const findings: Finding[] = []
  const tolerances = config.compare.predictions
  const { comparePredictions } = await import('../compare/predictions.js')
  const { compareMetrics } = await import('../compare/metrics.js')
  const { compareArtifact } = await import('../compare/artifacts.js')
  const filesDir = baselineFilesDir(baselineDir, baseline)
  const predicted = await comparePredictions(
    path.join(filesDir, baseline.predictions.file),
    current.predictions,
    {
      idColumn: baseline.predictions.idColumn,
      tolerance: column => tolerances.columns[column] ?? tolerances.default,
      top: tolerances.top,
      labels: labelColumns(config)
    }
  )
  findings.push(...predictionFindings(predicted.comparison))
  const metrics = compareMetrics(
    baseline.metrics,
    current.metrics,
    name => config.compare.metrics.byName[name] ?? config.compare.metrics.default
  )
  for (const m of metrics.metrics) {
    if (m.status !== 'pass')
      findings.push({ status: m.status, code: 'metrics.drift', message: `Metric ${m.name} ${m.verdict}.` })
  }
  const artifacts: ArtifactComparison[] = []
  const names = [...new Set([...baseline.artifacts.map(a => a.path), ...current.artifacts])].sort()
  for (const name of names) {
    const a = await compareArtifact(name, filesDir, current.dir, config.compare.artifacts)
    artifacts.push(a)
    findings.push(...artifactFindings(a))
  }
  const status = worst(
    predicted.status,
    metrics.status,
    ...artifacts.map(a => a.status),
    ...findings.map(f => f.status)
  )
  return { status, findings, predictions: predicted.comparison, metrics: metrics.metrics, artifacts }
}

/** Columns compared as labels: the configured ones, and a built-in classifier's predicted label. */
function labelColumns(config: AuditConfig): string[] {
  const p = config.pipeline
  const classifier = p.engine === 'builtin' && p.task === 'classification'
  return [...new Set([...config.compare.predictions.labels, ...(classifier ? ['prediction'] : [])])]
}

function predictionFindings(p: PredictionComparison): Finding[] {
  const findings: Finding[] = []
  for (const c of p.columns) {
    if (c.beyondTolerance > 0 && c.labels) {
      const top = c.labels.confusion[0]
      const common = top
        ? ` (most often ${JSON.stringify(top.baseline)} → ${JSON.stringify(top.current)}, ${formatInt(top.count)} rows)`
        : ''
      findings.push({
        status: 'fail',
        code: 'predictions.labels-changed',
        message: `${formatInt(c.labels.changed)} of ${plural(c.rows, 'label')} in \`${c.column}\` changed${common}.`
      })
    }
    const numeric = c.beyondTolerance - (c.labels?.changed ?? 0)
    if (numeric > 0) {
      findings.push({
        status: 'fail',
        code: 'predictions.drift',
        message: `Predictions drifted: ${formatInt(numeric)} of ${plural(c.rows, 'row')} of \`${c.column}\` differ beyond ${describeTolerance(c.tolerance)} (max absolute difference ${formatNumber(c.maxAbsDiff)}, max relative ${formatNumber(c.maxRelDiff)}).`
      })
    } else if (c.beyondTolerance === 0 && c.withinTolerance > 0) {
      findings.push({
        status: 'pass',
        code: 'predictions.within-tolerance',
        message: `\`${c.column}\` is equal within ${describeTolerance(c.tolerance)}, not bit-identical: ${formatInt(c.withinTolerance)} of ${plural(c.rows, 'row')} differ by at most ${formatNumber(c.maxAbsDiff)}.`
      })
    }
  }
  const sample = (ids: string[], count: number): string =>
    `${ids.slice(0, 5).join(', ')}${count > 5 ? ', …' : ''}`
  if (p.missingCount > 0)
    findings.push({
      status: 'fail',
      code: 'predictions.missing-ids',
      message: `${plural(p.missingCount, 'id')} of the baseline ${p.missingCount === 1 ? 'has' : 'have'} no prediction in this run (${sample(p.missingIds, p.missingCount)}).`
    })
  if (p.newCount > 0)
    findings.push({
      status: 'fail',
      code: 'predictions.new-ids',
      message: `${plural(p.newCount, 'id')} ${p.newCount === 1 ? 'has' : 'have'} predictions in this run but not in the baseline (${sample(p.newIds, p.newCount)}).`
    })
  if (p.missingColumns.length)
    findings.push({
      status: 'fail',
      code: 'predictions.missing-columns',
      message: `Prediction columns missing from this run: ${p.missingColumns.join(', ')}.`
    })
  if (p.newColumns.length)
    findings.push({
      status: 'warn',
      code: 'predictions.new-columns',
      message: `Prediction columns not in the baseline (not compared): ${p.newColumns.join(', ')}.`
    })
  return findings
}

function artifactFindings(a: ArtifactComparison): Finding[] {
  if (a.status === 'pass' && a.withinTolerance && a.tolerance)
    return [
      {
        status: 'pass',
        code: 'artifacts.within-tolerance',
        message: `Artifact ${a.path} is equal within ${describeTolerance(a.tolerance)}, not bit-identical: ${formatInt(a.withinTolerance)} learned value(s) differ by at most ${formatNumber(a.maxRelDiff ?? 0)} relative.`
      }
    ]
  if (a.status === 'pass') return []
  const findings: Finding[] = []
  if (a.change === 'missing' || a.change === 'new') {
    return [
      {
        status: 'fail',
        code: `artifacts.${a.change}`,
        message:
          a.change === 'missing'
            ? `Artifact ${a.path} is in the baseline but this run did not write it.`
            : `Artifact ${a.path} is new: the baseline has no such file.`
      }
    ]
  }
  for (const p of a.parameters ?? []) {
    findings.push({
      status: 'fail',
      code: 'parameters.changed',
      message: `Parameter \`${p.path}\` in ${a.path} changed: \`${JSON.stringify(p.baseline) ?? 'absent'}\` → \`${JSON.stringify(p.current) ?? 'absent'}\`.`
    })
  }
  const f = a.features
  if (f) {
    const parts: string[] = []
    if (f.added.length)
      parts.push(
        `${f.added.length} added (${f.added.slice(0, 5).join(', ')}${f.added.length > 5 ? ', …' : ''})`
      )
    if (f.removed.length)
      parts.push(
        `${f.removed.length} removed (${f.removed.slice(0, 5).join(', ')}${f.removed.length > 5 ? ', …' : ''})`
      )
    if (f.reordered && f.firstMoved)
      parts.push(
        `order changed: position ${f.firstMoved.position} was ${f.firstMoved.baseline}, now ${f.firstMoved.current}`
      )
    findings.push({
      status: 'fail',
      code: 'features.changed',
      message: `Feature list in ${a.path} changed: ${parts.join('; ')}.`
    })
  }
  if (a.diffCount) {
    const first = a.diffs?.[0]
    const example = first
      ? `, for example \`${first.path}\` \`${JSON.stringify(first.baseline) ?? 'absent'}\` → \`${JSON.stringify(first.current) ?? 'absent'}\``
      : ''
    findings.push({
      status: 'fail',
      code: 'artifacts.changed',
      message: `Artifact ${a.path}: ${plural(a.diffCount, 'learned value')} changed${example}.`
    })
  }
  if (findings.length === 0)
    findings.push({
      status: 'fail',
      code: 'artifacts.changed',
      message: `Artifact ${a.path} changed (sha256 differs).`
    })
  return findings
}

/** The baseline committed at `ref` (HEAD for `accept`) against the one in the working tree. */
export async function baselineChange(config: AuditConfig, ref: string): Promise<BaselineChange | undefined> {
  const current = await readBaseline(config.baselineDir, config.snapshot.root)
  return current ? intendedChange(config, current, ref) : undefined
}

/** The base branch's baseline against the pull request's: informational, never a failure. */
async function intendedChange(
  config: AuditConfig,
  prBaseline: Baseline,
  ref: string
): Promise<BaselineChange> {
  const empty = { ref, metrics: [], artifacts: [] }
  let atRef: BaselineAtRef | undefined
  try {
    const { readBaselineAtRef } = await import('../compare/base-ref.js')
    atRef = await readBaselineAtRef(ref, config.baselineDir)
  } catch (error) {
    return {
      ...empty,
      change: 'unavailable',
      message: `Could not read the baseline at ${ref}, so the intended change is not shown: ${(error as Error).message.split('\n')[0]}`
    }
  }
  if (!atRef)
    return { ...empty, change: 'added', message: `The pull request adds the baseline: ${ref} has none.` }
  try {
    const prManifest = await fs.readFile(path.join(config.baselineDir, BASELINE_MANIFEST), 'utf8')
    if (prManifest === atRef.manifestText)
      return {
        ...empty,
        change: 'unchanged',
        message: `The pull request does not change the baseline of ${ref}.`
      }
    const found = await compareOutputs(config, atRef.baseline, atRef.dir, {
      predictions: path.join(baselineFilesDir(config.baselineDir, prBaseline), prBaseline.predictions.file),
      dir: baselineFilesDir(config.baselineDir, prBaseline),
      metrics: prBaseline.metrics,
      artifacts: prBaseline.artifacts.map(a => a.path)
    })
    const change: BaselineChange = {
      ref,
      change: 'changed',
      message: '',
      predictions: found.predictions,
      metrics: found.metrics,
      artifacts: found.artifacts
    }
    change.message = `The pull request updates the baseline of ${ref}: ${intendedText(change)}.`
    return change
  } finally {
    await atRef.cleanup()
  }
}
