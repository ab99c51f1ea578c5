import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import type { FailOn } from '../core/status.js'

export type CommentMode = 'always' | 'on-change' | 'on-drift' | 'never'

/** The workflow's inputs, checked once at the edge so nothing else sees raw strings. */
export interface ActionInputs {
  config: string
  token: string
  failOn: FailOn
  comment: CommentMode
}

export function readInputs(): ActionInputs {
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  return {
    config: core.getInput('config') || 'repro.yml',
    token,
    failOn: oneOf('fail-on', ['fail', 'warn', 'never'], 'fail'),
    comment: oneOf('comment', ['always', 'on-change', 'on-drift', 'never'], 'always')
  }
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`)
  }
  return value as T
}
