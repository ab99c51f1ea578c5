import { constants as fsConstants, existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import type { ErrorObject } from 'ajv'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { displayPath, InputError } from '../core/errors.js'
import { isInside, linkOutside } from '../core/files.js'
import type { FailOn } from '../core/status.js'
import { PERTURBATION_NAMES } from '../perturbations/index.js'
import { NEVER_PASS, type EnvRules } from '../core/pipeline-env.js'
import {
  checkConfigShape,
  checkDuplicateKeys,
  firstAliasOffset,
  MAX_CONFIG_BYTES,
  tooLarge
} from './limits.js'
import { validate } from './validate-config.generated.js'
import { closest } from './suggest.js'
import type {
  AuditConfig,
  BuiltinPipelineConfig,
  CommandPipelineConfig,
  DeterminismStrategy,
  MetricThreshold,
  Perturbation,
  PipelineConfig,
  SnapshotEntryConfig,
  StepSpec,
  Tolerance
} from './types.js'

/** Read, validate and resolve a config file. Every problem is an InputError naming file and line. */
export async function loadConfig(configPath: string): Promise<AuditConfig> {
  const file = path.resolve(configPath)
  return parseConfig(await readConfigText(file), file)
}

/**
 * The report folder a config names, read from its YAML alone (for a config that fails to load, so
 * its command's stale reports can still be removed): undefined unless the YAML parses and
 * `report.dir` is a plain path inside the repository, reached through no link leading out.
 */
export async function rawReportDir(configPath: string): Promise<string | undefined> {
  const file = path.resolve(configPath)
  try {
    const text = await readConfigText(file)
    checkConfigShape(text, file)
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false })
    const value = doc.errors.length ? undefined : doc.getIn(['report', 'dir'])
    if (typeof value !== 'string' || !value || value.includes('\0') || path.isAbsolute(value))
      return undefined
    const dir = path.dirname(file)
    const root = repositoryRoot(dir)
    const abs = path.resolve(dir, value)
    return isInside(root, abs) && !linkOutside(root, abs) ? abs : undefined
  } catch {
    return undefined
  }
}

/** The config's text: a regular file of at most MAX_CONFIG_BYTES (a FIFO or /dev/zero never ends). */
async function readConfigText(file: string): Promise<string> {
  let handle
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('config file not found (pass --config FILE)', { file })
    throw new InputError(`cannot read config file: ${(error as Error).message}`, { file })
  }
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) throw new InputError('expected a config file, found a folder', { file })
    if (!stat.isFile()) throw new InputError('the config is not a regular file', { file })
    if (stat.size > MAX_CONFIG_BYTES) throw tooLarge(file)
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}

export function parseConfig(text: string, file: string): AuditConfig {
  checkConfigShape(text, file)
  const lineCounter = new LineCounter()
  // uniqueKeys: false, because yaml's own check compares every pair of keys; ours is linear.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset)
    return { file, line: pos.line, column: pos.col }
  }
  if (doc.errors.length > 0) {
    // The first syntax error only: the parser's later ones are mostly echoes of it.
    const e = doc.errors[0]
    throw new InputError(`invalid YAML: ${e.message.split('\n')[0]}`, position(e.pos[0]))
  }
  checkDuplicateKeys(doc, file, position)
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) as unknown
  } catch (error) {
    const alias = firstAliasOffset(doc)
    throw new InputError(
      `aliases expand too far (${(error as Error).message.toLowerCase()})`,
      alias === undefined ? { file } : position(alias)
    )
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError('the config must be a YAML mapping (key: value)', { file, line: 1 })
  }
  // Every mistake at once, in file order: fixing one typo per run is no way to write a config. The
  // checks past the schema run too, each skipped only where a schema error touches its part.
  const schema: SchemaFaults = { errors: [], paths: [] }
  if (!validate(raw)) {
    const picked = pickErrors(validate.errors ?? [])
    for (const error of picked) {
      schema.errors.push(new InputError(describe(error), { file, ...locate(doc, lineCounter, error) }))
      schema.paths.push(errorPath(error))
    }
    for (const { error, at } of underMisspelledKeys(raw, picked))
      schema.errors.push(new InputError(describe(error), { file, ...locate(doc, lineCounter, at) }))
  }
  return resolve(raw as RawConfig, file, doc, lineCounter, schema)
}

