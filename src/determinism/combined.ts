import { worst, type Status } from '../core/status.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { DeterminismCheck, DeterminismSection, Finding } from '../core/result.js'
import { changedCheck, perturbationCause, repeatCause, reproducedCheck, type CompletedRun } from './check.js'
import { difference, same, type Difference, type Tolerances } from './difference.js'
import { perturbedRun, plainRun, runId, type PerturbationPlan, type RunSpec } from './perturb.js'
import type { PerturbationName } from '../perturbations/index.js'
import { completed, type FinishedRun, type Runner } from './runner.js'

export interface StrategyInput {
  runner: Runner
  plan: PerturbationPlan
  onChange: 'warn' | 'fail'
  /** Cap on the follow-up runs of the combined strategy. */
  maxRuns: number
  /** When two runs count as the same: the configured comparison tolerance. */
  tolerances: Tolerances
  /** Whether outputs match the committed baseline; absent when there is none. */
  matchesBaseline?: (outputs: RunOutputs) => Promise<boolean>
}

export interface StrategyOutcome {
  section: Omit<DeterminismSection, 'trainings'>
  /** The run compared with the baseline: the combined run when it matched, else the plain run. */
  reference?: CompletedRun
}

/** A run against the plain run: the same, different, or failed where the plain run did not. */
interface Verdict {
  run: FinishedRun
  differs: boolean
  diff?: Difference
}

const key = (names: readonly string[]): string => names.join('+')

/** Split in two halves, as reprotest does: the first half one longer when the count is odd. */
function halves<T>(items: readonly T[]): [T[], T[]] {
  const cut = Math.ceil(items.length / 2)
  return [items.slice(0, cut), items.slice(cut)]
}

/**
 * The `combined` strategy. The first run applies every perturbation at once and is compared with
 * the baseline: when it matches, every perturbation reproduced and the audit cost one training.
 * Otherwise a plain run (does the plain pipeline match?), an identical rerun where needed (do
 * identical runs differ?), and group testing over the perturbations, halving the sets that still
 * differ, name each culprit with its cause. Without a baseline, the plain run goes alongside the
 * first one.
 */
export async function combinedStrategy(input: StrategyInput): Promise<StrategyOutcome> {
  return new CombinedSearch(input).run()
}

class CombinedSearch {
  private readonly checks: DeterminismCheck[] = []
  private readonly findings: Finding[] = []
  private readonly unresolved: string[] = []
  private readonly tried: PerturbationName[]
  private followUps = 0

  constructor(private readonly input: StrategyInput) {
    this.tried = input.plan.tried
  }

  async run(): Promise<StrategyOutcome> {
    const { runner, matchesBaseline } = this.input
    const tried = this.tried
    const first = tried.length ? perturbedRun(runId(tried, tried), tried, this.input.plan) : plainRun('run-1')
    const alongside = matchesBaseline ? [] : [plainRun(tried.length ? 'run-1' : 'run-2')]
    const [c, other] = await runner.runAll([first, ...alongside])
    if (matchesBaseline && c.outputs && (await matchesBaseline(c.outputs))) {
      for (const n of tried) this.reproduced(n, c)
      if (!tried.length) this.checks.push(reproducedCheck('run-1 vs baseline', 'none', c.spec.id))
      return this.outcome(completed(c))
    }
    const plain = tried.length ? other : c
    const rerun = tried.length ? undefined : other
    return tried.length ? this.afterCombined(c, plain) : this.afterPlain(c, rerun)
  }

  /** No perturbations to try: only identical runs, against the baseline or each other. */
  private async afterPlain(p1: FinishedRun, p2?: FinishedRun): Promise<StrategyOutcome> {
    if (!p1.outputs) return this.outcome(undefined)
    const second = p2 ?? (await this.follow([plainRun('run-2')]))[0]
    await this.repeatCheck(p1, second)
    return this.outcome(completed(p1))
  }

