// The dependency audit: parse every declared file, then compare declarations, installed versions
// and the versions recorded in the baseline.
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { displayPath, InputError } from '../core/errors.js'
import { isInside } from '../core/files.js'
import type { EnvRules } from '../core/pipeline-env.js'
import { worst } from '../core/status.js'
import type {
  DependenciesSection,
  DependencyChange,
  DependencyFile,
  DependencyPackage,
  Finding
} from '../core/result.js'
import { formatNamed, formatOfFile, type DependencyFormat, type FormatName } from './formats/index.js'
import {
  condaPlatform,
  evaluateMarkers,
  installedNodePackage,
  installedPython,
  type InstalledSet
} from './installed.js'
import { sameVersion, satisfies, versionDistance } from './versions.js'

export interface DependencyAuditOptions {
  /** Absolute paths of the files to audit. */
  files: string[]
  /** The repository (git work tree, else the config folder): `-r`/`-c` includes may not leave it. */
  root: string
  /** Interpreter whose installed packages are compared with the declarations. */
  python?: string
  /** The config's env_drop/env_pass: the interpreter is the repository's, so it runs under them. */
  env?: EnvRules
  /** Compare declared and installed versions (default true). */
  checkInstalled?: boolean
  /** `ecosystem:name` → version, as recorded in the baseline. */
  baseline?: Record<string, string>
  /** The files already read (loadDependencyFiles), so a bad one is refused before a long training. */
  loaded?: { loaded: Loaded[]; findings: Finding[] }
}

/** Files larger than this are refused rather than parsed: no real dependency file comes close. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

const MAX_UNPARSABLE = 20

/** The format of a dependency file, from its name (`x.poetry.lock` counts as a poetry.lock). */
export function formatOf(file: string): FormatName {
  return formatOfFile(file).name
}

/** Read a dependency file as text, refusing folders, huge files and binary content. */
async function readDependencyFile(file: string): Promise<string> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch {
    throw new InputError('dependency file not found', { file })
  }
  if (!stat.isFile())
    throw new InputError('expected a dependency file, found a folder or something else', { file })
  if (stat.size > MAX_FILE_BYTES)
    throw new InputError(
      `dependency file is ${stat.size} bytes, more than the ${MAX_FILE_BYTES} a dependency file can plausibly be`,
      { file }
    )
  const bytes = await fs.readFile(file)
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError('binary content (a NUL byte), not a dependency file', { file })
  const text = bytes.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

interface Loaded {
  file: DependencyFile
  /** The format's name, as in the report. */
  format: FormatName
  /** Everything about the format: ecosystem, whether it is a lock, how to write a pin. */
  kind: DependencyFormat<FormatName>
  abs: string
}

