import { worst } from '../../core/status.js'
import { listed, open, plural } from '../causes.js'
import { escapeMarkdown } from '../escape.js'
import { details, table } from '../kit.js'
import type { ReportSection } from './section.js'

const DETAIL_CUT = 0

export const environmentSection: ReportSection<'environment'> = {
  key: 'environment',
  title: 'Environment',
  detailCut: DETAIL_CUT,
  bodyOrder: 5,
  causes(e) {
    const risky = open(e.findings)
    if (!risky.length || !e.differences.length) return []
    const plain = `the environment differs from the baseline's (${listed(e.differences.map(d => `${d.key} ${d.baseline} → ${d.current}`))})`
    const status = worst(...risky.map(f => f.status))
    return [{ status, order: 70, text: `Reproduced; ${plain}`, plain, codes: risky.map(f => f.code) }]
  },
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
      ? `${where}; ${plural(e.differences.length, 'difference')} from the baseline's`
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
      ? `Environment: ${plural(env.differences.length, 'difference')} from the baseline's`
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
