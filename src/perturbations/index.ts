import { clock } from './clock.js'
import { hashSeed } from './hash-seed.js'
import { locale } from './locale.js'
import type { Perturbation } from './perturbation.js'
import { rowOrder } from './row-order.js'
import { threads } from './threads.js'
import { timezone } from './timezone.js'
import { workdir } from './workdir.js'

export type { Perturbation, PlanContext, Planned, RunChange } from './perturbation.js'

/**
 * Every perturbation, in the order they are tried and reported. Adding one is a new file in this
 * folder and one entry here: the config's type and schema, and the report's causes follow.
 */
export const PERTURBATIONS = [rowOrder, hashSeed, timezone, locale, threads, workdir, clock] as const

/** The union of the names: `'row_order' | 'hash_seed' | …`. */
export type PerturbationName = (typeof PERTURBATIONS)[number]['name']

export const PERTURBATION_NAMES: readonly PerturbationName[] = PERTURBATIONS.map(p => p.name)

export function perturbationNamed(name: PerturbationName): Perturbation<PerturbationName> {
  return PERTURBATIONS.find(p => p.name === name) as Perturbation<PerturbationName>
}

/** What a difference under each perturbation says, and what one between identical runs says. */
export const CAUSES = Object.fromEntries([
  ['none', 'predictions differ between two runs with the same inputs: unseeded randomness'],
  ...PERTURBATIONS.map(p => [p.name, p.cause])
]) as Record<PerturbationName | 'none', string>
