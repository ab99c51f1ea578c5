import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../config/load.js'
import type { AuditConfig } from '../config/types.js'
import { InputError } from '../core/errors.js'
import { FITTED_PIPELINE_FILE, predictWithFitted } from '../pipeline/builtin/engine.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { runPipeline } from '../pipeline/run.js'
import { prepareDataView } from '../snapshot/view.js'

/** Train the pipeline once on the snapshot's data view, with no snapshot check or comparison. */
export async function trainOnce(
  config: AuditConfig,
  outDir: string,
  secrets: readonly string[] = []
): Promise<RunOutputs> {
  const view = await prepareDataView({ config })
  try {
    return await runPipeline(config, view.dir, outDir, { secrets })
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
    if (config.pipeline.engine !== 'builtin') {
      throw new InputError('predict scores with a built-in fitted pipeline; this config runs a command', {
        file: config.file
      })
    }
    fitted ??= path.join(config.baselineDir, FITTED_PIPELINE_FILE)
    input ??= path.join(config.dir, config.pipeline.score)
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
