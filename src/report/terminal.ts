import type { AuditResult } from '../core/result.js'
import { orderedFindings, triageNote } from './findings.js'
import { type SectionStatus } from '../core/status.js'
import { notACommand, oneLine } from '../core/text.js'
import { SECTION_LIST } from './sections/index.js'

const COLOURS: Record<SectionStatus, [number, number]> = {
  pass: [32, 39],
  warn: [33, 39],
  fail: [31, 39],
  error: [35, 39],
  skipped: [90, 39]
}
const MARKS: Record<SectionStatus, string> = { pass: '✔', warn: '!', fail: '✘', error: '✘', skipped: '-' }

/** Data text for a terminal: control and bidi characters (escape sequences included) shown escaped. */
const safe = oneLine

/**
 * Short terminal summary: colour on a TTY, plain text otherwise. `fullReport` names the report
 * file written beside it, if any, where the findings left out here can be read.
 */
export function renderTerminal(
  result: AuditResult,
  options: { colour: boolean; fullReport?: string }
): string {
  const paint = (status: SectionStatus, text: string): string =>
    options.colour ? `\x1b[${COLOURS[status][0]}m${text}\x1b[${COLOURS[status][1]}m` : text
  const lines = [`repro-audit ${result.command} · ${safe(result.audit)}`]
  for (const section of SECTION_LIST) {
    const status: SectionStatus = result[section.key].status
    if (status === 'skipped') continue
    lines.push(
      `  ${paint(status, `${MARKS[status]} ${status.padEnd(5)}`)} ${section.title.padEnd(13)} ${safe(section.summary(result[section.key], result))}`
    )
  }
  for (const section of SECTION_LIST)
    for (const line of section.terminal?.(result[section.key], result) ?? [])
      lines.push(
        line.status ? `  ${paint(line.status, MARKS[line.status])} ${safe(line.text)}` : safe(line.text)
      )
  const findings = orderedFindings(result)
  if (findings.length) {
    lines.push('')
    for (const { finding: f, depth } of findings.slice(0, 20)) {
      const where = f.file ? ` [${safe(f.file)}${f.line ? `:${f.line}` : ''}]` : ''
      const mark = f.accepted ? '~' : paint(f.status, MARKS[f.status])
      lines.push(`  ${depth ? '  ↳ ' : ''}${mark} ${safe(f.message)}${where}${safe(triageNote(f))}`)
    }
    if (findings.length > 20)
      lines.push(
        `  … ${findings.length - 20} more ${options.fullReport ? `in ${safe(options.fullReport)}` : '(--json lists them all)'}`
      )
  }
  lines.push('', `${paint(result.status, result.status.toUpperCase())}  ${safe(result.summary)}`)
  // A line that starts with data (an id, after the indent) must not read as a workflow command
  // when the CLI runs in a GitHub workflow.
  return lines.map(notACommand).join('\n') + '\n'
}
