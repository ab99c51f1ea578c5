// The work behind each command of the CLI. Loaded on demand by cli.ts; the heavy parts of the
// engine are imported inside the functions that need them.
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../config/load.js'
import type { AuditConfig } from '../config/types.js'
import { displayPath, errorMessage, InputError } from '../core/errors.js'
import { redact, secretList } from '../core/redact.js'
import { logLine } from '../core/text.js'
import { NO_ENV_RULES, secretEnvValues } from '../pipeline/env.js'
import type { AuditResult } from '../core/result.js'
import type { AggregateCliOptions, AuditCommand, CliIO, CommandOptions } from './cli.js'

/** Which report files each command writes into the report folder (see README "Command line"). */
export const REPORT_NAMES: Partial<Record<AuditCommand, string>> = {
  run: 'report',
  verify: 'verify-report',
  accept: 'accept-report'
}

/**
 * Secret values in this machine's environment (a CI job's tokens; see pipeline/env.ts), redacted
 * from what the audit writes and prints.
 */
function secretsFor(config?: AuditConfig): string[] {
  const rules = config?.pipeline.engine === 'command' ? config.pipeline.env : NO_ENV_RULES
  return secretList(secretEnvValues(process.env, rules))
}

/** The one-line reason on stderr: control characters escaped, secrets redacted. */
function complaint(message: string): string {
  return `repro-audit: ${logLine(redact(message, secretsFor()))}\n`
}

/** Every line of an error: a config with several mistakes gives one line per mistake. */
export function errorLines(error: unknown): string {
  const errors = error instanceof InputError && error.all ? error.all : [error]
  return errors.map(e => complaint(errorMessage(e))).join('')
}

export async function execute(
  command: AuditCommand,
  opts: CommandOptions,
  files: string[],
  io: CliIO
): Promise<number> {
  // The reports of this command are removed first, so after an exit 2 nothing looks current.
  const reportName = REPORT_NAMES[command]
  if (reportName) await removeReports(defaultReportDir(opts.config), reportName)
  try {
    const config = await configFor(command, opts, files)
    if (reportName && config.reportDir !== defaultReportDir(opts.config))
      await removeReports(config.reportDir, reportName)
    const result = await auditFor(command, config, opts, files, io)
    await printResult(command, result, config, opts, io)
    if (result.gate.exitCode === 2) {
      const first = (
        ['snapshot', 'runs', 'determinism', 'comparison', 'dependencies', 'environment'] as const
      )
        .flatMap(k => result[k].findings)
        .find(f => f.status === 'error')
      io.stderr(complaint(`${first?.file ? `${first.file}: ` : ''}${first?.message ?? result.summary}`))
    }
    return result.gate.exitCode
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}

function defaultReportDir(configFile: string): string {
  return path.join(path.dirname(path.resolve(configFile)), '.repro-audit')
}

async function removeReports(dir: string, name: string): Promise<void> {
  for (const ext of ['json', 'md']) await fs.rm(path.join(dir, `${name}.${ext}`), { force: true })
}

async function configFor(command: AuditCommand, opts: CommandOptions, files: string[]): Promise<AuditConfig> {
  // `deps FILE…` needs no config: without the default repro.yml it audits the named files alone.
  const standalone =
    command === 'deps' &&
    files.length > 0 &&
    opts.config === 'repro.yml' &&
    !existsSync(path.resolve(opts.config))
  if (standalone) return (await import('../config/load.js')).defaultDepsConfig(process.cwd())
  return loadConfig(opts.config)
}

async function auditFor(
  command: AuditCommand,
  config: AuditConfig,
  opts: CommandOptions,
  files: string[],
  io: CliIO
): Promise<AuditResult & { reference?: import('../pipeline/outputs.js').RunOutputs }> {
  // One line per stage and per run as it starts and ends, on stderr (never in the --json output),
  // on a terminal and in CI logs.
  const progress = io.progress ? (line: string) => io.stderr(`… ${logLine(line)}\n`) : undefined
  const secrets = secretsFor(config)
  const { audit } = await import('../audit/audit.js')
  if (command === 'accept') return (await import('../audit/accept.js')).accept(config, { progress, secrets })
  let reference: import('../pipeline/outputs.js').RunOutputs | undefined
  const { readKnownReport } = await import('../report/read.js')
  const result = await audit(config, command, {
    failOn: opts.failOn,
    baseRef: opts.base,
    known: await readKnownReport(opts.known),
    dependencyFiles: files.length ? files.map(f => path.resolve(f)) : undefined,
    progress,
    onReference: outputs => (reference = outputs),
    secrets
  })
  return { ...result, ...(reference ? { reference } : {}) }
}

async function printResult(
  command: AuditCommand,
  full: AuditResult & { reference?: import('../pipeline/outputs.js').RunOutputs },
  config: AuditConfig,
  opts: CommandOptions,
  io: CliIO
): Promise<void> {
  const { reference, ...result } = full
  const { renderJson, writeReports } = await import('../report/write.js')
  const reportName = REPORT_NAMES[command]
  const reports = reportName
    ? await writeReports(result, config.reportDir, { root: config.snapshot.root, name: reportName })
    : undefined
  const job = opts.resultFile
    ? await (
        await import('../aggregate/job.js')
      ).writeJobResult(result, config, reference, {
        file: opts.resultFile,
        label: opts.label,
        secrets: secretsFor(config)
      })
    : undefined
  if (opts.json) {
    io.stdout(renderJson(result))
    return
  }
  const { renderTerminal } = await import('../report/terminal.js')
  io.stdout(
    renderTerminal(result, {
      colour: io.isTTY && !process.env.NO_COLOR,
      fullReport: reports ? displayPath(reports.json) : undefined
    })
  )
  if (reports)
    io.stdout(`${logLine(`report: ${displayPath(reports.markdown)}, ${displayPath(reports.json)}`)}\n`)
  if (job) io.stdout(`${logLine(`result file: ${displayPath(job.file)} (label ${job.portable.label})`)}\n`)
  if (command === 'accept' && result.status !== 'error') {
    const { acceptedChanges, commitLine } = await import('../audit/accept.js')
    for (const line of acceptedChanges(result)) io.stdout(`  ${logLine(line)}\n`)
    io.stdout(`\nCommit the accepted state:\n  ${logLine(commitLine(config))}\n`)
  }
}

export async function executeAggregate(
  results: string[],
  opts: AggregateCliOptions,
  io: CliIO
): Promise<number> {
  try {
    const { aggregateFiles, findResultFiles } = await import('../aggregate/aggregate.js')
    const { renderAggregateJson, renderAggregateMarkdown, renderAggregateTerminal } =
      await import('../aggregate/render.js')
    const { writeFileAtomic } = await import('../core/files.js')
    const { COMMENT_LIMIT } = await import('../report/markdown.js')
    let expect: number | undefined
    if (opts.expect !== undefined) {
      if (!/^[1-9]\d{0,5}$/.test(opts.expect))
        throw new InputError(`--expect must be a positive number of jobs, not "${opts.expect}"`)
      expect = Number(opts.expect)
    }
    const expectLabels = opts.expectLabels
      ?.split(',')
      .map(l => l.trim())
      .filter(Boolean)
    const files = await findResultFiles(results)
    const result = await aggregateFiles(files, {
      reference: opts.reference,
      expect,
      expectLabels,
      failOn: opts.failOn
    })
    if (opts.output) {
      const dir = path.resolve(opts.output)
      await writeFileAtomic(path.join(dir, 'aggregate.json'), renderAggregateJson(result))
      await writeFileAtomic(
        path.join(dir, 'aggregate.md'),
        renderAggregateMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'aggregate.json' })
      )
    }
    io.stdout(opts.json ? renderAggregateJson(result) : renderAggregateTerminal(result))
    if (result.gate.exitCode === 2) {
      const first = result.audits.flatMap(g => g.findings).find(f => f.status === 'error')
      io.stderr(complaint(first?.message ?? result.summary))
    }
    return result.gate.exitCode
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}

