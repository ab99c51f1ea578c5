import type { AuditConfig } from '../config/types.js'
import { runBuiltin } from './builtin/engine.js'
import type { RunOutputs } from './outputs.js'

/** Run the configured pipeline once on the data in `dataDir`, writing into `outDir`. */
export async function runPipeline(config: AuditConfig, dataDir: string, outDir: string): Promise<RunOutputs> {
  switch (config.pipeline.engine) {
    case 'builtin':
      return runBuiltin(config, dataDir, outDir)
  }
}
