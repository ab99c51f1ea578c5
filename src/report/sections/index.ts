// The report's sections: one module each, listed here once. Every renderer iterates this list, so a
// new section is one module plus its entry here (the compiler refuses a result section left out).
import { SECTION_KEYS, type SectionKey } from '../../core/result.js'
import { comparisonSection } from './comparison.js'
import { dependenciesSection } from './dependencies.js'
import { determinismSection } from './determinism.js'
import { environmentSection } from './environment.js'
import { runsSection } from './runs.js'
import type { ReportSection } from './section.js'
import { snapshotSection } from './snapshot.js'

export type { ReportSection, TerminalLine } from './section.js'

export const REPORT_SECTIONS: { [K in SectionKey]: ReportSection<K> } = {
  snapshot: snapshotSection,
  runs: runsSection,
  determinism: determinismSection,
  comparison: comparisonSection,
  dependencies: dependenciesSection,
  environment: environmentSection
}

/** The sections in the overview's order. */
export const SECTION_LIST: ReportSection[] = SECTION_KEYS.map(key => REPORT_SECTIONS[key] as ReportSection)

/** The sections in the order their evidence appears in the Markdown body. */
export const BODY_ORDER: ReportSection[] = [...SECTION_LIST].sort((a, b) => a.bodyOrder - b.bodyOrder)

export function sectionTitle(key: SectionKey): string {
  return REPORT_SECTIONS[key].title
}
