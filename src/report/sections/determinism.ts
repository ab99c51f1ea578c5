import { formatInt, formatNumber } from '../../core/format.js'
import { STATUS_MARK } from '../../core/status.js'
import { plural } from '../causes.js'
import { escapeMarkdown } from '../escape.js'
import { heading, table, TABLE_CUT, type Part } from '../kit.js'
import { groupNotTried } from '../summaries.js'
import { determinismCauses } from './determinism-causes.js'
import type { ReportSection } from './section.js'

const TITLE = 'Determinism'
const DETAIL_CUT = 1

export const determinismSection: ReportSection<'determinism'> = {
  key: 'determinism',
  title: TITLE,
  detailCut: DETAIL_CUT,
  bodyOrder: 2,
  causes: determinismCauses,
  summary(d) {
    if (d.status === 'skipped') return 'not checked'
    const changed = d.checks.filter(c => c.outcome === 'changed')
    const head =
      changed.length === 0
        ? `${plural(d.checks.length, 'check')} reproduced`
        : `${formatInt(changed.length)} of ${plural(d.checks.length, 'check')} changed results`
    const t = d.trainings
    const cost = t
      ? `; ${plural(t.count, 'training')}, ${formatNumber(t.cpuSeconds, 3)} s CPU, ${formatNumber(t.wallSeconds, 3)} s wall`
      : ''
    const notTried = d.notTried.length ? `; not tried: ${groupNotTried(d.notTried).join(', ')}` : ''
    return `${head}${cost}${notTried}`
  },
  render(d) {
    if (!d.checks.length) return []
    const rows = d.checks.map(c => [
      escapeMarkdown(c.name),
      escapeMarkdown(c.perturbation),
      `${STATUS_MARK[c.status]} ${c.outcome}`,
      c.rowsChanged === undefined ? '—' : formatInt(c.rowsChanged),
      formatNumber(c.maxAbsDiff),
      formatNumber(c.maxRelDiff),
      escapeMarkdown(c.cause ?? '')
    ])
    const parts: Part[] = [
      { text: heading(d.status, TITLE) },
      {
        text: table(
          ['Check', 'Varied', 'Outcome', 'Rows changed', 'Max abs diff', 'Max rel diff', 'Cause'],
          rows
        ),
        name: 'determinism table',
        cut: TABLE_CUT
      }
    ]
    if (d.notTried.length)
      parts.push({
        text: `Not tried: ${groupNotTried(d.notTried)
          .map(x => escapeMarkdown(x))
          .join(', ')}.`,
        name: 'determinism notes',
        cut: DETAIL_CUT
      })
    return parts
  }
}
