// Pipeline code is untrusted: it runs with the machine's environment minus the runner's secrets.
// Rules, in order:
//  1. INPUT_TOKEN (the action's token) never reaches a pipeline.
//  2. A name listed in `pipeline.env_pass` is passed, even one the default list drops (for example
//     ACTIONS_ID_TOKEN_REQUEST_* for a pipeline that fetches its data with OIDC).
//  3. A name matching the default list or `pipeline.env_drop` is dropped.
//  4. Everything else is passed.
// Patterns are a name or a prefix ending in `*`; env_pass takes exact names only, so passing a
// secret is always a deliberate, named choice.

/** The runner's secrets: the action's inputs, its runtime and OIDC tokens, and the usual token variables. */
export const DEFAULT_ENV_DROP = [
  'INPUT_*',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_*',
  'GITHUB_TOKEN',
  'GH_TOKEN'
] as const

/** Never passed, whatever env_pass says. */
export const NEVER_PASS = ['INPUT_TOKEN'] as const

export interface EnvRules {
  /** Names or `PREFIX*` patterns dropped besides the default list. */
  drop: string[]
  /** Exact names passed although a drop pattern matches them. */
  pass: string[]
}

export const NO_ENV_RULES: EnvRules = { drop: [], pass: [] }

/**
 * The rules of a pipeline section: a command pipeline's env_drop/env_pass. They hold for every
 * program of the repository's the audit starts (the command, and the configured interpreter the
 * dependency audit asks); the builtin engine has no such keys, so only the default list applies.
 */
export function envRulesOf(pipeline: { engine: string; env?: EnvRules }): EnvRules {
  return pipeline.env ?? NO_ENV_RULES
}

// Names that say "secret", for deciding which dropped values to redact.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH/i

function matches(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern
}

const matchesAny = (name: string, patterns: readonly string[]): boolean =>
  patterns.some(p => matches(name, p))

/** Whether `name` reaches the pipeline under `rules`. */
export function passesToPipeline(name: string, rules: EnvRules): boolean {
  if (matchesAny(name, NEVER_PASS)) return false
  if (rules.pass.includes(name)) return true
  return !matchesAny(name, DEFAULT_ENV_DROP) && !matchesAny(name, rules.drop)
}

/** The environment a pipeline command runs with: `env` without the dropped names. */
export function pipelineEnv(env: NodeJS.ProcessEnv, rules: EnvRules): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => passesToPipeline(name, rules)))
}

/**
 * Values in `env` the audit must never write out: every variable the user's env_drop names, and
 * those of the default list whose names say they are secret (INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN ..., but not INPUT_CONFIG) — passed or not, since a passed secret must not reach a
 * report either. Short values are left out by secretList.
 */
export function secretEnvValues(env: NodeJS.ProcessEnv, rules: EnvRules): string[] {
  const out: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue
    const listed = matchesAny(name, rules.drop)
    const secretDefault =
      (matchesAny(name, DEFAULT_ENV_DROP) || matchesAny(name, NEVER_PASS)) && SECRET_NAME.test(name)
    if (listed || secretDefault) out.push(value)
  }
  return out
}
