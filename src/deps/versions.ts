// Version schemes: PEP 440 for Python (and conda, close enough for distances), semver for npm.
import {
  explain,
  eq as pepEq,
  satisfies as pepSatisfies,
  validRange as pepValidRange
} from '@renovatebot/pep440'
import semver from 'semver'
import type { Ecosystem, VersionDistance } from '../core/result.js'

/** PEP 503 name normalisation: runs of -, _ and . become one -, all lower case. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

const EXACT_PEP440 = /^(?:===\s*(\S+)|==\s*([^\s,*]+))$/

/** The one version a PEP 440 specifier allows (`==1.2.3`, `===1.2.3`), or undefined. */
export function pep440Exact(specifier: string): string | undefined {
  const m = EXACT_PEP440.exec(specifier.trim())
  if (!m) return undefined
  if (m[1] !== undefined) return m[1]
  // `==1.2+local` pins one version; `==1.2.*` does not (the regex already refused the `*`).
  return m[2]
}

/** Why a PEP 440 specifier set is invalid, or undefined when pip would accept it. */
export function pep440Problem(specifier: string): string | undefined {
  const s = specifier.trim()
  if (!s) return undefined
  for (const clause of s.split(',')) {
    const c = clause.trim()
    if (!c) return 'an empty clause between commas'
    if (c.startsWith('===')) continue
    const m = /^(~=|==|!=|<=|>=|<|>)\s*(.+)$/.exec(c)
    if (!m) return `"${c}" has no comparison operator`
    const [, op, version] = m
    if (version.endsWith('.*') && op !== '==' && op !== '!=')
      return `"${c}": a wildcard is allowed only after == or !=`
    if (version.endsWith('.*') && !/^(\d+!)?\d+(\.\d+)*\.\*$/.test(version))
      return `"${c}": a wildcard may follow only release numbers`
    if (version.includes('+') && op !== '==' && op !== '!=')
      return `"${c}": a local version (+…) is allowed only after == or !=`
    if (op === '~=' && !version.includes('.')) return `"${c}": ~= needs at least two release numbers`
  }
  // The library's check compiles a pattern per call; clauses in the plain public form need no second look.
  if (s.split(',').every(c => PLAIN_CLAUSE.test(c.trim()))) return undefined
  if (!pepValidRange(s)) return `"${s}" is not a valid PEP 440 specifier`
  return undefined
}

const PLAIN_CLAUSE =
  /^(?:~=|==|!=|<=|>=|<|>)\s*\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?(?:\.\*)?$/

/** True when `version` satisfies the specifier of its ecosystem; undefined when that cannot be told. */
export function satisfies(
  ecosystem: Ecosystem | undefined,
  version: string,
  specifier: string
): boolean | undefined {
  if (!specifier || specifier === '*') return true
  if (ecosystem === 'npm') {
    if (!semver.valid(version) || !semver.validRange(specifier)) return undefined
    return semver.satisfies(version, specifier, { includePrerelease: true })
  }
  if (ecosystem === 'python') {
    if (pep440Problem(specifier) || !explain(version)) return undefined
    return pepSatisfies(version, specifier, { prereleases: true })
  }
  return undefined
}

/** True when two versions are the same by the ecosystem's rules (`1.0` equals `1.0.0` in PEP 440). */
export function sameVersion(ecosystem: Ecosystem | undefined, a: string, b: string): boolean {
  if (a === b) return true
  if (ecosystem === 'npm') return Boolean(semver.valid(a) && semver.valid(b) && semver.eq(a, b))
  if (explain(a) && explain(b)) return pepEq(a, b)
  return false
}

/** The largest component in which two versions differ: epoch, major, minor, patch, pre-release, local. */
export function versionDistance(
  ecosystem: Ecosystem | undefined,
  from: string,
  to: string
): VersionDistance | undefined {
  if (ecosystem === 'npm') return semverDistance(from, to)
  return pep440Distance(from, to)
}

function semverDistance(from: string, to: string): VersionDistance | undefined {
  const a = semver.parse(from)
  const b = semver.parse(to)
  if (!a || !b) return undefined
  if (a.major !== b.major) return 'major'
  if (a.minor !== b.minor) return 'minor'
  if (a.patch !== b.patch) return 'patch'
  if (a.prerelease.join('.') !== b.prerelease.join('.')) return 'pre-release'
  // Build metadata is semver's counterpart of a PEP 440 local version.
  if (a.build.join('.') !== b.build.join('.')) return 'local'
  return 'equal'
}

function pep440Distance(from: string, to: string): VersionDistance | undefined {
  const a = explain(from)
  const b = explain(to)
  if (!a || !b) return undefined
  if (a.epoch !== b.epoch) return 'epoch'
  const release = (v: number[], i: number): number => v[i] ?? 0
  const length = Math.max(a.release.length, b.release.length)
  for (let i = 0; i < length; i++) {
    if (release(a.release, i) !== release(b.release, i))
      return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch'
  }
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x ?? null) === JSON.stringify(y ?? null)
  if (!same(a.pre, b.pre) || !same(a.dev, b.dev)) return 'pre-release'
  if (!same(a.post, b.post)) return 'post-release'
  if ((a.local ?? '') !== (b.local ?? '')) return 'local'
  return 'equal'
}

/** The one version an npm specifier allows (`1.2.3`, `=1.2.3`, `v1.2.3`), or undefined. */
export function npmExact(specifier: string): string | undefined {
  const s = specifier.trim()
  if (!/^[=v]*\s*\d/.test(s)) return undefined
  return semver.valid(s.replace(/^=\s*/, '')) ?? undefined
}
