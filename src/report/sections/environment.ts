import { escapeMarkdown } from '../escape.js'
import { details, table } from '../kit.js'
import type { ReportSection } from './section.js'

const DETAIL_CUT = 0

export const environmentSection: ReportSection<'environment'> = {
  key: 'environment',
  title: 'Environment',
  detailCut: DETAIL_CUT,
  bodyOrder: 5,
  summary(e) {
    if (e.status === 'skipped') return 'not recorded'
    const where = [
      e.current.os,
      e.current.arch,
      e.current.node && `node ${e.current.node}`,
      e.current.python && `python ${e.current.python}`
    ]
      .filter(Boolean)
      .join(', ')
    return e.differences.length
      ? `${where}; ${e.differences.length} difference(s) from the baseline's`
      : where
  },
  render(env) {
    if (!Object.keys(env.current).length) return []
    const keys = [...new Set([...Object.keys(env.current), ...Object.keys(env.baseline ?? {})])].sort()
    const rows = keys.map(k => [
      escapeMarkdown(k),
      escapeMarkdown(env.baseline?.[k] ?? '—'),
      escapeMarkdown(env.current[k] ?? '—')
    ])
    const title = env.differences.length
      ? `Environment: ${env.differences.length} difference(s) from the baseline's`
      : 'Environment'
    return [
      {
        text: details(title, [table(['', 'Baseline', 'This run'], rows)]),
        name: 'environment',
        cut: DETAIL_CUT
      }
    ]
  }
}
