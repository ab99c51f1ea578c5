import { InputError } from '../../core/errors.js'

export const REGRESSION_METRICS = ['rmse', 'mae', 'r2', 'rmsle'] as const

/** Regression metrics, each computed by one pass in row order. */
export function regressionMetric(name: string, truth: Float64Array, predicted: Float64Array): number {
  const n = truth.length
  let sum = 0
  switch (name) {
    case 'rmse':
      for (let i = 0; i < n; i++) sum += (truth[i] - predicted[i]) ** 2
      return Math.sqrt(sum / n)
    case 'mae':
      for (let i = 0; i < n; i++) sum += Math.abs(truth[i] - predicted[i])
      return sum / n
    case 'rmsle':
      for (let i = 0; i < n; i++) {
        if (truth[i] < 0 || predicted[i] < 0) throw new InputError('rmsle needs non-negative targets and predictions')
        sum += (Math.log1p(truth[i]) - Math.log1p(predicted[i])) ** 2
      }
      return Math.sqrt(sum / n)
    case 'r2': {
      let m = 0
      for (let i = 0; i < n; i++) m += truth[i]
      m /= n
      let ssTot = 0
      for (let i = 0; i < n; i++) {
        sum += (truth[i] - predicted[i]) ** 2
        ssTot += (truth[i] - m) ** 2
      }
      return 1 - sum / ssTot
    }
    default:
      throw new InputError(`unknown metric "${name}"`)
  }
}
