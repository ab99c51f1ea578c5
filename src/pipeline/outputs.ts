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
