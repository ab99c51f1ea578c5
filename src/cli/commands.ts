// The work behind each command of the CLI. Loaded on demand by cli.ts; the heavy parts of the
// engine are imported inside the functions that need them.
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { loadConfig, rawReportDir } from '../config/load.js'
import type { AuditConfig } from '../config/types.js'
import { displayPath, errorMessage, InputError } from '../core/errors.js'
import { redact, secretList } from '../core/redact.js'
import { logLine } from '../core/text.js'
import { envRulesOf, NO_ENV_RULES, secretEnvValues } from '../core/pipeline-env.js'
import { allFindings } from '../core/result.js'
import type { AuditJob } from '../jobs/audit.js'
import type { AggregateCliOptions, AuditCommand, CliIO, CommandOptions } from './types.js'

/** Which report files each command writes into the report folder (see README "Command line"). */
export const REPORT_NAMES: Partial<Record<AuditCommand, string>> = {
  run: 'report',
  verify: 'verify-report',
  accept: 'accept-report'
}

/**
 * Secret values in this machine's environment (a CI job's tokens; see core/pipeline-env.ts), redacted
 * from what the audit writes and prints.
 */
function secretsFor(config?: AuditConfig): string[] {
  const rules = config ? envRulesOf(config.pipeline) : NO_ENV_RULES
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
  // The reports of this command are removed first, so after an exit 2 nothing looks current: from
  // the default folder and the config's report.dir (read from its YAML alone if it fails to load).
  const reportName = REPORT_NAMES[command]
  const defaultDir = defaultReportDir(opts.config)
  if (reportName) await removeReports(defaultDir, reportName)
  let loaded = false
  try {
    const config = await configFor(command, opts, files)
    loaded = true
    if (reportName && config.reportDir !== defaultDir) await removeReports(config.reportDir, reportName)
    const job = await auditJob(command, config, opts, files, io)
    await printResult(command, job, config, opts, io)
    const { result } = job
    if (result.gate.exitCode === 2) {
      const first = allFindings(result).find(f => f.status === 'error')
      io.stderr(complaint(`${first?.file ? `${first.file}: ` : ''}${first?.message ?? result.summary}`))
      // An accept that re-locked the data but could not write the baseline says so after the cause.
      const halfDone = allFindings(result).find(f => f.code === 'accept.half-done')
      if (halfDone && halfDone !== first) io.stderr(complaint(halfDone.message))
    }
    return result.gate.exitCode
  } catch (error) {
    if (reportName && !loaded) {
      const configured = await rawReportDir(opts.config)
      if (configured && configured !== defaultDir) await removeReports(configured, reportName)
    }
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

async function auditJob(
  command: AuditCommand,
  config: AuditConfig,
  opts: CommandOptions,
  files: string[],
  io: CliIO
): Promise<AuditJob> {
  // One line per stage and per run as it starts and ends, on stderr (never in the --json output),
  // on a terminal and in CI logs.
  const progress = io.progress ? (line: string) => io.stderr(`… ${logLine(line)}\n`) : undefined
  const { runAuditJob } = await import('../jobs/audit.js')
  return runAuditJob(config, command, {
    failOn: opts.failOn,
    baseRef: opts.base,
    knownReport: opts.known,
    dependencyFiles: files.length ? files.map(f => path.resolve(f)) : undefined,
    progress,
    secrets: secretsFor(config),
    reportName: REPORT_NAMES[command],
    resultFile: opts.resultFile ? { file: opts.resultFile, label: opts.label } : undefined
  })
}

async function printResult(
  command: AuditCommand,
  { result, reports, job }: AuditJob,
  config: AuditConfig,
  opts: CommandOptions,
  io: CliIO
): Promise<void> {
  if (opts.json) {
    const { renderJson } = await import('../report/write.js')
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
    const { runAggregateJob } = await import('../jobs/aggregate.js')
    const { renderAggregateJson, renderAggregateTerminal } = await import('../aggregate/render.js')
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
    const { result } = await runAggregateJob(results, {
      reference: opts.reference,
      expect,
      expectLabels,
      failOn: opts.failOn,
      outputDir: opts.output
    })
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
    const { trainOnce } = await import('../jobs/train.js')
    const { formatNumber } = await import('../core/format.js')
    const out = opts.out ? path.resolve(opts.out) : path.join(config.reportDir, 'train')
    const result = await trainOnce(config, out, secretsFor(config))
    // Metric names come from the pipeline's metrics.json.
    const metrics = Object.entries(result.metrics).map(([k, v]) => `${logLine(k)} ${formatNumber(v)}`)
    io.stdout(`trained; outputs in ${displayPath(out)}${metrics.length ? `\n${metrics.join(', ')}` : ''}\n`)
    return 0
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}

export async function predict(
  data: string | undefined,
  opts: { config: string; pipeline?: string; out?: string },
  io: CliIO
): Promise<number> {
  try {
    const { predictFromBaseline } = await import('../jobs/train.js')
    const predicted = await predictFromBaseline({
      configFile: opts.config,
      pipeline: opts.pipeline,
      data,
      out: opts.out
    })
    if (predicted.file)
      io.stderr(`repro-audit: ${predicted.rows} predictions written to ${displayPath(predicted.file)}\n`)
    else io.stdout(predicted.text ?? '')
    return 0
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}