/**
 * What a misspelled key holds goes unchecked (the schema only says the key is unknown): check it as
 * the key it was meant to be, so a typo inside (`determinsm: {perturbations: [row_ordr]}`) is
 * reported in the same run. Each error is described at the meant key and located at the written one.
 */
function underMisspelledKeys(raw: object, picked: ErrorObject[]): { error: ErrorObject; at: ErrorObject }[] {
  const renames = picked.flatMap(e => {
    const guess = e.keyword === 'additionalProperties' ? suggestionFor(e) : undefined
    const parent = valueAt(raw, e.instancePath)
    const from = String((e.params as { additionalProperty?: string }).additionalProperty)
    if (!guess || !parent || typeof parent !== 'object' || guess in parent) return []
    return [{ parent: e.instancePath, from, to: guess }]
  })
  if (!renames.length) return []
  const corrected = structuredClone(raw) as Record<string, unknown>
  for (const r of renames) {
    const parent = valueAt(corrected, r.parent) as Record<string, unknown>
    parent[r.to] = parent[r.from]
    delete parent[r.from]
  }
  if (validate(corrected)) return []
  const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1')
  return pickErrors(validate.errors ?? []).flatMap(error => {
    const rename = renames.find(r => {
      const meant = `${r.parent}/${escape(r.to)}`
      return error.instancePath === meant || error.instancePath.startsWith(`${meant}/`)
    })
    if (!rename) return []
    const written = `${rename.parent}/${escape(rename.from)}${error.instancePath.slice(rename.parent.length + escape(rename.to).length + 1)}`
    return [{ error, at: { ...error, instancePath: written } }]
  })
}

/** The value at a JSON pointer, or undefined. */
function valueAt(value: unknown, pointer: string): unknown {
  let node = value
  for (const part of pointer.split('/').slice(1)) {
    if (!node || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return node
}

/** The schema's errors, and the key path each is about (a check of a part they touch cannot run). */
interface SchemaFaults {
  errors: InputError[]
  paths: (string | number)[][]
}

/** The key path an Ajv error is about: its instance, plus the unknown or missing key. */
function errorPath(error: ErrorObject): (string | number)[] {
  const params = error.params as { additionalProperty?: string; missingProperty?: string }
  const parts: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
  const key = params.additionalProperty ?? params.missingProperty
  return key === undefined ? parts : [...parts, key]
}

/** Mistakes in file order (those without a line first), as one error holding them all. */
function inFileOrder(errors: InputError[]): InputError {
  const sorted = [...errors].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
  return InputError.several(sorted)
}

/**
 * The config's mistakes past the schema, collected rather than thrown one at a time. A check of a
 * part the schema already refused (in, above or below its key path) is skipped: its input is not
 * what the check expects.
 */
class Issues {
  readonly errors: InputError[] = []

  constructor(private readonly faulted: (string | number)[][]) {}

  add(error: InputError): void {
    this.errors.push(...(error.all ?? [error]))
  }

  /** `fn`'s value, or undefined when it found a mistake (kept) or its part is faulted. */
  check<T>(pointer: (string | number)[], fn: () => T): T | undefined {
    if (this.faulted.some(f => overlaps(f, pointer))) return undefined
    try {
      return fn()
    } catch (error) {
      if (error instanceof InputError) this.add(error)
      else if (!(error instanceof AlreadyReported) && !this.faulted.length) throw error
      // With schema errors elsewhere, a shape the check did not expect only means it cannot run.
      return undefined
    }
  }
}

/** A check that failed for a cause another check has already reported. */
class AlreadyReported extends Error {}

/** True when one key path is a prefix of the other. */
function overlaps(a: (string | number)[], b: (string | number)[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (String(a[i]) !== String(b[i])) return false
  return true
}

/** The value of a check that passed; the config is only built when every check passed. */
function passed<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('internal: a config check left no value')
  return value
}

// ---- turning Ajv's errors into one clear sentence each -----------------------------------------

/** Keywords that only say "a branch did not match": the errors inside the branch say why. */
const COMPOSITE = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'not'])

