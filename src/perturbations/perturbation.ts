/**
 * One kind of deliberate change to a run of the pipeline. Each lives in a file of its own in this
 * folder and is listed once in index.ts; the config schema, the names' type, config validation and
 * the report's cause texts are all derived from that list.
 */
export interface Perturbation<N extends string = string> {
  /** The name used in the config (`determinism.perturbations`) and the report. */
  name: N
  /** A few words for progress lines and the README: what the run varies. */
  what: string
  /** What a difference under this perturbation says about the code. */
  cause: string
  /** Whether it can reach the built-in engine, which runs inside repro-audit's own process. */
  reachesBuiltin: boolean
  /** What a run changes for this perturbation, or why it cannot be tried on this machine. */
  plan(context: PlanContext): Promise<Planned>
}

/** What planning a perturbation may look at. */
export interface PlanContext {
  /** The environment every run gets (TZ, LC_ALL, PYTHONHASHSEED, thread counts …). */
  settings: Readonly<Record<string, string>>
  /** When the audit runs; injected by tests so they pass at any hour. */
  now: Date
  /** Where to look for overrides meant for tests (REPRO_AUDIT_LIBFAKETIME). */
  env: Readonly<Record<string, string | undefined>>
}

/** What a run changes, in terms the run plan understands. */
export interface RunChange {
  /** In words, for the report, for example `PYTHONHASHSEED=1`. */
  varied: string
  /** Variables set on top of the settings. */
  env?: Record<string, string>
  /** Shuffle the rows of every CSV entry of the data view with a generator seeded by this. */
  shuffleSeed?: string
  /** Run from a scratch view of the repository at another path, even when no data changes. */
  elsewhere?: boolean
}

export type Planned = { change: RunChange } | { notTried: string }

/** Keeps the literal type of `name`, so the list of perturbations yields the union of names. */
export function definePerturbation<N extends string>(p: Perturbation<N>): Perturbation<N> {
  return p
}