export async function train(opts: { config: string; out?: string }, io: CliIO): Promise<number> {
  try {
    const config = await loadConfig(opts.config)
    const pipeline = requirePipeline(config, 'train')
    const { prepareDataView } = await import('../snapshot/view.js')
    const { runPipeline } = await import('../pipeline/run.js')
    const { formatNumber } = await import('../core/format.js')
    const out = opts.out ? path.resolve(opts.out) : path.join(config.reportDir, 'train')
    const view = await prepareDataView({ config })
    let result
    try {
      result = await runPipeline({ ...config, pipeline }, view.dir, out, { secrets: secretsFor(config) })
    } finally {
      await view.cleanup()
    }
    // Metric names come from the pipeline's metrics.json.
    const metrics = Object.entries(result.metrics).map(([k, v]) => `${logLine(k)} ${formatNumber(v)}`)
    io.stdout(`trained; outputs in ${displayPath(out)}${metrics.length ? `\n${metrics.join(', ')}` : ''}\n`)
    return 0
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}

/** The pipeline section, or a clear error for commands that train. */
export function requirePipeline(config: AuditConfig, command: string): AuditConfig['pipeline'] {
  if (config.hasPipeline === false)
    throw new InputError(
      `\`${command}\` needs a pipeline section in the config; lock and verify work without one`,
      {
        file: config.file
      }
    )
  return config.pipeline
}

export async function predict(
  data: string | undefined,
  opts: { config: string; pipeline?: string; out?: string },
  io: CliIO
): Promise<number> {
  try {
    const { FITTED_PIPELINE_FILE, predictWithFitted } = await import('../pipeline/builtin/engine.js')
    let fitted = opts.pipeline && path.resolve(opts.pipeline)
    let input = data && path.resolve(data)
    if (!fitted || !input) {
      const config = await loadConfig(opts.config)
      const pipeline = requirePipeline(config, 'predict')
      if (pipeline.engine !== 'builtin') {
        throw new InputError('predict scores with a built-in fitted pipeline; this config runs a command', {
          file: config.file
        })
      }
      if (!fitted) {
        const { baselineFilesDir, readBaseline } = await import('../compare/baseline.js')
        const baseline = await readBaseline(config.baselineDir, config.snapshot.root)
        fitted = path.join(
          baseline ? baselineFilesDir(config.baselineDir, baseline) : config.baselineDir,
          FITTED_PIPELINE_FILE
        )
      }
      input ??= path.join(config.dir, pipeline.score)
    }
    if (opts.out) {
      const { rows } = await predictWithFitted(fitted, input, path.resolve(opts.out))
      io.stderr(`repro-audit: ${rows} predictions written to ${displayPath(path.resolve(opts.out))}\n`)
      return 0
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-predict-'))
    try {
      const file = path.join(dir, 'predictions.csv')
      await predictWithFitted(fitted, input, file)
      io.stdout(await fs.readFile(file, 'utf8'))
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
    return 0
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}
