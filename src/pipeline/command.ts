import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { AsyncBuffer } from 'hyparquet'
import { InputError } from '../core/errors.js'
import { exists } from '../core/files.js'
import { StreamRedactor } from '../core/redact.js'
import type { CommandPipelineConfig, PipelineStageConfig } from '../config/types.js'
import { csvField, readCsvFile, scanCsv } from '../core/csv.js'
import { globToRegExp } from '../core/glob.js'
import { parseTimes, TIMES_FD, withCpuTimes } from './cpu-time.js'
import { BASELINE_MANIFEST, BASELINE_PREDICTIONS, type RunOptions, type RunOutputs } from './outputs.js'
import { pipelineEnv } from '../core/pipeline-env.js'
import { signalGroup, stopAll } from './processes.js'

/** How much of stdout and stderr is kept in memory for the report when a run fails. */
const TAIL_BYTES = 16 * 1024
const TAIL_LINES = 20
/** After a timeout, the process group gets SIGTERM, then SIGKILL this long after. */
const KILL_GRACE_MS = 3000
/** After the command exited, how long a background process may keep its output open. */
const OUTPUT_GRACE_MS = 2000

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
  config: PipelineStageConfig,
  dataDir: string,
  outDir: string,
  options: RunOptions = {}
): Promise<RunOutputs> {
  const spec = config.pipeline as CommandPipelineConfig
  await fs.rm(outDir, { recursive: true, force: true })
  const logFile = `${outDir}.log`
  await fs.mkdir(outDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...pipelineEnv(process.env, spec.env),
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
  const done = await runInGroup({
    command: spec.command,
    cwd: options.workDir ?? config.dir,
    env,
    timeoutSeconds: spec.timeout,
    logFile,
    // The output folder is unique to this run and inherited by everything the command starts.
    marker: `REPRO_OUTPUT_DIR=${outDir}`,
    secrets: options.secrets ?? []
  })
  const { code, signal, output } = done
  // Failures of the process name its log, which holds everything it printed.
  const where = { file: logFile }
  if (done.timedOut)
    throw new RunError(
      `the command did not finish within ${spec.timeout} s and was stopped${others(done.stopped, 'with')}`,
      where,
      output
    )
  if (code === 127)
    throw new RunError(`command not found (${lastLine(output) || spec.command})`, where, output)
  if (code === 126)
    throw new RunError(
      `the command cannot be executed (permission denied?): ${lastLine(output)}`,
      where,
      output
    )
  if (signal) throw new RunError(`the command was killed by ${signal}`, where, output)
  if (code !== 0) throw new RunError(`the command exited with status ${code}${leftover(done)}`, where, output)

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
    const notes = done.stopped ? [`the command exited 0${leftover(done)}`] : []
    return {
      dir: outDir,
      predictions,
      idColumn: spec.idColumn,
      metrics,
      artifacts,
      notes,
      cpuSeconds: done.cpuSeconds
    }
  } catch (error) {
    if (error instanceof InputError)
      throw new RunError(error.message, { file: error.file, line: error.line }, output)
    throw error
  }
}

export interface Completed {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  /** Processes of the command still running after it exited (or besides it, on a timeout), stopped. */
  stopped: number
  /** Whether one of them still held the output open when the audit stopped reading it. */
  heldOutput: boolean
  output: string
  /** User plus system time of the command and its children. */
  cpuSeconds?: number
}

export interface Execution {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutSeconds: number
  logFile: string
  /** `NAME=value` every process of this run inherits: how leftovers outside the group are found. */
  marker: string
  secrets: readonly string[]
}

/**
 * Run the command in a process group of its own. It is done when it has exited and its output is
 * closed; a background process holding the output open gets OUTPUT_GRACE_MS, then the audit stops
 * reading. Either way, whatever the command left running is stopped, and counted for the report.
 */