/** One error per mistake: Ajv reports some mistakes several times (once per schema branch). */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const groups = new Map<string, ErrorObject[]>()
  for (const e of errors) {
    const params = e.params as { additionalProperty?: string; missingProperty?: string }
    const key = `${e.instancePath}|${params.additionalProperty ?? params.missingProperty ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  let picked = [...groups.values()].map(pickError)
  if (picked.some(e => !COMPOSITE.has(e.keyword))) picked = picked.filter(e => !COMPOSITE.has(e.keyword))
  // `pipline:` is an unknown key and a missing `pipeline`: the did-you-mean says both.
  const suggested = new Set(
    picked
      .filter(e => e.keyword === 'additionalProperties')
      .map(e => `${e.instancePath}|${suggestionFor(e) ?? ''}`)
  )
  return picked.filter(
    e =>
      e.keyword !== 'required' ||
      !suggested.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`)
  )
}

function suggestionFor(error: ErrorObject): string | undefined {
  const key = String((error.params as { additionalProperty: string }).additionalProperty)
  return closest(key, Object.keys((error.parentSchema as { properties?: object })?.properties ?? {}))
}

function pickError(errors: ErrorObject[]): ErrorObject {
  // The most useful error is the deepest one that is not a consequence of a oneOf/if branch.
  const preferred = ['additionalProperties', 'required', 'type', 'enum', 'const']
  const sorted = [...errors].sort((a, b) => {
    const depth = b.instancePath.split('/').length - a.instancePath.split('/').length
    if (depth !== 0) return depth
    return rank(a) - rank(b)
  })
  return sorted.find(e => preferred.includes(e.keyword)) ?? sorted[0]
  function rank(e: ErrorObject): number {
    const i = preferred.indexOf(e.keyword)
    return i < 0 ? preferred.length : i
  }
}

function keyPath(pointer: string, extra?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (extra !== undefined) parts.push(extra)
  let out = ''
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part
  return out || '(top level)'
}

function describe(error: ErrorObject): string {
  const at = keyPath(error.instancePath)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {})
      const guess = closest(key, known)
      const hint = guess
        ? `; did you mean "${guess}"?`
        : known.length
          ? ` (known keys: ${known.join(', ')})`
          : ''
      return `unknown key "${keyPath(error.instancePath, key)}"${hint}`
    }
    case 'required':
      return `missing key "${keyPath(error.instancePath, String((error.params as { missingProperty: string }).missingProperty))}"`
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String)
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined
      const hint = guess ? `; did you mean "${guess}"?` : ''
      return `${at}: ${JSON.stringify(error.data)} is not one of ${allowed.join(', ')}${hint}`
    }
    case 'type':
      return `${at}: expected ${String((error.params as { type: string }).type)}, found ${typeName(error.data)}`
    case 'minProperties':
    case 'maxProperties':
      return `${at}: a step is an object with exactly one key, the step kind`
    default:
      return `${at}: ${error.message ?? 'is invalid'}`
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

function locate(
  doc: Document,
  lineCounter: LineCounter,
  error: ErrorObject
): { line?: number; column?: number } {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
  let node: Node | null = doc.contents
  let keyNode: Node | null = null
  for (const part of parts) {
    ;[node, keyNode] = child(node, part)
    if (!node) break
  }
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty)
    const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === extra)
    if (pair && isScalar(pair.key)) keyNode = pair.key
  }
  const target = error.keyword === 'additionalProperties' ? (keyNode ?? node) : (node ?? keyNode)
  const offset = target?.range?.[0]
  if (offset === undefined) return {}
  const pos = lineCounter.linePos(offset)
  return { line: pos.line, column: pos.col }
}

function child(node: Node | null, part: string | number): [Node | null, Node | null] {
  if (isMap(node)) {
    const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === String(part))
    return [(pair?.value as Node) ?? null, (pair?.key as Node) ?? null]
  }
  if (isSeq(node) && typeof part === 'number') return [(node.items[part] as Node) ?? null, null]
  return [null, null]
}

// ---- resolving paths and defaults ---------------------------------------------------------------

