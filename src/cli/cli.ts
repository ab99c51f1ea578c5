import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Command as Program, CommanderError, Option } from 'commander'
import { aggregateFiles, findResultFiles } from '../aggregate/aggregate.js'
import { writeJobResult } from '../aggregate/job.js'
import { renderAggregateJson, renderAggregateMarkdown, renderAggregateTerminal } from '../aggregate/render.js'
import { audit, type Command } from '../audit/audit.js'
import { baselineFilesDir, readBaseline } from '../compare/baseline.js'
import { defaultDepsConfig, loadConfig } from '../config/load.js'
import { FITTED_PIPELINE_FILE, predictWithFitted } from '../pipeline/builtin/engine.js'
import { runPipeline } from '../pipeline/run.js'
import { prepareDataView } from '../snapshot/view.js'
import { displayPath, errorMessage, InputError } from '../core/errors.js'
import { writeFileAtomic } from '../core/files.js'
import { formatNumber } from '../core/format.js'
import { redact, secretList } from '../core/redact.js'
import { logLine } from '../core/text.js'
import type { AuditConfig } from '../config/types.js'
import { NO_ENV_RULES, secretEnvValues } from '../pipeline/env.js'
import type { FailOn } from '../core/status.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { COMMENT_LIMIT } from '../report/markdown.js'
import { renderTerminal } from '../report/terminal.js'
import { renderJson, writeReports } from '../report/write.js'
import { VERSION } from '../version.js'

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTTY: boolean
}

const DESCRIPTIONS: Record<Command, string> = {
  lock: 'pin the data snapshot: write the lock (hashes, rows, schema) of every snapshot entry',
  verify: 'check the data against the lock and say what changed',
  run: 'verify, retrain, compare with the baseline, audit dependencies; write report.json and report.md',
  baseline: 'retrain and write the baseline that later runs are compared with',
  deps: 'audit dependency declarations and the environment'
}

