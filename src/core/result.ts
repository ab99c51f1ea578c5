// The one result model of the core. Every stage fills its section; every renderer (Markdown,
// terminal, JSON, aggregate) reads this and nothing else.
import type { FailOn, SectionStatus, Status } from './status.js'

export const SCHEMA_VERSION = 1

export interface Finding {
  status: Status
  /** Stable machine-readable kind, for example `snapshot.changed` or `predictions.drift`. */
  code: string
  /** One sentence that names the cause as precisely as the evidence allows. */
  message: string
  file?: string
  line?: number
  column?: number
  /** The package a dependency finding is about, so `accept:` can name it. */
  package?: string
  /** The code of the finding that explains this one (a consequence is listed under its cause). */
  causedBy?: string
  /** Listed under `accept:` in the config: shown as accepted, and it does not raise the status. */
  accepted?: { reason: string; until?: string }
  /** With the base branch's report: `known` when that report had it too, `new` otherwise. */
  seen?: 'known' | 'new'
}

export interface Section {
  status: SectionStatus
  findings: Finding[]
}

/** How a data file differs from the lock; `reordered` and `re-encoded` keep the same rows. */
export type SnapshotChangeKind =
  'reordered' | 're-encoded' | 'rows-added' | 'rows-removed' | 'values-changed' | 'schema-changed'

/** Statistics of one column, as the lock records them. */
export interface SnapshotColumnStats {
  type: string
  count?: number
  missing?: number
  min?: number
  max?: number
  mean?: number
  distinct?: number
}

/** A column whose values differ from the lock: its statistics before (locked) and after (now). */
export interface SnapshotColumnDrift {
  column: string
  before: SnapshotColumnStats
  after: SnapshotColumnStats
}

export interface SnapshotSchemaChange {
  added: string[]
  removed: string[]
  renamed: { from: string; to: string }[]
  retyped: { column: string; from: string; to: string }[]
  reordered: boolean
}

/** One changed value: the locked and the current text of a column in a row named by its id. */
export interface SnapshotCell {
  id: string
  column: string
  /** As written in the CSV (quotes removed), cut to MAX_CELL_TEXT characters. */
  old: string
  new: string
}

export interface SnapshotFile {
  path: string
  status: Status
  /**
   * `unchanged`, `changed`, `missing`, `unlocked` (present but not locked); for files of a folder
   * or glob entry also `added` (not in the lock) and `removed` (in the lock, gone now).
   */
  change: 'unchanged' | 'changed' | 'missing' | 'unlocked' | 'added' | 'removed'
  /** The folder, glob or url entry this file belongs to, when it is not an entry of its own. */
  entry?: string
  format?: string
  sha256?: string
  lockedSha256?: string
  size?: number
  lockedSize?: number
  rows?: number
  lockedRows?: number
  /** What changed, most important first; empty or absent when the file is unchanged. */
  kinds?: SnapshotChangeKind[]
  fingerprint?: string
  lockedFingerprint?: string
  /** Exact counts by id when the entry has an id column; otherwise from the row counts. */
  rowsAdded?: number
  rowsRemoved?: number
  rowsChanged?: number
  /** The first ids of added, removed and changed rows (id column entries only). */
  ids?: { added: string[]; removed: string[]; changed: string[] }
  /**
   * The changed values of the first changed rows (the first few ids of `ids.changed`), locked →
   * now, from the copy of the locked rows the lock kept. `cellRows` says how many rows were read.
   */
  cells?: SnapshotCell[]
  cellRows?: number
  /** The column `cells` names rows by. */
  idColumn?: string
  /** Why the changed values cannot be shown (a lock without the copy, or a copy over the limit). */
  cellsUnavailable?: string
  schema?: SnapshotSchemaChange
  columns?: SnapshotColumnDrift[]
  /** Time-cut entries: the cut-off and the rows after it that were left out. */
  asOf?: string
  ignoredRows?: number
}

export interface SnapshotSection extends Section {
  lock: string
  files: SnapshotFile[]
}

export interface RunRecord {
  id: string
  /** What was varied for this run; `none` for the plain repeated runs. */
  perturbation: string
  status: Status
  predictionsSha256?: string
  rows?: number
  metrics?: Record<string, number>
  fittedSha256?: string
  /** The last lines the command printed (stdout and stderr), kept when the run failed. */
  output?: string
  /** Wall and CPU time of the run (the command and its children). */
  seconds?: number
  cpuSeconds?: number
}

