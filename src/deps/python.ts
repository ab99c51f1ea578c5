// Python project and lock formats: pyproject.toml (PEP 621, PEP 735 groups, Poetry), poetry.lock,
// uv.lock, Pipfile and Pipfile.lock.
import { InputError } from '../core/errors.js'
import type { DependencyPackage } from '../core/result.js'
import { parseRequirementString } from './requirements.js'
import { asRecord, escapeRegExp, isRecord, LineFinder, readJson, readToml, type Parsed } from './text.js'
import { normalizePythonName, pep440Exact } from './versions.js'

/** pyproject.toml: `[project]` dependencies and extras, `[dependency-groups]`, and Poetry's tables. */
export function parsePyproject(text: string, file: string): Parsed {
  const doc = readToml(text, file)
  const lines = new LineFinder(text)
  const out: Parsed = { packages: [], problems: [] }
  const project = asRecord(doc.project)
  const pep508List = (items: unknown, group: string, header: RegExp): void => {
    if (!Array.isArray(items)) return
    let cursor = lines.match(header) ?? 1
    for (const item of items) {
      if (typeof item !== 'string') continue // `{ include-group = "…" }` declares no package itself
      const line = lines.find(JSON.stringify(item).slice(1, -1), cursor) ?? lines.find(item, cursor)
      if (line) cursor = line
      const result = parseRequirementString(item, line)
      if ('problem' in result) out.problems.push(result.problem)
      else if (result.pkg) {
        out.packages.push({ ...result.pkg, group })
        if (result.specifierProblem) out.problems.push(result.specifierProblem)
      }
    }
  }
  pep508List(project.dependencies, 'dependencies', /^\s*dependencies\s*=/)
  for (const [extra, items] of Object.entries(asRecord(project['optional-dependencies']))) {
    pep508List(items, `optional:${extra}`, new RegExp(`^\\s*["']?${escapeRegExp(extra)}["']?\\s*=`))
  }
  for (const [group, items] of Object.entries(asRecord(doc['dependency-groups']))) {
    pep508List(items, `group:${group}`, new RegExp(`^\\s*["']?${escapeRegExp(group)}["']?\\s*=`))
  }

  const poetry = asRecord(asRecord(doc.tool).poetry)
  const poetryTable = (table: unknown, group: string, header: string): void => {
    const start = lines.match(new RegExp(`^\\s*\\[${escapeRegExp(header)}\\]`)) ?? 1
    for (const [name, spec] of Object.entries(asRecord(table))) {
      if (name.toLowerCase() === 'python') continue // the interpreter, recorded by the environment fingerprint
      const line = lines.match(new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`), start)
      out.packages.push(poetryPackage(name, spec, group, line))
    }
  }
  poetryTable(poetry.dependencies, 'dependencies', 'tool.poetry.dependencies')
  poetryTable(poetry['dev-dependencies'], 'dev-dependencies', 'tool.poetry.dev-dependencies')
  for (const [group, value] of Object.entries(asRecord(poetry.group))) {
    poetryTable(asRecord(value).dependencies, `group:${group}`, `tool.poetry.group.${group}.dependencies`)
  }
  return out
}

/** A Poetry constraint: a bare version means exactly that version; `^`, `~`, `*` are ranges. */
function poetryPackage(rawName: string, spec: unknown, group: string, line?: number): DependencyPackage {
  const pkg: DependencyPackage = {
    name: normalizePythonName(rawName),
    specifier: '',
    pinned: false,
    line,
    ecosystem: 'python',
    group
  }
  const table = Array.isArray(spec) ? asRecord(spec[0]) : asRecord(spec)
  const constraint =
    typeof spec === 'string' ? spec : typeof table.version === 'string' ? table.version : undefined
  if (Array.isArray(spec))
    pkg.specifier = spec.map(s => (isRecord(s) ? String(s.version ?? '') : String(s))).join(' | ')
  else if (constraint !== undefined) pkg.specifier = constraint.trim()
  for (const kind of ['git', 'url', 'path'] as const) {
    if (typeof table[kind] === 'string') {
      pkg.source = kind === 'git' ? 'vcs' : kind
      pkg.specifier = `${kind}: ${table[kind] as string}${table.rev ? `@${String(table.rev)}` : table.tag ? `@${String(table.tag)}` : ''}`
    }
  }
  if (typeof table.markers === 'string') pkg.marker = table.markers
  if (!pkg.source && !Array.isArray(spec)) {
    const exact = /^\d[\w.+!-]*$/.test(pkg.specifier) ? pkg.specifier : pep440Exact(pkg.specifier)
    if (exact) {
      pkg.version = exact
      pkg.pinned = true
    }
  }
  return pkg
}

/** `[[package]]` lock tables (poetry.lock, uv.lock): one locked version each. */
function lockedPackages(text: string, file: string, format: 'poetry.lock' | 'uv.lock'): Parsed {
  const doc = readToml(text, file)
  const lines = new LineFinder(text)
  const headers = lines.all(/^\[\[package\]\]\s*$/)
  const out: Parsed = { packages: [], problems: [] }
  const list = Array.isArray(doc.package) ? doc.package : []
  list.forEach((entry, i) => {
    const p = asRecord(entry)
    const header = headers[i]
    const line = header !== undefined && /^name\s*=/.test(lines.lines[header] ?? '') ? header + 1 : header
    if (typeof p.name !== 'string') throw new InputError('a [[package]] table has no name', { file, line })
    const source = asRecord(p.source)
    // uv.lock lists the project itself (and workspace members) with a local source: not a dependency.
    if (
      format === 'uv.lock' &&
      (source.virtual !== undefined || source.editable !== undefined || source.directory !== undefined)
    )
      return
    const version = typeof p.version === 'string' ? p.version : undefined
    const pkg: DependencyPackage = {
      name: normalizePythonName(p.name),
      specifier: version ? `==${version}` : '',
      version,
      pinned: Boolean(version),
      line,
      ecosystem: 'python'
    }
    if (typeof p.category === 'string') pkg.group = p.category
    if (source.git !== undefined || source.type === 'git') pkg.source = 'vcs'
    else if (source.url !== undefined || source.type === 'url') pkg.source = 'url'
    out.packages.push(pkg)
  })
  return out
}

export function parsePoetryLock(text: string, file: string): Parsed {
  return lockedPackages(text, file, 'poetry.lock')
}

export function parseUvLock(text: string, file: string): Parsed {
  return lockedPackages(text, file, 'uv.lock')
}

/** Pipfile: `[packages]` and `[dev-packages]`, each value `"*"`, a specifier or a table. */
export function parsePipfile(text: string, file: string): Parsed {
  const doc = readToml(text, file)
  const lines = new LineFinder(text)
  const out: Parsed = { packages: [], problems: [] }
  for (const group of ['packages', 'dev-packages']) {
    const start = lines.match(new RegExp(`^\\s*\\[${escapeRegExp(group)}\\]`)) ?? 1
    for (const [rawName, spec] of Object.entries(asRecord(doc[group]))) {
      const line = lines.match(new RegExp(`^\\s*["']?${escapeRegExp(rawName)}["']?\\s*=`), start)
      const table = asRecord(spec)
      const specifier =
        typeof spec === 'string' ? spec.trim() : typeof table.version === 'string' ? table.version.trim() : ''
      const pkg: DependencyPackage = {
        name: normalizePythonName(rawName),
        specifier: specifier === '*' ? '' : specifier,
        pinned: false,
        line,
        ecosystem: 'python',
        group
      }
      if (typeof table.git === 'string') {
        pkg.source = 'vcs'
        pkg.specifier = `git: ${table.git}${table.ref ? `@${String(table.ref)}` : ''}`
      } else if (typeof table.path === 'string' || typeof table.file === 'string') {
        continue // a local project
      }
      if (typeof table.markers === 'string') pkg.marker = table.markers
      const exact = pkg.source ? undefined : pep440Exact(pkg.specifier)
      if (exact) {
        pkg.version = exact
        pkg.pinned = true
      }
      out.packages.push(pkg)
    }
  }
  return out
}

/** Pipfile.lock (JSON): `default` and `develop`, each package with `"version": "==x"`. */
export function parsePipfileLock(text: string, file: string): Parsed {
  const doc = asRecord(readJson(text, file))
  const lines = new LineFinder(text)
  const out: Parsed = { packages: [], problems: [] }
  for (const group of ['default', 'develop']) {
    const start = lines.match(new RegExp(`^\\s*"${group}"\\s*:`)) ?? 1
    let cursor = start
    for (const [rawName, value] of Object.entries(asRecord(doc[group]))) {
      const entry = asRecord(value)
      const line =
        lines.find(`${JSON.stringify(rawName)}: {`, cursor) ?? lines.find(JSON.stringify(rawName), start)
      if (line) cursor = line
      const specifier = typeof entry.version === 'string' ? entry.version : ''
      const exact = pep440Exact(specifier)
      const pkg: DependencyPackage = {
        name: normalizePythonName(rawName),
        specifier,
        pinned: Boolean(exact),
        line,
        ecosystem: 'python',
        group
      }
      if (exact) pkg.version = exact
      if (typeof entry.markers === 'string') pkg.marker = entry.markers
      if (typeof entry.git === 'string') {
        pkg.source = 'vcs'
        pkg.specifier = `git: ${entry.git}${entry.ref ? `@${String(entry.ref)}` : ''}`
      } else if (typeof entry.path === 'string' || typeof entry.file === 'string') {
        continue
      }
      out.packages.push(pkg)
    }
  }
  return out
}
