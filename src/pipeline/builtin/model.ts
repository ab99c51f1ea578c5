import type { Json } from '../../core/canonical-json.js'

export type Task = 'regression' | 'classification'

/**
 * A fitted model over named numeric features, in a fixed feature order. For a classification the
 * target is 0/1 and `predict` returns the probability of class 1.
 */
export interface Model {
  readonly type: string
  fit(features: string[], columns: Float64Array[], y: Float64Array): void
  predict(columns: Float64Array[]): Float64Array
  params(): Json
  learned(): Json
  /** Take back what `learned()` returned; `features` is the pipeline's feature order. */
  restore(learned: Json, features: string[]): void
}
