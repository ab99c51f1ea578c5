// The result model of an aggregate: one verdict over the jobs of a matrix. Renderers read only this.
import type { FailOn, SectionStatus, Status } from '../core/status.js'
import { SECTION_KEYS, type Finding, type SectionKey } from '../core/result.js'

export const AGGREGATE_SCHEMA_VERSION = 1

/** A job's checks are the sections of its result. */
export type CheckKey = SectionKey
export const CHECK_KEYS: readonly CheckKey[] = SECTION_KEYS

export interface JobEntry {
  label: string
  /** The result file's name (no folder), so the aggregate reads alike on every machine. */
  file: string
  status: Status
  summary: string
  environment: Record<string, string>
  checks: Record<CheckKey, SectionStatus>
  predictionsSha256?: string
  rows?: number
  metrics: Record<string, number>
  /** Agreement of this job's predictions with the reference's (the reference itself: `reference`). */
  agreement: PairVerdict | 'reference' | 'no predictions'
}

export type PairVerdict = 'bit-identical' | 'within tolerance' | 'drifted' | 'not comparable'

export interface Suspect {
  key: string
  a: string
  b: string
  /** 1 numerical libraries and BLAS, 2 runtime, 3 OS and architecture, 4 CPU. */
  rank: 1 | 2 | 3 | 4
  kind: string
}

export interface PairComparison {
  a: string
  b: string
  /** True when one side is the reference: then drift fails the aggregate. */
  involvesReference: boolean
  status: Status
  verdict: PairVerdict
  /** `exact`, or the tolerance the verdict was judged with. */
  tolerance: string
  matched: number
  identical: number
  withinTolerance: number
  /** Rows with at least one value beyond tolerance, plus ids found on one side only. */
  rowsDiffering: number
  onlyInA: number
  onlyInB: number
  maxAbsDiff: number
  maxRelDiff: number
  /** The columns that differ beyond tolerance. */
  columns: string[]
  /** Environment differences, most likely cause first (only when the predictions differ). */
  suspects: Suspect[]
  /** Other evidence: artifacts and metrics that differ. */
  evidence: string[]
  /** Why the pair could not be compared. */
  reason?: string
}

export interface AuditGroup {
  audit: string
  status: Status
  summary: string
  reference: string
  /** True when the reference was named (--reference or the `reference` input); else the first label. */
  referenceDeclared: boolean
  configSha256: string
  baselineSha256?: string
  jobs: JobEntry[]
  pairs: PairComparison[]
  findings: Finding[]
}

export interface AggregateResult {
  kind: 'repro-audit-aggregate'
  schemaVersion: typeof AGGREGATE_SCHEMA_VERSION
  tool: { name: 'repro-audit'; version: string }
  status: Status
  gate: { failOn: FailOn; exitCode: 0 | 1 | 2 }
  summary: string
  jobs: number
  audits: AuditGroup[]
}
