import { formatBytes, formatInt, formatNumber, formatSigned } from '../core/format.js'
import { STATUS_MARK, type SectionStatus } from '../core/status.js'
import { codeSpan, escapeMarkdown, escapeMessage } from './escape.js'
import type { AuditResult, Finding, SnapshotSection } from './model.js'
import { SECTION_TITLES, sectionSummary, type SectionKey } from './summaries.js'

/** GitHub's limit for an issue comment body. */
export const COMMENT_LIMIT = 65_536

export interface MarkdownOptions {
  /** Largest size of the text in characters; details are cut first. */
  limit?: number
  /** Where the full report is, named when something had to be cut. */
  fullReport?: string
}

/**
 * The report as GitHub-flavoured Markdown: the verdict line first, then one table of sections,
 * the findings, and the evidence folded in <details>.
 */
export function renderMarkdown(result: AuditResult, options: MarkdownOptions = {}): string {
  const head = [verdictLine(result), '', `**${escapeMessage(result.summary)}**`, '', overviewTable(result)]
  const findings = findingsList(result)
  if (findings) head.push('', findings)
  const details = detailBlocks(result)
  const foot = ['', footer(result)]
  const limit = options.limit ?? Infinity
  const kept: string[] = []
  let size = [...head, ...foot].join('\n').length + 2
  let cut = 0
  for (const block of details) {
    if (size + block.length + 2 <= limit - 300) {
      kept.push(block)
      size += block.length + 2
    } else cut++
  }
  const note = cut > 0 ? [`_${cut} detail section(s) left out to stay within GitHub's size limit${options.fullReport ? `; the full report is in ${escapeMarkdown(options.fullReport)}` : ''}._`] : []
  return [...head, ...kept.flatMap(b => ['', b]), ...(note.length ? ['', ...note] : []), ...foot].join('\n') + '\n'
}

function verdictLine(r: AuditResult): string {
  return `## ${STATUS_MARK[r.status]} repro-audit · ${escapeMarkdown(r.audit)} · ${r.command}: ${r.status.toUpperCase()}`
}

function overviewTable(r: AuditResult): string {
  const rows = (Object.keys(SECTION_TITLES) as SectionKey[]).map(key => {
    const status = r[key].status as SectionStatus
    return `| ${SECTION_TITLES[key]} | ${STATUS_MARK[status]} ${status} | ${escapeMessage(sectionSummary(r, key))} |`
  })
  return ['| Check | Status | Result |', '| --- | --- | --- |', ...rows].join('\n')
}

function allFindings(r: AuditResult): Finding[] {
  return (Object.keys(SECTION_TITLES) as SectionKey[]).flatMap(key => r[key].findings)
}

function findingsList(r: AuditResult): string {
  const findings = allFindings(r).filter(f => f.status !== 'pass')
  if (findings.length === 0) return ''
  const order = { error: 0, fail: 1, warn: 2, pass: 3 }
  const sorted = [...findings].sort((a, b) => order[a.status] - order[b.status])
  const shown = sorted.slice(0, 30).map(f => {
    const where = f.file ? ` (${codeSpan(f.line ? `${f.file}:${f.line}` : f.file)})` : ''
    return `- ${STATUS_MARK[f.status]} ${escapeMessage(f.message)}${where}`
  })
  if (sorted.length > 30) shown.push(`- … and ${sorted.length - 30} more in the JSON report`)
  return ['### Findings', '', ...shown].join('\n')
}

function details(summary: string, body: string[]): string {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>'].join('\n')
}

