import type { PipelineStageConfig } from '../config/types.js'
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
    case 'builtin': {
      // Loaded only by audits that use it: a command pipeline's audit does not compile the engine.
      const { runBuiltin } = await import('./builtin/engine.js')
      return runBuiltin(config, dataDir, outDir)
    }
    case 'command':
      return runCommand(config, dataDir, outDir, options)
  }
}
