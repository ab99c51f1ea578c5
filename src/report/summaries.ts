import { formatNumber } from '../core/format.js'

/**
 * The perturbations left out, those sharing a reason named together with it once:
 * `hash_seed (does not reach X)`, `timezone (does not reach X)` become
 * `hash_seed, timezone (they do not reach X)`. Each entry of `notTried` (see
 * src/determinism/perturb.ts) is `name (reason)`; the JSON report keeps them one by one. Groups
 * keep the order of their first perturbation; an entry of another shape is kept as it is.
 */
export function groupNotTried(notTried: readonly string[]): string[] {
  const groups = new Map<string, string[]>()
  const out: (string | { reason: string })[] = []
  for (const entry of notTried) {
    const m = /^(\S+) \((.+)\)$/.exec(entry)
    if (!m) {
      out.push(entry)
      continue
    }
    const [, name, reason] = m
    const names = groups.get(reason)
    if (names) names.push(name)
    else {
      groups.set(reason, [name])
      out.push({ reason })
    }
  }
  return out.map(item => {
    if (typeof item === 'string') return item
    const names = groups.get(item.reason) as string[]
    // "does not reach" is said of one perturbation; several "do not reach".
    const reason = names.length > 1 ? item.reason.replace(/^does not /, 'they do not ') : item.reason
    return `${names.join(', ')} (${reason})`
  })
}

export function maxDiffText(value: number): string {
  return formatNumber(value, 4)
}