export interface RunsSection extends Section {
  engine: string
  runs: RunRecord[]
  /** Environment fixed for every run, listed so the report says what held still. */
  settings: Record<string, string>
}

export interface DeterminismCheck {
  name: string
  perturbation: string
  status: Status
  outcome: 'reproduced' | 'changed' | 'failed' | 'not-run'
  rowsChanged?: number
  maxAbsDiff?: number
  maxRelDiff?: number
  cause?: string
  /** The run that showed the outcome (for example `perturbed-combined`). */
  run?: string
  /**
   * Where two differing runs part: the declared outputs (params, artifacts, predictions, metrics)
   * in the order the run wrote them, those identical and the first that differs.
   */
  location?: { identical: string[]; firstDiffering: string }
}

/** A perturbation left out, and why. */
export interface NotTried {
  name: string
  reason: string
}

export interface DeterminismSection extends Section {
  /** `combined` or `each` (absent in results written before strategies existed). */
  strategy?: string
  runs: number
  checks: DeterminismCheck[]
  notTried: NotTried[]
  /** Every training the audit ran (the plain, perturbed and follow-up runs), with its cost. */
  trainings?: { count: number; cpuSeconds: number; wallSeconds: number }
  /** Perturbations among which a cause hides that the follow-up runs could not separate. */
  unresolved?: string[]
}

export interface ColumnComparison {
  column: string
  /** `label` when compared as text (configured, or text found where numbers were expected). */
  kind: 'numeric' | 'label'
  rows: number
  identical: number
  withinTolerance: number
  beyondTolerance: number
  maxAbsDiff: number
  maxRelDiff: number
  tolerance: { absolute: number; relative: number }
  /** `bit-identical`, `equal within …`, or `drifted`. */
  verdict: string
  /** The most-changed rows, largest difference first; `absDiff` is null for a changed label. */
  topChanged: { id: string; baseline: number | string; current: number | string; absDiff: number | null }[]
  /** Rows whose numbers differ, by decade: `exponent` e counts differences in (10^(e-1), 10^e]. */
  diffHistogram: { exponent: number; count: number }[]
  /** For label columns: how many labels changed, and the most common (baseline → current) pairs. */
  labels?: {
    changed: number
    confusion: { baseline: string; current: string; count: number }[]
    otherPairs: number
  }
}

export interface PredictionComparison {
  idColumn: string
  baselineRows: number
  currentRows: number
  matched: number
  /** Matched rows with at least one column beyond its tolerance (a row counts once, however many columns moved). */
  rowsChanged?: number
  /** The smallest missing and new ids (numbers by value, then text), up to the configured count. */
  missingIds: string[]
  missingCount: number
  newIds: string[]
  newCount: number
  /** Prediction columns of the baseline absent from this run, and columns only this run has. */
  missingColumns: string[]
  newColumns: string[]
  /** Hash partitions the join used (1: in memory). */
  partitions: number
  columns: ColumnComparison[]
}

export interface MetricComparison {
  name: string
  baseline: number | null
  current: number | null
  /** current - baseline, and |current - baseline| / max(|baseline|, |current|). */
  diff: number | null
  relativeDiff: number | null
  tolerance: { absolute: number; relative: number; better?: 'lower' | 'higher' }
  status: Status
  verdict: string
}

export interface JsonDifference {
  path: string
  baseline: unknown
  current: unknown
}

/** The feature list of a fitted pipeline: which were added or removed, and whether the order moved. */
export interface FeatureListChange {
  baselineCount: number
  currentCount: number
  added: string[]
  removed: string[]
  /** Same features, other order: the first position where the two lists differ. */
  reordered: boolean
  firstMoved?: { position: number; baseline: string; current: string }
}

export interface ArtifactComparison {
  path: string
  status: Status
  /**
   * `identical` bytes; `equivalent` canonical JSON; `within-tolerance`: learned numbers moved, none
   * beyond the tolerance (equal, not bit-identical); `changed`, `missing`, `new`.
   */
  change: 'identical' | 'equivalent' | 'within-tolerance' | 'changed' | 'missing' | 'new'
  baselineSha256?: string
  currentSha256?: string
  /** For JSON artifacts: changed parameters (configuration: keys under `params`, top-level settings). */
  parameters?: JsonDifference[]
  features?: FeatureListChange
  /** Changed learned values, the first ones by path, and how many there are in all. */
  diffs?: JsonDifference[]
  diffCount?: number
  /** Learned numbers that moved within `tolerance`, and by how much at most. */
  withinTolerance?: number
  tolerance?: { absolute: number; relative: number }
  maxAbsDiff?: number
  maxRelDiff?: number
}

