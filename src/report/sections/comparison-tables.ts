// The comparison's tables and details, shared by the comparison itself and the intended change.
import { formatInt, formatNumber, formatSigned } from '../../core/format.js'
import type {
  ArtifactComparison,
  ColumnComparison,
  ComparisonSection,
  MetricComparison,
  PredictionComparison
} from '../../core/result.js'
import { STATUS_MARK } from '../../core/status.js'
import { codeSpan, escapeMarkdown, mermaidLabel } from '../escape.js'
import { plural } from '../causes.js'
import { distinguishing, sha, table, valueText } from '../kit.js'

/** A change the pull request makes on purpose. */
const INTENDED_MARK = '✏️'

/** `intended`: the base branch's baseline against the pull request's, where a change is the point, not drift. */
export function predictionsTable(p: PredictionComparison, intended = false): string {
  const rows = p.columns.map(c => [
    escapeMarkdown(c.column),
    formatInt(c.rows),
    formatInt(c.identical),
    formatInt(c.withinTolerance),
    formatInt(c.beyondTolerance),
    c.kind === 'label' ? '—' : formatNumber(c.maxAbsDiff),
    c.kind === 'label' ? '—' : formatNumber(c.maxRelDiff, 4),
    c.beyondTolerance > 0 && intended
      ? `${INTENDED_MARK} changed`
      : `${c.beyondTolerance > 0 ? STATUS_MARK.fail : STATUS_MARK.pass} ${escapeMarkdown(c.verdict)}`
  ])
  const lost = [
    p.missingColumns.length ? `missing columns: ${p.missingColumns.map(c => codeSpan(c)).join(', ')}` : '',
    p.newColumns.length ? `new columns (not compared): ${p.newColumns.map(c => codeSpan(c)).join(', ')}` : ''
  ].filter(Boolean)
  return [
    `**Predictions**, joined by ${codeSpan(p.idColumn)}: ${formatInt(p.matched)} matched, ${formatInt(p.missingCount)} missing, ${formatInt(p.newCount)} new${lost.length ? `; ${lost.join('; ')}` : ''}.`,
    '',
    table(
      [
        'Column',
        'Rows',
        'Bit-identical',
        'Within tolerance',
        'Beyond',
        'Max abs diff',
        'Max rel diff',
        'Verdict'
      ],
      rows
    )
  ].join('\n')
}

export function metricsTable(metrics: MetricComparison[], intended = false): string {
  const rows = metrics.map(m => [
    escapeMarkdown(m.name),
    formatNumber(m.baseline),
    formatNumber(m.current),
    m.diff === null ? '—' : formatSigned(m.diff),
    m.relativeDiff === null ? '—' : formatNumber(m.relativeDiff, 3),
    toleranceText(m.tolerance),
    intended && m.status !== 'pass'
      ? `${INTENDED_MARK} changed`
      : `${STATUS_MARK[m.status]} ${escapeMarkdown(m.verdict)}`
  ])
  return [
    '**Metrics**',
    '',
    table(['Metric', 'Baseline', 'Current', 'Difference', 'Relative', 'Tolerance', 'Verdict'], rows)
  ].join('\n')
}

function toleranceText(t: { absolute: number; relative: number; better?: string }): string {
  const parts = []
  if (t.absolute > 0) parts.push(`abs ${formatNumber(t.absolute)}`)
  if (t.relative > 0) parts.push(`rel ${formatNumber(t.relative)}`)
  const text = parts.length ? parts.join(' or ') : 'exact'
  return t.better ? `${text}, ${t.better} is better` : text
}

export function artifactsTable(artifacts: ArtifactComparison[]): string {
  const rows = artifacts.map(a => {
    const what = [
      a.parameters?.length ? plural(a.parameters.length, 'parameter') : '',
      a.features ? 'feature list' : '',
      a.diffCount ? plural(a.diffCount, 'learned value') : '',
      a.withinTolerance && a.tolerance
        ? `${plural(a.withinTolerance, 'learned value')} within ${toleranceText(a.tolerance)}`
        : ''
    ]
      .filter(Boolean)
      .join(', ')
    return [
      escapeMarkdown(a.path),
      `${STATUS_MARK[a.status]} ${a.change}${what ? `: ${what}` : ''}`,
      sha(a.baselineSha256),
      sha(a.currentSha256)
    ]
  })
  return ['**Artifacts**', '', table(['Artifact', 'Change', 'Baseline sha256', 'Current sha256'], rows)].join(
    '\n'
  )
}

export function comparisonDetails(
  p: PredictionComparison | undefined,
  artifacts: ArtifactComparison[]
): string[] {
  const body = [...predictionDetails(p), ...artifacts.flatMap(artifactDetails)]
  while (body.length && body[body.length - 1] === '') body.pop()
  return body
}

