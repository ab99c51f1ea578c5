// Shared by the sections' headline rules (their `causes`) and the headline itself.
import { formatInt, plural } from '../core/format.js'

export { plural }
import { allFindings, type AuditResult, type Finding } from '../core/result.js'
import { atLeast } from '../core/status.js'

/** Next steps, in one place so the wording changes once (e.g. for a future `repro-audit accept`). */
export const NEXT_STEP = {
  relock: 'If intended: `repro-audit lock` and `repro-audit baseline`, then commit.',
  relockOnly: 'If intended: `repro-audit lock` and commit.',
  rebaseline: 'If intended: `repro-audit baseline` and commit.',
  pin: 'Pin exact versions and commit.',
  install: 'Install the pinned versions, or pin the installed ones and commit.'
} as const

/** The findings that count: not accepted, warn or worse. */
export function open(findings: Finding[]): Finding[] {
  return findings.filter(f => !f.accepted && atLeast(f.status, 'warn'))
}

/** The findings of the result that `code` explains. */
export function consequencesOf(result: AuditResult, code: string): Finding[] {
  return open(allFindings(result)).filter(f => f.causedBy === code)
}

/** Whether the retrained predictions match the baseline (within tolerance), whatever else warns. */
export function resultsReproduce(result: AuditResult): boolean {
  return result.comparison.status === 'pass' || result.comparison.status === 'warn'
}

export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s)

/** "7", "7 and 41", "7, 41 and 90", "7, 41, 90 and 3 more". */
export function listed(items: string[], total = items.length, shown = 3): string {
  const head = items.slice(0, shown)
  const rest = total - head.length
  if (rest > 0) return `${head.join(', ')} and ${formatInt(rest)} more`
  if (head.length < 2) return head.join('')
  return `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}`
}
