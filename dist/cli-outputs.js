/**
 * Files the baseline folder keeps for itself (its manifest and the predictions): a run's
 * artifacts may not take these names, since the baseline stores artifacts beside them.
 */
const BASELINE_MANIFEST = 'baseline.json';
const BASELINE_PREDICTIONS = 'predictions.csv';

export { BASELINE_MANIFEST as B, BASELINE_PREDICTIONS as a };
