import { spawn } from 'node:child_process'
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { parquetReadObjects, type AsyncBuffer } from 'hyparquet'
import { BASELINE_MANIFEST, BASELINE_PREDICTIONS } from '../compare/baseline.js'
import { InputError } from '../core/errors.js'
import { exists } from '../core/files.js'
import type { AuditConfig, CommandPipelineConfig } from '../config/types.js'
import { scanCsv } from '../snapshot/csv.js'
import { parseTimes, TIMES_FD, withCpuTimes } from './cpu-time.js'
import type { RunOptions } from './run.js'
import type { RunOutputs } from './outputs.js'

/** How much of stdout and stderr is kept in memory for the report when a run fails. */
const TAIL_BYTES = 16 * 1024
const TAIL_LINES = 20
/** After a timeout, the process group gets SIGTERM, then SIGKILL this long after. */
const KILL_GRACE_MS = 3000

/** A run that could not produce usable outputs; carries the end of what the command printed. */
export class RunError extends InputError {
  readonly output: string

  constructor(message: string, where: { file?: string; line?: number }, output: string) {
    super(message, where)
    this.name = 'RunError'
    this.output = output
  }
}

/**
 * Run the configured command once through the shell, in `options.workDir` (the config's folder by
 * default), with REPRO_DATA_DIR and REPRO_OUTPUT_DIR set, then read and check what it wrote.
 */
export async function runCommand(
  config: AuditConfig,
  dataDir: string,
  outDir: string,
  options: RunOptions = {}
): Promise<RunOutputs> {
  const spec = config.pipeline as CommandPipelineConfig
  await fs.rm(outDir, { recursive: true, force: true })
  const logFile = `${outDir}.log`
  await fs.mkdir(outDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    REPRO_DATA_DIR: dataDir,
    REPRO_OUTPUT_DIR: outDir
  }
  if (spec.python) {
    env.REPRO_PYTHON = spec.python
    // Like activating a virtualenv: `python3` in the command finds this interpreter before any
    // pyenv shim or other Python on PATH.
    if (spec.python.includes('/')) env.PATH = `${path.dirname(spec.python)}${path.delimiter}${env.PATH ?? ''}`
  }
  const { code, signal, timedOut, output, cpuSeconds } = await execute(
    spec.command,
    options.workDir ?? config.dir,
    env,
    spec.timeout,
    logFile
  )
  // Failures of the process name its log, which holds everything it printed.
  const where = { file: logFile }
  if (timedOut)
    throw new RunError(`the command did not finish within ${spec.timeout} s and was stopped`, where, output)
  if (code === 127)
    throw new RunError(`command not found (${lastLine(output) || spec.command})`, where, output)
  if (code === 126)
    throw new RunError(
      `the command cannot be executed (permission denied?): ${lastLine(output)}`,
      where,
      output
    )
  if (signal) throw new RunError(`the command was killed by ${signal}`, where, output)
  if (code !== 0) throw new RunError(`the command exited with status ${code}`, where, output)

  try {
    const predictions = await readPredictions(
      path.join(outDir, spec.outputs.predictions),
      spec.idColumn,
      `${outDir}.predictions.csv`
    )
    const metrics = await readMetrics(
      path.join(outDir, spec.outputs.metrics.file),
      spec.outputs.metrics.required
    )
    const artifacts = await collectArtifacts(outDir, spec)
    return { dir: outDir, predictions, idColumn: spec.idColumn, metrics, artifacts, cpuSeconds }
  } catch (error) {
    if (error instanceof InputError)
      throw new RunError(error.message, { file: error.file, line: error.line }, output)
    throw error
  }
}

interface Completed {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  output: string
  /** User plus system time of the command and its children. */
  cpuSeconds?: number
}