interface RawConfig {
  name?: string
  snapshot: { lock?: string; id_column?: string; cache?: string; entries: RawSnapshotEntry[] }
  /** Optional: without it the config pins data (`lock`, `verify`) and audits dependencies. */
  pipeline?: Record<string, unknown> & { engine: 'builtin' | 'command' }
  baseline?: { dir?: string }
  compare?: {
    predictions?: {
      absolute?: number
      relative?: number
      columns?: Record<string, Partial<Tolerance>>
      top?: number
      labels?: string[]
    }
    metrics?: Record<string, Partial<MetricThreshold>>
    artifacts?: Partial<Tolerance>
  }
  determinism?: {
    strategy?: DeterminismStrategy
    runs?: number
    max_runs?: number
    perturbations?: Perturbation[]
    on_change?: 'warn' | 'fail'
    parallel?: number | 'auto'
  }
  dependencies?: { files?: string[]; python?: string; check_installed?: boolean }
  report?: { dir?: string }
  gate?: { fail_on?: FailOn }
  accept?: { code: string; file?: string; package?: string; reason: string; until?: string }[]
}

interface RawSnapshotEntry {
  path?: string
  folder?: string
  glob?: string
  url?: string
  sha256?: string
  format?: 'csv' | 'parquet'
  id_column?: string
  as_of?: { column: string; until: string }
  save_as?: string
}

/** Turns a JSON pointer into an InputError at that node's line and column. */
type Locate = (pointer: (string | number)[], message: string) => InputError
/** A path from the config, resolved; an InputError when it leaves the repository. */
type InRepo = (value: string, pointer: (string | number)[]) => string

function resolve(
  raw: RawConfig,
  file: string,
  doc: Document,
  lineCounter: LineCounter,
  schema: SchemaFaults
): AuditConfig {
  const dir = path.dirname(file)
  const root = repositoryRoot(dir)
  const at: Locate = (pointer, message) => {
    let node: Node | null = doc.contents
    for (const p of pointer) node = child(node, p)[0]
    const offset = node?.range?.[0]
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset)
    return new InputError(message, { file, line: pos?.line, column: pos?.col })
  }
  const linksSeen = new Set<string>()
  const inRepo: InRepo = (value, pointer) => {
    const abs = path.resolve(dir, value)
    const key = keyPath('/' + pointer.join('/'))
    if (path.isAbsolute(value) || !isInside(root, abs)) {
      throw at(
        pointer,
        `${key}: "${value}" leaves the repository; use a path relative to the config file, inside ${root}`
      )
    }
    const link = linkOutside(root, abs)
    // One line per link: the keys that lead through it are one mistake.
    if (link && linksSeen.has(link)) throw new AlreadyReported()
    if (link) linksSeen.add(link)
    if (link)
      throw at(
        pointer,
        `${key}: "${value}" leads outside the repository through the link ${displayPath(link)}`
      )
    return abs
  }
  // A NUL byte ends the checks: no path holding one can be looked at.
  const nul: InputError[] = []
  refuseNul(raw, [], at, nul)
  if (nul.length) throw inFileOrder([...schema.errors, ...nul])
  const issues = new Issues(schema.paths)
  const parts = resolveParts(raw, dir, at, inRepo, issues)
  const all = [...schema.errors, ...issues.errors]
  if (all.length) throw inFileOrder(all)
  return assemble(raw, file, root, parts)
}

type Parts = ReturnType<typeof resolveParts>

/** Every part of the config that can be wrong past the schema, each checked on its own. */
function resolveParts(raw: RawConfig, dir: string, at: Locate, inRepo: InRepo, issues: Issues) {
  const { entries, local } = resolveEntries(raw, dir, at, inRepo, issues)
  const pipeline = raw.pipeline
    ? issues.check(['pipeline'], () => resolvePipeline(passed(raw.pipeline), dir, local, at, inRepo, issues))
    : placeholderPipeline()
  const lockValue = raw.snapshot?.lock ?? 'repro.lock'
  const lock = issues.check(['snapshot', 'lock'], () => {
    const abs = inRepo(lockValue, ['snapshot', 'lock'])
    // The lock's side files go to a folder beside it, which must not lead out either.
    inRepo(`${lockValue}.d`, ['snapshot', raw.snapshot.lock ? 'lock' : 'entries'])
    return abs
  })
  const files = raw.dependencies?.files
  return {
    entries,
    pipeline,
    lock,
    compare: issues.check(['compare'], () => resolveCompare(raw.compare)),
    determinism: issues.check(['determinism'], () => resolveDeterminism(raw.determinism)),
    cache: issues.check(['snapshot', 'cache'], () =>
      inRepo(raw.snapshot.cache ?? '.repro-audit/cache', ['snapshot', 'cache'])
    ),
    baselineDir: issues.check(['baseline', 'dir'], () =>
      inRepo(raw.baseline?.dir ?? 'baseline', ['baseline', 'dir'])
    ),
    dependencyFiles: (Array.isArray(files) ? files : []).map((f, i) =>
      issues.check(['dependencies', 'files', i], () => inRepo(f, ['dependencies', 'files', i]))
    ),
    reportDir: issues.check(['report', 'dir'], () =>
      inRepo(raw.report?.dir ?? '.repro-audit', ['report', 'dir'])
    ),
    accept: (Array.isArray(raw.accept) ? raw.accept : []).map((a, i) =>
      issues.check(['accept', i], () => ({
        ...a,
        file: a.file === undefined ? undefined : inRepo(a.file, ['accept', i, 'file'])
      }))
    )
  }
}

