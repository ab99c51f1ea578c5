// What every report section provides. One module per section (this folder), listed once in index.ts.
import type { AuditResult, AuditSections, SectionKey } from '../../core/result.js'
import type { SectionStatus, Status } from '../../core/status.js'
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
  /** The causes its findings point to, for the headline (src/report/headline.ts ranks them). */
  causes?(section: AuditSections[K], result: AuditResult): Cause[]
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

/** One cause for the headline. */
export interface Cause {
  status: Status
  /** Within one status, lower comes first: the data (10), the code and parameters (20), determinism (30), results (40), dependencies (60), environment (70). */
  order: number
  /** The sentence for `repro-audit run`: "Not reproduced: parameters changed since the baseline (max_depth 8 → 6)". */
  text: string
  /** The same cause without the opening, for other commands: "parameters changed since the baseline (…)". */
  plain: string
  /** The next step: "If intended: `repro-audit baseline` and commit." */
  next?: string
  /** The finding codes this cause speaks for (the rest get a generic cause each). */
  codes: string[]
  /** Leads over warnings even at status pass (a baseline the pull request updates on purpose). */
  leads?: boolean
}
