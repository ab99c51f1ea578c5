import type { DependencyPackage } from '../report/model.js'

/** PEP 503 name normalisation: runs of -, _ and . become one -, all lower case. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/

/** Parse a pip requirements file into packages (option and include lines are skipped). */
export function parseRequirements(text: string): DependencyPackage[] {
  const packages: DependencyPackage[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    let line = lines[i]
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]
    line = line.replace(/(^|\s)#.*$/, '').trim()
    if (!line || line.startsWith('-')) continue
    const m = REQUIREMENT.exec(line)
    if (!m) continue
    const specifier = m[3].split(';')[0].replace(/\s--hash=\S+/g, '').trim()
    const exact = /^===?\s*([^\s,*]+)$/.exec(specifier)
    packages.push({ name: normalizePythonName(m[1]), specifier, version: exact?.[1], pinned: Boolean(exact), line: lineNo })
  }
  return packages
}
