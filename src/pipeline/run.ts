import type { PipelineStageConfig } from '../config/types.js'
import { runBuiltin } from './builtin/engine.js'
import { runCommand } from './command.js'
import type { RunOptions, RunOutputs } from './outputs.js'

/** Run the configured pipeline once on the data in `dataDir`, writing into `outDir`. */
export async function runPipeline(
  config: PipelineStageConfig,
  dataDir: string,
  outDir: string,
  options: RunOptions = {}
): Promise<RunOutputs> {
  switch (config.pipeline.engine) {
    case 'builtin':
      return runBuiltin(config, dataDir, outDir)
    case 'command':
      return runCommand(config, dataDir, outDir, options)
  }
}
