import { formatInt, formatNumber, formatSigned } from '../../core/format.js'
import type { ComparisonSection } from '../../core/result.js'
import { plural } from '../causes.js'
import { codeSpan, escapeMessage } from '../escape.js'
import { details, distinguishing, heading, TABLE_CUT, type Part } from '../kit.js'
import {
  artifactsTable,
  comparisonDetails,
  driftChart,
  metricsTable,
  predictionsTable
} from './comparison-tables.js'
import { comparisonCauses } from './comparison-causes.js'
import type { ReportSection, TerminalLine } from './section.js'

const TITLE = 'Comparison'
const DETAIL_CUT = 2
const CHART_CUT = 4

export const comparisonSection: ReportSection<'comparison'> = {
  key: 'comparison',
  title: TITLE,
  detailCut: DETAIL_CUT,
  bodyOrder: 0,
  causes: comparisonCauses,
  summary(c) {
    if (c.status === 'skipped' || !c.predictions) return c.findings[0]?.message ?? 'not compared'
    const p = c.predictions
    const verdicts = p.columns.map(col => `${col.column} ${col.verdict}`).join(', ')
    const metrics = c.metrics.filter(m => m.status !== 'pass').length
    return `${formatInt(p.matched)} predictions: ${verdicts || 'no common columns'}; ${metrics === 0 ? `${plural(c.metrics.length, 'metric')} ${c.metrics.length === 1 ? 'holds' : 'hold'}` : `${plural(metrics, 'metric')} changed`}`
  },
  render(c) {
    if (c.status === 'skipped' || !(c.predictions || c.metrics.length || c.artifacts.length)) return []
    const tables: string[] = []
    if (c.predictions) tables.push(predictionsTable(c.predictions))
    if (c.metrics.length) tables.push(metricsTable(c.metrics))
    if (c.artifacts.length) tables.push(artifactsTable(c.artifacts))
    const parts: Part[] = [
      { text: heading(c.status, TITLE) },
      { text: tables.join('\n\n'), name: 'comparison tables', cut: TABLE_CUT }
    ]
    const chart = driftChart(c)
    if (chart) parts.push({ text: chart, name: 'the chart', cut: CHART_CUT })
    const body = comparisonDetails(c.predictions, c.artifacts)
    if (body.length)
      parts.push({
        text: details('Most-changed rows, ids and values', body),
        name: 'comparison details (most-changed ids, value diffs)',
        cut: DETAIL_CUT
      })
    return [...parts, ...intendedChangeParts(c)]
  },
  terminal(c) {
    const lines: TerminalLine[] = []
    if (c.predictions && c.predictions.columns.some(col => col.identical < col.rows)) {
      lines.push({ text: '' })
      for (const col of c.predictions.columns) {
        lines.push({
          status: col.beyondTolerance > 0 ? 'fail' : 'pass',
          text: `${col.column}: ${formatInt(col.identical)} bit-identical, ${formatInt(col.withinTolerance)} within tolerance, ${formatInt(col.beyondTolerance)} beyond${col.kind === 'numeric' && col.maxAbsDiff > 0 ? `; max |diff| ${formatNumber(col.maxAbsDiff)}` : ''}`
        })
        for (const t of col.topChanged.slice(0, 5)) {
          const [before, after] = distinguishing(t.baseline, t.current)
          lines.push({ text: `      ${t.id}: ${before} → ${after}` })
        }
      }
    }
    const moved = c.metrics.filter(m => m.status !== 'pass')
    if (moved.length) lines.push({ text: '' })
    for (const m of moved)
      lines.push({
        status: m.status,
        text: `${m.name}: ${formatNumber(m.baseline)} → ${formatNumber(m.current)} (${m.diff === null ? '—' : formatSigned(m.diff)})`
      })
    if (c.intendedChange) lines.push({ text: '' }, { text: `  ${c.intendedChange.message}` })
    return lines
  }
}

/** With a base ref: the base branch's baseline against the pull request's. */
function intendedChangeParts(c: ComparisonSection): Part[] {
  const ic = c.intendedChange
  if (!ic) return []
  const parts: Part[] = [
    {
      text: `#### Intended change: baseline of ${codeSpan(ic.ref)} → this pull request's\n\n${escapeMessage(ic.message)}`
    }
  ]
  if (ic.change !== 'changed') return parts
  // The parameter diff is the point of an intended change: shown, not folded.
  const params = ic.artifacts.flatMap(a => (a.parameters ?? []).map(d => ({ file: a.path, d })))
  if (params.length)
    parts.push({
      text: `Parameters: ${params.map(({ d }) => `${codeSpan(d.path)} ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`).join(', ')}`
    })
  const t: string[] = []
  if (ic.predictions) t.push(predictionsTable(ic.predictions, true))
  if (ic.metrics.length) t.push(metricsTable(ic.metrics, true))
  parts.push({ text: t.join('\n\n'), name: 'intended-change tables', cut: TABLE_CUT })
  const b = comparisonDetails(ic.predictions, ic.artifacts)
  if (b.length)
    parts.push({
      text: details('Intended change in detail', b),
      name: 'intended-change details',
      cut: DETAIL_CUT
    })
  return parts
}
