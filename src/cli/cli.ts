// The command-line edge: the program and its options. Every command's work lives in a module that
// is imported only when that command runs, so `--help` and `verify` start without loading Parquet,
// the built-in engine, the GitHub client or the report renderers.
import { Command as Program, CommanderError, Option } from 'commander'
import type { AggregateCliOptions, AuditCommand, CliIO, CommandOptions } from './types.js'
import { VERSION } from '../version.js'

export type { AggregateCliOptions, AuditCommand, CliIO, CommandOptions }

const DESCRIPTIONS: Record<AuditCommand, string> = {
  lock: 'pin the data snapshot: write the lock (hashes, rows, schema) of every snapshot entry',
  verify: 'check the data against the lock and say what changed; writes verify-report.json and .md',
  run: 'verify, retrain, compare with the baseline, audit dependencies; write report.json and report.md',
  baseline: 'retrain and write the baseline that later runs are compared with',
  accept: 'after an intended change: re-lock the data, rewrite the baseline, show what changed',
  deps: 'audit dependency declarations and the environment'
}

const failOnOption = (): Option =>
  new Option('--fail-on <status>', 'which status fails: fail, warn or never').choices([
    'fail',
    'warn',
    'never'
  ])

const commands = async (): Promise<typeof import('./commands.js')> => import('./commands.js')

/** Parse arguments, run the command, print, and return the exit status. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0
  const program = new Program('repro-audit')
    .description('Prove that an ML pipeline still reproduces: pin data, retrain, compare with the baseline.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run repro-audit --help for usage)')

  program
    .command('init')
    .description('look at this repository and write repro.yml, the workflow and .gitignore lines')
    .option('-y, --yes', 'answer yes: run the pipeline once to find its outputs, overwrite existing files')
    .option('--no-run', 'do not run the pipeline to find its outputs')
    .option(
      '--trial-timeout <seconds>',
      'stop the trial run (its whole process group) after this many seconds (default 600)'
    )
    .action(async (opts: { yes?: boolean; run: boolean; trialTimeout?: string }) => {
      const { init } = await import('./init.js')
      exitCode = await init(opts, io)
    })

  for (const name of Object.keys(DESCRIPTIONS) as AuditCommand[])
    addAuditCommand(program, name, io, code => {
      exitCode = code
    })

  program
    .command('train')
    .description('train the pipeline once and write its outputs, with no snapshot check or comparison')
    .option('-c, --config <file>', 'config file', 'repro.yml')
    .option('-o, --out <dir>', "output folder (default: train/ in the config's report folder)")
    .action(async (opts: { config: string; out?: string }) => {
      exitCode = await (await commands()).train(opts, io)
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
      "fitted pipeline (default: fitted-pipeline.json in the config's baseline folder)"
    )
    .option('-o, --out <file>', 'predictions CSV to write (default: stdout)')
    .action(async (data: string | undefined, opts: { config: string; pipeline?: string; out?: string }) => {
      exitCode = await (await commands()).predict(data, opts, io)
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
    .addOption(failOnOption())
    .action(async (results: string[], opts: AggregateCliOptions) => {
      exitCode = await (await commands()).executeAggregate(results, opts, io)
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

function addAuditCommand(
  program: Program,
  name: AuditCommand,
  io: CliIO,
  done: (code: number) => void
): void {
  const command = program
    .command(name)
    .description(DESCRIPTIONS[name])
    .option('-c, --config <file>', 'config file', 'repro.yml')
    .option('--json', 'print the machine-readable result on stdout')
    .addOption(failOnOption())
  if (name === 'deps')
    command.argument('[files...]', 'dependency files to audit instead of those the config lists')
  if (name === 'run')
    command
      .option(
        '--base <ref>',
        "git ref whose baseline is compared with the working tree's, to show a baseline update"
      )
      .option(
        '--known <report.json>',
        "the base branch's report: findings it had too are marked known, the others new"
      )
      .option(
        '--result-file <file>',
        'also write the portable result of this job (for `aggregate`) to this file'
      )
      .option('--label <label>', 'name of this job in the aggregate (default: OS-arch-python version)')
  command.action(async (...args: unknown[]) => {
    const files = name === 'deps' ? (args[0] as string[]) : []
    const opts = (name === 'deps' ? args[1] : args[0]) as CommandOptions
    done(await (await commands()).execute(name, opts, files, io))
  })
}