/** The resolved config, from parts that all passed their checks. */
function assemble(raw: RawConfig, file: string, root: string, parts: Parts): AuditConfig {
  const dir = path.dirname(file)
  const pipeline = passed(parts.pipeline)
  return {
    file,
    dir,
    ...(raw.pipeline ? {} : { hasPipeline: false }),
    name: raw.name ?? path.basename(dir),
    snapshot: {
      lock: passed(parts.lock),
      idColumn: raw.snapshot.id_column,
      entries: parts.entries,
      cache: passed(parts.cache),
      root
    },
    pipeline,
    baselineDir: passed(parts.baselineDir),
    compare: passed(parts.compare),
    determinism: passed(parts.determinism),
    dependencies: {
      files: parts.dependencyFiles.map(passed),
      python:
        pythonPath(raw.dependencies?.python, dir) ??
        (pipeline.engine === 'command' ? pipeline.python : undefined),
      checkInstalled: raw.dependencies?.check_installed ?? true
    },
    reportDir: passed(parts.reportDir),
    failOn: raw.gate?.fail_on ?? 'fail',
    accept: parts.accept.map(passed)
  }
}

/**
 * The snapshot entries that passed their checks, and the paths the pipeline reads them at (a url
 * entry's at its save_as); `local` is undefined when an entry failed, since it is then incomplete.
 */
function resolveEntries(
  raw: RawConfig,
  dir: string,
  at: Locate,
  inRepo: InRepo,
  issues: Issues
): { entries: SnapshotEntryConfig[]; local?: Set<string> } {
  const rawEntries = Array.isArray(raw.snapshot?.entries) ? raw.snapshot.entries : undefined
  const resolved = (rawEntries ?? []).map((e, i) =>
    issues.check(['snapshot', 'entries', i], () =>
      snapshotEntry(e, i, raw.snapshot.id_column, dir, at, inRepo)
    )
  )
  const seen = new Set<string>()
  const local = new Set<string>()
  resolved.forEach((e, i) => {
    if (!e) return
    if (seen.has(e.path))
      return issues.add(at(['snapshot', 'entries', i], `snapshot entry "${e.path}" is listed twice`))
    seen.add(e.path)
    const where = e.saveAs ?? e.path
    if (e.kind !== 'glob' && local.has(where))
      return issues.add(
        at(
          ['snapshot', 'entries', i],
          `snapshot entry "${e.path}" would be read at "${where}", where another entry already is`
        )
      )
    local.add(where)
  })
  const entries = resolved.filter((e): e is SnapshotEntryConfig => e !== undefined)
  return { entries, local: rawEntries && entries.length === rawEntries.length ? local : undefined }
}

