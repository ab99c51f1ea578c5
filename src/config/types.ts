import type { FailOn } from '../core/status.js'
import type { PerturbationName } from '../perturbations/index.js'
import type { EnvRules } from '../core/pipeline-env.js'

export interface Tolerance {
  absolute: number
  relative: number
}

export interface MetricThreshold extends Tolerance {
  better?: 'lower' | 'higher'
}

export interface SnapshotEntryConfig {
  /** `file` (path), `folder`, `glob` or `url`. */
  kind: 'file' | 'folder' | 'glob' | 'url'
  /** The entry's key as written in the config: a path, folder or glob relative to the config's folder, or the url. */
  path: string
  /** Absolute path on this machine (for a glob: of the config's folder; for a url: empty). */
  absPath: string
  idColumn?: string
  sha256?: string
  format?: 'csv' | 'parquet'
  asOf?: { column: string; until: string; untilMs: number }
  /** For a url entry: where the pipeline finds the verified copy, relative to the config's folder. */
  saveAs?: string
}

export type StepSpec = Record<string, Record<string, unknown>>

export interface BuiltinPipelineConfig {
  engine: 'builtin'
  train: string
  score: string
  idColumn: string
  target: string
  task: 'regression' | 'classification'
  seed: number
  steps: StepSpec[]
  model: { type: string } & Record<string, unknown>
  targetTransform: 'none' | 'log' | 'log1p'
  metrics: string[]
  /** For a classification: the label predicted as class 1 (default the second label in sorted order). */
  positiveLabel?: string
  /** Seeded evaluation on the training rows, besides the metrics on the scoring data. */
  evaluation?: { method: 'holdout' | 'kfold'; testSize: number; folds: number }
  /** The pipeline section as written, for the config hash in the baseline. */
  spec: Record<string, unknown>
}

export interface CommandPipelineConfig {
  engine: 'command'
  command: string
  idColumn: string
  /** Seconds. */
  timeout: number
  /** Absolute path of the Python interpreter put first on PATH, when set. */
  python?: string
  /** Which variables of the machine's environment the command does not get (env_drop/env_pass). */
  env: EnvRules
  /** Paths relative to the run's output folder; `required` says whether the config named them. */
  outputs: {
    predictions: string
    metrics: { file: string; required: boolean }
    params: { file: string; required: boolean }
    artifacts: string[]
  }
  spec: Record<string, unknown>
}

export type PipelineConfig = BuiltinPipelineConfig | CommandPipelineConfig

/** A perturbation's name; the list is src/perturbations/index.ts. */
export type Perturbation = PerturbationName

/** `combined`: one run with every perturbation, more only when it differs; `each`: one run per perturbation. */
export type DeterminismStrategy = 'combined' | 'each'

/** One `accept:` entry: findings of this code (on this file or package) the team lives with. */
export interface Acceptance {
  code: string
  /** Absolute path, when the entry names a file. */
  file?: string
  package?: string
  reason: string
  /** YYYY-MM-DD, the last day it holds. */
  until?: string
}

export interface AuditConfig {
  /** Absolute path of the config file, and its folder: every relative path starts there. */
  file: string
  dir: string
  /** False when the config has no pipeline section: it can lock, verify and audit dependencies only. */
  hasPipeline?: boolean
  name: string
  snapshot: { lock: string; idColumn?: string; entries: SnapshotEntryConfig[]; cache: string; root: string }
  pipeline: PipelineConfig
  baselineDir: string
  compare: {
    predictions: { default: Tolerance; columns: Record<string, Tolerance>; top: number; labels: string[] }
    metrics: { default: MetricThreshold; byName: Record<string, MetricThreshold> }
    /** Learned numbers in JSON artifacts (default: the predictions' relative tolerance). */
    artifacts: Tolerance
  }
  determinism: {
    strategy: DeterminismStrategy
    runs: number
    /** Cap on the follow-up runs of the combined strategy. */
    maxRuns: number
    perturbations: Perturbation[]
    onChange: 'warn' | 'fail'
    parallel: number | 'auto'
  }
  dependencies: { files: string[]; python?: string; checkInstalled: boolean }
  reportDir: string
  failOn: FailOn
  accept: Acceptance[]
}

// What each stage receives of the config: only its part (the pattern of the prediction tolerance,
// unpacked into a `tolerance(column)` function before compare sees it).

/** The snapshot stage: its section, the config's folder (entry keys are relative to it) and file (named in errors). */
export type SnapshotStageConfig = Pick<AuditConfig, 'snapshot' | 'dir' | 'file'>

/** A pipeline run: the pipeline section, and the config's folder (a command's default working folder). */
export type PipelineStageConfig = Pick<AuditConfig, 'pipeline' | 'dir'>

/**
 * Writing a baseline: where, the audit's name, the pipeline section it records a hash of, and the
 * repository root it must stay inside.
 */
export type BaselineStageConfig = Pick<AuditConfig, 'name' | 'baselineDir' | 'pipeline'> & {
  snapshot: Pick<AuditConfig['snapshot'], 'root'>
}

/**
 * Runs of the pipeline (determinism): the snapshot's data view, the pipeline, and the folders a
 * perturbed run's scratch view of the repository links whole.
 */
export type RunStageConfig = SnapshotStageConfig &
  PipelineStageConfig &
  Pick<AuditConfig, 'reportDir' | 'baselineDir'>
