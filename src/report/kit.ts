// Small Markdown building blocks shared by the report's sections.
import { formatInt, formatNumber } from '../core/format.js'
import { STATUS_MARK, type SectionStatus } from '../core/status.js'
import { codeSpan, escapeMarkdown } from './escape.js'

/** A piece of the report; `cut` orders what goes first when the text is too long (lower first). */
export interface Part {
  text: string
  /** Named in the note when it is left out; undefined for parts that always stay. */
  name?: string
  cut?: number
}

/** Cut level of the section tables: they go last, after every detail and the chart. */
export const TABLE_CUT = 5

const ROWS_SHOWN = 20

export function details(summary: string, body: string[]): string {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>'].join('\n')
}

export function table(head: string[], rows: string[][], total = rows.length): string {
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.slice(0, ROWS_SHOWN).map(r => `| ${r.join(' | ')} |`)
  ]
  if (total > Math.min(rows.length, ROWS_SHOWN))
    lines.push('', `_… ${formatInt(total - Math.min(rows.length, ROWS_SHOWN))} more in the JSON report._`)
  return lines.join('\n')
}

export function heading(status: SectionStatus, title: string): string {
  return `### ${STATUS_MARK[status]} ${title}`
}

export const sha = (s: string | undefined): string => (s ? codeSpan(s.slice(0, 12)) : '—')

/** Two values printed with as many digits as it takes to tell them apart (10 at least, up to 17). */
export function distinguishing(a: unknown, b: unknown): [string, string] {
  if (typeof a !== 'number' || typeof b !== 'number') return [String(a), String(b)]
  for (let digits = 10; digits < 17; digits++) {
    const pair: [string, string] = [formatNumber(a, digits), formatNumber(b, digits)]
    if (pair[0] !== pair[1] || a === b) return pair
  }
  return [String(a), String(b)]
}

export function valueText(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v, 10)
  if (typeof v === 'string') return escapeMarkdown(v)
  return codeSpan(JSON.stringify(v) ?? 'absent')
}
