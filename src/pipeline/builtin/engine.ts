import { promises as fs } from 'node:fs'
import path from 'node:path'
import seedrandom from 'seedrandom'
import { canonicalJsonPretty } from '../../core/canonical-json.js'
import { csvField } from '../../core/csv.js'
import { InputError } from '../../core/errors.js'
import type { BuiltinPipelineConfig, PipelineStageConfig } from '../../config/types.js'
import type { RunOutputs } from '../outputs.js'
import { Frame, compareText, orderById, readFrame } from './frame.js'
import { metric } from './metrics.js'
import { FittedPipeline, type PipelineSettings } from './pipeline.js'

export const FITTED_PIPELINE_FILE = 'fitted-pipeline.json'

/**
 * Train the declared pipeline on the training entry, predict the scoring entry, and write
 * predictions.csv, metrics.json and fitted-pipeline.json into `outDir`.
 */
export async function runBuiltin(
  config: Pick<PipelineStageConfig, 'pipeline'>,
  dataDir: string,
  outDir: string
): Promise<RunOutputs> {
  const spec = config.pipeline as BuiltinPipelineConfig
  const trainFile = path.join(dataDir, spec.train)
  const scoreFile = path.join(dataDir, spec.score)
  const [trainRaw, scoreRaw] = await Promise.all([readFrame(trainFile), readFrame(scoreFile)])
  for (const [frame, file] of [
    [trainRaw, trainFile],
    [scoreRaw, scoreFile]
  ] as const)
    checkIds(frame, spec.idColumn, file)
  if (!trainRaw.columns.has(spec.target))
    throw new InputError(`target column "${spec.target}" not found`, { file: trainFile })

  // Rows are sorted by id before anything is learned: the order rows arrive in cannot matter.
  const train = trainRaw.take(orderById(trainRaw, spec.idColumn))
  const score = scoreRaw.take(orderById(scoreRaw, spec.idColumn))
  const settings = pipelineSettings(spec, train, trainFile)
  const y = encodeTarget(settings, train, trainFile)

  const metrics: Record<string, number> = {}
  if (spec.evaluation) Object.assign(metrics, evaluate(settings, spec, train, y, trainFile))

  const fitted = FittedPipeline.fit(settings, train, y, trainFile)
  const predicted = fitted.predict(score, scoreFile)
  if (score.columns.has(spec.target)) {
    const truth = encodeTarget(settings, score, scoreFile)
    for (const name of spec.metrics) metrics[name] = metric(name, truth, predicted)
  }

  await fs.mkdir(outDir, { recursive: true })
  const predictionsFile = path.join(outDir, 'predictions.csv')
  await fs.writeFile(predictionsFile, predictionsCsv(settings, score, predicted))
  await fs.writeFile(path.join(outDir, 'metrics.json'), canonicalJsonPretty(metrics))
  await fs.writeFile(path.join(outDir, FITTED_PIPELINE_FILE), canonicalJsonPretty(fitted.toJson()))
  return {
    dir: outDir,
    predictions: predictionsFile,
    idColumn: spec.idColumn,
    metrics,
    artifacts: [FITTED_PIPELINE_FILE]
  }
}

/**
 * The production path: score `dataFile` with a saved fitted-pipeline.json, no retraining. Writes
 * the same predictions file the training run wrote for the same rows.
 */
export async function predictWithFitted(
  fittedFile: string,
  dataFile: string,
  outFile: string
): Promise<{ rows: number }> {
  let doc: unknown
  try {
    doc = JSON.parse(await fs.readFile(fittedFile, 'utf8'))
  } catch (error) {
    throw new InputError(`cannot read the fitted pipeline: ${(error as Error).message}`, { file: fittedFile })
  }
  const fitted = FittedPipeline.fromJson(doc as never, fittedFile)
  const raw = await readFrame(dataFile)
  checkIds(raw, fitted.settings.idColumn, dataFile)
  const frame = raw.take(orderById(raw, fitted.settings.idColumn))
  const predicted = fitted.predict(frame, dataFile)
  await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true })
  await fs.writeFile(outFile, predictionsCsv(fitted.settings, frame, predicted))
  return { rows: frame.rows }
}

function pipelineSettings(spec: BuiltinPipelineConfig, train: Frame, file: string): PipelineSettings {
  const settings: PipelineSettings = {
    task: spec.task,
    seed: spec.seed,
    idColumn: spec.idColumn,
    target: spec.target,
    targetTransform: spec.targetTransform,
    steps: spec.steps,
    model: spec.model
  }
  if (spec.task !== 'classification') return settings
  if (spec.targetTransform !== 'none')
    throw new InputError('target_transform applies to a regression only', { file })
  const labels = new Set<string>()
  const column = train.get(spec.target)
  for (const v of column.values)
    if (v !== null && !(typeof v === 'number' && Number.isNaN(v))) labels.add(String(v))
  const classes = [...labels].sort(compareText)
  if (classes.length !== 2)
    throw new InputError(
      `a classification needs exactly two labels in "${spec.target}", found ${classes.length}: ${classes.slice(0, 5).join(', ')}`,
      { file }
    )
  const positive = spec.positiveLabel ?? classes[1]
  if (!classes.includes(positive))
    throw new InputError(
      `positive_label "${positive}" is not a label of "${spec.target}" (${classes.join(', ')})`,
      { file }
    )
  settings.classes = [classes.find(c => c !== positive) as string, positive]
  return settings
}

