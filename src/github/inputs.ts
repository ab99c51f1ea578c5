import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import type { FailOn } from '../core/status.js'
import type { CommentMode } from './comment.js'

export type Mode = 'run' | 'post' | 'aggregate'

/** The workflow's inputs, checked once at the edge so nothing else sees raw strings. */
export interface ActionInputs {
  mode: Mode
  config: string
  token: string
  /** Undefined: the config's `gate.fail_on` decides (post mode: `fail`). */
  failOn?: FailOn
  comment: CommentMode
  /** The audit's name in the comment marker; default the config's `name` (post mode: the report's). */
  name?: string
  /** Post mode: the report.json written by an earlier `run`. */
  report: string
  /** Post mode: the pull request to comment on, when the event does not say. */
  prNumber?: number
  /** Run mode: this job's name in the aggregate; default from the runner and the environment. */
  label?: string
  /** Run mode: where to write the portable result; default in the report folder. */
  resultFile?: string
  /** Run mode: the base branch's report.json (restored from a cache or artifact), when there is one. */
  knownReport?: string
  /** Aggregate mode: result files or folders holding them. */
  results: string[]
  /** Aggregate mode: the reference (research) environment's label. */
  reference?: string
  /** Aggregate mode: how many job results must be there. */
  expect?: number
  /** Aggregate mode: labels that must be there. */
  expectLabels?: string[]
  /** Aggregate mode: where aggregate.json and aggregate.md go. */
  reportDir: string
}

export function readInputs(): ActionInputs {
  // Registered with the runner as a secret by the caller (github/log.ts useSecrets).
  const token = core.getInput('token')
  const failOn = core.getInput('fail-on').trim()
  return {
    mode: oneOf('mode', ['run', 'post', 'aggregate'], 'run'),
    config: core.getInput('config').trim() || 'repro.yml',
    token,
    failOn: failOn ? oneOf<FailOn>('fail-on', ['fail', 'warn', 'never'], 'fail') : undefined,
    comment: oneOf('comment', ['always', 'on-change', 'on-drift', 'never'], 'always'),
    name: core.getInput('name').trim() || undefined,
    report: core.getInput('report').trim() || 'report.json',
    prNumber: positiveInteger('pr-number'),
    label: core.getInput('label').trim() || undefined,
    resultFile: core.getInput('result-file').trim() || undefined,
    knownReport: core.getInput('known-report').trim() || undefined,
    results: list('results').length ? list('results') : ['repro-results'],
    reference: core.getInput('reference').trim() || undefined,
    expect: count('expect'),
    expectLabels: list('expect-labels'),
    reportDir: core.getInput('report-dir').trim() || '.repro-audit'
  }
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`)
  }
  return value as T
}

function positiveInteger(name: string): number | undefined {
  const value = core.getInput(name).trim()
  if (!value) return undefined
  if (!/^[1-9]\d{0,9}$/.test(value))
    throw new InputError(`input "${name}" must be a pull request number, not "${value}"`)
  return Number(value)
}

/** A list input: one item per line or comma. */
function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

function count(name: string): number | undefined {
  const value = core.getInput(name).trim()
  if (!value) return undefined
  if (!/^[1-9]\d{0,5}$/.test(value))
    throw new InputError(`input "${name}" must be a positive number of jobs, not "${value}"`)
  return Number(value)
}
