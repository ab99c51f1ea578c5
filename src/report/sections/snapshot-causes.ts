// Headline rules of the snapshot: data changed (values, rows, schema), or only reordered or re-encoded.
import type { AuditResult, SnapshotFile, SnapshotSection } from '../../core/result.js'
import { worst } from '../../core/status.js'
import { consequencesOf, listed, NEXT_STEP, open, plural } from '../causes.js'
import type { Cause } from './section.js'

const SAME_ROWS = new Set(['reordered', 're-encoded'])

export function snapshotCauses(s: SnapshotSection, result: AuditResult): Cause[] {
  const causes: Cause[] = []
  for (const f of s.files) {
    const findings = open(s.findings).filter(x => x.file === undefined || sameFile(x.file, f.path))
    const kinds = (f.kinds ?? []).filter(k => findings.some(x => x.code === `snapshot.${k}`))
    if (!kinds.length) continue
    const codes = kinds.map(k => `snapshot.${k}`)
    if (kinds.every(k => SAME_ROWS.has(k))) causes.push(sameRowsCause(f, kinds, codes, result))
    else causes.push(changedCause(f, codes))
  }
  return causes
}

/** Finding files are shown relative to the working folder; snapshot paths to the config. */
const sameFile = (shown: string, key: string): boolean => shown === key || shown.endsWith(`/${key}`)

function changedCause(f: SnapshotFile, codes: string[]): Cause {
  const plain = `${f.path} ${changeText(f)}`
  return { status: 'fail', order: 10, text: `Not reproduced: ${plain}`, plain, next: NEXT_STEP.relock, codes }
}

/** "changed in 2 rows (Ids 7 and 41; column Lot_Area)", "has 3 new rows and 1 fewer", "changed its columns (…)". */
function changeText(f: SnapshotFile): string {
  const parts: string[] = []
  if (f.rowsChanged) {
    const ids = f.ids?.changed.length ? `Ids ${listed(f.ids.changed, f.rowsChanged)}` : ''
    const names = changedColumns(f)
    const cols = names.length ? `${names.length === 1 ? 'column' : 'columns'} ${listed(names)}` : ''
    const detail = [ids, cols].filter(Boolean).join('; ')
    parts.push(`changed in ${plural(f.rowsChanged, 'row')}${detail ? ` (${detail})` : ''}`)
  }
  if (f.rowsAdded) parts.push(`gained ${plural(f.rowsAdded, 'row')}`)
  if (f.rowsRemoved) parts.push(`lost ${plural(f.rowsRemoved, 'row')}`)
  if (f.schema) parts.push(`changed its columns (${schemaText(f.schema)})`)
  if (!parts.length) parts.push(f.change === 'changed' ? 'changed since it was locked' : `is ${f.change}`)
  return listed(parts, parts.length, parts.length)
}

/**
 * The columns whose values changed: from the column statistics, or else (rows were also removed, so
 * the statistics compare different rows) from the changed values, when every changed row was read.
 */
function changedColumns(f: SnapshotFile): string[] {
  if (f.columns?.length) return f.columns.map(c => c.column)
  if (!f.cells?.length || (f.cellRows ?? 0) < (f.rowsChanged ?? 0)) return []
  return [...new Set(f.cells.map(c => c.column))]
}

function schemaText(s: NonNullable<SnapshotFile['schema']>): string {
  return [
    s.added.length ? `added ${listed(s.added)}` : '',
    s.removed.length ? `removed ${listed(s.removed)}` : '',
    s.renamed.length ? `renamed ${listed(s.renamed.map(r => `${r.from} → ${r.to}`))}` : '',
    s.retyped.length ? `retyped ${listed(s.retyped.map(r => `${r.column} ${r.from} → ${r.to}`))}` : '',
    s.reordered ? 'reordered' : ''
  ]
    .filter(Boolean)
    .join('; ')
}

/**
 * Same rows, other order or bytes. Alone it is a warning ("only reordered"); when the predictions
 * moved with it (their findings name it as the cause) the two are one story, told as a failure.
 */
function sameRowsCause(f: SnapshotFile, kinds: string[], codes: string[], result: AuditResult): Cause {
  const what = kinds.includes('reordered')
    ? `the rows of ${f.path} were reordered`
    : `${f.path} was re-encoded`
  const after = codes.flatMap(code => consequencesOf(result, code))
  if (after.length) {
    const status = worst(...after.map(x => x.status))
    const rows = result.comparison.predictions?.rowsChanged
    const moved = rows ? `${plural(rows, 'prediction')} changed with them` : 'the results changed with them'
    const plain = `${what} and ${moved}: the pipeline depends on the order of its input`
    return { status, order: 10, text: `Not reproduced: ${plain}`, plain, next: NEXT_STEP.relock, codes }
  }
  const only = kinds.includes('reordered')
    ? `the rows of ${f.path} were only reordered`
    : `${f.path} was only re-encoded (same values)`
  return {
    status: 'warn',
    order: 10,
    text: `Reproduced; ${only}`,
    plain: only,
    next: NEXT_STEP.relockOnly,
    codes
  }
}
