// The one result model. Every renderer (Markdown, terminal, JSON) reads this and nothing else.
import type { FailOn, SectionStatus, Status } from '../core/status.js'

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
  outcome: 'reproduced' | 'changed' | 'not-run'
  rowsChanged?: number
  maxAbsDiff?: number
  maxRelDiff?: number
  cause?: string
}

export interface DeterminismSection extends Section {
  runs: number
  checks: DeterminismCheck[]
  notTried: string[]
}

export interface ColumnComparison {
  column: string
  rows: number
  identical: number
  withinTolerance: number
  beyondTolerance: number
  maxAbsDiff: number
  maxRelDiff: number
  tolerance: { absolute: number; relative: number }
  /** `bit-identical`, `equal within …`, or `drifted`. */
  verdict: string
  topChanged: { id: string; baseline: number | string; current: number | string; absDiff: number }[]
}

export interface PredictionComparison {
  idColumn: string
  baselineRows: number
  currentRows: number
  matched: number
  missingIds: string[]
  missingCount: number
  newIds: string[]
  newCount: number
  columns: ColumnComparison[]
}

export interface MetricComparison {
  name: string
  baseline: number | null
  current: number | null
  diff: number | null
  tolerance: { absolute: number; relative: number; better?: 'lower' | 'higher' }
  status: Status
  verdict: string
}

export interface ArtifactComparison {
  path: string
  status: Status
  change: 'identical' | 'equivalent' | 'changed' | 'missing' | 'new'
  baselineSha256?: string
  currentSha256?: string
  diffs?: { path: string; baseline: unknown; current: unknown }[]
}

export interface ComparisonSection extends Section {
  baseline: string
  predictions?: PredictionComparison
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
}

export interface DependencyPackage {
  name: string
  specifier: string
  version?: string
  pinned: boolean
  line?: number
  installed?: string
}

export interface DependencyFile {
  path: string
  format: string
  packages: DependencyPackage[]
}

export interface DependenciesSection extends Section {
  files: DependencyFile[]
}

export interface EnvironmentSection extends Section {
  current: Record<string, string>
  baseline?: Record<string, string>
  differences: { key: string; baseline: string; current: string }[]
}

export interface AuditResult {
  schemaVersion: typeof SCHEMA_VERSION
  tool: { name: 'repro-audit'; version: string }
  audit: string
  command: string
  config: string
  status: Status
  gate: { failOn: FailOn; exitCode: 0 | 1 | 2 }
  /** One line, the verdict in words. */
  summary: string
  snapshot: SnapshotSection
  runs: RunsSection
  determinism: DeterminismSection
  comparison: ComparisonSection
  dependencies: DependenciesSection
  environment: EnvironmentSection
  /** The only fields that change between identical runs: times and run ids. */
  timing?: { startedAt: string; finishedAt: string; durationMs: number; runId?: string }
}

export function skippedSection<T extends Section>(extra: Omit<T, 'status' | 'findings'>): T {
  return { status: 'skipped', findings: [], ...extra } as unknown as T
}
