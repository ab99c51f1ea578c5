import { formatNumber } from '../core/format.js'
import type { NotTried } from '../core/result.js'

/**
 * The perturbations left out, those sharing a reason named together with it once:
 * `hash_seed (does not reach X)`, `timezone (does not reach X)` become
 * `hash_seed, timezone (they do not reach X)`. The JSON report keeps them one by one. Groups keep
 * the order of their first perturbation.
 */
export function groupNotTried(notTried: readonly NotTried[]): string[] {
  const groups = new Map<string, string[]>()
  for (const { name, reason } of notTried) {
    const names = groups.get(reason)
    if (names) names.push(name)
    else groups.set(reason, [name])
  }
  return [...groups].map(([reason, names]) => {
    // "does not reach" is said of one perturbation; several "do not reach".
    const said = names.length > 1 ? reason.replace(/^does not /, 'they do not ') : reason
    return `${names.join(', ')} (${said})`
  })
}

export function maxDiffText(value: number): string {
  return formatNumber(value, 4)
}
