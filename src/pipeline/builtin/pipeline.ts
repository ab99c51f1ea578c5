// A fitted pipeline: the steps and the model after training, what they learned, and the one way
// to turn it into predictions. It serialises to canonical JSON and is rebuilt from that JSON alone.
import type { Json } from '../../core/canonical-json.js'
import { InputError } from '../../core/errors.js'
import type { BuiltinPipelineConfig, StepSpec } from '../../config/types.js'
import { createStep } from './create-step.js'
import type { Column, Frame } from './frame.js'
import type { Model, Task } from './model.js'
import { createModel } from './models.js'
import type { FitContext, Step } from './steps.js'
import { exp, expm1, log, log1p } from '../../core/detmath.js'

export type TargetTransform = BuiltinPipelineConfig['targetTransform']

export interface PipelineSettings {
  task: Task
  seed: number
  idColumn: string
  target: string
  targetTransform: TargetTransform
  steps: StepSpec[]
  model: { type: string } & Record<string, unknown>
  /** For a classification: the two labels, negative first. */
  classes?: [string, string]
}

export class FittedPipeline {
  private constructor(
    readonly settings: PipelineSettings,
    private readonly inputs: Record<string, Column['kind']>,
    private readonly steps: Step[],
    readonly features: string[],
    private readonly model: Model,
    private readonly trainRows: number
  ) {}

  /** Learn every step, then the model, from `train` (rows already in id order) and its target `y`. */
  static fit(settings: PipelineSettings, train: Frame, y: Float64Array, file: string): FittedPipeline {
    const reserved = new Set([settings.idColumn, settings.target])
    let frame = withoutReserved(train, reserved)
    const inputs = Object.fromEntries(frame.names.map(n => [n, frame.get(n).kind]))
    const context: FitContext = {
      reserved,
      seed: settings.seed,
      target: forward(settings.targetTransform, y, file)
    }
    const steps = settings.steps.map(createStep)
    for (const step of steps) {
      step.fit(frame, context)
      frame = step.transform(frame)
    }
    const features = frame.names
    const model = createModel(settings.model, settings.task, settings.seed)
    model.fit(features, featureMatrix(frame, features, file), context.target)
    return new FittedPipeline(settings, inputs, steps, features, model, train.rows)
  }

  /** Rebuild a fitted pipeline from the JSON `toJson()` wrote; nothing is retrained. */
  static fromJson(doc: Json, file: string): FittedPipeline {
    const d = doc as Record<string, unknown>
    if (d.engine !== 'builtin' || !Array.isArray(d.steps) || typeof d.model !== 'object') {
      throw new InputError('not a fitted pipeline of the built-in engine', { file })
    }
    const settings: PipelineSettings = {
      task: d.task as Task,
      seed: d.seed as number,
      idColumn: d.idColumn as string,
      target: d.target as string,
      targetTransform: d.targetTransform as TargetTransform,
      steps: (d.steps as { kind: string; spec: Record<string, unknown> }[]).map(s => ({ [s.kind]: s.spec })),
      model: (d.model as { spec: PipelineSettings['model'] }).spec,
      classes: (d.classes as [string, string] | null) ?? undefined
    }
    const steps = settings.steps.map(createStep)
    steps.forEach((step, i) => step.restore((d.steps as { learned: Json }[])[i].learned))
    const model = createModel(settings.model, settings.task, settings.seed)
    model.restore((d.model as { learned: Json }).learned, d.features as string[])
    return new FittedPipeline(
      settings,
      d.inputs as Record<string, Column['kind']>,
      steps,
      d.features as string[],
      model,
      d.trainRows as number
    )
  }

  /**
   * Predictions for `frame`: the value for a regression (back on the target's scale), the
   * probability of the positive class for a classification.
   */
  predict(frame: Frame, file: string): Float64Array {
    let current = conform(
      withoutReserved(frame, new Set([this.settings.idColumn, this.settings.target])),
      this.inputs,
      file
    )
    for (const step of this.steps) current = step.transform(current)
    return inverse(
      this.settings.targetTransform,
      this.model.predict(featureMatrix(current, this.features, file))
    )
  }

  toJson(): Json {
    const s = this.settings
    return {
      engine: 'builtin',
      format: 1,
      task: s.task,
      seed: s.seed,
      idColumn: s.idColumn,
      target: s.target,
      targetTransform: s.targetTransform,
      classes: s.classes ?? null,
      trainRows: this.trainRows,
      inputs: this.inputs,
      steps: this.steps.map((step, i) => ({
        index: i,
        kind: step.kind,
        spec: Object.values(s.steps[i])[0] as Json,
        params: step.params(),
        learned: step.learned()
      })),
      features: this.features,
      model: {
        type: this.model.type,
        spec: s.model as Json,
        params: this.model.params(),
        learned: this.model.learned()
      }
    }
  }
}

function withoutReserved(frame: Frame, reserved: Set<string>): Frame {
  return frame.with(
    [],
    [...reserved].filter(n => frame.columns.has(n))
  )
}

/**
 * Give the scoring data the training data's columns and kinds: a column the pipeline needs must be
 * there, an empty column reads as missing numbers, numbers where labels were trained become labels.
 */
function conform(frame: Frame, inputs: Record<string, Column['kind']>, file: string): Frame {
  const updates: [string, Column][] = []
  for (const [name, kind] of Object.entries(inputs)) {
    const column = frame.columns.get(name)
    if (!column)
      throw new InputError(
        `column "${name}", which the pipeline was trained with, is missing from the scoring data`,
        { file }
      )
    if (column.kind === kind) continue
    if (kind === 'string')
      updates.push([
        name,
        {
          kind: 'string',
          values: Array.from(column.values as Float64Array, v => (Number.isNaN(v) ? null : String(v)))
        }
      ])
    else if ((column.values as (string | null)[]).every(v => v === null))
      updates.push([name, { kind: 'number', values: new Float64Array(frame.rows).fill(NaN) }])
    else
      throw new InputError(
        `column "${name}" held numbers in training but holds labels (such as ${JSON.stringify((column.values as (string | null)[]).find(v => v !== null))}) here`,
        { file }
      )
  }
  const extra = frame.names.filter(n => !Object.hasOwn(inputs, n))
  return frame.with(updates, extra).select(Object.keys(inputs))
}

function featureMatrix(frame: Frame, features: string[], file: string): Float64Array[] {
  return features.map(name => {
    const column = frame.get(name, file)
    if (column.kind !== 'number') {
      throw new InputError(
        `feature "${name}" still holds labels when it reaches the model; add an encoding step (one_hot, ordinal_target or map)`,
        { file }
      )
    }
    const gap = column.values.findIndex(v => Number.isNaN(v))
    if (gap >= 0)
      throw new InputError(
        `feature "${name}" still has missing values when it reaches the model (row ${gap + 1} in id order); add an impute step`,
        { file }
      )
    return column.values
  })
}

export function forward(transform: TargetTransform, y: Float64Array, file: string): Float64Array {
  if (transform === 'none') return y
  if (y.some(v => (transform === 'log' ? v <= 0 : v <= -1))) {
    throw new InputError(
      `target_transform ${transform} needs targets above ${transform === 'log' ? 0 : -1}`,
      { file }
    )
  }
  return y.map(v => (transform === 'log' ? log(v) : log1p(v)))
}

function inverse(transform: TargetTransform, y: Float64Array): Float64Array {
  if (transform === 'none') return y
  return y.map(v => (transform === 'log' ? exp(v) : expm1(v)))
}
