import { type SectionStatus } from '../core/status.js'
import type { AuditResult } from './model.js'
import { SECTION_TITLES, sectionSummary, type SectionKey } from './summaries.js'

const COLOURS: Record<SectionStatus, [number, number]> = {
  pass: [32, 39],
  warn: [33, 39],
  fail: [31, 39],
  error: [35, 39],
  skipped: [90, 39]
}
const MARKS: Record<SectionStatus, string> = { pass: '✔', warn: '!', fail: '✘', error: '✘', skipped: '-' }

/** Short terminal summary: colour on a TTY, plain text otherwise. */
export function renderTerminal(result: AuditResult, options: { colour: boolean }): string {
  const paint = (status: SectionStatus, text: string): string => (options.colour ? `\x1b[${COLOURS[status][0]}m${text}\x1b[${COLOURS[status][1]}m` : text)
  const lines = [`repro-audit ${result.command} · ${result.audit}`]
  for (const key of Object.keys(SECTION_TITLES) as SectionKey[]) {
    const status = result[key].status as SectionStatus
    if (status === 'skipped') continue
    lines.push(`  ${paint(status, `${MARKS[status]} ${status.padEnd(5)}`)} ${SECTION_TITLES[key].padEnd(13)} ${sectionSummary(result, key)}`)
  }
  const findings = (Object.keys(SECTION_TITLES) as SectionKey[]).flatMap(k => result[k].findings).filter(f => f.status !== 'pass')
  if (findings.length) {
    lines.push('')
    for (const f of findings.slice(0, 20)) {
      const where = f.file ? ` [${f.file}${f.line ? `:${f.line}` : ''}]` : ''
      lines.push(`  ${paint(f.status, MARKS[f.status])} ${f.message}${where}`)
    }
    if (findings.length > 20) lines.push(`  … ${findings.length - 20} more in report.json`)
  }
  lines.push('', `${paint(result.status, result.status.toUpperCase())}  ${result.summary}`)
  return lines.join('\n') + '\n'
}