function resolvePipeline(
  p: Record<string, unknown>,
  dir: string,
  local: Set<string> | undefined,
  at: Locate,
  inRepo: InRepo,
  issues: Issues
): PipelineConfig {
  const entryFor = (key: 'train' | 'score'): string => {
    const value = normalise(String(p[key]))
    issues.check(['pipeline', key], () => {
      inRepo(value, ['pipeline', key])
      // Against an incomplete list of entries (one of them is wrong) this would only mislead.
      if (local && !local.has(value))
        throw at(
          ['pipeline', key],
          `pipeline.${key}: "${value}" is not a snapshot entry (a local path, or a url entry's save_as); add it to snapshot.entries so it is pinned`
        )
    })
    return value
  }
  const pipeline: PipelineConfig =
    p.engine === 'command'
      ? resolveCommand(p, dir)
      : {
          engine: 'builtin' as const,
          train: entryFor('train'),
          score: entryFor('score'),
          idColumn: String(p.id_column),
          target: String(p.target),
          task: (p.task as 'regression' | 'classification') ?? 'regression',
          seed: (p.seed as number) ?? 0,
          steps: (p.steps as StepSpec[]) ?? [],
          model: p.model as { type: string },
          targetTransform: (p.target_transform as 'none' | 'log' | 'log1p') ?? 'none',
          metrics:
            (p.metrics as string[]) ??
            (p.task === 'classification' ? ['accuracy', 'roc_auc', 'log_loss'] : ['rmse', 'mae', 'r2']),
          positiveLabel: p.positive_label as string | undefined,
          evaluation: evaluationOf(p.evaluation as RawEvaluation | undefined),
          spec: p
        }
  checkEngineKeys(p, pipeline, at, issues)
  return pipeline
}

/** Keys of the other engine are mistakes; so is a metric of the other task. */
function checkEngineKeys(
  p: Record<string, unknown>,
  pipeline: PipelineConfig,
  at: Locate,
  issues: Issues
): void {
  for (const key of [
    'train',
    'score',
    'target',
    'task',
    'seed',
    'steps',
    'model',
    'target_transform',
    'metrics',
    'positive_label',
    'evaluation'
  ] as const) {
    if (pipeline.engine === 'command' && key in p)
      issues.add(
        at(
          ['pipeline', key],
          `pipeline.${key} belongs to the builtin engine; a command pipeline reads its data from REPRO_DATA_DIR`
        )
      )
  }
  for (const key of ['command', 'python', 'timeout', 'outputs', 'env_drop', 'env_pass'] as const) {
    if (pipeline.engine === 'builtin' && key in p)
      issues.add(at(['pipeline', key], `pipeline.${key} belongs to the command engine (engine: command)`))
  }

  if (pipeline.engine === 'command') checkEnvRules(pipeline.env, at, issues)

  const classificationMetrics = ['accuracy', 'roc_auc', 'log_loss']
  if (pipeline.engine === 'builtin') {
    pipeline.metrics.forEach((m, i) => {
      if (classificationMetrics.includes(m) !== (pipeline.task === 'classification')) {
        issues.add(
          at(['pipeline', 'metrics', i], `pipeline.metrics[${i}]: "${m}" is not a ${pipeline.task} metric`)
        )
      }
    })
  }
}

function resolveCompare(rawCompare: RawConfig['compare']): AuditConfig['compare'] {
  const tol = (t: Partial<Tolerance> | undefined, fallback: Tolerance): Tolerance => ({
    absolute: t?.absolute ?? fallback.absolute,
    relative: t?.relative ?? fallback.relative
  })
  const exact: Tolerance = { absolute: 0, relative: 0 }
  const predDefault = tol(rawCompare?.predictions, exact)
  const columns: Record<string, Tolerance> = {}
  for (const [name, t] of Object.entries(rawCompare?.predictions?.columns ?? {}))
    columns[name] = tol(t, predDefault)
  const metricsRaw = rawCompare?.metrics ?? {}
  const metricDefault: MetricThreshold = {
    ...tol(metricsRaw.default, exact),
    better: metricsRaw.default?.better
  }
  const byName: Record<string, MetricThreshold> = {}
  for (const [name, t] of Object.entries(metricsRaw)) {
    if (name !== 'default') byName[name] = { ...tol(t, metricDefault), better: t.better }
  }
  return {
    predictions: {
      default: predDefault,
      columns,
      top: rawCompare?.predictions?.top ?? 10,
      labels: rawCompare?.predictions?.labels ?? []
    },
    metrics: { default: metricDefault, byName },
    artifacts: tol(rawCompare?.artifacts, { absolute: 0, relative: predDefault.relative })
  }
}

function resolveDeterminism(raw: RawConfig['determinism']): AuditConfig['determinism'] {
  return {
    strategy: raw?.strategy ?? 'combined',
    runs: raw?.runs ?? 2,
    maxRuns: raw?.max_runs ?? 12,
    perturbations: raw?.perturbations ?? [...PERTURBATION_NAMES],
    onChange: raw?.on_change ?? 'warn',
    parallel: raw?.parallel ?? 'auto'
  }
}

