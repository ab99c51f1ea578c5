// `repro-audit init`: look at the repository, write repro.yml, the workflow and the .gitignore
// line, and print the next commands. Nothing existing is overwritten without consent: `--yes`, or
// a "y" on an interactive terminal; without either, an existing repro.yml is an error (exit 2).
import { execFileSync } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from '../config/load.js'
import { displayPath, InputError } from '../core/errors.js'
import { writeFileAtomic } from '../core/files.js'
import { isDiscoverable } from '../deps/formats/index.js'
import { DATA_FOLDERS, detectIdColumn, findDataFiles } from '../init/data.js'
import { guessOutputs } from '../init/outputs.js'
import { DEFAULT_TRIAL_TIMEOUT_SECONDS, findCommand, findPython, trialRun } from '../init/pipeline.js'
import { renderConfig, renderWorkflow, type InitPlan, type Rendered } from '../init/render.js'
import type { CliIO } from './types.js'
import { errorLines } from './commands.js'

export interface InitOptions {
  yes?: boolean
  /** False with --no-run: never run the pipeline. */
  run: boolean
  /** --trial-timeout: seconds the trial run may take (default DEFAULT_TRIAL_TIMEOUT_SECONDS). */
  trialTimeout?: string
}

/** The --trial-timeout value in seconds: a positive whole number. */
function trialTimeoutOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TRIAL_TIMEOUT_SECONDS
  if (!/^[1-9]\d{0,6}$/.test(value.trim()))
    throw new InputError(`--trial-timeout must be a positive whole number of seconds, not "${value}"`)
  return Number(value)
}

export async function init(opts: InitOptions, io: CliIO): Promise<number> {
  try {
    const dir = process.cwd()
    const timeout = trialTimeoutOf(opts.trialTimeout)
    const root = repositoryRoot(dir)
    if (!existsSync(path.join(root, '.git')))
      throw new InputError(
        `${dir} is not in a git repository: run \`git init\` first (the lock and baseline are committed)`
      )
    const consent = async (question: string): Promise<boolean> =>
      opts.yes === true || (io.ask ? await io.ask(question) : false)
    const configFile = path.join(dir, 'repro.yml')
    if (existsSync(configFile) && !(await consent('repro.yml exists. Overwrite it? [y/N] ')))
      throw new InputError('already exists and was left as it is; pass --yes to replace it', {
        file: configFile
      })
    const plan = await look(dir, root, { ...opts, timeout }, consent, io)
    await writeAll(plan, dir, root, consent, io)
    return 0
  } catch (error) {
    io.stderr(errorLines(error))
    return 2
  }
}

async function look(
  dir: string,
  root: string,
  opts: InitOptions & { timeout: number },
  consent: (question: string) => Promise<boolean>,
  io: CliIO
): Promise<InitPlan> {
  const data = await findDataFiles(dir)
  if (!data.files.length)
    throw new InputError(
      `no data files (CSV or Parquet) under ${DATA_FOLDERS.map(f => `${f}/`).join(', ')} in ${dir}: put the data there, or write repro.yml by hand (README, Config)`
    )
  io.stdout(`data: ${data.files.length} file(s) (${summarise(data.files)})\n`)
  const idColumn = await detectIdColumn(dir, data.files)
  const dependencyFiles = (await fs.readdir(dir)).filter(isDiscoverable).sort()
  const command = await findCommand(dir)
  const python = command ? await findPython(dir, command.script) : undefined
  const plan: InitPlan = {
    name:
      path
        .basename(root)
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/[^A-Za-z0-9._-]/g, '-') || 'audit',
    data,
    idColumn,
    dependencyFiles,
    command,
    python,
    untracked: untracked(dir, data.files)
  }
  if (
    command &&
    opts.run &&
    (await consent(`Run \`${command.command}\` once to see what it writes? [y/N] `))
  ) {
    io.stdout(`running \`${command.command}\` once to see what it writes to $REPRO_OUTPUT_DIR…\n`)
    const outDir = path.join(dir, '.repro-audit', 'init-run')
    plan.trial = await trialRun(dir, command.command, python, outDir, opts.timeout)
    if (plan.trial.timedOut)
      io.stdout(`stopped \`${command.command}\` after ${opts.timeout} s (--trial-timeout)\n`)
    if (plan.trial.ok) plan.outputs = await guessOutputs(plan.trial, idColumn)
  }
  return plan
}

async function writeAll(
  plan: InitPlan,
  dir: string,
  root: string,
  consent: (question: string) => Promise<boolean>,
  io: CliIO
): Promise<void> {
  const configFile = path.join(dir, 'repro.yml')
  const config = renderConfig(plan)
  await writeFileAtomic(configFile, config.text)
  const written = [configFile]
  const workflowFile = path.join(root, '.github', 'workflows', 'repro-audit.yml')
  const workflow = renderWorkflow(plan, path.relative(root, configFile).split(path.sep).join('/'))
  if (
    !existsSync(workflowFile) ||
    (await consent(`${displayPath(workflowFile)} exists. Overwrite it? [y/N] `))
  ) {
    await writeFileAtomic(workflowFile, workflow.text)
    written.push(workflowFile)
  } else io.stdout(`kept ${displayPath(workflowFile)} as it is\n`)
  if (await ignoreReports(root)) written.push(path.join(root, '.gitignore'))
  io.stdout(`wrote ${written.map(displayPath).join(', ')}\n`)
  printNotes(configFile, config, io)
  if (written.includes(workflowFile)) printNotes(workflowFile, workflow, io)
  io.stdout(nextSteps(plan, written))
}

/** Adds `.repro-audit/` (runs, reports, caches) to .gitignore; true when the file changed. */
async function ignoreReports(root: string): Promise<boolean> {
  const file = path.join(root, '.gitignore')
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  if (text.split(/\r?\n/).some(l => /^\/?\.repro-audit\/?$/.test(l.trim()))) return false
  const line = '# repro-audit: runs, reports and caches\n.repro-audit/\n'
  await writeFileAtomic(file, text + (text && !text.endsWith('\n') ? '\n' : '') + line)
  return true
}

function printNotes(file: string, rendered: Rendered, io: CliIO): void {
  for (const n of [...rendered.notes].sort((a, b) => a.line - b.line))
    io.stdout(`to check: ${displayPath(file)}:${n.line}: ${n.message}\n`)
}

function nextSteps(plan: InitPlan, written: string[]): string {
  const files = [...written.map(displayPath), 'repro.lock']
  if (plan.idColumn) files.push('repro.lock.d')
  const steps = ['repro-audit lock # pin the data']
  if (plan.command) {
    files.push('baseline')
    steps.push(
      'repro-audit baseline # train once and record the results',
      'repro-audit run # what CI will do'
    )
  }
  steps.push(`git add ${files.join(' ')}`, 'git commit -m "Pin the data and the baseline with repro-audit"')
  return `\nnext:\n${steps.map(s => `  ${s}\n`).join('')}`
}

function summarise(files: string[]): string {
  return files.length > 4 ? `${files.slice(0, 3).join(', ')}, …` : files.join(', ')
}

/** The data files git does not track (relative to `dir`). */
function untracked(dir: string, files: string[]): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', ...files], { cwd: dir, encoding: 'utf8' })
    const listed = new Set(out.split('\0').filter(Boolean))
    return files.filter(f => !listed.has(f))
  } catch {
    return [] // git itself unavailable: nothing to say
  }
}
