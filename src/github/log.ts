// The action's only way to the run log. Every message may quote data (a file name, an id, what a
// pipeline printed): it leaves as one line, never as a workflow command of its own, with every
// known secret replaced. The runner masks what core.setSecret names too, but only in its own log
// view, not in what the action writes elsewhere, hence redaction here and in the core.
import * as core from '@actions/core'
import { redact, secretList } from '../core/redact.js'
import { logLine } from '../core/text.js'

let secrets: string[] = []

/** Register the secret values the action knows; called once at the start, and again with more. */
export function useSecrets(values: Iterable<string | undefined>): readonly string[] {
  const known = new Set(secrets)
  secrets = secretList([...secrets, ...values])
  for (const s of secrets) if (!known.has(s)) core.setSecret(s)
  return secrets
}

export function knownSecrets(): readonly string[] {
  return secrets
}

/** Text as the action may print it: one line, secrets redacted. */
export function clean(text: string): string {
  return logLine(redact(text, secrets))
}

export const info = (message: string): void => core.info(clean(message))

export const warning = (message: string, props?: core.AnnotationProperties): void =>
  core.warning(clean(message), props && cleanProps(props))

export const error = (message: string, props?: core.AnnotationProperties): void =>
  core.error(clean(message), props && cleanProps(props))

export const setFailed = (message: string): void => core.setFailed(clean(message))

function cleanProps(props: core.AnnotationProperties): core.AnnotationProperties {
  return {
    ...props,
    title: props.title === undefined ? undefined : clean(props.title),
    file: props.file === undefined ? undefined : clean(props.file)
  }
}
