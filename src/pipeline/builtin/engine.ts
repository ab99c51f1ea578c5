import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalJsonPretty, type Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import type { AuditConfig, BuiltinPipelineConfig } from '../../config/types.js'
import type { RunOutputs } from '../outputs.js'
import { Frame, orderById, readFrame } from './frame.js'
import { regressionMetric } from './metrics.js'
import { createModel } from './models.js'
import { createStep, type FitContext } from './steps.js'

export const FITTED_PIPELINE_FILE = 'fitted-pipeline.json'

/**
 * Train the declared pipeline on the training entry, predict the scoring entry, and write
 * predictions.csv, metrics.json and fitted-pipeline.json into `outDir`.
 */
export async function runBuiltin(config: AuditConfig, dataDir: string, outDir: string): Promise<RunOutputs> {
  const spec = config.pipeline as BuiltinPipelineConfig
  const trainFile = path.join(dataDir, spec.train)
  const scoreFile = path.join(dataDir, spec.score)
  const [trainRaw, scoreRaw] = await Promise.all([readFrame(trainFile), readFrame(scoreFile)])
  for (const [frame, file] of [[trainRaw, trainFile], [scoreRaw, scoreFile]] as const) {
    if (!frame.columns.has(spec.idColumn)) throw new InputError(`id column "${spec.idColumn}" not found`, { file })
    checkUniqueIds(frame, spec.idColumn, file)
  }
  if (!trainRaw.columns.has(spec.target)) throw new InputError(`target column "${spec.target}" not found`, { file: trainFile })

  // Rows are sorted by id before anything is learned: the order rows arrive in cannot matter.
  const train = trainRaw.take(orderById(trainRaw, spec.idColumn))
  const score = scoreRaw.take(orderById(scoreRaw, spec.idColumn))
  const y = forward(spec.targetTransform, numericTarget(train, spec.target, trainFile), trainFile)

  const context: FitContext = { reserved: new Set([spec.idColumn, spec.target]), seed: spec.seed }
  const steps = spec.steps.map(createStep)
  let trainFrame = dropReserved(train, context.reserved)
  for (const step of steps) {
    step.fit(trainFrame, context)
    trainFrame = step.transform(trainFrame)
  }
  const features = trainFrame.names
  const model = createModel(spec.model)
  model.fit(features, featureMatrix(trainFrame, features, trainFile), y)

  let scoreFrame = dropReserved(score, context.reserved)
  for (const step of steps) scoreFrame = step.transform(scoreFrame)
  const predicted = inverse(spec.targetTransform, model.predict(featureMatrix(scoreFrame, features, scoreFile)))

  const metrics: Record<string, number> = {}
  if (score.columns.has(spec.target)) {
    const truth = numericTarget(score, spec.target, scoreFile)
    for (const name of spec.metrics) metrics[name] = regressionMetric(name, truth, predicted)
  }

  const fitted: Json = {
    engine: 'builtin',
    seed: spec.seed,
    idColumn: spec.idColumn,
    target: spec.target,
    targetTransform: spec.targetTransform,
    trainRows: train.rows,
    steps: steps.map((s, i) => ({ index: i, kind: s.kind, params: s.params(), learned: s.learned() })),
    features,
    model: { type: model.type, params: model.params(), learned: model.learned() }
  }

  await fs.mkdir(outDir, { recursive: true })
  const predictionsFile = path.join(outDir, 'predictions.csv')
  await fs.writeFile(predictionsFile, predictionsCsv(score, spec.idColumn, predicted))
  await fs.writeFile(path.join(outDir, 'metrics.json'), canonicalJsonPretty(metrics))
  await fs.writeFile(path.join(outDir, FITTED_PIPELINE_FILE), canonicalJsonPretty(fitted))
  return { dir: outDir, predictions: predictionsFile, idColumn: spec.idColumn, metrics, artifacts: [FITTED_PIPELINE_FILE] }
}

function dropReserved(frame: Frame, reserved: Set<string>): Frame {
  return frame.with([], [...reserved].filter(n => frame.columns.has(n)))
}

function checkUniqueIds(frame: Frame, idColumn: string, file: string): void {
  const ids = frame.get(idColumn)
  const seen = new Set<string | number | null>()
  for (let i = 0; i < frame.rows; i++) {
    const id = ids.values[i]
    if (id === null || (typeof id === 'number' && Number.isNaN(id))) {
      throw new InputError(`row ${i + 1} has no value in the id column "${idColumn}"`, { file, line: i + 2 })
    }
    if (seen.has(id)) throw new InputError(`id ${String(id)} appears more than once in "${idColumn}"`, { file })
    seen.add(id)
  }
}

function numericTarget(frame: Frame, target: string, file: string): Float64Array {
  const column = frame.get(target)
  if (column.kind !== 'number') throw new InputError(`target column "${target}" holds labels; a regression needs numbers`, { file })
  const missing = column.values.findIndex(v => Number.isNaN(v))
  if (missing >= 0) throw new InputError(`target column "${target}" has a missing value`, { file })
  return column.values
}

function featureMatrix(frame: Frame, features: string[], file: string): Float64Array[] {
  return features.map(name => {
    const column = frame.get(name)
    if (column.kind !== 'number') {
      throw new InputError(`feature "${name}" still holds labels when it reaches the model; add a one_hot step`, { file })
    }
    if (column.values.some(v => Number.isNaN(v))) {
      throw new InputError(`feature "${name}" still has missing values when it reaches the model; add an impute step`, { file })
    }
    return column.values
  })
}

function forward(transform: BuiltinPipelineConfig['targetTransform'], y: Float64Array, file: string): Float64Array {
  if (transform === 'none') return y
  if (y.some(v => (transform === 'log' ? v <= 0 : v <= -1))) {
    throw new InputError(`target_transform ${transform} needs targets above ${transform === 'log' ? 0 : -1}`, { file })
  }
  return y.map(v => (transform === 'log' ? Math.log(v) : Math.log1p(v)))
}

function inverse(transform: BuiltinPipelineConfig['targetTransform'], y: Float64Array): Float64Array {
  if (transform === 'none') return y
  return y.map(v => (transform === 'log' ? Math.exp(v) : Math.expm1(v)))
}

/** Numbers in JavaScript's shortest round-trip form: parsing the file gives back the exact doubles. */
function predictionsCsv(score: Frame, idColumn: string, predicted: Float64Array): string {
  const ids = score.get(idColumn)
  const lines = [`${csvField(idColumn)},prediction`]
  for (let i = 0; i < score.rows; i++) lines.push(`${csvField(String(ids.values[i]))},${String(predicted[i])}`)
  return lines.join('\n') + '\n'
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
