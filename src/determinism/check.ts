import { worst } from '../core/status.js'
import { comparePredictions } from '../compare/predictions.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { DeterminismCheck, DeterminismSection, Finding } from '../report/model.js'

/** Perturbations a later run varies one at a time; listed as not tried until they run. */
export const PERTURBATIONS = ['row_order', 'hash_seed', 'timezone', 'locale', 'threads', 'workdir'] as const

const EXACT = { absolute: 0, relative: 0 }

/**
 * Repeated runs with identical inputs must give bit-identical predictions and metrics. Any
 * difference means randomness the seeds do not control.
 */
export async function checkRepeatedRuns(runs: RunOutputs[], notTried: string[] = [...PERTURBATIONS]): Promise<DeterminismSection> {
  const [first, ...rest] = runs
  const checks: DeterminismCheck[] = []
  const findings: Finding[] = []
  for (const [i, run] of rest.entries()) {
    const name = `repeat ${i + 2}`
    const { comparison } = await comparePredictions(first.predictions, run.predictions, {
      idColumn: first.idColumn,
      tolerance: () => EXACT,
      top: 5
    })
    const changed = comparison.columns.reduce((n, c) => n + c.beyondTolerance, 0) + comparison.missingCount + comparison.newCount
    const metricsChanged = Object.keys({ ...first.metrics, ...run.metrics }).filter(k => !Object.is(first.metrics[k], run.metrics[k]))
    if (changed === 0 && metricsChanged.length === 0) {
      checks.push({ name, perturbation: 'none', status: 'pass', outcome: 'reproduced', rowsChanged: 0, maxAbsDiff: 0, maxRelDiff: 0 })
      continue
    }
    const cause = 'predictions differ between two runs with the same inputs: unseeded randomness'
    checks.push({
      name,
      perturbation: 'none',
      status: 'fail',
      outcome: 'changed',
      rowsChanged: changed,
      maxAbsDiff: Math.max(0, ...comparison.columns.map(c => c.maxAbsDiff)),
      maxRelDiff: Math.max(0, ...comparison.columns.map(c => c.maxRelDiff)),
      cause
    })
    findings.push({
      status: 'fail',
      code: 'determinism.repeat',
      message: `Run ${i + 2} differs from run 1 (${changed} rows${metricsChanged.length ? `, metrics ${metricsChanged.join(', ')}` : ''}): ${cause}.`
    })
  }
  return { status: worst(...checks.map(c => c.status)), runs: runs.length, checks, notTried, findings }
}