/** What stands in for the pipeline of a config that has none: never run (the audit refuses to). */
function placeholderPipeline(): PipelineConfig {
  return {
    engine: 'builtin',
    train: '',
    score: '',
    idColumn: '',
    target: '',
    task: 'regression',
    seed: 0,
    steps: [],
    model: { type: 'none' },
    targetTransform: 'none',
    metrics: [],
    spec: {}
  }
}

function resolveCommand(p: Record<string, unknown>, dir: string): CommandPipelineConfig {
  const outputs = (p.outputs ?? {}) as {
    predictions?: string
    metrics?: string
    params?: string
    artifacts?: string[]
  }
  // REPRO_AUDIT_PYTHON on the machine beats the config: the same repro.yml works on a laptop with
  // a virtualenv and in CI with the system Python.
  const python = process.env.REPRO_AUDIT_PYTHON || (p.python as string | undefined)
  return {
    engine: 'command',
    command: String(p.command),
    idColumn: String(p.id_column),
    timeout: (p.timeout as number | undefined) ?? 1800,
    python: python ? (python.includes('/') ? path.resolve(dir, python) : python) : undefined,
    env: {
      drop: (p.env_drop as string[] | undefined) ?? [],
      pass: (p.env_pass as string[] | undefined) ?? []
    },
    outputs: {
      predictions: normalise(outputs.predictions ?? 'predictions.csv'),
      metrics: {
        file: normalise(outputs.metrics ?? 'metrics.json'),
        required: outputs.metrics !== undefined
      },
      params: { file: normalise(outputs.params ?? 'params.json'), required: outputs.params !== undefined },
      artifacts: (outputs.artifacts ?? []).map(normalise)
    },
    spec: p
  }
}

/** env_pass may not name the action token, nor a name env_drop lists too (which would win is unclear). */
function checkEnvRules(rules: EnvRules, at: Locate, issues: Issues): void {
  rules.pass.forEach((name, i) => {
    if ((NEVER_PASS as readonly string[]).includes(name))
      issues.add(
        at(
          ['pipeline', 'env_pass', i],
          `pipeline.env_pass: ${name} (the action token) is never passed to a pipeline`
        )
      )
    else if (rules.drop.includes(name))
      issues.add(
        at(
          ['pipeline', 'env_pass', i],
          `pipeline.env_pass: ${name} is also in pipeline.env_drop; keep it in one list`
        )
      )
  })
}

type RawEvaluation = { method: 'holdout' | 'kfold'; test_size?: number; folds?: number }

function evaluationOf(raw: RawEvaluation | undefined): BuiltinPipelineConfig['evaluation'] {
  return raw ? { method: raw.method, testSize: raw.test_size ?? 0.2, folds: raw.folds ?? 5 } : undefined
}