function execute(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutSeconds: number,
  logFile: string
): Promise<Completed> {
  return new Promise((resolve, reject) => {
    // A process group of its own, so a timeout stops the shell and everything it started.
    const child = spawn(withCpuTimes(command), {
      shell: true,
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    let times = ''
    child.stdio[TIMES_FD]?.on('data', (chunk: Buffer) => (times += chunk.toString('utf8')))
    const untrack = track(child.pid)
    const log = createWriteStream(logFile)
    let tail = Buffer.alloc(0)
    const keep = (chunk: Buffer): void => {
      log.write(chunk)
      tail = Buffer.concat([tail, chunk])
      if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    let timedOut = false
    let killer: NodeJS.Timeout | undefined
    const timer = setTimeout(() => {
      timedOut = true
      signalGroup(child.pid, 'SIGTERM')
      killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS)
    }, timeoutSeconds * 1000)
    child.on('error', error => {
      untrack()
      clearTimeout(timer)
      clearTimeout(killer)
      log.end()
      reject(new InputError(`cannot start the command: ${error.message}`, { file: cwd }))
    })
    child.on('close', (code, signal) => {
      untrack()
      clearTimeout(timer)
      clearTimeout(killer)
      log.end(() =>
        resolve({
          code,
          signal,
          timedOut,
          output: tailLines(tail.toString('utf8')),
          cpuSeconds: parseTimes(times)
        })
      )
    })
  })
}

// Each command runs in its own process group, which a Ctrl-C in the terminal does not reach; while
// any is running, an interrupt of repro-audit is passed on to them before repro-audit stops.
const running = new Set<number>()
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

function forward(signal: NodeJS.Signals): void {
  for (const pid of running) signalGroup(pid, 'SIGTERM')
  for (const s of FORWARDED) process.removeListener(s, forward)
  process.kill(process.pid, signal)
}

function track(pid: number | undefined): () => void {
  if (pid === undefined) return () => {}
  if (running.size === 0) for (const s of FORWARDED) process.on(s, forward)
  running.add(pid)
  return () => {
    running.delete(pid)
    if (running.size === 0) for (const s of FORWARDED) process.removeListener(s, forward)
  }
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

function tailLines(text: string): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  return lines.slice(-TAIL_LINES).join('\n')
}

/** The last non-empty line, without the shell's `/bin/sh: 1: ` prefix. */
function lastLine(text: string): string {
  const line =
    text
      .split('\n')
      .filter(l => l.trim())
      .pop()
      ?.trim() ?? ''
  return line.replace(/^\/bin\/sh: (line )?\d+: /, '')
}

// ---- reading and checking the outputs -----------------------------------------------------------

/** Names the baseline folder uses for its own files. */
const RESERVED = new Set([BASELINE_MANIFEST, BASELINE_PREDICTIONS])

const BAD_NUMBER = /^[+-]?(nan|inf|infinity)$/i

/**
 * Check the predictions file and return a CSV path the comparison can read: the file itself for
 * CSV, a CSV copy at `csvCopy` for Parquet. Missing id column, duplicate or empty ids, missing,
 * NaN or infinite values and a file without rows are InputErrors naming the file and line.
 */
export async function readPredictions(file: string, idColumn: string, csvCopy: string): Promise<string> {
  if (!(await exists(file))) {
    const written = await listFiles(path.dirname(file))
    const hint = written.length
      ? `; it wrote ${written.slice(0, 5).join(', ')}${written.length > 5 ? ', …' : ''}`
      : '; the output folder is empty'
    throw new InputError(`the command wrote no predictions file${hint}`, { file })
  }
  if ((await fs.stat(file)).size === 0) throw new InputError('the predictions file is empty', { file })
  if (/\.parquet$/i.test(file)) {
    const rows = await readParquet(file)
    const columns = rows.length ? Object.keys(rows[0]) : []
    const lines = [columns.map(csvField).join(',')]
    for (const row of rows) lines.push(columns.map(c => csvField(parquetValue(row[c]))).join(','))
    await fs.writeFile(csvCopy, lines.join('\n') + '\n')
    await checkPredictions(csvCopy, idColumn, file)
    return csvCopy
  }
  await checkPredictions(file, idColumn, file)
  return file
}

async function checkPredictions(csv: string, idColumn: string, shownAs: string): Promise<void> {
  let columns: string[] = []
  let idIndex = -1
  const seen = new Map<string, number>()
  const { rows } = await scanCsv(csv, {
    header(names) {
      columns = names
      idIndex = names.indexOf(idColumn)
      if (idIndex < 0)
        throw new InputError(
          `the predictions have no id column "${idColumn}" (columns: ${names.join(', ')})`,
          { file: shownAs, line: 1 }
        )
      if (names.length < 2)
        throw new InputError(
          `the predictions hold only the id column "${idColumn}"; add a prediction column`,
          { file: shownAs, line: 1 }
        )
    },
    row(fields, line) {
      const id = fields[idIndex]
      if (id.trim() === '') throw new InputError(`a row has no id in "${idColumn}"`, { file: shownAs, line })
      const first = seen.get(id)
      if (first !== undefined)
        throw new InputError(`id ${id} appears more than once (first on line ${first})`, {
          file: shownAs,
          line
        })
      seen.set(id, line)
      fields.forEach((value, i) => {
        if (i === idIndex) return
        if (value.trim() === '')
          throw new InputError(`id ${id} has no value in "${columns[i]}"`, { file: shownAs, line })
        if (BAD_NUMBER.test(value.trim()))
          throw new InputError(`id ${id} has ${value} in "${columns[i]}"`, { file: shownAs, line })
      })
    }
  })
  if (rows === 0)
    throw new InputError('the predictions file has a header but no rows', { file: shownAs, line: 1 })
}

async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const data = await fs.readFile(file)
  const buffer: AsyncBuffer = {
    byteLength: data.byteLength,
    slice: (start, end) =>
      data.buffer.slice(data.byteOffset + start, data.byteOffset + (end ?? data.byteLength)) as ArrayBuffer
  }
  try {
    return (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[]
  } catch (error) {
    throw new InputError(`cannot read the Parquet predictions: ${(error as Error).message}`, { file })
  }
}

function parquetValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? String(value)
      : Number.isNaN(value)
        ? 'NaN'
        : value > 0
          ? 'Infinity'
          : '-Infinity'
  return String(value)
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Metrics: a JSON object whose numbers (nested objects flattened with dots) are the metrics. */
async function readMetrics(file: string, required: boolean): Promise<Record<string, number>> {
  if (!(await exists(file))) {
    if (required) throw new InputError('the command wrote no metrics file', { file })
    return {}
  }
  let value: unknown
  try {
    value = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new InputError(`the metrics file is not valid JSON (${(error as Error).message})`, { file })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError('the metrics file must hold a JSON object of name: number', { file })
  const metrics: Record<string, number> = {}
  const walk = (prefix: string, object: Record<string, unknown>): void => {
    for (const [key, v] of Object.entries(object)) {
      const name = prefix ? `${prefix}.${key}` : key
      if (typeof v === 'number') metrics[name] = v
      else if (v !== null && typeof v === 'object' && !Array.isArray(v))
        walk(name, v as Record<string, unknown>)
    }
  }
  walk('', value as Record<string, unknown>)
  return Object.fromEntries(Object.entries(metrics).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The params file (when present) and every file matching the artifact globs, sorted. */
async function collectArtifacts(outDir: string, spec: CommandPipelineConfig): Promise<string[]> {
  const found = new Set<string>()
  const params = path.join(outDir, spec.outputs.params.file)
  if (await exists(params)) {
    try {
      JSON.parse(await fs.readFile(params, 'utf8'))
    } catch (error) {
      throw new InputError(`the params file is not valid JSON (${(error as Error).message})`, {
        file: params
      })
    }
    found.add(spec.outputs.params.file)
  } else if (spec.outputs.params.required) {
    throw new InputError('the command wrote no params file', { file: params })
  }
  if (spec.outputs.artifacts.length) {
    const patterns = spec.outputs.artifacts.map(globToRegExp)
    const skip = new Set([spec.outputs.predictions, spec.outputs.metrics.file])
    for (const file of await listFiles(outDir)) {
      if (!skip.has(file) && patterns.some(p => p.test(file))) found.add(file)
    }
  }
  for (const name of found) {
    if (RESERVED.has(name)) {
      throw new InputError(
        `artifact "${name}" has the name of a file the baseline folder keeps for itself; rename it`,
        {
          file: path.join(outDir, name)
        }
      )
    }
  }
  return [...found].sort()
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)))
    else if (entry.isFile()) out.push(rel)
  }
  return out.sort()
}

/** `*` and `?` stay within one folder, `**` spans folders. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      i++
      if (glob[i + 1] === '/') {
        i++
        re += '(?:.*/)?'
      } else re += '.*'
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