function detailBlocks(r: AuditResult): string[] {
  const blocks: string[] = []
  if (r.snapshot.files.length) blocks.push(snapshotBlock(r.snapshot))
  const p = r.comparison.predictions
  if (p) {
    const rows = p.columns.map(
      c =>
        `| ${escapeMarkdown(c.column)} | ${formatInt(c.rows)} | ${formatInt(c.identical)} | ${formatInt(c.withinTolerance)} | ${formatInt(c.beyondTolerance)} | ${formatNumber(c.maxAbsDiff, 4)} | ${formatNumber(c.maxRelDiff, 4)} | ${escapeMarkdown(c.verdict)} |`
    )
    const body = [
      `Joined by ${codeSpan(p.idColumn)}: ${formatInt(p.matched)} matched, ${formatInt(p.missingCount)} missing, ${formatInt(p.newCount)} new.`,
      '',
      '| Column | Rows | Bit-identical | Within tolerance | Beyond | Max abs diff | Max rel diff | Verdict |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows
    ]
    for (const c of p.columns.filter(c => c.topChanged.length)) {
      body.push('', `Most changed in ${codeSpan(c.column)}:`, '', '| Id | Baseline | Current | Abs diff |', '| --- | --- | --- | --- |')
      for (const t of c.topChanged) body.push(`| ${escapeMarkdown(t.id)} | ${valueText(t.baseline)} | ${valueText(t.current)} | ${formatNumber(t.absDiff, 4)} |`)
    }
    if (p.missingIds.length) body.push('', `Missing ids: ${p.missingIds.map(escapeMarkdown).join(', ')}${p.missingCount > p.missingIds.length ? ', …' : ''}`)
    if (p.newIds.length) body.push('', `New ids: ${p.newIds.map(escapeMarkdown).join(', ')}${p.newCount > p.newIds.length ? ', …' : ''}`)
    blocks.push(details('Predictions', body))
  }
  if (r.comparison.metrics.length) {
    const rows = r.comparison.metrics.map(
      m => `| ${escapeMarkdown(m.name)} | ${formatNumber(m.baseline)} | ${formatNumber(m.current)} | ${m.diff === null ? '—' : formatSigned(m.diff)} | ${STATUS_MARK[m.status]} ${escapeMarkdown(m.verdict)} |`
    )
    blocks.push(details('Metrics', ['| Metric | Baseline | Current | Difference | Verdict |', '| --- | --- | --- | --- | --- |', ...rows]))
  }
  if (r.comparison.artifacts.length) {
    const body = ['| Artifact | Status | Baseline sha256 | Current sha256 |', '| --- | --- | --- | --- |']
    for (const a of r.comparison.artifacts) {
      body.push(`| ${escapeMarkdown(a.path)} | ${STATUS_MARK[a.status]} ${a.change} | ${a.baselineSha256 ? codeSpan(a.baselineSha256.slice(0, 12)) : '—'} | ${a.currentSha256 ? codeSpan(a.currentSha256.slice(0, 12)) : '—'} |`)
    }
    for (const a of r.comparison.artifacts.filter(x => x.diffs?.length)) {
      body.push('', `Changed values in ${codeSpan(a.path)}:`, '')
      for (const d of a.diffs ?? []) body.push(`- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`)
    }
    blocks.push(details('Artifacts', body))
  }
  if (r.determinism.checks.length) {
    const rows = r.determinism.checks.map(
      c => `| ${escapeMarkdown(c.name)} | ${escapeMarkdown(c.perturbation)} | ${STATUS_MARK[c.status]} ${c.outcome} | ${c.rowsChanged ?? '—'} | ${formatNumber(c.maxAbsDiff)} | ${escapeMarkdown(c.cause ?? '')} |`
    )
    const body = ['| Check | Varied | Outcome | Rows changed | Max abs diff | Cause |', '| --- | --- | --- | --- | --- | --- |', ...rows]
    if (r.determinism.notTried.length) body.push('', `Not tried: ${r.determinism.notTried.map(escapeMarkdown).join(', ')}.`)
    blocks.push(details('Determinism', body))
  }
  if (r.runs.runs.length) {
    const settings = Object.entries(r.runs.settings).map(([k, v]) => `${codeSpan(`${k}=${v}`)}`).join(' ')
    blocks.push(details('Runs', [`Every run had ${settings}.`, '', '| Run | Varied | Predictions sha256 |', '| --- | --- | --- |', ...r.runs.runs.map(x => `| ${x.id} | ${escapeMarkdown(x.perturbation)} | ${x.predictionsSha256 ? codeSpan(x.predictionsSha256.slice(0, 12)) : '—'} |`)]))
  }
  if (r.dependencies.files.length) {
    const body: string[] = []
    for (const f of r.dependencies.files) {
      body.push(`${codeSpan(f.path)} (${escapeMarkdown(f.format)}): ${f.packages.length} package(s)`, '')
      const unpinned = f.packages.filter(x => !x.pinned)
      if (unpinned.length) {
        body.push('| Package | Declared | Line |', '| --- | --- | --- |')
        for (const x of unpinned.slice(0, 50)) body.push(`| ${escapeMarkdown(x.name)} | ${codeSpan(x.specifier || '(any)')} | ${x.line ?? '—'} |`)
        body.push('')
      }
    }
    blocks.push(details('Dependencies', body))
  }
  const env = r.environment
  if (Object.keys(env.current).length) {
    const keys = [...new Set([...Object.keys(env.current), ...Object.keys(env.baseline ?? {})])].sort()
    const rows = keys.map(k => `| ${escapeMarkdown(k)} | ${escapeMarkdown(env.baseline?.[k] ?? '—')} | ${escapeMarkdown(env.current[k] ?? '—')} |`)
    blocks.push(details('Environment', ['| | Baseline | This run |', '| --- | --- | --- |', ...rows]))
  }
  return blocks
}

