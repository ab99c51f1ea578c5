import { formatNumber } from '../core/format.js'
import { worst, type Status } from '../core/status.js'
import type { MetricThreshold } from '../config/types.js'
import type { MetricComparison } from '../core/result.js'
import { describeTolerance, relativeDiff, withinTolerance } from './tolerance.js'

/** Each metric against its threshold; a change in the declared better direction only warns. */
export function compareMetrics(
  baseline: Record<string, number>,
  current: Record<string, number>,
  threshold: (name: string) => MetricThreshold
): { status: Status; metrics: MetricComparison[] } {
  const names = [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort()
  const metrics = names.map((name): MetricComparison => {
    const tol = threshold(name)
    const old = baseline[name]
    const now = current[name]
    if (old === undefined || now === undefined) {
      return {
        name,
        baseline: old ?? null,
        current: now ?? null,
        diff: null,
        relativeDiff: null,
        tolerance: tol,
        status: 'fail',
        verdict: old === undefined ? 'new metric, not in the baseline' : 'missing from this run'
      }
    }
    const diff = now - old
    const rel = relativeDiff(old, now)
    const base = {
      name,
      baseline: old,
      current: now,
      diff,
      relativeDiff: Number.isNaN(rel) ? null : rel,
      tolerance: tol
    }
    if (Object.is(old, now) || old === now) return { ...base, status: 'pass', verdict: 'bit-identical' }
    if (withinTolerance(old, now, tol))
      return { ...base, status: 'pass', verdict: `equal within ${describeTolerance(tol)}` }
    const improved = tol.better === 'lower' ? diff < 0 : tol.better === 'higher' ? diff > 0 : false
    return {
      ...base,
      status: improved ? 'warn' : 'fail',
      verdict: improved
        ? `improved by ${formatNumber(Math.abs(diff))} beyond ${describeTolerance(tol)}: update the baseline if intended`
        : `changed by ${formatNumber(diff)}, beyond ${describeTolerance(tol)}`
    }
  })
  return { status: worst(...metrics.map(m => m.status)), metrics }
}