/** Parse the files and everything they include; every problem becomes a finding with file and line. */
export async function loadDependencyFiles(
  files: string[],
  root: string
): Promise<{ loaded: Loaded[]; findings: Finding[] }> {
  const loaded: Loaded[] = []
  const findings: Finding[] = []
  const seen = new Set<string>()

  const load = async (
    abs: string,
    format: DependencyFormat<FormatName>,
    includedFrom: string | undefined,
    stack: string[]
  ): Promise<void> => {
    seen.add(abs)
    const text = await readDependencyFile(abs)
    const parsed = format.parse(text, abs)
    const shown = displayPath(abs)
    const file: DependencyFile = { path: shown, format: format.name, packages: parsed.packages }
    if (includedFrom) file.includedFrom = includedFrom
    loaded.push({ file, format: format.name, kind: format, abs })
    // A file of junk gives one finding per line: the first few are evidence enough.
    const unparsable = parsed.problems.filter(p => p.code === 'deps.unparsable')
    const kept =
      unparsable.length > MAX_UNPARSABLE
        ? parsed.problems.filter(p => p.code !== 'deps.unparsable' || unparsable.indexOf(p) < MAX_UNPARSABLE)
        : parsed.problems
    for (const p of kept) findings.push({ ...p, file: shown })
    if (kept.length < parsed.problems.length) {
      findings.push({
        status: 'fail',
        code: 'deps.unparsable',
        message: `${unparsable.length - MAX_UNPARSABLE} more lines are not requirements either; is this a dependency file?`,
        file: shown
      })
    }
    for (const include of parsed.includes ?? []) {
      const target = path.resolve(path.dirname(abs), include.target)
      const where = { file: shown, line: include.line }
      const option = include.kind === 'constraints' ? '-c' : '-r'
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include.target)) {
        findings.push({
          status: 'warn',
          code: 'deps.include-url',
          message: `${option} ${include.target} is fetched from the network; its content is not audited.`,
          ...where
        })
      } else if (!isInside(root, target)) {
        findings.push({
          status: 'error',
          code: 'deps.include-outside',
          message: `${option} ${include.target} leaves the repository (${displayPath(root)}); it is not read.`,
          ...where
        })
      } else if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].map(displayPath).join(' → ')
        findings.push({
          status: 'error',
          code: 'deps.include-cycle',
          message: `${option} ${include.target} includes a file that includes it back: ${cycle}.`,
          ...where
        })
      } else if (!existsSync(target)) {
        findings.push({
          status: 'error',
          code: 'deps.include-missing',
          message: `${option} ${include.target} does not exist (looked for ${displayPath(target)}).`,
          ...where
        })
      } else if (!seen.has(target)) {
        await load(target, formatNamed(include.kind), shown, [...stack, target])
      }
    }
  }

  for (const abs of files) {
    if (seen.has(abs)) continue
    await load(abs, formatOfFile(abs), undefined, [abs])
  }
  return { loaded, findings }
}

/** Audit the files: pins, installed versions, duplicates, base images, changes since the baseline. */
export async function auditDependencies(options: DependencyAuditOptions): Promise<DependenciesSection> {
  if (options.files.length === 0) return { status: 'skipped', findings: [], files: [] }
  const { loaded, findings } = options.loaded ?? (await loadDependencyFiles(options.files, options.root))
  const installedFrom: string[] = []

  if (options.checkInstalled !== false) {
    const python =
      options.python &&
      loaded.some(l => l.file.packages.some(p => p.ecosystem === 'python' || p.ecosystem === 'conda'))
    if (python && options.python) {
      const set = await installedPython(options.python, options.env)
      installedFrom.push(set.from)
      const markers = new Set(
        loaded.flatMap(l => l.file.packages.map(p => p.marker).filter((m): m is string => Boolean(m)))
      )
      const evaluated = await evaluateMarkers(options.python, [...markers].sort(), options.env)
      for (const l of loaded) findings.push(...checkPythonInstalled(l, set, evaluated))
    }
    for (const l of loaded) {
      if (l.kind.ecosystem !== 'npm') continue
      const dir = path.dirname(l.abs)
      if (!existsSync(path.join(dir, 'node_modules'))) continue
      installedFrom.push(`${displayPath(path.join(dir, 'node_modules'))}`)
      findings.push(...(await checkNodeInstalled(l, dir)))
    }
  }

  for (const l of loaded) findings.push(...pinFindings(l, lockFor(l, loaded)))
  findings.push(...duplicateFindings(loaded))

  const versions = versionsOf(loaded)
  const section: DependenciesSection = {
    status: 'pass',
    findings: [],
    files: loaded.map(l => l.file),
    versions
  }
  if (installedFrom.length) section.installedFrom = [...new Set(installedFrom)]
  if (options.baseline) {
    section.changes = changesSince(options.baseline, versions)
    for (const c of section.changes) {
      const distance = c.distance && c.distance !== 'equal' ? ` (${c.distance})` : ''
      const what =
        c.baseline === '—'
          ? `${c.name} is new since the baseline: ${c.current}`
          : c.current === '—'
            ? `${c.name} is gone since the baseline (was ${c.baseline})`
            : `${c.name} changed since the baseline: ${c.baseline} → ${c.current}${distance}`
      findings.push({
        status: 'warn',
        code: 'deps.changed-since-baseline',
        message: `${what}.`,
        package: c.name,
        ...whereIs(loaded, c.name)
      })
    }
  }
  section.findings = findings
  section.status = worst(...findings.map(f => f.status))
  return section
}

