// Changed values of a data file, locked → now, for the Markdown and the terminal. The values are
// data: every one is cut and escaped, one line each.
import { formatInt } from '../../core/format.js'
import type { SnapshotFile } from '../../core/result.js'
import { plural } from '../causes.js'
import { codeSpan, escapeMarkdown, escapeMessage } from '../escape.js'
import { table } from '../kit.js'
import type { TerminalLine } from './section.js'

/** Most cells listed per file. */
const CELLS_SHOWN = 10
/** Longest value shown; longer ones end in an ellipsis (the JSON keeps up to 200 characters). */
const VALUE_SHOWN = 60

const cut = (text: string): string => {
  const chars = [...text]
  return chars.length > VALUE_SHOWN ? `${chars.slice(0, VALUE_SHOWN - 1).join('')}…` : text
}

/** "first 2 changed rows", "first 5 of 40 changed rows". */
function rowsRead(f: SnapshotFile): string {
  const read = f.cellRows ?? 0
  const total = f.rowsChanged ?? read
  return total > read
    ? `the first ${formatInt(read)} of ${plural(total, 'changed row')}`
    : plural(read, 'changed row')
}

/** The Markdown of one file's changed values, or its one-line reason why none are shown. */
export function cellsMarkdown(f: SnapshotFile): string[] {
  if (f.cellsUnavailable)
    return [`Changed values of ${codeSpan(f.path)} are not shown: ${escapeMessage(f.cellsUnavailable)}.`]
  if (!f.cells?.length) return []
  const value = (v: string): string => (v === '' ? '_empty_' : codeSpan(cut(v)))
  const rows = f.cells.map(c => [escapeMarkdown(c.id), escapeMarkdown(c.column), value(c.old), value(c.new)])
  return [
    `Changed values of ${codeSpan(f.path)}, locked → now (${rowsRead(f)}):`,
    table(
      [escapeMarkdown(f.idColumn ?? 'Id'), 'Column', 'Locked', 'Now'],
      rows.slice(0, CELLS_SHOWN),
      rows.length
    )
  ]
}

/** The terminal lines of one file's changed values. */
export function cellsTerminal(f: SnapshotFile): TerminalLine[] {
  if (f.cellsUnavailable) return [{ text: `  ${f.path}: changed values not shown: ${f.cellsUnavailable}` }]
  if (!f.cells?.length) return []
  // The terminal renderer makes every line safe (control characters shown escaped).
  const value = (v: string): string => (v === '' ? '(empty)' : cut(v))
  const lines: TerminalLine[] = [{ text: `  ${f.path}: changed values, locked → now (${rowsRead(f)})` }]
  for (const c of f.cells.slice(0, CELLS_SHOWN))
    lines.push({
      text: `      ${f.idColumn ?? 'id'} ${c.id} · ${c.column}: ${value(c.old)} → ${value(c.new)}`
    })
  if (f.cells.length > CELLS_SHOWN)
    lines.push({ text: `      … ${f.cells.length - CELLS_SHOWN} more (--json)` })
  return lines
}
