import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import type { Frame } from './frame.js'
import { Lasso } from './models.js'
import type { FitContext, Step } from './steps.js'

/**
 * Keep the features an L1 model (lasso on the training target) gives a weight of at least
 * `threshold` (1e-5, scikit-learn's SelectFromModel default for L1 models); drop the rest.
 */
export class SelectL1 implements Step {
  readonly kind = 'select_l1'
  private kept: string[] = []
  private weights: Record<string, number> = {}

  constructor(
    private readonly alpha: number,
    private readonly threshold: number,
    private readonly maxIter: number,
    private readonly tol: number
  ) {}

  fit(frame: Frame, context: FitContext): void {
    const names = frame.names.filter(n => !context.reserved.has(n))
    const columns = names.map(name => {
      const c = frame.get(name)
      if (c.kind !== 'number' || c.values.some(v => Number.isNaN(v))) {
        throw new InputError(
          `step select_l1: feature "${name}" is not numeric and complete at this point; encode and impute before selecting`
        )
      }
      return c.values
    })
    const lasso = new Lasso(this.alpha, this.maxIter, this.tol)
    lasso.fit(names, columns, context.target)
    const coef = (lasso.learned() as { coef: Record<string, number> }).coef
    this.weights = coef
    this.kept = names.filter(n => Math.abs(coef[n]) >= this.threshold)
  }

  transform(frame: Frame): Frame {
    return frame.select(this.kept)
  }

  params(): Json {
    return { alpha: this.alpha, threshold: this.threshold, max_iter: this.maxIter, tol: this.tol }
  }

  learned(): Json {
    return { kept: this.kept, weights: this.weights }
  }

  restore(learned: Json): void {
    const l = learned as { kept: string[]; weights: Record<string, number> }
    this.kept = l.kept
    this.weights = l.weights
  }
}
