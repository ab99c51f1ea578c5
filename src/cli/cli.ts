import path from 'node:path'
import { Command as Program, CommanderError, Option } from 'commander'
import { audit, type Command } from '../audit/audit.js'
import { loadConfig } from '../config/load.js'
import { displayPath, errorMessage } from '../core/errors.js'
import type { FailOn } from '../core/status.js'
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
      .addOption(new Option('--fail-on <status>', 'which status fails: fail, warn or never').choices(['fail', 'warn', 'never']))
    if (name === 'deps') command.argument('[files...]', 'dependency files to audit instead of those the config lists')
    if (name === 'run') command.option('--base <ref>', "git ref whose baseline is compared with the working tree's, to show a baseline update")
    command.action(async (...args: unknown[]) => {
      const files = name === 'deps' ? (args[0] as string[]) : []
      const opts = (name === 'deps' ? args[1] : args[0]) as CommandOptions
      exitCode = await execute(name, opts, files, io)
    })
  }

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

interface CommandOptions {
  config: string
  json?: boolean
  failOn?: FailOn
  base?: string
}

async function execute(command: Command, opts: CommandOptions, files: string[], io: CliIO): Promise<number> {
  try {
    const config = await loadConfig(opts.config)
    const progress = !opts.json && io.isTTY ? (line: string) => io.stderr(`… ${line}\n`) : undefined
    const result = await audit(config, command, {
      failOn: opts.failOn,
      baseRef: opts.base,
      dependencyFiles: files.length ? files.map(f => path.resolve(f)) : undefined,
      progress
    })
    const reports = command === 'run' || command === 'verify' ? await writeReports(result, config.reportDir) : undefined
    if (opts.json) io.stdout(renderJson(result))
    else {
      io.stdout(renderTerminal(result, { colour: io.isTTY && !process.env.NO_COLOR }))
      if (reports) io.stdout(`report: ${displayPath(reports.markdown)}, ${displayPath(reports.json)}\n`)
    }
    if (result.gate.exitCode === 2) {
      const first = (['snapshot', 'runs', 'determinism', 'comparison', 'dependencies', 'environment'] as const)
        .flatMap(k => result[k].findings)
        .find(f => f.status === 'error')
      io.stderr(`repro-audit: ${first?.file ? `${first.file}: ` : ''}${first?.message ?? result.summary}\n`)
    }
    return result.gate.exitCode
  } catch (error) {
    io.stderr(`repro-audit: ${errorMessage(error)}\n`)
    return 2
  }
}
