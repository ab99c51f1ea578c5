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
  if (!validate(raw)) {
    // Every mistake at once, in file order: fixing one typo per run is no way to write a config.
    const errors = pickErrors(validate.errors ?? []).map(
      error => new InputError(describe(error), { file, ...locate(doc, lineCounter, error) })
    )
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    throw InputError.several(errors)
  }
  return resolve(raw as RawConfig, file, doc, lineCounter)
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

function resolve(raw: RawConfig, file: string, doc: Document, lineCounter: LineCounter): AuditConfig {
  const dir = path.dirname(file)
  const root = repositoryRoot(dir)
  const at: Locate = (pointer, message) => {
    let node: Node | null = doc.contents
    for (const p of pointer) node = child(node, p)[0]
    const offset = node?.range?.[0]
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset)
    return new InputError(message, { file, line: pos?.line, column: pos?.col })
  }
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
    if (link)
      throw at(
        pointer,
        `${key}: "${value}" leads outside the repository through the link ${displayPath(link)}`
      )
    return abs
  }
  refuseNul(raw, [], at)

  const { entries, local } = resolveEntries(raw, dir, at, inRepo)
  const pipeline = raw.pipeline
    ? resolvePipeline(raw.pipeline, dir, local, at, inRepo)
    : placeholderPipeline()
  const compare = resolveCompare(raw.compare)
  const lock = inRepo(raw.snapshot.lock ?? 'repro.lock', ['snapshot', 'lock'])
  // The lock's side files go to a folder beside it, which must not lead out either.
  inRepo(`${raw.snapshot.lock ?? 'repro.lock'}.d`, ['snapshot', raw.snapshot.lock ? 'lock' : 'entries'])
  return {
    file,
    dir,
    ...(raw.pipeline ? {} : { hasPipeline: false }),
    name: raw.name ?? path.basename(dir),
    snapshot: {
      lock,
      idColumn: raw.snapshot.id_column,
      entries,
      cache: inRepo(raw.snapshot.cache ?? '.repro-audit/cache', ['snapshot', 'cache']),
      root
    },
    pipeline,
    baselineDir: inRepo(raw.baseline?.dir ?? 'baseline', ['baseline', 'dir']),
    compare,
    determinism: resolveDeterminism(raw.determinism),
    dependencies: {
      files: (raw.dependencies?.files ?? []).map((f, i) => inRepo(f, ['dependencies', 'files', i])),
      python:
        pythonPath(raw.dependencies?.python, dir) ??
        (pipeline.engine === 'command' ? pipeline.python : undefined),
      checkInstalled: raw.dependencies?.check_installed ?? true
    },
    reportDir: inRepo(raw.report?.dir ?? '.repro-audit', ['report', 'dir']),
    failOn: raw.gate?.fail_on ?? 'fail',
    accept: (raw.accept ?? []).map((a, i) => ({
      ...a,
      file: a.file === undefined ? undefined : inRepo(a.file, ['accept', i, 'file'])
    }))
  }
}

/** The snapshot entries, and the paths the pipeline reads them at (a url entry's at its save_as). */
function resolveEntries(
  raw: RawConfig,
  dir: string,
  at: Locate,
  inRepo: InRepo
): { entries: SnapshotEntryConfig[]; local: Set<string> } {
  const entries = raw.snapshot.entries.map((e, i) =>
    snapshotEntry(e, i, raw.snapshot.id_column, dir, at, inRepo)
  )
  const seen = new Set<string>()
  const local = new Set<string>()
  entries.forEach((e, i) => {
    if (seen.has(e.path)) throw at(['snapshot', 'entries', i], `snapshot entry "${e.path}" is listed twice`)
    seen.add(e.path)
    const where = e.saveAs ?? e.path
    if (e.kind !== 'glob' && local.has(where))
      throw at(
        ['snapshot', 'entries', i],
        `snapshot entry "${e.path}" would be read at "${where}", where another entry already is`
      )
    local.add(where)
  })
  return { entries, local }
}

function resolvePipeline(
  p: Record<string, unknown>,
  dir: string,
  local: Set<string>,
  at: Locate,
  inRepo: InRepo
): PipelineConfig {
  const entryFor = (key: 'train' | 'score'): string => {
    const value = normalise(String(p[key]))
    inRepo(value, ['pipeline', key])
    if (!local.has(value)) {
      throw at(
        ['pipeline', key],
        `pipeline.${key}: "${value}" is not a snapshot entry (a local path, or a url entry's save_as); add it to snapshot.entries so it is pinned`
      )
    }
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
  checkEngineKeys(p, pipeline, at)
  return pipeline
}

/** Keys of the other engine are mistakes; so is a metric of the other task. */
function checkEngineKeys(p: Record<string, unknown>, pipeline: PipelineConfig, at: Locate): void {
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
      throw at(
        ['pipeline', key],
        `pipeline.${key} belongs to the builtin engine; a command pipeline reads its data from REPRO_DATA_DIR`
      )
  }
  for (const key of ['command', 'python', 'timeout', 'outputs', 'env_drop', 'env_pass'] as const) {
    if (pipeline.engine === 'builtin' && key in p)
      throw at(['pipeline', key], `pipeline.${key} belongs to the command engine (engine: command)`)
  }

  if (pipeline.engine === 'command') checkEnvRules(pipeline.env, at)

  const classificationMetrics = ['accuracy', 'roc_auc', 'log_loss']
  if (pipeline.engine === 'builtin') {
    pipeline.metrics.forEach((m, i) => {
      if (classificationMetrics.includes(m) !== (pipeline.task === 'classification')) {
        throw at(
          ['pipeline', 'metrics', i],
          `pipeline.metrics[${i}]: "${m}" is not a ${pipeline.task} metric`
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
function checkEnvRules(
  rules: EnvRules,
  at: (pointer: (string | number)[], message: string) => InputError
): void {
  rules.pass.forEach((name, i) => {
    if ((NEVER_PASS as readonly string[]).includes(name))
      throw at(
        ['pipeline', 'env_pass', i],
        `pipeline.env_pass: ${name} (the action token) is never passed to a pipeline`
      )
    if (rules.drop.includes(name))
      throw at(
        ['pipeline', 'env_pass', i],
        `pipeline.env_pass: ${name} is also in pipeline.env_drop; keep it in one list`
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

/** A NUL byte in any string of the config (a path, a command) is refused at its key. */
function refuseNul(
  value: unknown,
  pointer: (string | number)[],
  at: (pointer: (string | number)[], message: string) => InputError
): void {
  if (typeof value === 'string' && value.includes('\0'))
    throw at(pointer, `${keyPath('/' + pointer.join('/'))}: holds a NUL byte`)
  if (Array.isArray(value)) value.forEach((v, i) => refuseNul(v, [...pointer, i], at))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\0'))
        throw at(pointer, `${keyPath('/' + pointer.join('/'), k)}: a key holds a NUL byte`)
      refuseNul(v, [...pointer, k], at)
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