/** Most-changed rows, changed labels, missing and new ids. */
function predictionDetails(p: PredictionComparison | undefined): string[] {
  const body: string[] = []
  for (const c of p?.columns ?? []) {
    if (c.topChanged.length) {
      body.push(
        `Most changed in ${codeSpan(c.column)}:`,
        '',
        table(
          ['Id', 'Baseline', 'Current', 'Abs diff'],
          c.topChanged.map(t => {
            const [before, after] = distinguishing(t.baseline, t.current)
            return [
              escapeMarkdown(t.id),
              typeof t.baseline === 'number' ? before : valueText(t.baseline),
              typeof t.current === 'number' ? after : valueText(t.current),
              t.absDiff === null ? 'label' : formatNumber(t.absDiff)
            ]
          })
        ),
        ''
      )
    }
    if (c.labels?.confusion.length) {
      const rows = c.labels.confusion.map(x => [
        escapeMarkdown(x.baseline),
        escapeMarkdown(x.current),
        formatInt(x.count)
      ])
      if (c.labels.otherPairs) rows.push(['(other pairs)', '', formatInt(c.labels.otherPairs)])
      body.push(
        `Changed labels in ${codeSpan(c.column)} (${formatInt(c.labels.changed)}):`,
        '',
        table(['Baseline', 'Current', 'Rows'], rows),
        ''
      )
    }
  }
  if (p?.missingIds.length)
    body.push(
      `Missing ids (${formatInt(p.missingCount)}): ${p.missingIds.map(id => escapeMarkdown(id)).join(', ')}${p.missingCount > p.missingIds.length ? ', …' : ''}`,
      ''
    )
  if (p?.newIds.length)
    body.push(
      `New ids (${formatInt(p.newCount)}): ${p.newIds.map(id => escapeMarkdown(id)).join(', ')}${p.newCount > p.newIds.length ? ', …' : ''}`,
      ''
    )
  return body
}

/** Changed parameters, the feature list and learned values of one artifact. */
function artifactDetails(a: ArtifactComparison): string[] {
  const body: string[] = []
  {
    if (a.parameters?.length)
      body.push(
        `Parameters changed in ${codeSpan(a.path)}:`,
        '',
        ...a.parameters.map(
          d =>
            `- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`
        ),
        ''
      )
    const f = a.features
    if (f) {
      const lines = [
        `Feature list in ${codeSpan(a.path)}: ${f.baselineCount} → ${plural(f.currentCount, 'feature')}.`
      ]
      if (f.added.length) lines.push(`- added: ${f.added.map(x => codeSpan(x)).join(', ')}`)
      if (f.removed.length) lines.push(`- removed: ${f.removed.map(x => codeSpan(x)).join(', ')}`)
      if (f.firstMoved)
        lines.push(
          `- order changed: position ${f.firstMoved.position} was ${codeSpan(f.firstMoved.baseline)}, now ${codeSpan(f.firstMoved.current)}`
        )
      body.push(...lines, '')
    }
    if (a.diffs?.length) {
      body.push(
        `Learned values changed in ${codeSpan(a.path)} (${formatInt(a.diffCount ?? a.diffs.length)}${(a.diffCount ?? 0) > a.diffs.length ? `, first ${a.diffs.length} shown` : ''}):`,
        ''
      )
      body.push(
        ...a.diffs.map(
          d =>
            `- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`
        ),
        ''
      )
    }
  }
  return body
}

/**
 * A Mermaid bar chart, drawn inline by GitHub: the distribution of prediction differences of the
 * most-drifted numeric column, or, when only metrics moved, each metric's relative change.
 */
export function driftChart(comparison: ComparisonSection): string {
  const p = comparison.predictions
  const drifted = (p?.columns ?? []).filter(
    (c: ColumnComparison) => c.diffHistogram.length > 0 && c.beyondTolerance > 0
  )
  const c = [...drifted].sort((a, b) => b.beyondTolerance - a.beyondTolerance)[0]
  // One bar is no chart: the table already says it.
  if (c && c.diffHistogram.length > 1) {
    const labels = c.diffHistogram.map(h => (h.exponent > 308 ? '"∞"' : `"≤1e${h.exponent}"`))
    const counts = c.diffHistogram.map(h => h.count)
    return [
      '```mermaid',
      'xychart-beta',
      `    title "|difference| of ${mermaidLabel(c.column)}, rows per decade"`,
      `    x-axis [${labels.join(', ')}]`,
      `    y-axis "rows" 0 --> ${Math.max(...counts)}`,
      `    bar [${counts.join(', ')}]`,
      '```'
    ].join('\n')
  }
  const moved = comparison.metrics.filter(
    m => m.status !== 'pass' && m.diff !== null && m.baseline !== null && m.baseline !== 0
  )
  if (moved.length < 2) return ''
  const pct = moved.map(m =>
    Number((((m.diff as number) / Math.abs(m.baseline as number)) * 100).toPrecision(4))
  )
  const lo = Math.min(0, ...pct)
  const hi = Math.max(0, ...pct)
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Metric change, % of the baseline value"',
    `    x-axis [${moved.map(m => `"${mermaidLabel(m.name)}"`).join(', ')}]`,
    `    y-axis "% change" ${lo} --> ${hi === lo ? lo + 1 : hi}`,
    `    bar [${pct.join(', ')}]`,
    '```'
  ].join('\n')
}