/**
 * Whether a declaration applies to this environment: its marker (evaluated by the configured
 * Python) and its conda-lock platform. Undefined when that cannot be told.
 */
function applies(p: DependencyPackage, markers: Map<string, boolean>): boolean | undefined {
  if (p.platform && p.platform !== condaPlatform()) return false
  if (p.marker) return markers.get(p.marker)
  return true
}

function checkPythonInstalled(l: Loaded, set: InstalledSet, markers: Map<string, boolean>): Finding[] {
  const out: Finding[] = []
  const isLock = l.kind.isLock
  const missing: string[] = []
  // Locks may list one name once per Python version or platform: the installed version must match one of them.
  const candidates = new Map<string, string[]>()
  for (const p of l.file.packages) {
    if (p.pinned && p.version && applies(p, markers) !== false)
      candidates.set(p.name, [...(candidates.get(p.name) ?? []), p.version])
  }
  const reported = new Set<string>()
  for (const p of l.file.packages) {
    if (p.ecosystem !== 'python' && p.ecosystem !== 'conda') continue
    const applicable = applies(p, markers)
    if (applicable === false) continue
    const installed = set.versions.get(p.name)
    const where = { file: l.file.path, line: p.line }
    if (installed === undefined) {
      // Conda names are not pip names (python, ffmpeg, …); a marker nobody could evaluate may exclude this platform.
      if (p.ecosystem === 'conda' || applicable === undefined || l.kind.constrainsOnly) continue
      if (isLock) missing.push(p.name)
      else
        out.push({
          status: 'warn',
          code: 'deps.not-installed',
          package: p.name,
          message: `${p.name} is declared (${p.specifier || 'any version'}) but not installed in ${set.from}.`,
          ...where
        })
      continue
    }
    p.installed = installed
    if (applicable === undefined) continue
    if (p.pinned && p.version) {
      const versions = candidates.get(p.name) ?? [p.version]
      if (versions.some(v => sameVersion('python', v, installed)) || reported.has(p.name)) continue
      reported.add(p.name)
      const distance = versionDistance('python', p.version, installed)
      if (distance) p.distance = distance
      const verb = isLock ? 'locked' : 'declared'
      const others = versions.length > 1 ? ` (or ${versions.filter(v => v !== p.version).join(', ')})` : ''
      out.push({
        status: 'fail',
        code: 'deps.installed-differs',
        package: p.name,
        message: `${p.name} is ${verb} as ${p.version}${others} but ${installed} is installed (${distance ?? 'different'} difference), read with ${set.from}.`,
        ...where
      })
    } else if (
      p.ecosystem === 'python' &&
      !p.source &&
      satisfies('python', installed, p.specifier) === false
    ) {
      out.push({
        status: 'fail',
        code: 'deps.installed-outside-range',
        package: p.name,
        message: `${p.name} is declared as "${p.specifier}" but ${installed} is installed, outside that range (${set.from}).`,
        ...where
      })
    }
  }
  if (missing.length) {
    const unique = [...new Set(missing)]
    const shown =
      unique.slice(0, 10).join(', ') + (unique.length > 10 ? `, and ${unique.length - 10} more` : '')
    out.push({
      status: 'warn',
      code: 'deps.not-installed',
      message: `${unique.length} locked package(s) are not installed in ${set.from} (platform-specific ones are expected): ${shown}.`,
      file: l.file.path
    })
  }
  return out
}