  /**
   * The combined run differed from the baseline, or, without one, is still to be compared with the
   * plain run that went alongside it. With a baseline, the plain run and (when there are cores) the
   * identical rerun go together: a pull request that changes the model needs both, as does
   * nondeterminism; only a culprit among the perturbations leaves the rerun unused.
   */
  private async afterCombined(c: FinishedRun, p1?: FinishedRun): Promise<StrategyOutcome> {
    const { matchesBaseline, runner } = this.input
    let p2: FinishedRun | undefined
    if (!p1) {
      const rerun = runner.limit >= 2 ? [plainRun('run-2')] : []
      ;[p1, p2] = await this.follow([plainRun('run-1'), ...rerun])
    }
    if (!p1.outputs) return this.outcome(undefined)
    let pending: FinishedRun[] = []
    if (matchesBaseline && (await matchesBaseline(p1.outputs))) {
      this.checks.push(reproducedCheck('run-1 vs baseline', 'none', p1.spec.id))
      if (p2 && !(await this.repeatCheck(p1, p2))) return this.nondeterministic(p1)
    } else {
      if (!matchesBaseline && c.outputs && same(await this.diff(p1, c))) {
        for (const n of this.tried) this.reproduced(n, c)
        return this.outcome(completed(p1))
      }
      if (!p2) {
        // Without a baseline the first halves go alongside: they are needed unless runs differ.
        const halvesAlongside = this.tried.length > 1 && this.input.maxRuns >= 2 ? halves(this.tried) : []
        ;[p2, ...pending] = await this.follow([plainRun('run-2'), ...halvesAlongside.map(h => this.spec(h))])
      }
      if (!(await this.repeatCheck(p1, p2))) return this.nondeterministic(p1)
    }
    await this.isolate(p1, c, pending)
    return this.outcome(completed(p1))
  }

  /** Identical runs differ: no perturbed run can be blamed. */
  private nondeterministic(p1: FinishedRun): StrategyOutcome {
    for (const n of this.tried)
      this.inconclusive(
        n,
        'the identical runs already differ, so a perturbed run that differs proves nothing'
      )
    return this.outcome(completed(p1))
  }

  /** Group testing: halve every set of perturbations whose run differs until each culprit stands alone. */
  private async isolate(p1: FinishedRun, c: FinishedRun, ready: FinishedRun[]): Promise<void> {
    const known = new Map<string, Verdict>()
    for (const r of ready) known.set(key(r.spec.names), await this.verdict(p1, r))
    const whole = await this.verdict(p1, c)
    if (!whole.differs) {
      for (const n of this.tried) this.reproduced(n, c)
      return
    }
    let frontier: Verdict[] = [whole]
    const culprits: Verdict[] = []
    while (frontier.length) {
      const splits = frontier.filter(v => v.run.spec.names.length > 1)
      culprits.push(...frontier.filter(v => v.run.spec.names.length === 1))
      const wanted = splits.flatMap(v => halves(v.run.spec.names)).filter(h => !known.has(key(h)))
      if (wanted.length && this.followUps + wanted.length > this.input.maxRuns) {
        for (const v of splits) this.unresolve(v.run.spec.names)
        break
      }
      for (const r of await this.follow(wanted.map(h => this.spec(h))))
        known.set(key(r.spec.names), await this.verdict(p1, r))
      frontier = []
      for (const v of splits) {
        const parts = halves(v.run.spec.names).map(h => known.get(key(h)) as Verdict)
        for (const part of parts) {
          if (part.differs) frontier.push(part)
          else for (const n of part.run.spec.names) this.reproduced(n, part.run)
        }
        // Neither half changes results alone: only the perturbations together do.
        if (parts.every(p => !p.differs)) this.unresolve(v.run.spec.names, true)
      }
    }
    await this.name(p1, culprits)
  }

