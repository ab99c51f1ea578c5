import { formatInt } from '../../core/format.js'
import type { DependenciesSection, DependencyFile } from '../../core/result.js'
import { codeSpan, escapeMarkdown } from '../escape.js'
import { plural } from '../causes.js'
import { details, heading, table, TABLE_CUT, type Part } from '../kit.js'
import { dependencyCauses } from './dependencies-causes.js'
import type { ReportSection } from './section.js'

const TITLE = 'Dependencies'
const DETAIL_CUT = 0

export const dependenciesSection: ReportSection<'dependencies'> = {
  key: 'dependencies',
  title: TITLE,
  detailCut: DETAIL_CUT,
  bodyOrder: 4,
  causes: dependencyCauses,
  summary(d) {
    if (d.status === 'skipped') return 'no dependency files configured'
    const packages = d.files.reduce((n, f) => n + f.packages.length, 0)
    const unpinned = d.files.reduce((n, f) => n + f.packages.filter(p => !p.pinned).length, 0)
    const differ = d.findings.filter(
      f => f.code === 'deps.installed-differs' || f.code === 'deps.installed-outside-range'
    ).length
    const changed = d.changes?.length ? `; ${formatInt(d.changes.length)} changed since the baseline` : ''
    return `${plural(packages, 'package')} in ${plural(d.files.length, 'file')}; ${formatInt(unpinned)} not pinned exactly${differ ? `; ${plural(differ, 'installed version')} ${differ === 1 ? 'differs' : 'differ'}` : ''}${changed}`
  },
  render(d) {
    if (!d.files.length) return []
    const rows = d.files.map(f => [
      escapeMarkdown(f.path),
      escapeMarkdown(f.format),
      formatInt(f.packages.length),
      formatInt(f.packages.filter(x => !x.pinned).length)
    ])
    const parts: Part[] = [
      { text: heading(d.status, TITLE) },
      {
        text: table(['File', 'Format', 'Packages', 'Not pinned exactly'], rows),
        name: 'dependencies table',
        cut: TABLE_CUT
      }
    ]
    const body = dependencyDetails(d)
    if (body.length)
      parts.push({ text: details('Dependency details', body), name: 'dependency details', cut: DETAIL_CUT })
    return parts
  }
}

function dependencyDetails(d: DependenciesSection): string[] {
  const body: string[] = []
  if (d.installedFrom?.length)
    body.push(`Installed versions read with ${d.installedFrom.map(x => escapeMarkdown(x)).join(', ')}.`, '')
  for (const f of d.files) body.push(...notablePackages(f))
  const changes = d.changes ?? []
  if (changes.length) {
    body.push(
      'Changed since the baseline:',
      '',
      table(
        ['Package', 'Baseline', 'This run', 'Distance'],
        changes
          .slice(0, 50)
          .map(c => [
            escapeMarkdown(c.name),
            escapeMarkdown(c.baseline),
            escapeMarkdown(c.current),
            c.distance ?? '—'
          ]),
        changes.length
      ),
      ''
    )
  }
  return body
}

const isLock = (format: string): boolean =>
  format.endsWith('.lock') || format === 'package-lock.json' || format === 'conda-lock.yml'

/** Unpinned declarations (lock files pin by nature) and installed versions that differ. */
function notablePackages(f: DependencyFile): string[] {
  const notable = f.packages.filter(
    x => (!x.pinned && !isLock(f.format)) || (x.distance && x.distance !== 'equal')
  )
  if (!notable.length) return []
  const from = f.includedFrom ? ` (included from ${codeSpan(f.includedFrom)})` : ''
  return [
    `${codeSpan(f.path)}${from}:`,
    '',
    table(
      ['Package', 'Declared', 'Installed', 'Line'],
      notable
        .slice(0, 50)
        .map(x => [
          escapeMarkdown(x.name),
          codeSpan(x.specifier || '(any)'),
          x.installed
            ? `${escapeMarkdown(x.installed)}${x.distance && x.distance !== 'equal' ? ` (${x.distance})` : ''}`
            : '—',
          x.line === undefined ? '—' : String(x.line)
        ]),
      notable.length
    ),
    ''
  ]
}