/** One snapshot entry: exactly one of path, folder, glob or url; a url is pinned by its sha256. */
function snapshotEntry(
  e: RawSnapshotEntry,
  i: number,
  defaultId: string | undefined,
  dir: string,
  at: (pointer: (string | number)[], message: string) => InputError,
  inRepo: (value: string, pointer: (string | number)[]) => string
): SnapshotEntryConfig {
  const where = ['snapshot', 'entries', i]
  const given = (['path', 'folder', 'glob', 'url'] as const).filter(k => e[k] !== undefined)
  if (given.length !== 1) {
    throw at(
      where,
      `snapshot.entries[${i}]: give exactly one of path, folder, glob or url${given.length ? ` (found ${given.join(', ')})` : ''}`
    )
  }
  if (e.url !== undefined && e.sha256 === undefined)
    throw at(where, `snapshot.entries[${i}]: a url entry needs its pinned sha256`)
  if (e.url === undefined && e.sha256 !== undefined) {
    throw at(
      [...where, 'sha256'],
      `snapshot.entries[${i}].sha256: only url entries are pinned in the config; local files are pinned in the lock`
    )
  }
  let asOf: SnapshotEntryConfig['asOf']
  if (e.as_of) {
    const untilMs = Date.parse(e.as_of.until)
    if (Number.isNaN(untilMs))
      throw at(
        [...where, 'as_of', 'until'],
        `snapshot.entries[${i}].as_of.until: "${e.as_of.until}" is not a timestamp (use ISO 8601)`
      )
    asOf = { column: e.as_of.column, until: e.as_of.until, untilMs }
  }
  const common = { idColumn: e.id_column ?? defaultId, format: e.format, asOf }
  if (e.url === undefined && e.save_as !== undefined)
    throw at(
      [...where, 'save_as'],
      `snapshot.entries[${i}].save_as: only url entries are saved for the pipeline; a local entry is read where it is`
    )
  if (e.url !== undefined) {
    const saveAs = e.save_as ?? urlFileName(e.url)
    if (saveAs === undefined)
      throw at(
        where,
        `snapshot.entries[${i}]: the url does not end in a file name; give save_as, the path where the pipeline finds the file`
      )
    inRepo(saveAs, [...where, e.save_as === undefined ? 'url' : 'save_as'])
    return {
      kind: 'url',
      path: e.url,
      absPath: '',
      sha256: e.sha256,
      saveAs: normalise(saveAs),
      ...common
    }
  }
  if (e.glob !== undefined) {
    inRepo(e.glob.replace(/[*?[].*$/, '') || '.', [...where, 'glob'])
    return { kind: 'glob', path: normalise(e.glob), absPath: dir, ...common }
  }
  const kind = e.folder !== undefined ? 'folder' : 'file'
  const value = (e.folder ?? e.path) as string
  return {
    kind,
    path: normalise(value),
    absPath: inRepo(value, [...where, kind === 'folder' ? 'folder' : 'path']),
    ...common
  }
}

/** A NUL byte in any string of the config (a path, a command) is refused at its key; all are listed. */
function refuseNul(value: unknown, pointer: (string | number)[], at: Locate, found: InputError[]): void {
  if (typeof value === 'string' && value.includes('\0'))
    found.push(at(pointer, `${keyPath('/' + pointer.join('/'))}: holds a NUL byte`))
  if (Array.isArray(value)) value.forEach((v, i) => refuseNul(v, [...pointer, i], at, found))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\0'))
        found.push(at(pointer, `${keyPath('/' + pointer.join('/'), k)}: a key holds a NUL byte`))
      else refuseNul(v, [...pointer, k], at, found)
    }
}

/** The git work tree holding the config, or the config's own folder outside git. */
export function repositoryRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d
    if (path.dirname(d) === d) return dir
  }
}

/** `python3` is looked up on PATH; `.venv/bin/python` is relative to the config's folder. */
function pythonPath(value: string | undefined, dir: string): string | undefined {
  return value && /[\\/]/.test(value) && !path.isAbsolute(value) ? path.resolve(dir, value) : value
}

/**
 * `repro-audit deps FILE…` in a folder without a config: the defaults, with nothing to pin or train,
 * so the dependency audit runs on the named files alone.
 */
export function defaultDepsConfig(dir: string): AuditConfig {
  const file = path.join(dir, 'repro.yml')
  const pipeline = placeholderPipeline()
  return {
    file,
    dir,
    hasPipeline: false,
    // Named after the repository, not the folder the command happens to run in.
    name: path.basename(repositoryRoot(dir)),
    snapshot: {
      lock: path.join(dir, 'repro.lock'),
      entries: [],
      cache: path.join(dir, '.repro-audit', 'cache'),
      root: repositoryRoot(dir)
    },
    pipeline,
    baselineDir: path.join(dir, 'baseline'),
    compare: {
      predictions: { default: { absolute: 0, relative: 0 }, columns: {}, top: 10, labels: [] },
      metrics: { default: { absolute: 0, relative: 0 }, byName: {} },
      artifacts: { absolute: 0, relative: 0 }
    },
    determinism: {
      strategy: 'combined',
      runs: 2,
      maxRuns: 12,
      perturbations: [],
      onChange: 'warn',
      parallel: 'auto'
    },
    dependencies: { files: [], checkInstalled: true },
    reportDir: path.join(dir, '.repro-audit'),
    failOn: 'fail',
    accept: []
  }
}

/** The last segment of a url's path when it is a plain file name, such as `ames-2026-01.csv`. */
function urlFileName(url: string): string | undefined {
  let name: string
  try {
    name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '')
  } catch {
    return undefined
  }
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? name : undefined
}

function normalise(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\//, '')
}
