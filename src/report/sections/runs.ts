import type { RunsSection } from '../../core/result.js'
import { STATUS_MARK } from '../../core/status.js'
import { formatInt } from '../../core/format.js'
import { plural } from '../causes.js'
import { codeBlock, codeSpan, escapeMarkdown } from '../escape.js'
import { details, sha, table } from '../kit.js'
import type { ReportSection } from './section.js'

const DETAIL_CUT = 0

export const runsSection: ReportSection<'runs'> = {
  key: 'runs',
  title: 'Runs',
  detailCut: DETAIL_CUT,
  bodyOrder: 3,
  summary(r) {
    if (r.status === 'skipped') return 'not run'
    return `${plural(r.runs.length, 'run')} of the ${r.engine} pipeline`
  },
  render(r) {
    if (!r.runs.length) return []
    return [
      {
        text: details(
          `Runs: ${formatInt(r.runs.length)} of the ${escapeMarkdown(r.engine)} pipeline`,
          runsBody(r)
        ),
        name: 'runs',
        cut: DETAIL_CUT
      }
    ]
  }
}

function runsBody(r: RunsSection): string[] {
  const settings = Object.entries(r.settings)
    .map(([k, v]) => codeSpan(`${k}=${v}`))
    .join(' ')
  const rows = r.runs.map(x => [
    escapeMarkdown(x.id),
    escapeMarkdown(x.perturbation),
    `${STATUS_MARK[x.status]} ${x.status}`,
    sha(x.predictionsSha256)
  ])
  const body = [
    `Every run had ${settings}.`,
    '',
    table(['Run', 'Varied', 'Status', 'Predictions sha256'], rows)
  ]
  // A failed run's last lines of output are the first thing a reader needs.
  for (const x of r.runs.filter(run => run.output))
    body.push('', `Last lines printed by ${codeSpan(x.id)}:`, '', codeBlock(x.output ?? ''))
  return body
}
