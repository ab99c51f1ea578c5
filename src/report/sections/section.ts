// What every report section provides. One module per section (this folder), listed once in index.ts.
import type { AuditResult, AuditSections, SectionKey } from '../../core/result.js'
import type { SectionStatus } from '../../core/status.js'
import type { Part } from '../kit.js'

export interface ReportSection<K extends SectionKey = SectionKey> {
  key: K
  /** The section's name in the overview, its heading and the aggregate's matrix. */
  title: string
  /** One line for the overview table (Markdown) and the status lines (terminal). */
  summary(section: AuditSections[K], result: AuditResult): string
  /** Its Markdown: heading, tables, folded details; nothing when it has nothing to show. */
  render(section: AuditSections[K], result: AuditResult): Part[]
  /** Extra terminal lines after the status lines, when the section has evidence worth printing. */
  terminal?(section: AuditSections[K], result: AuditResult): TerminalLine[]
  /** Cut level of its folded details when the report is too long (lower goes first). */
  detailCut: number
  /** Position of its evidence in the Markdown body (lower first); the overview keeps SECTION_KEYS' order. */
  bodyOrder: number
}

/** A terminal line whose mark is painted by status. */
export interface TerminalLine {
  status?: SectionStatus
  text: string
}