export function runInGroup(run: Execution): Promise<Completed> {
  return new Promise((resolve, reject) => {
    const child = spawn(withCpuTimes(run.command), {
      shell: true,
      cwd: run.cwd,
      env: run.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    let times = ''
    child.stdio[TIMES_FD]?.on('data', (chunk: Buffer) => (times += chunk.toString('utf8')))
    const untrack = track(child.pid)
    // The fourth pipe carries only the CPU times (see cpu-time.ts); stdout and stderr are as ever.
    const output = capture(
      child as unknown as ChildProcessByStdio<null, Readable, Readable>,
      run.logFile,
      run.secrets
    )
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const finish = async (how: { timedOut?: boolean; heldOutput?: boolean }): Promise<void> => {
      if (settled) return
      settled = true
      timers.forEach(clearTimeout)
      const pgid = child.pid as number
      const stopped = (await stopAll(pgid, run.marker, KILL_GRACE_MS)).filter(pid => pid !== pgid)
      untrack()
      const text = await output.close()
      resolve({
        code: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut: how.timedOut ?? false,
        stopped: stopped.length,
        heldOutput: how.heldOutput ?? false,
        output: text,
        cpuSeconds: parseTimes(times)
      })
    }
    timers.push(setTimeout(() => void finish({ timedOut: true }), run.timeoutSeconds * 1000))
    child.on('error', error => {
      settled = true
      timers.forEach(clearTimeout)
      untrack()
      void output.close()
      reject(new InputError(`cannot start the command: ${error.message}`, { file: run.cwd }))
    })
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      timers.push(setTimeout(() => void finish({ heldOutput: true }), OUTPUT_GRACE_MS))
    })
    child.on('close', (code, signal) => {
      exit = { code, signal }
      void finish({})
    })
  })
}

/** The command's output: everything to the log file (secrets redacted), the end kept for the report. */
function capture(
  child: ChildProcessByStdio<null, Readable, Readable>,
  logFile: string,
  secrets: readonly string[]
): { close: () => Promise<string> } {
  const log = createWriteStream(logFile)
  const redactor = new StreamRedactor(secrets)
  let tail = Buffer.alloc(0)
  const keep = (chunk: Buffer): void => {
    const clean = redactor.push(chunk)
    log.write(clean)
    tail = Buffer.concat([tail, clean])
    if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return {
    close: () => {
      // Stop reading: a process that still holds the pipe open must not keep the audit waiting.
      child.stdout.destroy()
      child.stderr.destroy()
      const rest = redactor.end()
      tail = Buffer.concat([tail, rest])
      return new Promise(done => log.end(rest, () => done(tailLines(tail.toString('utf8')))))
    }
  }
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

/** `; 1 background process still held its output and was stopped`, or '' when none was left. */
function leftover(done: Completed): string {
  if (!done.stopped) return ''
  const n = done.stopped === 1 ? '1 background process' : `${done.stopped} background processes`
  const verb = done.stopped === 1 ? 'was' : 'were'
  return done.heldOutput
    ? `; ${n} still running (holding its output open) ${verb} stopped`
    : `; ${n} still running ${verb} stopped`
}

function others(count: number, word: string): string {
  return count ? ` ${word} ${count} other process${count === 1 ? '' : 'es'} it had started` : ''
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
/** A decimal number as text: one that parses to ±Infinity overflowed (`1e999`). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

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
    const lines = [columns.map(c => csvField(c)).join(',')]
    for (const row of rows) lines.push(columns.map(c => csvField(parquetValue(row[c]))).join(','))
    await fs.writeFile(csvCopy, lines.join('\n') + '\n')
    await checkPredictions(csvCopy, idColumn, file)
    return csvCopy
  }
  await checkPredictions(file, idColumn, file)
  return file
}

/** Predictions files up to this size are read whole to be checked. */
const SPLIT_WHOLE_BYTES = 16 << 20

async function checkPredictions(csv: string, idColumn: string, shownAs: string): Promise<void> {
  let columns: string[] = []
  let idIndex = -1
  const seen = new Map<string, number>()
  let rows = 0
  // A file that fits in memory is split directly when it has no quotes (ids and numbers nearly
  // always); a larger one, or one with quotes, streams through the full parser.
  const small = (await fs.stat(csv)).size <= SPLIT_WHOLE_BYTES
  await (small ? readCsvFile : scanCsv)(csv, {
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
      rows++
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
        if (DECIMAL.test(value.trim()) && !Number.isFinite(Number(value)))
          throw new InputError(`id ${id} has ${value} in "${columns[i]}", beyond the range of a double`, {
            file: shownAs,
            line
          })
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
  // The Parquet reader is loaded only for Parquet predictions.
  const { parquetReadObjects } = await import('hyparquet')
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
      if (typeof v === 'number' && !Number.isFinite(v))
        throw new InputError(`metric "${name}" is ${v}, beyond the range of a double`, { file })
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
