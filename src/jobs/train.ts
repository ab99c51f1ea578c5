import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baselineFilesDir, readBaseline } from '../compare/baseline.js'
import { loadConfig } from '../config/load.js'
import type { AuditConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { FITTED_PIPELINE_FILE, predictWithFitted } from '../pipeline/builtin/engine.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { runPipeline } from '../pipeline/run.js'
import { prepareDataView } from '../snapshot/view.js'

/** The pipeline section, or a clear error for commands that train. */
export function requirePipeline(config: AuditConfig, command: string): AuditConfig['pipeline'] {
  if (config.hasPipeline === false)
    throw new InputError(
      `\`${command}\` needs a pipeline section in the config; lock and verify work without one`,
      {
        file: config.file
      }
    )
  return config.pipeline
}

/** Train the pipeline once on the snapshot's data view, with no snapshot check or comparison. */
export async function trainOnce(
  config: AuditConfig,
  outDir: string,
  secrets: readonly string[] = []
): Promise<RunOutputs> {
  const pipeline = requirePipeline(config, 'train')
  const view = await prepareDataView({ config })
  try {
    return await runPipeline({ pipeline, dir: config.dir }, view.dir, outDir, { secrets })
  } finally {
    await view.cleanup()
  }
}

export interface PredictJobOptions {
  /** The config, read only for the defaults of `pipeline` and `data`. */
  configFile: string
  /** Fitted pipeline; default the baseline's fitted-pipeline.json. */
  pipeline?: string
  /** Data file to score; default the config's pipeline.score. */
  data?: string
  /** Predictions CSV to write; absent: the predictions come back as text. */
  out?: string
}

/** Score a data file with a saved fitted pipeline (the production path), without retraining. */
export async function predictFromBaseline(
  options: PredictJobOptions
): Promise<{ rows: number; file?: string; text?: string }> {
  let fitted = options.pipeline && path.resolve(options.pipeline)
  let input = options.data && path.resolve(options.data)
  if (!fitted || !input) {
    const config = await loadConfig(options.configFile)
    const pipeline = requirePipeline(config, 'predict')
    if (pipeline.engine !== 'builtin') {
      throw new InputError('predict scores with a built-in fitted pipeline; this config runs a command', {
        file: config.file
      })
    }
    fitted ||= await baselineFittedPipeline(config)
    input ??= path.join(config.dir, pipeline.score)
  }
  if (options.out) {
    const file = path.resolve(options.out)
    const { rows } = await predictWithFitted(fitted, input, file)
    return { rows, file }
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-predict-'))
  try {
    const file = path.join(dir, 'predictions.csv')
    const { rows } = await predictWithFitted(fitted, input, file)
    return { rows, text: await fs.readFile(file, 'utf8') }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** The baseline's fitted-pipeline.json, in its sealed folder (or, older layout, the baseline folder). */
async function baselineFittedPipeline(config: AuditConfig): Promise<string> {
  const baseline = await readBaseline(config.baselineDir, config.snapshot.root)
  return path.join(
    baseline ? baselineFilesDir(config.baselineDir, baseline) : config.baselineDir,
    FITTED_PIPELINE_FILE
  )
}