/** The baseline of the base branch against the pull request's: what the pull request means to change. */
export interface BaselineChange {
  ref: string
  /** `unchanged`, `changed`, `added` (no baseline on the base), or `unavailable` (git could not read it). */
  change: 'unchanged' | 'changed' | 'added' | 'unavailable'
  message: string
  predictions?: PredictionComparison
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
}

export interface ComparisonSection extends Section {
  baseline: string
  predictions?: PredictionComparison
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
  /** With a base ref: the base branch's baseline against the pull request's (informational). */
  intendedChange?: BaselineChange
}

export type Ecosystem = 'python' | 'npm' | 'conda' | 'docker'

/** How far apart two versions are, by the scheme of their ecosystem (PEP 440 or semver). */
export type VersionDistance =
  'epoch' | 'major' | 'minor' | 'patch' | 'pre-release' | 'post-release' | 'local' | 'equal'

export interface DependencyPackage {
  /** Normalised name (PEP 503 for Python, as written for npm, the image reference for Docker). */
  name: string
  /** The declaration as written, without extras, markers and hashes; empty for "any version". */
  specifier: string
  /** The one exact version the declaration allows, when it allows exactly one. */
  version?: string
  /** True only when the declaration allows one exact version. */
  pinned: boolean
  line?: number
  ecosystem?: Ecosystem
  /** Dependency group: `dependencies`, `dev-dependencies`, `optional:docs`, `pip`, … */
  group?: string
  /** PEP 508 environment marker, as written. */
  marker?: string
  /** Conda-lock platform (`linux-64`, …). */
  platform?: string
  /** Where a non-registry package comes from: `vcs`, `url`, `path`, `editable`. */
  source?: string
  /** Install path of a package-lock entry (`node_modules/a/node_modules/b`). */
  location?: string
  /** Version found in the environment the pipeline ran in. */
  installed?: string
  distance?: VersionDistance
}

export interface DependencyFile {
  path: string
  format: string
  packages: DependencyPackage[]
  /** The requirements file that pulled this one in with -r or -c. */
  includedFrom?: string
}

export interface DependencyChange {
  name: string
  baseline: string
  current: string
  distance?: VersionDistance
}

export interface DependenciesSection extends Section {
  files: DependencyFile[]
  /** Where the installed versions were read from (`pip inspect via python3`, `node_modules`), if anywhere. */
  installedFrom?: string[]
  /** Versions (ecosystem:name → version) recorded in the baseline when this run wrote one. */
  versions?: Record<string, string>
  /** Versions changed since the baseline. */
  changes?: DependencyChange[]
}

export interface EnvironmentSection extends Section {
  current: Record<string, string>
  baseline?: Record<string, string>
  differences: { key: string; baseline: string; current: string }[]
}

/** The sections of a result, one per piece of the audit, each with its own status and findings. */
export interface AuditSections {
  snapshot: SnapshotSection
  runs: RunsSection
  determinism: DeterminismSection
  comparison: ComparisonSection
  dependencies: DependenciesSection
  environment: EnvironmentSection
}

export type SectionKey = keyof AuditSections

/** The sections in the order of the overview; the compiler checks that every section is listed once. */
export const SECTION_KEYS = [
  'snapshot',
  'runs',
  'determinism',
  'comparison',
  'dependencies',
  'environment'
] as const satisfies readonly SectionKey[]
type Unlisted = Exclude<SectionKey, (typeof SECTION_KEYS)[number]>
const everySectionListed: Unlisted extends never ? true : never = true
void everySectionListed

export interface AuditResult extends AuditSections {
  schemaVersion: typeof SCHEMA_VERSION
  tool: { name: 'repro-audit'; version: string }
  audit: string
  command: string
  config: string
  status: Status
  gate: { failOn: FailOn; exitCode: 0 | 1 | 2 }
  /** One line, the verdict in words. */
  summary: string
  /** The only fields that change between identical runs: times and run ids. */
  timing?: { startedAt: string; finishedAt: string; durationMs: number; runId?: string }
}

export function skippedSection<T extends Section>(extra: Omit<T, 'status' | 'findings'>): T {
  return { status: 'skipped', findings: [], ...extra } as unknown as T
}

/** Every finding of a result, section by section in the overview's order. */
export function allFindings(result: AuditSections): Finding[] {
  return SECTION_KEYS.flatMap(key => result[key].findings)
}
