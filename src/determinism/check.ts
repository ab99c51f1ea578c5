import { worst, type Status } from '../core/status.js'
import { comparePredictions } from '../compare/predictions.js'
import type { Perturbation } from '../config/types.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { DeterminismCheck, DeterminismSection, Finding } from '../core/result.js'
import { PERTURBATIONS } from './perturb.js'

export { PERTURBATIONS }

const EXACT = { absolute: 0, relative: 0 }

/** What a difference under each perturbation says about the code. */
export const CAUSES: Record<Perturbation | 'none', string> = {
  none: 'predictions differ between two runs with the same inputs: unseeded randomness',
  row_order:
    'changes when the input rows are reordered: the code depends on the order rows arrive in (an unsorted split, sample or first-n selection)',
  hash_seed: 'changes with PYTHONHASHSEED: the code depends on set or dict iteration order',
  timezone: 'changes with the time zone (TZ): the code reads local time or converts dates in it',
  locale: 'changes with the locale (LC_ALL): parsing, formatting or sorting depends on it',
  threads: 'changes with the thread count: parallel reductions or scheduling change the arithmetic',
  workdir:
    "changes with the working folder's path: the code depends on absolute paths (seeds, hashes or ordering derived from them)"
}

/** A finished run, as the check sees it. */
export interface CompletedRun {
  id: string
  perturbation: Perturbation | 'none'
  varied: string
  outputs: RunOutputs
}

export interface CheckOptions {
  /** Status of a perturbation that changes results. Repeated runs that differ always fail. */
  onChange: 'warn' | 'fail'
  notTried: string[]
  /** Runs asked for, counting the ones that could not run. */
  runs: number
}

/**
 * Compare every run with the first, exactly: repeated runs must be bit-identical (else unseeded
 * randomness), and each perturbed run names what it varied as the cause when it differs. When the
 * repeated runs already differ, a perturbed run that differs proves nothing and says so.
 */
export async function checkRuns(
  reference: CompletedRun,
  others: CompletedRun[],
  options: CheckOptions
): Promise<DeterminismSection> {
  const checks: DeterminismCheck[] = []
  const findings: Finding[] = []
  let repeatsDiffer = false
  const ordered = [
    ...others.filter(r => r.perturbation === 'none'),
    ...others.filter(r => r.perturbation !== 'none')
  ]
  for (const run of ordered) {
    const diff = await difference(reference.outputs, run.outputs)
    const repeat = run.perturbation === 'none'
    const name = repeat ? `${run.id} vs ${reference.id}` : run.perturbation
    if (diff.rowsChanged === 0 && diff.metricsChanged.length === 0) {
      checks.push({
        name,
        perturbation: run.varied,
        status: 'pass',
        outcome: 'reproduced',
        rowsChanged: 0,
        maxAbsDiff: 0,
        maxRelDiff: 0
      })
      continue
    }
    let status: Status = repeat ? 'fail' : options.onChange
    let cause = CAUSES[run.perturbation]
    if (repeat) repeatsDiffer = true
    else if (repeatsDiffer) {
      cause =
        'inconclusive: the identical runs already differ, so this difference may be the same unseeded randomness'
      status = 'warn'
    }
    checks.push({
      name,
      perturbation: run.varied,
      status,
      outcome: 'changed',
      rowsChanged: diff.rowsChanged,
      maxAbsDiff: diff.maxAbsDiff,
      maxRelDiff: diff.maxRelDiff,
      cause
    })
    const what = `${diff.rowsChanged} of ${diff.rows} rows${diff.metricsChanged.length ? `, metrics ${diff.metricsChanged.join(', ')}` : ''}; max absolute difference ${diff.maxAbsDiff.toPrecision(3)}, relative ${diff.maxRelDiff.toPrecision(3)}`
    findings.push({
      status,
      code: repeat ? 'determinism.repeat' : `determinism.${run.perturbation}`,
      message: repeat
        ? `Run ${run.id} differs from ${reference.id} (${what}): ${cause}.`
        : `Run ${run.id} (${run.varied}) differs from ${reference.id} (${what}): ${cause}.`
    })
  }
  return {
    status: worst(...checks.map(c => c.status)),
    runs: options.runs,
    checks,
    notTried: options.notTried,
    findings
  }
}

interface Difference {
  rows: number
  rowsChanged: number
  maxAbsDiff: number
  maxRelDiff: number
  metricsChanged: string[]
}

async function difference(a: RunOutputs, b: RunOutputs): Promise<Difference> {
  const { comparison } = await comparePredictions(a.predictions, b.predictions, {
    idColumn: a.idColumn,
    tolerance: () => EXACT,
    top: 0
  })
  const rowsChanged =
    Math.max(0, ...comparison.columns.map(c => c.beyondTolerance)) +
    comparison.missingCount +
    comparison.newCount
  const metricsChanged = Object.keys({ ...a.metrics, ...b.metrics })
    .filter(k => !Object.is(a.metrics[k], b.metrics[k]))
    .sort()
  return {
    rows: comparison.baselineRows,
    rowsChanged,
    maxAbsDiff: Math.max(0, ...comparison.columns.map(c => c.maxAbsDiff)),
    maxRelDiff: Math.max(0, ...comparison.columns.map(c => c.maxRelDiff)),
    metricsChanged
  }
}
