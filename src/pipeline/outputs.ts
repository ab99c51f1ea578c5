/** What one pipeline run leaves behind, whatever engine ran it. */
export interface RunOutputs {
  /** The run's own output folder. */
  dir: string
  /** Predictions file (CSV): an id column and one or more prediction columns. */
  predictions: string
  idColumn: string
  metrics: Record<string, number>
  /** Artifact files, relative to `dir`, in a stable order. */
  artifacts: string[]
  /** CPU seconds the run used (user plus system, the command and its children), when measured. */
  cpuSeconds?: number
  /** What the run did that the report should mention although it succeeded (processes left running). */
  notes?: string[]
}

export interface RunOptions {
  /** Working folder of a command run (default the config's folder). */
  workDir?: string
  /** Environment variables for a command run, on top of the machine's. */
  env?: Record<string, string>
  /** Values redacted from the command's log (the edges supply them; see core/redact.ts). */
  secrets?: readonly string[]
}

/**
 * Files the baseline folder keeps for itself (its manifest and the predictions): a run's
 * artifacts may not take these names, since the baseline stores artifacts beside them.
 */
export const BASELINE_MANIFEST = 'baseline.json'
export const BASELINE_PREDICTIONS = 'predictions.csv'
