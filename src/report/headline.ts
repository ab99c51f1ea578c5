// The headline: the JSON `summary`, the Markdown's first line, the terminal's last line. It names
// the leading cause in a reviewer's words and the next step. The rules that find causes live with
// their sections (src/report/sections/*: `causes`); this file only ranks and joins them.
import { allFindings, type AuditResult, type Finding } from '../core/result.js'
import type { Status } from '../core/status.js'
import { lowerFirst, open, plural, resultsReproduce } from './causes.js'
import { REPORT_SECTIONS, SECTION_LIST } from './sections/index.js'
import type { Cause } from './sections/section.js'

export type { Cause } from './sections/section.js'

const RANK: Record<Status, number> = { error: 3, fail: 2, warn: 1, pass: 0 }

/** Every cause the sections find, the worst first, then the most fundamental (data before code before results). */
export function rankedCauses(result: AuditResult): Cause[] {
  const causes = SECTION_LIST.flatMap(s => s.causes?.(result[s.key], result) ?? [])
  const covered = new Set(causes.flatMap(c => c.codes))
  for (const f of open(allFindings(result)))
    if (!f.causedBy && !covered.has(f.code)) causes.push(genericCause(f, result))
  return causes.sort(
    (a, b) => RANK[b.status] - RANK[a.status] || Number(!!b.leads) - Number(!!a.leads) || a.order - b.order
  )
}

function genericCause(f: Finding, result: AuditResult): Cause {
  const head =
    f.status === 'fail'
      ? resultsReproduce(result)
        ? 'Results reproduce, but '
        : 'Not reproduced: '
      : 'Reproduced; '
  const message = f.message.replace(/\.$/, '')
  return {
    status: f.status,
    order: 90,
    text: `${head}${head.endsWith(': ') ? message : lowerFirst(message)}`,
    plain: message,
    codes: [f.code]
  }
}

/** The one-line verdict of a result (its `summary` field is ignored). */
export function headline(result: AuditResult): string {
  if (result.command === 'baseline') return baselineHeadline(result)
  if (result.status === 'error') {
    const first = allFindings(result).find(f => f.status === 'error')
    return `The audit could not run: ${first?.message ?? 'see the findings'}`
  }
  const causes = rankedCauses(result)
  const worst = causes.filter(c => c.status !== 'pass' || c.leads)
  switch (result.command) {
    case 'lock':
      return `Snapshot pinned: ${plural(result.snapshot.files.length, 'file')} locked.`
    case 'verify':
      return result.status === 'pass'
        ? 'The data matches the lock.'
        : join('The data does not match the lock: ', worst)
    case 'deps':
      return result.status === 'pass' ? 'Dependencies are pinned.' : join('', worst)
  }
  if (worst.length) return join(undefined, worst)
  return join(undefined, causes) || 'Reproduced: the retrained pipeline matches the baseline.'
}

/** The lead cause, "and N more", then its next step. `prefix` replaces the cause's own opening. */
function join(prefix: string | undefined, causes: Cause[]): string {
  const [lead, ...rest] = causes
  if (!lead) return ''
  const text = prefix === undefined ? lead.text : `${prefix}${prefix ? lead.plain : capitalise(lead.plain)}`
  const more = rest.length ? `, and ${rest.length} more` : ''
  return `${text}${more}.${lead.next ? ` ${lead.next}` : ''}`
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** `baseline` writes unless the data differs from the lock; say which, and why not. */
function baselineHeadline(result: AuditResult): string {
  const written = result.comparison.findings.some(f => f.code === 'baseline.written')
  if (written) return 'Baseline written.'
  const refused = result.comparison.findings.some(f => f.code === 'baseline.snapshot-changed')
  if (refused) {
    const data = REPORT_SECTIONS.snapshot.causes?.(result.snapshot, result) ?? []
    return join('No baseline written: ', data) || 'No baseline written: the data does not match the lock.'
  }
  const first = allFindings(result).find(f => f.status === 'error')
  return `No baseline written: ${first?.message ?? 'the first run did not finish'}`
}
