import { worst, type Status } from '../core/status.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { DeterminismCheck, DeterminismSection, Finding, NotTried } from '../core/result.js'
import {
  describeLocation,
  difference,
  EXACT,
  locate,
  ROUNDING_LEVEL,
  same,
  type Difference
} from './difference.js'
import { CAUSES, type PerturbationName } from '../perturbations/index.js'

export { CAUSES }

/** What identical runs that differ only at the rounding level say, and what to do about it. */
export const SUMMATION_CAUSE = `runs with the same inputs differ only at the rounding level (every difference within ${ROUNDING_LEVEL} relative): the order of floating-point sums varies between runs (threads, n_jobs, BLAS), not a missing seed; accept it with a tolerance in compare (for example predictions.relative: 1e-9) or fix the thread counts (n_jobs=1, OMP_NUM_THREADS=1)`

/** A finished run, as the check sees it. */
export interface CompletedRun {
  id: string
  /** The perturbations it applied; empty for a plain run. */
  names: PerturbationName[]
  varied: string
  outputs: RunOutputs
}

export interface CheckOptions {
  /** Status of a perturbation that changes results. Repeated runs that differ always fail. */
  onChange: 'warn' | 'fail'
  notTried: NotTried[]
  /** Runs asked for, counting the ones that could not run. */
  runs: number
}

/** The check and finding for `run` against `reference`, which it differs from by `diff`. */
export async function changedCheck(
  reference: CompletedRun,
  run: CompletedRun,
  diff: Difference,
  status: Status,
  cause: string,
  name: string
): Promise<{ check: DeterminismCheck; finding: Finding }> {
  const location = await locate(reference.outputs, run.outputs, diff)
  const what = `${diff.rowsChanged} of ${diff.rows} rows${diff.metricsChanged.length ? `, metrics ${diff.metricsChanged.join(', ')}` : ''}; max absolute difference ${diff.maxAbsDiff.toPrecision(3)}, relative ${diff.maxRelDiff.toPrecision(3)}`
  const where = location ? ` ${capitalise(describeLocation(location))}.` : ''
  const label = run.names.length ? `Run ${run.id} (${run.varied})` : `Run ${run.id}`
  return {
    check: {
      name,
      perturbation: run.varied,
      status,
      outcome: 'changed',
      rowsChanged: diff.rowsChanged,
      maxAbsDiff: diff.maxAbsDiff,
      maxRelDiff: diff.maxRelDiff,
      cause,
      run: run.id,
      ...(location ? { location } : {})
    },
    finding: {
      status,
      code: run.names.length === 1 ? `determinism.${run.names[0]}` : 'determinism.repeat',
      message: `${label} differs from ${reference.id} (${what}): ${cause}.${where}`
    }
  }
}

/** The cause of a difference between identical runs: unseeded randomness or summation order. */
export function repeatCause(diff: Difference): string {
  return diff.roundingOnly ? SUMMATION_CAUSE : CAUSES.none
}

/** The cause of a difference under a perturbation, noting when it is only at the rounding level. */
export function perturbationCause(name: PerturbationName, diff: Difference): string {
  const note = diff.roundingOnly
    ? ' (only at the rounding level: the order of floating-point sums changed)'
    : ''
  return `${CAUSES[name]}${note}`
}

export function reproducedCheck(name: string, varied: string, run: string): DeterminismCheck {
  return {
    name,
    perturbation: varied,
    status: 'pass',
    outcome: 'reproduced',
    rowsChanged: 0,
    maxAbsDiff: 0,
    maxRelDiff: 0,
    run
  }
}

/**
 * The `each` strategy: compare every run with the first, exactly. Repeated runs must be
 * bit-identical (else unseeded randomness, or summation order when only the last bits move), and
 * each perturbed run names what it varied as the cause when it differs. When the repeated runs
 * already differ, a perturbed run that differs proves nothing and says so.
 */
export async function checkRuns(
  reference: CompletedRun,
  others: CompletedRun[],
  options: CheckOptions
): Promise<DeterminismSection> {
  const checks: DeterminismCheck[] = []
  const findings: Finding[] = []
  let repeatsDiffer = false
  const ordered = [...others.filter(r => r.names.length === 0), ...others.filter(r => r.names.length > 0)]
  for (const run of ordered) {
    const diff = await difference(reference.outputs, run.outputs, EXACT)
    const repeat = run.names.length === 0
    const name = repeat ? `${run.id} vs ${reference.id}` : run.names.join('+')
    if (same(diff)) {
      checks.push(reproducedCheck(name, run.varied, run.id))
      continue
    }
    let status: Status = repeat ? 'fail' : options.onChange
    let cause = repeat ? repeatCause(diff) : perturbationCause(run.names[0], diff)
    if (repeat) repeatsDiffer = true
    else if (repeatsDiffer) {
      cause =
        'inconclusive: the identical runs already differ, so this difference may be the same unseeded randomness'
      status = 'warn'
    }
    const found = await changedCheck(reference, run, diff, status, cause, name)
    checks.push(found.check)
    findings.push(found.finding)
  }
  return {
    status: worst(...checks.map(c => c.status)),
    strategy: 'each',
    runs: options.runs,
    checks,
    notTried: options.notTried,
    findings
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
