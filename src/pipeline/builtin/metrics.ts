import { InputError } from '../../core/errors.js'
import { log, log1p } from '../../core/detmath.js'

export const REGRESSION_METRICS = ['rmse', 'mae', 'r2', 'rmsle'] as const
export const CLASSIFICATION_METRICS = ['accuracy', 'roc_auc', 'log_loss'] as const

/** One metric of predictions against the truth, each computed in row order. */
export function metric(name: string, truth: Float64Array, predicted: Float64Array): number {
  return (CLASSIFICATION_METRICS as readonly string[]).includes(name)
    ? classificationMetric(name, truth, predicted)
    : regressionMetric(name, truth, predicted)
}

/** Regression metrics, each computed by one pass in row order. */
export function regressionMetric(name: string, truth: Float64Array, predicted: Float64Array): number {
  const n = truth.length
  let sum = 0
  switch (name) {
    case 'rmse':
      for (let i = 0; i < n; i++) sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i])
      return Math.sqrt(sum / n)
    case 'mae':
      for (let i = 0; i < n; i++) sum += Math.abs(truth[i] - predicted[i])
      return sum / n
    case 'rmsle':
      for (let i = 0; i < n; i++) {
        if (truth[i] < 0 || predicted[i] < 0)
          throw new InputError('rmsle needs non-negative targets and predictions')
        const d = log1p(truth[i]) - log1p(predicted[i])
        sum += d * d
      }
      return Math.sqrt(sum / n)
    case 'r2': {
      let m = 0
      for (let i = 0; i < n; i++) m += truth[i]
      m /= n
      let ssTot = 0
      for (let i = 0; i < n; i++) {
        sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i])
        ssTot += (truth[i] - m) * (truth[i] - m)
      }
      return 1 - sum / ssTot
    }
    default:
      throw new InputError(`metric "${name}" is not a regression metric (${REGRESSION_METRICS.join(', ')})`)
  }
}

/** Binary classification metrics from 0/1 truth and the predicted probability of class 1. */
export function classificationMetric(name: string, truth: Float64Array, probability: Float64Array): number {
  const n = truth.length
  switch (name) {
    case 'accuracy': {
      let right = 0
      for (let i = 0; i < n; i++) if ((probability[i] > 0.5 ? 1 : 0) === truth[i]) right++
      return right / n
    }
    case 'log_loss': {
      let sum = 0
      for (let i = 0; i < n; i++) {
        const p = Math.min(Math.max(probability[i], 1e-15), 1 - 1e-15)
        sum -= truth[i] === 1 ? log(p) : log(1 - p)
      }
      return sum / n
    }
    case 'roc_auc': {
      // Mann-Whitney: average ranks of the positives, tied scores sharing their mean rank.
      const order = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => probability[a] - probability[b] || a - b
      )
      let positives = 0
      let rankSum = 0
      for (let start = 0; start < n;) {
        let end = start
        while (end + 1 < n && probability[order[end + 1]] === probability[order[start]]) end++
        const rank = (start + end) / 2 + 1
        for (let k = start; k <= end; k++)
          if (truth[order[k]] === 1) {
            positives++
            rankSum += rank
          }
        start = end + 1
      }
      const negatives = n - positives
      if (positives === 0 || negatives === 0)
        throw new InputError('roc_auc needs both classes in the scored rows')
      return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
    }
    default:
      throw new InputError(
        `metric "${name}" is not a classification metric (${CLASSIFICATION_METRICS.join(', ')})`
      )
  }
}