function snapshotBlock(snapshot: SnapshotSection): string {
  const rows = snapshot.files.map(f => {
    const size = f.lockedSize !== undefined && f.lockedSize !== f.size ? `${formatBytes(f.lockedSize)} → ${f.size === undefined ? '—' : formatBytes(f.size)}` : f.size !== undefined ? formatBytes(f.size) : '—'
    const rows = f.lockedRows !== undefined && f.lockedRows !== f.rows ? `${formatInt(f.lockedRows)} → ${f.rows === undefined ? '?' : formatInt(f.rows)}` : f.rows !== undefined ? formatInt(f.rows) : '—'
    const change = f.kinds?.length ? f.kinds.join(', ') : f.change
    const name = f.entry ? `${escapeMarkdown(f.path)} (in ${escapeMarkdown(f.entry)})` : escapeMarkdown(f.path)
    return `| ${name} | ${STATUS_MARK[f.status]} ${change} | ${size} | ${rows} | ${f.sha256 ? codeSpan(f.sha256.slice(0, 12)) : '—'} |`
  })
  const body = ['| File | Status | Size | Rows | sha256 |', '| --- | --- | --- | --- | --- |', ...rows]
  for (const f of snapshot.files) {
    const notes: string[] = []
    if (f.asOf) notes.push(`Time cut: rows up to ${escapeMarkdown(f.asOf)}; ${formatInt(f.ignoredRows ?? 0)} later row(s) ignored.`)
    if (f.schema) {
      const s = f.schema
      const parts = [
        s.added.length ? `added ${s.added.map(codeSpan).join(', ')}` : '',
        s.removed.length ? `removed ${s.removed.map(codeSpan).join(', ')}` : '',
        s.renamed.length ? `renamed ${s.renamed.map(x => `${codeSpan(x.from)} → ${codeSpan(x.to)}`).join(', ')}` : '',
        s.retyped.length ? `retyped ${s.retyped.map(x => `${codeSpan(x.column)} ${x.from} → ${x.to}`).join(', ')}` : '',
        s.reordered ? 'reordered' : ''
      ].filter(Boolean)
      notes.push(`Schema: ${parts.join('; ')}.`)
    }
    const ids = f.ids
    if (ids) {
      const list = (label: string, values: string[], total?: number): string =>
        values.length ? `${label} ${formatInt(total ?? values.length)}: ${values.map(escapeMarkdown).join(', ')}${(total ?? 0) > values.length ? ', …' : ''}` : ''
      const parts = [list('added', ids.added, f.rowsAdded), list('removed', ids.removed, f.rowsRemoved), list('changed', ids.changed, f.rowsChanged)].filter(Boolean)
      if (parts.length) notes.push(`Rows by id: ${parts.join('; ')}.`)
    }
    if (f.columns?.length) {
      const stat = (v: number | undefined): string => (v === undefined ? '—' : formatNumber(v))
      const pair = (a: number | undefined, b: number | undefined): string => (a === b ? stat(b) : `${stat(a)} → ${stat(b)}`)
      const table = [
        '| Column | Count | Missing | Min | Max | Mean | Distinct (est.) |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...f.columns.slice(0, 20).map(
          c =>
            `| ${escapeMarkdown(c.column)} | ${pair(c.before.count, c.after.count)} | ${pair(c.before.missing, c.after.missing)} | ${pair(c.before.min, c.after.min)} | ${pair(c.before.max, c.after.max)} | ${pair(c.before.mean, c.after.mean)} | ${pair(c.before.distinct, c.after.distinct)} |`
        )
      ]
      notes.push(table.join('\n'))
      if (f.columns.length > 20) notes.push(`… and ${f.columns.length - 20} more column(s) in the JSON report.`)
    }
    if (notes.length) body.push('', `${codeSpan(f.path)}:`, ...notes.flatMap(n => ['', n]))
  }
  return details(`Snapshot: ${escapeMarkdown(snapshot.lock)}`, body)
}

function valueText(v: number | string): string {
  return typeof v === 'number' ? formatNumber(v, 10) : escapeMarkdown(v)
}

function footer(r: AuditResult): string {
  return `<sub>Gate: fail-on ${r.gate.failOn} → exit ${r.gate.exitCode} · config ${escapeMarkdown(r.config)} · repro-audit ${r.tool.version}</sub>`
}