/** The target as numbers: the value for a regression, 1 for the positive label and 0 otherwise for a classification. */
function encodeTarget(settings: PipelineSettings, frame: Frame, file: string): Float64Array {
  const column = frame.get(settings.target)
  const missing = Array.from(column.values as ArrayLike<string | number | null>).findIndex(
    v => v === null || (typeof v === 'number' && Number.isNaN(v))
  )
  if (missing >= 0)
    throw new InputError(
      `target column "${settings.target}" has a missing value (row ${missing + 1} in id order)`,
      { file }
    )
  if (!settings.classes) {
    if (column.kind !== 'number')
      throw new InputError(
        `target column "${settings.target}" holds labels; set task: classification or use a numeric target`,
        { file }
      )
    return column.values
  }
  const [negative, positive] = settings.classes
  return Float64Array.from(column.values as ArrayLike<string | number>, v => {
    const label = String(v)
    if (label !== negative && label !== positive)
      throw new InputError(`target label "${label}" was not seen in training (${negative}, ${positive})`, {
        file
      })
    return label === positive ? 1 : 0
  })
}

/**
 * Seeded holdout or k-fold evaluation on the training rows: the whole pipeline is refit on each
 * training part and scored on the rows held out. Metrics are named `holdout_<metric>` or `cv_<metric>`
 * (the mean over folds).
 */
function evaluate(
  settings: PipelineSettings,
  spec: BuiltinPipelineConfig,
  train: Frame,
  y: Float64Array,
  file: string
): Record<string, number> {
  const evaluation = spec.evaluation as NonNullable<BuiltinPipelineConfig['evaluation']>
  const n = train.rows
  const rng = seedrandom(`${settings.seed}:split`)
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const folds: number[][] = []
  if (evaluation.method === 'holdout')
    folds.push(order.slice(0, Math.max(1, Math.round(evaluation.testSize * n))))
  else
    for (let f = 0; f < evaluation.folds; f++)
      folds.push(
        order.slice(Math.floor((f * n) / evaluation.folds), Math.floor(((f + 1) * n) / evaluation.folds))
      )
  const prefix = evaluation.method === 'holdout' ? 'holdout' : 'cv'
  const sums: Record<string, number> = {}
  for (const held of folds) {
    const isHeld = new Uint8Array(n)
    for (const i of held) isHeld[i] = 1
    const fitRows = order.filter(i => !isHeld[i]).sort((a, b) => a - b)
    const testRows = [...held].sort((a, b) => a - b)
    const fitted = FittedPipeline.fit(
      settings,
      train.take(fitRows),
      Float64Array.from(fitRows, i => y[i]),
      file
    )
    const predicted = fitted.predict(train.take(testRows), file)
    const truth = Float64Array.from(testRows, i => y[i])
    for (const name of spec.metrics) sums[name] = (sums[name] ?? 0) + metric(name, truth, predicted)
  }
  return Object.fromEntries(spec.metrics.map(name => [`${prefix}_${name}`, sums[name] / folds.length]))
}

function checkIds(frame: Frame, idColumn: string, file: string): void {
  if (!frame.columns.has(idColumn)) throw new InputError(`id column "${idColumn}" not found`, { file })
  const ids = frame.get(idColumn)
  const seen = new Set<string | number | null>()
  for (let i = 0; i < frame.rows; i++) {
    const id = ids.values[i]
    if (id === null || (typeof id === 'number' && Number.isNaN(id))) {
      throw new InputError(`row ${i + 1} has no value in the id column "${idColumn}"`, { file, line: i + 2 })
    }
    if (seen.has(id))
      throw new InputError(`id ${String(id)} appears more than once in "${idColumn}"`, { file })
    seen.add(id)
  }
}

/**
 * Numbers in JavaScript's shortest round-trip form: parsing the file gives back the exact doubles.
 * A classification writes the predicted label and the probability of the positive label.
 */
function predictionsCsv(settings: PipelineSettings, score: Frame, predicted: Float64Array): string {
  const ids = score.get(settings.idColumn)
  const classes = settings.classes
  const lines = [
    classes
      ? `${csvField(settings.idColumn)},prediction,probability`
      : `${csvField(settings.idColumn)},prediction`
  ]
  for (let i = 0; i < score.rows; i++) {
    const id = csvField(String(ids.values[i]))
    lines.push(
      classes
        ? `${id},${csvField(predicted[i] > 0.5 ? classes[1] : classes[0])},${String(predicted[i])}`
        : `${id},${String(predicted[i])}`
    )
  }
  return lines.join('\n') + '\n'
}
