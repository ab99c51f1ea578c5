// Headline rules of the dependency audit: installed versions that differ from the pins, unpinned
// declarations, base images by tag, versions changed since the baseline.
import type { AuditResult, DependenciesSection, DependencyPackage, Finding } from '../../core/result.js'
import { listed, NEXT_STEP, open, plural, resultsReproduce } from '../causes.js'
import type { Cause } from './section.js'

export function dependencyCauses(d: DependenciesSection, result: AuditResult): Cause[] {
  const findings = open(d.findings)
  const causes: Cause[] = findings
    .filter(f => f.code === 'deps.installed-differs' || f.code === 'deps.installed-outside-range')
    .map(f => installedCause(d, f, result))
  const unpinned = findings.filter(f => f.code === 'deps.unpinned' || f.code === 'deps.image-by-tag')
  if (unpinned.length) {
    const plain = `${plural(unpinned.length, 'requirement')} ${unpinned.length === 1 ? 'is' : 'are'} not pinned exactly (${listed(unpinned.map(f => f.package ?? f.code))})`
    causes.push({
      status: 'warn',
      order: 65,
      text: `Reproduced; ${plain}`,
      plain,
      next: NEXT_STEP.pin,
      codes: ['deps.unpinned', 'deps.image-by-tag']
    })
  }
  const changed = d.changes ?? []
  if (changed.length && findings.some(f => f.code === 'deps.changed-since-baseline')) {
    const plain = `${plural(changed.length, 'package version')} changed since the baseline (${listed(changed.map(c => `${c.name} ${c.baseline} → ${c.current}`))})`
    causes.push({
      status: 'warn',
      order: 62,
      text: `Reproduced; ${plain}`,
      plain,
      next: NEXT_STEP.rebaseline,
      codes: ['deps.changed-since-baseline']
    })
  }
  return causes
}

/** "pandas 1.5.3 is installed where requirements.txt:2 pins 2.0.3". */
function installedCause(d: DependenciesSection, f: Finding, result: AuditResult): Cause {
  const p = findPackage(d, f)
  const where = `${f.file ?? 'the requirements'}${f.line ? `:${f.line}` : ''}`
  const plain = p?.installed
    ? f.code === 'deps.installed-differs'
      ? `${p.name} ${p.installed} is installed where ${where} pins ${p.version ?? p.specifier}`
      : `${p.name} ${p.installed} is installed where ${where} asks for ${p.specifier}`
    : f.message.replace(/\.$/, '')
  const text = resultsReproduce(result) ? `Results reproduce, but ${plain}` : `Not reproduced: ${plain}`
  return { status: f.status, order: 60, text, plain, next: NEXT_STEP.install, codes: [f.code] }
}

function findPackage(d: DependenciesSection, f: Finding): DependencyPackage | undefined {
  const files = d.files.filter(x => !f.file || x.path === f.file)
  for (const file of files) {
    const p = file.packages.find(x => x.name === f.package && (f.line === undefined || x.line === f.line))
    if (p) return p
  }
  return undefined
}
