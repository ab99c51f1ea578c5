import { formatBytes, formatInt, formatNumber } from '../../core/format.js'
import type { SnapshotFile, SnapshotSection } from '../../core/result.js'
import { STATUS_MARK } from '../../core/status.js'
import { plural } from '../causes.js'
import { codeSpan, escapeMarkdown } from '../escape.js'
import { details, heading, sha, table, TABLE_CUT, type Part } from '../kit.js'
import type { ReportSection } from './section.js'
import { cellsMarkdown, cellsTerminal } from './snapshot-cells.js'
import { snapshotCauses } from './snapshot-causes.js'

const TITLE = 'Snapshot'
const DETAIL_CUT = 1

export const snapshotSection: ReportSection<'snapshot'> = {
  key: 'snapshot',
  title: TITLE,
  detailCut: DETAIL_CUT,
  bodyOrder: 1,
  causes: snapshotCauses,
  summary(s) {
    if (s.status === 'skipped') return 'not checked'
    const changed = s.files.filter(f => f.change !== 'unchanged')
    if (s.files.length === 0) return s.findings[0]?.message ?? 'no files'
    return changed.length === 0
      ? `${plural(s.files.length, 'file')} ${s.files.length === 1 ? 'matches' : 'match'} the lock`
      : `${formatInt(changed.length)} of ${plural(s.files.length, 'file')} ${changed.length === 1 ? 'differs' : 'differ'} from the lock: ${changed.map(f => (f.kinds?.length ? `${f.path} (${f.kinds.join(', ')})` : f.path)).join(', ')}`
  },
  render(s) {
    if (!s.files.length) return []
    const parts: Part[] = [
      { text: heading(s.status, TITLE) },
      {
        text: table(['File', 'Status', 'Size', 'Rows'], changedRows(s)),
        name: 'snapshot table',
        cut: TABLE_CUT
      }
    ]
    // Changed values stay in view: they are what a reviewer checks first.
    const values = s.files.flatMap(cellsMarkdown)
    if (values.length)
      parts.push({ text: values.join('\n\n'), name: 'changed values (old → new)', cut: DETAIL_CUT })
    const notes = s.files.flatMap(f => {
      const n = snapshotNotes(f)
      return n.length ? ['', `${codeSpan(f.path)}:`, ...n.flatMap(x => ['', x])] : []
    })
    if (notes.length)
      parts.push({
        text: details('What changed in the data', notes.slice(1)),
        name: 'snapshot changes (ids, schema, column statistics)',
        cut: DETAIL_CUT
      })
    const all = s.files.map(f => [escapeMarkdown(f.path), sha(f.lockedSha256 ?? f.sha256), sha(f.sha256)])
    parts.push({
      text: details(
        `${s.files.length === 1 ? 'The file' : `All ${formatInt(s.files.length)} files`} of ${escapeMarkdown(s.lock)}`,
        [table(['File', 'Locked sha256', 'sha256'], all)]
      ),
      name: 'snapshot details',
      cut: DETAIL_CUT
    })
    return parts
  },
  terminal(s) {
    const lines = s.files.flatMap(cellsTerminal)
    return lines.length ? [{ text: '' }, ...lines] : []
  }
}

/** One row per changed file (every file when none changed): status, size and rows, locked → now. */
function changedRows(s: SnapshotSection): string[][] {
  const changed = s.files.filter(f => f.change !== 'unchanged')
  return (changed.length ? changed : s.files).map(f => {
    const size =
      f.lockedSize !== undefined && f.lockedSize !== f.size
        ? `${formatBytes(f.lockedSize)} → ${formatBytes(f.size ?? 0)}`
        : f.size !== undefined
          ? formatBytes(f.size)
          : '—'
    const count =
      f.lockedRows !== undefined && f.lockedRows !== f.rows
        ? `${formatInt(f.lockedRows)} → ${f.rows === undefined ? '?' : formatInt(f.rows)}`
        : f.rows !== undefined
          ? formatInt(f.rows)
          : '—'
    const change = f.kinds?.length ? f.kinds.join(', ') : f.change
    const name = f.entry
      ? `${escapeMarkdown(f.path)} (in ${escapeMarkdown(f.entry)})`
      : escapeMarkdown(f.path)
    return [name, `${STATUS_MARK[f.status]} ${change}`, size, count]
  })
}

/** Time cut, schema change, rows by id and column statistics before → after, for one file. */
function snapshotNotes(f: SnapshotFile): string[] {
  const notes: string[] = []
  if (f.asOf)
    notes.push(
      `Time cut: rows up to ${escapeMarkdown(f.asOf)}; ${plural(f.ignoredRows ?? 0, 'later row')} ignored.`
    )
  if (f.schema) notes.push(schemaNote(f.schema))
  if (f.ids) {
    const list = (label: string, values: string[], total?: number): string =>
      values.length
        ? `${label} ${formatInt(total ?? values.length)}: ${values.map(x => escapeMarkdown(x)).join(', ')}${(total ?? 0) > values.length ? ', …' : ''}`
        : ''
    const parts = [
      list('added', f.ids.added, f.rowsAdded),
      list('removed', f.ids.removed, f.rowsRemoved),
      list('changed', f.ids.changed, f.rowsChanged)
    ].filter(Boolean)
    if (parts.length) notes.push(`Rows by id: ${parts.join('; ')}.`)
  }
  if (f.columns?.length) notes.push(statisticsTable(f))
  return notes
}

function schemaNote(s: NonNullable<SnapshotFile['schema']>): string {
  const parts = [
    s.added.length ? `added ${s.added.map(x => codeSpan(x)).join(', ')}` : '',
    s.removed.length ? `removed ${s.removed.map(x => codeSpan(x)).join(', ')}` : '',
    s.renamed.length
      ? `renamed ${s.renamed.map(x => `${codeSpan(x.from)} → ${codeSpan(x.to)}`).join(', ')}`
      : '',
    s.retyped.length
      ? `retyped ${s.retyped.map(x => `${codeSpan(x.column)} ${x.from} → ${x.to}`).join(', ')}`
      : '',
    s.reordered ? 'reordered' : ''
  ].filter(Boolean)
  return `Schema: ${parts.join('; ')}.`
}

function statisticsTable(f: SnapshotFile): string {
  const stat = (v: number | undefined): string => (v === undefined ? '—' : formatNumber(v))
  const pair = (a: number | undefined, b: number | undefined): string =>
    a === b ? stat(b) : `${stat(a)} → ${stat(b)}`
  return table(
    ['Column', 'Count', 'Missing', 'Min', 'Max', 'Mean', 'Distinct (est.)'],
    (f.columns ?? []).map(c => [
      escapeMarkdown(c.column),
      pair(c.before.count, c.after.count),
      pair(c.before.missing, c.after.missing),
      pair(c.before.min, c.after.min),
      pair(c.before.max, c.after.max),
      pair(c.before.mean, c.after.mean),
      pair(c.before.distinct, c.after.distinct)
    ])
  )
}