/** The command-line edge: parse arguments, call the engine, print, and return the exit status. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0
  const program = new Program('repro-audit')
    .description('Prove that an ML pipeline still reproduces: pin data, retrain, compare with the baseline.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run repro-audit --help for usage)')

  for (const name of Object.keys(DESCRIPTIONS) as Command[]) {
    const command = program
      .command(name)
      .description(DESCRIPTIONS[name])
      .option('-c, --config <file>', 'config file', 'repro.yml')
      .option('--json', 'print the machine-readable result on stdout')
      .addOption(
        new Option('--fail-on <status>', 'which status fails: fail, warn or never').choices([
          'fail',
          'warn',
          'never'
        ])
      )
    if (name === 'deps')
      command.argument('[files...]', 'dependency files to audit instead of those the config lists')
    if (name === 'run')
      command.option(
        '--base <ref>',
        "git ref whose baseline is compared with the working tree's, to show a baseline update"
      )
    if (name === 'run')
      command
        .option(
          '--result-file <file>',
          'also write the portable result of this job (for `aggregate`) to this file'
        )
        .option('--label <label>', 'name of this job in the aggregate (default: OS-arch-python version)')
    command.action(async (...args: unknown[]) => {
      const files = name === 'deps' ? (args[0] as string[]) : []
      const opts = (name === 'deps' ? args[1] : args[0]) as CommandOptions
      exitCode = await execute(name, opts, files, io)
    })
  }

  program
    .command('train')
    .description('train the pipeline once and write its outputs, with no snapshot check or comparison')
    .option('-c, --config <file>', 'config file', 'repro.yml')
    .option('-o, --out <dir>', "output folder (default: train/ in the config's report folder)")
    .action(async (opts: { config: string; out?: string }) => {
      exitCode = await train(opts, io)
    })
  program
    .command('predict')
    .description(
      'score a data file with a saved fitted-pipeline.json, without retraining (the production path)'
    )
    .argument('[data]', "data file to score (default: the config's pipeline.score)")
    .option('-c, --config <file>', 'config file, for the defaults', 'repro.yml')
    .option(
      '--pipeline <file>',
      `fitted pipeline (default: ${FITTED_PIPELINE_FILE} in the config's baseline folder)`
    )
    .option('-o, --out <file>', 'predictions CSV to write (default: stdout)')
    .action(async (data: string | undefined, opts: { config: string; pipeline?: string; out?: string }) => {
      exitCode = await predict(data, opts, io)
    })
  program
    .command('aggregate')
    .description('aggregate the result files of several jobs (a CI matrix) into one verdict')
    .argument('<results...>', 'result files written by `run --result-file`, or folders holding them')
    .option(
      '--reference <label>',
      'the reference (research) environment; default: the first label in sorted order'
    )
    .option('--expect <n>', 'exit with status 2 unless exactly this many result files are given')
    .option('--expect-labels <labels>', 'comma-separated labels that must all be present')
    .option('-o, --output <dir>', 'write aggregate.json and aggregate.md into this folder')
    .option('--json', 'print the machine-readable aggregate on stdout')
    .addOption(
      new Option('--fail-on <status>', 'which status fails: fail, warn or never').choices([
        'fail',
        'warn',
        'never'
      ])
    )
    .action(async (results: string[], opts: AggregateCliOptions) => {
      exitCode = await executeAggregate(results, opts, io)
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; every usage mistake is exit status 2.
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
  if (argv.length === 0) {
    io.stderr(program.helpInformation())
    return 2
  }
  return exitCode
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
function complain(io: CliIO, message: string): void {
  io.stderr(`repro-audit: ${logLine(redact(message, secretsFor()))}\n`)
}

interface CommandOptions {
  config: string
  json?: boolean
  failOn?: FailOn
  base?: string
  resultFile?: string
  label?: string
}

interface AggregateCliOptions {
  reference?: string
  expect?: string
  expectLabels?: string
  output?: string
  json?: boolean
  failOn?: FailOn
}

async function execute(command: Command, opts: CommandOptions, files: string[], io: CliIO): Promise<number> {
  try {
    // `deps FILE…` needs no config: without the default repro.yml it audits the named files alone.
    const standalone =
      command === 'deps' &&
      files.length > 0 &&
      opts.config === 'repro.yml' &&
      !existsSync(path.resolve(opts.config))
    const config = standalone ? defaultDepsConfig(process.cwd()) : await loadConfig(opts.config)
    const secrets = secretsFor(config)
    // One line per stage and per run as it starts and ends, on stderr (never in the --json output),
    // on a terminal and in CI logs.
    const progress =
      io.isTTY || process.env.CI ? (line: string) => io.stderr(`… ${logLine(line)}\n`) : undefined
    let reference: RunOutputs | undefined
    const result = await audit(config, command, {
      failOn: opts.failOn,
      baseRef: opts.base,
      dependencyFiles: files.length ? files.map(f => path.resolve(f)) : undefined,
      progress,
      onReference: outputs => (reference = outputs),
      secrets
    })
    const reports =
      command === 'run' || command === 'verify'
        ? await writeReports(result, config.reportDir, config.snapshot.root)
        : undefined
    const job = opts.resultFile
      ? await writeJobResult(result, config, reference, { file: opts.resultFile, label: opts.label, secrets })
      : undefined
    if (opts.json) io.stdout(renderJson(result))
    else {
      io.stdout(renderTerminal(result, { colour: io.isTTY && !process.env.NO_COLOR }))
      if (reports)
        io.stdout(`${logLine(`report: ${displayPath(reports.markdown)}, ${displayPath(reports.json)}`)}\n`)
      if (job)
        io.stdout(`${logLine(`result file: ${displayPath(job.file)} (label ${job.portable.label})`)}\n`)
    }
    if (result.gate.exitCode === 2) {
      const first = (
        ['snapshot', 'runs', 'determinism', 'comparison', 'dependencies', 'environment'] as const
      )
        .flatMap(k => result[k].findings)
        .find(f => f.status === 'error')
      complain(io, `${first?.file ? `${first.file}: ` : ''}${first?.message ?? result.summary}`)
    }
    return result.gate.exitCode
  } catch (error) {
    complain(io, errorMessage(error))
    return 2
  }
}

async function executeAggregate(results: string[], opts: AggregateCliOptions, io: CliIO): Promise<number> {
  try {
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
      complain(io, first?.message ?? result.summary)
    }
    return result.gate.exitCode
  } catch (error) {
    complain(io, errorMessage(error))
    return 2
  }
}

async function train(opts: { config: string; out?: string }, io: CliIO): Promise<number> {
  try {
    const config = await loadConfig(opts.config)
    const out = opts.out ? path.resolve(opts.out) : path.join(config.reportDir, 'train')
    const view = await prepareDataView({ config })
    let result
    try {
      result = await runPipeline(config, view.dir, out, { secrets: secretsFor(config) })
    } finally {
      await view.cleanup()
    }
    // Metric names come from the pipeline's metrics.json.
    const metrics = Object.entries(result.metrics).map(([k, v]) => `${logLine(k)} ${formatNumber(v)}`)
    io.stdout(`trained; outputs in ${displayPath(out)}${metrics.length ? `\n${metrics.join(', ')}` : ''}\n`)
    return 0
  } catch (error) {
    complain(io, errorMessage(error))
    return 2
  }
}

async function predict(
  data: string | undefined,
  opts: { config: string; pipeline?: string; out?: string },
  io: CliIO
): Promise<number> {
  try {
    let fitted = opts.pipeline && path.resolve(opts.pipeline)
    let input = data && path.resolve(data)
    if (!fitted || !input) {
      const config = await loadConfig(opts.config)
      if (config.pipeline.engine !== 'builtin') {
        throw new InputError('predict scores with a built-in fitted pipeline; this config runs a command', {
          file: config.file
        })
      }
      if (!fitted) {
        const baseline = await readBaseline(config.baselineDir, config.snapshot.root)
        fitted = path.join(
          baseline ? baselineFilesDir(config.baselineDir, baseline) : config.baselineDir,
          FITTED_PIPELINE_FILE
        )
      }
      input ??= path.join(config.dir, config.pipeline.score)
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
    complain(io, errorMessage(error))
    return 2
  }
}
