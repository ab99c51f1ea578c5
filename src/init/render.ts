// The files `repro-audit init` writes: a commented repro.yml and the workflow. Each thing init
// could not decide becomes a note naming the line to edit.
import { stringify } from 'yaml'
import type { FoundData } from './data.js'
import type { GuessedOutputs } from './outputs.js'
import type { FoundCommand, FoundPython, TrialRun } from './pipeline.js'

export interface InitPlan {
  name: string
  data: FoundData
  idColumn?: string
  dependencyFiles: string[]
  command?: FoundCommand
  python?: FoundPython
  /** What one run wrote; undefined when init did not run the command. */
  trial?: TrialRun
  outputs?: GuessedOutputs
  /** Data files git does not track: CI's checkout will not have them. */
  untracked: string[]
}

export interface Note {
  line: number
  message: string
}

export interface Rendered {
  text: string
  notes: Note[]
}

/** A YAML scalar, quoted only when it has to be. */
const scalar = (value: string | number): string => stringify(value).trimEnd()
const list = (values: string[]): string => `[${values.map(v => scalar(v)).join(', ')}]`

class Lines {
  readonly lines: string[] = []
  readonly notes: Note[] = []
  add(...lines: string[]): this {
    this.lines.push(...lines)
    return this
  }
  /** Adds a line and a note pointing at it. */
  note(line: string, message: string): this {
    this.lines.push(line)
    this.notes.push({ line: this.lines.length, message })
    return this
  }
}

export function renderConfig(plan: InitPlan): Rendered {
  const out = new Lines()
  out.add(
    "# repro-audit config, written by `repro-audit init`. Every key is described in the README's Config",
    '# section. Paths are relative to this file.',
    `name: ${scalar(plan.name)}`,
    '',
    '# The data, pinned by `repro-audit lock`: hashes, rows, schema and statistics of each file.',
    'snapshot:'
  )
  renderIdColumn(out, plan)
  out.add('  entries:')
  for (const e of plan.data.entries)
    out.add(`    - ${e.kind}: ${scalar(e.kind === 'folder' ? `${e.path}/` : e.path)}`)
  const firstEntry = out.lines.length - plan.data.entries.length + 1
  for (const file of plan.untracked)
    out.notes.push({
      line: firstEntry,
      message: `${file} is not committed to git, so the workflow's checkout will not have it: commit it, or pin a download with a url entry`
    })
  out.add('')
  renderPipeline(out, plan)
  out.add(
    '',
    '# Nondeterminism checks (the defaults): two identical runs, then one run per perturbation',
    '# (row order, PYTHONHASHSEED, time zone, locale, thread count, working folder).',
    '# determinism:',
    '#   runs: 2',
    '#   perturbations: [row_order, hash_seed, timezone, locale, threads, workdir]',
    '#   on_change: warn'
  )
  if (plan.dependencyFiles.length)
    out.add(
      '',
      '# Dependency files: pins, installed versions, changes since the baseline.',
      'dependencies:',
      `  files: ${list(plan.dependencyFiles)}`
    )
  return { text: out.lines.join('\n') + '\n', notes: out.notes }
}

function renderIdColumn(out: Lines, plan: InitPlan): void {
  if (plan.idColumn) {
    out.add(`  id_column: ${scalar(plan.idColumn)} # unique in every data file: changed rows are named by id`)
    return
  }
  out.note(
    '  # id_column: id # no column named like an id is unique in every data file',
    'no id-like column is unique in every data file: set snapshot.id_column so changed rows are named by id'
  )
}

