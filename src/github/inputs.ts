import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import type { FailOn } from '../core/status.js'
import type { CommentMode } from './comment.js'

export type Mode = 'run' | 'post'

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
}

export function readInputs(): ActionInputs {
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const failOn = core.getInput('fail-on').trim()
  return {
    mode: oneOf('mode', ['run', 'post'], 'run'),
    config: core.getInput('config').trim() || 'repro.yml',
    token,
    failOn: failOn ? oneOf<FailOn>('fail-on', ['fail', 'warn', 'never'], 'fail') : undefined,
    comment: oneOf('comment', ['always', 'on-change', 'on-drift', 'never'], 'always'),
    name: core.getInput('name').trim() || undefined,
    report: core.getInput('report').trim() || 'report.json',
    prNumber: positiveInteger('pr-number')
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