async function checkNodeInstalled(l: Loaded, dir: string): Promise<Finding[]> {
  const out: Finding[] = []
  for (const p of l.file.packages) {
    if (p.ecosystem !== 'npm' || p.source) continue
    const installed = await installedNodePackage(dir, p.location ?? `node_modules/${p.name}`)
    const where = { file: l.file.path, line: p.line }
    if (installed === undefined) {
      if (p.group !== 'optional' && p.group !== 'optionalDependencies') {
        out.push({
          status: 'warn',
          code: 'deps.not-installed',
          package: p.name,
          message: `${p.name} is declared (${p.specifier || 'any version'}) but not installed in ${displayPath(path.join(dir, 'node_modules'))}.`,
          ...where
        })
      }
      continue
    }
    p.installed = installed
    if (p.pinned && p.version) {
      if (sameVersion('npm', p.version, installed)) continue
      const distance = versionDistance('npm', p.version, installed)
      if (distance) p.distance = distance
      out.push({
        status: 'fail',
        code: 'deps.installed-differs',
        package: p.name,
        message: `${p.name} is ${l.kind.isLock ? 'locked' : 'declared'} as ${p.version} but ${installed} is installed in node_modules (${distance ?? 'different'} difference).`,
        ...where
      })
    } else if (satisfies('npm', installed, p.specifier) === false) {
      out.push({
        status: 'fail',
        code: 'deps.installed-outside-range',
        package: p.name,
        message: `${p.name} is declared as "${p.specifier}" but ${installed} is installed in node_modules, outside that range.`,
        ...where
      })
    }
  }
  return out
}

/**
 * The lockfile loaded beside a manifest that pins it: `poetry.lock` for `pyproject.toml`,
 * `x.poetry.lock` for `x.pyproject.toml`, in the same folder.
 */
function lockFor(manifest: Loaded, loaded: Loaded[]): Loaded | undefined {
  const prefix = (l: Loaded): string => {
    const base = path.basename(l.abs).toLowerCase()
    const usual = l.kind.example.toLowerCase()
    return base.endsWith(usual) ? base.slice(0, -usual.length) : base
  }
  return loaded.find(
    l =>
      l.kind.locks?.includes(manifest.format) &&
      path.dirname(l.abs) === path.dirname(manifest.abs) &&
      prefix(l) === prefix(manifest)
  )
}

function pinFindings(l: Loaded, lock: Loaded | undefined): Finding[] {
  if (l.kind.isLock) return [] // a lock pins by construction; entries without a version are rare and local
  const out: Finding[] = []
  // A range the lockfile beside it pins is pinned: that is what the lockfile is for.
  const locked = new Set(lock?.file.packages.filter(p => p.pinned).map(p => `${p.ecosystem}:${p.name}`))
  let pinnedByLock = 0
  for (const p of l.file.packages) {
    if (p.pinned) continue
    if (locked.has(`${p.ecosystem}:${p.name}`)) {
      pinnedByLock++
      continue
    }
    const where = { file: l.file.path, line: p.line }
    if (p.ecosystem === 'docker') {
      const variable = p.source === 'variable' ? ' (after substituting ARG defaults)' : ''
      out.push({
        status: 'warn',
        code: 'deps.image-by-tag',
        package: p.name,
        message: `Base image ${p.name} is named by tag ${p.specifier}${variable}, which can point to another image tomorrow; pin it by digest (${p.name}@sha256:…).`,
        ...where
      })
      continue
    }
    if (p.source === 'vcs' || p.source === 'url' || p.source === 'editable') {
      out.push({
        status: 'warn',
        code: 'deps.unpinned',
        package: p.name,
        message: `${p.name} comes from ${p.specifier}, not from one released version.`,
        ...where
      })
      continue
    }
    const to = p.installed ? `; pin it to ${pinText(p, l.kind)}, the installed version` : ''
    out.push({
      status: 'warn',
      code: 'deps.unpinned',
      package: p.name,
      message: `${p.name} is declared as "${p.specifier || 'any version'}", not one exact version${to}.`,
      ...where
    })
  }
  if (lock && pinnedByLock)
    out.push({
      status: 'pass',
      code: 'deps.pinned-by-lock',
      message: `${pinnedByLock} range(s) declared here are pinned by ${lock.file.path}.`,
      file: l.file.path
    })
  return out
}