  /** A check and finding for each culprit, in the registry's order. */
  private async name(p1: FinishedRun, culprits: Verdict[]): Promise<void> {
    const elsewhere = culprits.some(v => v.run.spec.names[0] === 'workdir')
    for (const v of culprits) {
      const n = v.run.spec.names[0]
      const status = this.input.onChange
      if (!v.diff) {
        const message = `the run fails under this perturbation but not without it: ${v.run.error?.message ?? 'no outputs'}`
        this.checks.push({
          name: n,
          perturbation: v.run.varied,
          status,
          outcome: 'failed',
          cause: message,
          run: v.run.spec.id
        })
        this.findings.push({
          status,
          code: `determinism.${n}`,
          message: `Run ${v.run.spec.id} (${v.run.varied}) failed where the plain run succeeded: ${message}.`
        })
        continue
      }
      // A run in a view also comes from another folder; when that alone changes results, a data
      // perturbation's difference may be the folder's.
      const cause =
        elsewhere && n !== 'workdir' && v.run.spec.inView
          ? 'inconclusive: this run also comes from another folder, which changes results by itself (workdir)'
          : perturbationCause(n, v.diff)
      const found = await changedCheck(
        completed(p1) as CompletedRun,
        completed(v.run) as CompletedRun,
        v.diff,
        status,
        cause,
        n
      )
      this.checks.push(found.check)
      this.findings.push(found.finding)
    }
  }

  private async verdict(p1: FinishedRun, run: FinishedRun): Promise<Verdict> {
    if (!run.outputs) return { run, differs: true }
    const diff = await this.diff(p1, run)
    return { run, differs: !same(diff), diff }
  }

  private diff(a: FinishedRun, b: FinishedRun): Promise<Difference> {
    return difference(a.outputs as RunOutputs, b.outputs as RunOutputs, this.input.tolerances)
  }

  /** Whether the identical runs agree; a check either way, and a finding when they do not. */
  private async repeatCheck(p1: FinishedRun, p2: FinishedRun): Promise<boolean> {
    if (!p1.outputs || !p2.outputs) return false
    const diff = await this.diff(p1, p2)
    const name = `${p2.spec.id} vs ${p1.spec.id}`
    if (same(diff)) {
      this.checks.push(reproducedCheck(name, 'none', p2.spec.id))
      return true
    }
    const found = await changedCheck(
      completed(p1) as CompletedRun,
      completed(p2) as CompletedRun,
      diff,
      'fail',
      repeatCause(diff),
      name
    )
    this.checks.push(found.check)
    this.findings.push(found.finding)
    return false
  }

  private async follow(specs: RunSpec[]): Promise<FinishedRun[]> {
    this.followUps += specs.filter(s => s.names.length > 0).length
    return this.input.runner.runAll(specs)
  }

  private spec(names: PerturbationName[]): RunSpec {
    return perturbedRun(runId(names, this.tried), names, this.input.plan)
  }

  private reproduced(name: PerturbationName, run: FinishedRun): void {
    if (this.checks.some(c => c.name === name)) return
    const varied = this.input.plan.changes.get(name)?.varied ?? name
    this.checks.push(reproducedCheck(name, varied, run.spec.id))
  }

  private inconclusive(name: PerturbationName, why: string): void {
    const varied = this.input.plan.changes.get(name)?.varied ?? name
    this.checks.push({
      name,
      perturbation: varied,
      status: 'warn',
      outcome: 'not-run',
      cause: `inconclusive: ${why}`
    })
  }

  private unresolve(names: PerturbationName[], together = false): void {
    this.unresolved.push(names.join(' + '))
    const why = together
      ? `results change only when ${names.join(', ')} are applied together`
      : `the cause is among ${names.join(', ')}, which determinism.max_runs (${this.input.maxRuns}) left unseparated`
    for (const n of names) this.inconclusive(n, why)
    this.findings.push({
      status: this.input.onChange,
      code: 'determinism.unresolved',
      message: `Results change under ${names.join(', ')}: ${why}.`
    })
  }

  private outcome(reference: CompletedRun | undefined): StrategyOutcome {
    const order = (c: DeterminismCheck): number => {
      const i = this.tried.indexOf(c.name as PerturbationName)
      return i < 0 ? -1 : i
    }
    const checks = [...this.checks].sort((a, b) => order(a) - order(b))
    const status: Status = worst(...checks.map(c => c.status))
    return {
      reference,
      section: {
        status,
        strategy: 'combined',
        runs: this.input.runner.finished.filter(r => r.spec.names.length === 0).length,
        checks,
        notTried: this.input.plan.notTried,
        findings: this.findings,
        ...(this.unresolved.length ? { unresolved: this.unresolved } : {})
      }
    }
  }
}
