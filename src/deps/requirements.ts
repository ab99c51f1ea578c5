// pip requirements files (and `pip freeze` output, which is the same syntax) and PEP 508 strings.
import type { DependencyPackage, Finding } from '../core/result.js'
import { normalizePythonName, pep440Exact, pep440Problem } from './versions.js'

export { normalizePythonName } from './versions.js'

export interface Include {
  /** `-r` pulls in requirements, `-c` constraints. */
  kind: 'requirements' | 'constraints'
  target: string
  line: number
}

export interface ParsedRequirements {
  packages: DependencyPackage[]
  includes: Include[]
  /** Lines that are not requirements pip would accept, as findings without a file (the caller adds it). */
  problems: Finding[]
}

// Options that take a value; the value may follow a space or an `=`.
const INCLUDE_OPTIONS: Record<string, Include['kind']> = {
  '-r': 'requirements',
  '--requirement': 'requirements',
  '-c': 'constraints',
  '--constraint': 'constraints'
}
const EDITABLE_OPTIONS = new Set(['-e', '--editable'])

/** Parse the text of a requirements file. Never throws: unusable lines become problems. */
export function parseRequirements(text: string): ParsedRequirements {
  const out: ParsedRequirements = { packages: [], includes: [], problems: [] }
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    let line = lines[i]
    // A backslash at the end of a line continues it (used by `--hash` blocks of pip-compile and uv).
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]
    line = stripComment(line).trim()
    if (!line) continue
    if (line.startsWith('-')) {
      optionLine(line, lineNo, out)
      continue
    }
    const parsed = parseRequirementString(line, lineNo)
    if ('problem' in parsed) out.problems.push(parsed.problem)
    else if (parsed.pkg) {
      out.packages.push(parsed.pkg)
      if (parsed.specifierProblem) out.problems.push(parsed.specifierProblem)
    }
  }
  return out
}

/** pip drops `#` comments that start a line or follow whitespace; `#egg=` inside a URL stays. */
function stripComment(line: string): string {
  if (line.startsWith('#')) return ''
  const m = /\s#/.exec(line)
  return m ? line.slice(0, m.index) : line
}

function optionLine(line: string, lineNo: number, out: ParsedRequirements): void {
  const m = /^(--?[A-Za-z][\w-]*)(?:\s*=\s*|\s+)?(.*)$/.exec(line)
  if (!m) return
  const [, option, rest] = m
  const value = rest.trim()
  const kind = INCLUDE_OPTIONS[option]
  if (kind) {
    if (!value) out.problems.push(problem(`${option} names no file`, lineNo))
    else out.includes.push({ kind, target: value, line: lineNo })
    return
  }
  if (EDITABLE_OPTIONS.has(option)) {
    if (!value) {
      out.problems.push(problem(`${option} names nothing to install`, lineNo))
      return
    }
    const pkg = urlRequirement(value, lineNo, 'editable')
    if (pkg) out.packages.push(pkg)
  }
  // Every other option line (--index-url, --find-links, --pre, --hash on its own, …) declares no package.
}

export type RequirementResult = { problem: Finding } | { pkg?: DependencyPackage; specifierProblem?: Finding }

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*/

/**
 * One PEP 508 requirement (`name[extras] specifier ; marker`), a `name @ url` reference, a URL or a
 * local path, with pip's per-requirement options (`--hash`, …) removed. Local paths are the project
 * itself, not a third-party dependency: they yield no package.
 */
export function parseRequirementString(raw: string, lineNo?: number): RequirementResult {
  // pip's rule: the requirement ends at the first token that starts with `-` (`--hash=…` and friends).
  const tokens = raw.trim().split(/\s+/)
  const firstOption = tokens.findIndex(t => t.startsWith('-'))
  let text = (firstOption < 0 ? tokens : tokens.slice(0, firstOption)).join(' ')
  if (!text) return {}
  if (isUrl(text)) {
    const pkg = urlRequirement(text, lineNo, 'url')
    return pkg
      ? { pkg }
      : { problem: problem(`cannot tell which package "${text}" installs (no #egg= name)`, lineNo) }
  }
  if (isLocalPath(text)) return {}
  let marker: string | undefined
  const semi = text.indexOf(';')
  if (semi >= 0) {
    marker = text.slice(semi + 1).trim() || undefined
    text = text.slice(0, semi).trim()
  }
  const m = NAME.exec(text)
  if (!m) return { problem: problem(`"${truncate(raw)}" is not a requirement pip understands`, lineNo) }
  const name = normalizePythonName(m[1])
  let specifier = text.slice(m[0].length).trim()
  if (specifier.startsWith('@')) {
    const url = specifier.slice(1).trim()
    return {
      pkg: {
        name,
        specifier: `@ ${url}`,
        pinned: false,
        line: lineNo,
        ecosystem: 'python',
        marker,
        source: /^[a-z]+\+/.test(url) ? 'vcs' : 'url'
      }
    }
  }
  // Old-style `name (>=1.0)`.
  if (specifier.startsWith('(') && specifier.endsWith(')')) specifier = specifier.slice(1, -1).trim()
  specifier = specifier.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ',')
  const pkg: DependencyPackage = { name, specifier, pinned: false, line: lineNo, ecosystem: 'python' }
  if (marker) pkg.marker = marker
  const why = pep440Problem(specifier)
  if (why)
    return {
      pkg,
      specifierProblem: {
        status: 'fail',
        code: 'deps.invalid-specifier',
        message: `${name}: ${why}; pip refuses it.`,
        line: lineNo
      }
    }
  const exact = pep440Exact(specifier)
  if (exact) {
    pkg.version = exact
    pkg.pinned = true
  }
  return { pkg }
}

function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
}

function isLocalPath(text: string): boolean {
  const first = text.split(/[\s;[]/)[0]
  return /^(\.|\/|~|[A-Za-z]:[\\/])/.test(first) || /[/\\]/.test(first)
}

/** A URL or VCS reference: its name comes from `#egg=` or from a wheel or sdist file name. */
function urlRequirement(
  value: string,
  lineNo: number | undefined,
  source: 'url' | 'editable'
): DependencyPackage | undefined {
  const url = value.split(/\s+/)[0]
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1]
  const file = /\/([A-Za-z0-9_.]+?)-(\d[^/-]*?)(?:-[^/]*)?\.(?:whl|tar\.gz|zip)(?:[#?].*)?$/.exec(url)
  const name = egg ?? file?.[1]
  if (!name) return undefined
  const vcs = /^(git|hg|svn|bzr)\+/.test(url)
  const kind = source === 'editable' ? 'editable' : vcs ? 'vcs' : 'url'
  if (kind === 'editable' && !vcs && !isUrl(url)) return undefined // `-e .`: the project itself
  return {
    name: normalizePythonName(name),
    specifier: url,
    pinned: false,
    line: lineNo,
    ecosystem: 'python',
    source: kind
  }
}

function problem(message: string, line?: number): Finding {
  return { status: 'fail', code: 'deps.unparsable', message, line }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
