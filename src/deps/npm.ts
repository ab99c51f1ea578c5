// npm: package.json (declared ranges) and package-lock.json (versions 1, 2 and 3).
import semver from 'semver'
import { InputError } from '../core/errors.js'
import type { DependencyPackage } from '../core/result.js'
import { asRecord, LineFinder, readJson, type Parsed } from './text.js'
import { npmExact } from './versions.js'

const GROUPS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const

export function parsePackageJson(text: string, file: string): Parsed {
  const json = asRecord(readJson(text, file))
  const lines = new LineFinder(text)
  const out: Parsed = { packages: [], problems: [] }
  for (const group of GROUPS) {
    const start = lines.match(new RegExp(`^\\s*"${group}"\\s*:`))
    for (const [name, value] of Object.entries(asRecord(json[group]))) {
      const line = start ? lines.find(`${JSON.stringify(name)}:`, start) : undefined
      const specifier = typeof value === 'string' ? value.trim() : ''
      const pkg: DependencyPackage = { name, specifier, pinned: false, line, ecosystem: 'npm', group }
      const source = npmSource(specifier)
      if (source) pkg.source = source
      if (source === 'path') continue // file: and link: point at local code, not a published package
      const exact = source ? undefined : npmExact(specifier)
      if (exact) {
        pkg.version = exact
        pkg.pinned = true
      } else if (
        !source &&
        specifier &&
        !semver.validRange(specifier) &&
        !/^[A-Za-z][\w.-]*$/.test(specifier)
      ) {
        out.problems.push({
          status: 'fail',
          code: 'deps.invalid-specifier',
          message: `${name}: "${specifier}" is not a semver range npm understands.`,
          line
        })
      }
      out.packages.push(pkg)
    }
  }
  return out
}

function npmSource(specifier: string): string | undefined {
  if (/^(file|link):/.test(specifier)) return 'path'
  if (/^workspace:/.test(specifier)) return 'path'
  if (/^(git|git\+[a-z]+|github):/.test(specifier) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(specifier)) return 'vcs'
  if (/^https?:/.test(specifier)) return 'url'
  if (/^npm:/.test(specifier)) return 'alias'
  return undefined
}

/** package-lock.json: v2/v3 list every installed path under `packages`; v1 nests `dependencies`. */
export function parsePackageLock(text: string, file: string): Parsed {
  const json = asRecord(readJson(text, file))
  const lines = new LineFinder(text)
  const out: Parsed = { packages: [], problems: [] }
  const version = json.lockfileVersion
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new InputError(`unsupported lockfileVersion ${JSON.stringify(version)} (expected 1, 2 or 3)`, {
      file,
      line: lines.find('"lockfileVersion"')
    })
  }
  if (version === 1) {
    collectV1(asRecord(json.dependencies), lines, out, 1)
    return out
  }
  // One pass over the lines: every `"node_modules/…": {` key and where it is.
  const where = new Map<string, number>()
  const key = /^\s*"((?:[^"\\]|\\.)*node_modules\/(?:[^"\\]|\\.)*)"\s*:\s*\{/
  lines.lines.forEach((l, i) => {
    const m = key.exec(l)
    if (m && !where.has(m[1])) where.set(m[1], i + 1)
  })
  for (const [path, value] of Object.entries(asRecord(json.packages))) {
    if (!path) continue // the root project
    const entry = asRecord(value)
    if (entry.link === true) continue // a workspace symlink: local code
    const name =
      typeof entry.name === 'string'
        ? entry.name
        : path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
    if (!path.includes('node_modules/')) continue // a workspace folder, not an installed package
    const v = typeof entry.version === 'string' ? entry.version : undefined
    const pkg: DependencyPackage = {
      name,
      specifier: v ?? '',
      version: v,
      pinned: Boolean(v),
      line: where.get(path),
      ecosystem: 'npm',
      location: path
    }
    if (entry.dev === true) pkg.group = 'dev'
    else if (entry.optional === true) pkg.group = 'optional'
    out.packages.push(pkg)
  }
  return out
}

function collectV1(deps: Record<string, unknown>, lines: LineFinder, out: Parsed, from: number): void {
  for (const [name, value] of Object.entries(deps)) {
    const entry = asRecord(value)
    const line = lines.find(`${JSON.stringify(name)}: {`, from)
    const v = typeof entry.version === 'string' ? entry.version : undefined
    out.packages.push({
      name,
      specifier: v ?? '',
      version: v,
      pinned: Boolean(v),
      line,
      ecosystem: 'npm',
      group: entry.dev === true ? 'dev' : undefined
    })
    if (entry.dependencies) collectV1(asRecord(entry.dependencies), lines, out, line ?? from)
  }
}