function renderPipeline(out: Lines, plan: InitPlan): void {
  const { command, python, outputs, trial } = plan
  if (!command) {
    out.note(
      '# pipeline: # no training command found (train.py, a Makefile `train` target, a dvc.yaml stage)',
      'no training command found: this config pins and verifies the data only; add a pipeline section (engine: command, or the built-in engine) here'
    )
    out.add('#   engine: command', '#   command: python3 train.py', '#   id_column: id')
    return
  }
  out.add(
    `# The pipeline, retrained on every pull request (found: ${command.source}). It reads the data`,
    '# where it is and writes its outputs to $REPRO_OUTPUT_DIR.',
    'pipeline:',
    '  engine: command',
    `  command: ${scalar(command.command)}`
  )
  if (python?.configValue)
    out.add(
      `  python: ${scalar(python.configValue)} # imports what the script imports; REPRO_AUDIT_PYTHON overrides it`
    )
  else if (!python && command.script)
    out.note(
      '  # python: .venv/bin/python',
      `no Python found that imports everything ${command.script} imports: set pipeline.python to the interpreter with its packages`
    )
  const id = outputs?.idColumn ?? plan.idColumn
  if (id) out.add(`  id_column: ${scalar(id)}`)
  else out.note('  id_column: id', 'the id column of the predictions is not known: set pipeline.id_column')
  out.add('  timeout: 1800')
  renderOutputs(out, plan)
  if (trial?.ok === false)
    out.notes.push({
      line: out.lines.findIndex(l => l.startsWith('  command:')) + 1,
      message: trial.timedOut
        ? `the trial run of \`${command.command}\` was stopped after ${trial.timeoutSeconds} s (init --trial-timeout); if it needs longer, run \`repro-audit init --yes --trial-timeout SECONDS\` again${trial.tail ? `. Its last lines:\n${trial.tail}` : ''}`
        : `the trial run of \`${command.command}\` failed; fix it, run \`repro-audit init --yes\` again or check the outputs. Its last lines:\n${trial.tail}`
    })
  out.add(
    '',
    '# Predictions equal within a relative 1e-9 count as reproduced: another machine or BLAS can',
    '# move the last digits. Use 0 to demand bit-identical results.',
    'compare:',
    '  predictions:',
    '    relative: 1.0e-9'
  )
}

function renderOutputs(out: Lines, plan: InitPlan): void {
  const o = plan.outputs
  if (!o) {
    out.note(
      '  outputs: # the defaults, not checked against a run',
      plan.trial?.timedOut
        ? `the outputs could not be guessed because the trial run timed out (after ${plan.trial.timeoutSeconds} s): these are the defaults, check them`
        : plan.trial
          ? 'the trial run failed, so the outputs are the defaults: check them once the command works'
          : 'init did not run the pipeline (`repro-audit init --yes` lets it), so the outputs are the defaults: check them'
    )
    out.add('    predictions: predictions.csv', '    metrics: metrics.json')
    return
  }
  out.add(`  outputs: # what one run wrote to $REPRO_OUTPUT_DIR`)
  if (o.predictions) out.add(`    predictions: ${scalar(o.predictions)}`)
  else
    out.note(
      '    predictions: predictions.csv',
      'the run wrote no predictions table to $REPRO_OUTPUT_DIR: make it write predictions.csv there, with an id column'
    )
  if (o.metrics) out.add(`    metrics: ${scalar(o.metrics)}`)
  if (o.params) out.add(`    params: ${scalar(o.params)}`)
  if (o.artifacts.length) out.add(`    artifacts: ${list(o.artifacts)} # compared as canonical JSON`)
  if (o.others.length)
    out.add(`    # artifacts: ${list(o.others)} # also written; compared by sha256 if listed`)
}

/** `.github/workflows/repro-audit.yml`: checkout, the pipeline's Python and packages, the action. */
export function renderWorkflow(plan: InitPlan, configPath: string): Rendered {
  const out = new Lines()
  out.add(
    '# Written by `repro-audit init`: audits reproducibility on every pull request.',
    'name: repro-audit',
    'on: pull_request',
    'permissions: { contents: read, pull-requests: write }',
    'jobs:',
    '  audit:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5'
  )
  const usesPython = Boolean(plan.command?.script || plan.python)
  if (usesPython) {
    out.add(
      '      - uses: actions/setup-python@v5',
      '        id: python',
      `        with: { python-version: ${scalar(plan.python?.version ?? '3.x')} }`
    )
    const requirements = plan.dependencyFiles.find(f => /requirements[^/]*\.txt$/.test(f))
    if (requirements) out.add(`      - run: python -m pip install -r ${requirements}`)
    else
      out.note(
        '      # - run: python -m pip install -r requirements.txt',
        'no requirements.txt found: install the packages the pipeline needs in this step'
      )
  }
  out.note(
    '      - uses: OWNER/repro-audit@v1',
    'replace OWNER with the owner of the repro-audit action you use'
  )
  if (usesPython)
    out.add('        env:', '          REPRO_AUDIT_PYTHON: ${{ steps.python.outputs.python-path }}')
  out.add('        with:', `          config: ${scalar(configPath)}`)
  return { text: out.lines.join('\n') + '\n', notes: out.notes }
}