function pinText(p: DependencyPackage, format: DependencyFormat): string {
  if (p.ecosystem === 'npm') return `"${p.installed}"`
  if (p.ecosystem === 'conda') return `${p.name}==${p.installed}`
  return format.pinText?.(p) ?? `${p.name}==${p.installed}`
}

/**
 * One package declared twice in one file with different specifiers (same marker and platform), and
 * one package pinned to different versions in two declaration files.
 */
function duplicateFindings(loaded: Loaded[]): Finding[] {
  const out: Finding[] = []
  const pins = new Map<string, { version: string; file: string; line?: number }>()
  for (const l of loaded) {
    if (l.kind.isLock) continue // locks list one name several times on purpose (nested npm, per-Python uv entries)
    const first = new Map<string, DependencyPackage>()
    for (const p of l.file.packages) {
      const key = `${p.ecosystem}:${p.name}|${p.marker ?? ''}|${p.platform ?? ''}`
      const earlier = first.get(key)
      if (!earlier) first.set(key, p)
      else if (earlier.specifier !== p.specifier) {
        const bothPinned = earlier.pinned && p.pinned
        out.push({
          status: bothPinned ? 'fail' : 'warn',
          code: 'deps.duplicate',
          package: p.name,
          message: `${p.name} is declared twice with ${bothPinned ? 'conflicting pins' : 'different specifiers'}: "${earlier.specifier}" (line ${earlier.line ?? '?'}) and "${p.specifier}".`,
          file: l.file.path,
          line: p.line
        })
      }
      if (p.pinned && p.version && !p.marker && l.kind.ecosystem !== 'docker') {
        const pinKey = `${p.ecosystem}:${p.name}`
        const other = pins.get(pinKey)
        if (!other) pins.set(pinKey, { version: p.version, file: l.file.path, line: p.line })
        else if (other.file !== l.file.path && !sameVersion(p.ecosystem, other.version, p.version)) {
          out.push({
            status: 'fail',
            code: 'deps.conflict',
            package: p.name,
            message: `${p.name} is pinned to ${p.version} here but to ${other.version} in ${other.file}${other.line ? `:${other.line}` : ''}.`,
            file: l.file.path,
            line: p.line
          })
        }
      }
    }
  }
  return out
}

/** `ecosystem:name` → the installed version, else the one pinned version; first declaration wins. */
export function versionsOf(loaded: { file: DependencyFile }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const l of loaded) {
    for (const p of l.file.packages) {
      const version = p.installed ?? (p.pinned ? p.version : undefined)
      if (!version || p.ecosystem === 'docker') continue
      const key = `${p.ecosystem ?? 'python'}:${p.name}${p.platform ? `@${p.platform}` : ''}${p.location && p.location !== `node_modules/${p.name}` ? `@${p.location}` : ''}`
      if (!(key in out)) out[key] = version
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function changesSince(
  baseline: Record<string, string>,
  current: Record<string, string>
): DependencyChange[] {
  const out: DependencyChange[] = []
  for (const key of [...new Set([...Object.keys(baseline), ...Object.keys(current)])].sort()) {
    const was = baseline[key]
    const now = current[key]
    if (was !== undefined && now !== undefined) {
      const ecosystem = key.startsWith('npm:') ? 'npm' : 'python'
      if (sameVersion(ecosystem, was, now)) continue
      out.push({ name: key, baseline: was, current: now, distance: versionDistance(ecosystem, was, now) })
    } else {
      out.push({ name: key, baseline: was ?? '—', current: now ?? '—' })
    }
  }
  return out
}

function whereIs(loaded: Loaded[], key: string): { file?: string; line?: number } {
  const [ecosystem, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
  const name = rest.replace(/(.)@.*$/, '$1')
  for (const l of loaded) {
    const p = l.file.packages.find(x => x.name === name && (x.ecosystem ?? 'python') === ecosystem)
    if (p) return { file: l.file.path, line: p.line }
  }
  return {}
}
