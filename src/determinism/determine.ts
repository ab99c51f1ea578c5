import type { AuditConfig } from '../config/types.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { DeterminismSection } from '../core/result.js'
import { checkRuns } from './check.js'
import { combinedStrategy, type StrategyOutcome } from './combined.js'
import type { Tolerances } from './difference.js'
import { perturbedRun, plainRun, planPerturbations, runId, type PerturbationPlan } from './perturb.js'
import { completed, type Runner } from './runner.js'

export interface DeterminismInput {
  determinism: AuditConfig['determinism']
  engine: 'builtin' | 'command'
  settings: Record<string, string>
  runner: Runner
  /** When the audit runs (the time zone is chosen by the hour). */
  now: Date
  tolerances: Tolerances
  matchesBaseline?: (outputs: RunOutputs) => Promise<boolean>
}

export interface DeterminismOutcome extends StrategyOutcome {
  section: DeterminismSection
}

/** Plan the perturbations, run the configured strategy, and add what the trainings cost. */
export async function checkDeterminism(input: DeterminismInput): Promise<DeterminismOutcome> {
  const { determinism, runner } = input
  const plan = await planPerturbations(determinism.perturbations, input.engine, {
    settings: input.settings,
    now: input.now,
    env: process.env
  })
  const outcome =
    determinism.strategy === 'each'
      ? await eachStrategy(input, plan)
      : await combinedStrategy({
          runner,
          plan,
          onChange: determinism.onChange,
          maxRuns: determinism.maxRuns,
          tolerances: input.tolerances,
          matchesBaseline: input.matchesBaseline
        })
  return { ...outcome, section: { ...outcome.section, trainings: runner.trainings() } }
}

/** The `each` strategy: the identical runs and one run per perturbation, all compared with the first. */
async function eachStrategy(input: DeterminismInput, plan: PerturbationPlan): Promise<StrategyOutcome> {
  const { determinism, runner } = input
  const specs = [
    ...Array.from({ length: determinism.runs }, (_, i) => plainRun(`run-${i + 1}`)),
    ...plan.tried.map(n => perturbedRun(runId([n], plan.tried), [n], plan))
  ]
  const [first, ...rest] = (await runner.runAll(specs)).map(completed)
  const options = { onChange: determinism.onChange, notTried: plan.notTried, runs: determinism.runs }
  if (!first) {
    // The first run failed: the runs section holds the error; nothing is compared.
    return {
      section: {
        status: 'skipped',
        strategy: 'each',
        runs: determinism.runs,
        checks: [],
        notTried: plan.notTried,
        findings: []
      }
    }
  }
  const others = rest.filter(r => r !== undefined)
  return { reference: first, section: await checkRuns(first, others, options) }
}
