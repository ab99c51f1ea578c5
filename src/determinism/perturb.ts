import type { NotTried } from '../core/result.js'
import {
  PERTURBATIONS,
  type PerturbationName,
  type PlanContext,
  type RunChange
} from '../perturbations/index.js'

export { ROW_ORDER_SEED } from '../perturbations/row-order.js'

/** One run of the pipeline: what it varies and how. The plain runs vary nothing. */
export interface RunSpec {
  id: string
  /** The perturbations it applies; empty for a plain run. */
  names: PerturbationName[]
  /** What this run changes, in words; `none` for a plain run. */
  varied: string
  /** Variables on top of the settings. */
  env: Record<string, string>
  shuffleSeed?: string
  /** Runs from a scratch view of the repository (its data perturbed in place, its folder elsewhere). */
  inView: boolean
}

/** The perturbations that can be tried here, each with what it changes, and those left out. */
export interface PerturbationPlan {
  tried: PerturbationName[]
  changes: Map<PerturbationName, RunChange>
  notTried: NotTried[]
}

/**
 * Plan each requested perturbation once: what its runs change, or why it cannot be tried. The
 * built-in engine runs inside this process, so only the perturbations that reach it (its data and
 * its folder) apply to it.
 */
export async function planPerturbations(
  requested: readonly PerturbationName[],
  engine: 'builtin' | 'command',
  context: PlanContext
): Promise<PerturbationPlan> {
  const plan: PerturbationPlan = { tried: [], changes: new Map(), notTried: [] }
  // Plans probe the machine (locales, libfaketime): all at once, then gathered in registry order.
  const planned = await Promise.all(
    PERTURBATIONS.map(async p => {
      if (!requested.includes(p.name)) return { notTried: 'not in determinism.perturbations' }
      if (engine === 'builtin' && !p.reachesBuiltin)
        return { notTried: 'does not reach the built-in engine, which runs inside repro-audit' }
      return p.plan(context)
    })
  )
  PERTURBATIONS.forEach((p, i) => {
    const one = planned[i]
    if ('notTried' in one) plan.notTried.push({ name: p.name, reason: one.notTried })
    else {
      plan.tried.push(p.name)
      plan.changes.set(p.name, one.change)
    }
  })
  return plan
}

/** A plain run: the settings as they are, in the config's own folder. */
export function plainRun(id: string): RunSpec {
  return { id, names: [], varied: 'none', env: {}, inView: false }
}

/** One run applying every perturbation of `names` at once. */
export function perturbedRun(
  id: string,
  names: readonly PerturbationName[],
  plan: PerturbationPlan
): RunSpec {
  const changes = names.map(n => plan.changes.get(n) as RunChange)
  return {
    id,
    names: [...names],
    varied: changes.map(c => c.varied).join('; '),
    env: Object.assign({}, ...changes.map(c => c.env ?? {})) as Record<string, string>,
    shuffleSeed: changes.find(c => c.shuffleSeed)?.shuffleSeed,
    inView: changes.some(c => c.shuffleSeed !== undefined || c.elsewhere === true)
  }
}

/** `perturbed-row-order`, `perturbed-hash-seed+timezone`, `perturbed-combined`. */
export function runId(names: readonly PerturbationName[], all: readonly PerturbationName[]): string {
  if (names.length > 1 && names.length === all.length) return 'perturbed-combined'
  return `perturbed-${names.map(n => n.replace(/_/g, '-')).join('+')}`
}
