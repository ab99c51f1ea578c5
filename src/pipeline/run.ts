import type { AuditConfig } from '../config/types.js'
import { runCommand } from './command.js'
import type { RunOutputs } from './outputs.js'

export interface RunOptions {
  /** Working folder of a command run (default the config's folder). */
  workDir?: string
  /** Environment variables for a command run, on top of the machine's. */
  env?: Record<string, string>
  /** Values redacted from the command's log (the edges supply them; see core/redact.ts). */
  secrets?: readonly string[]
}

/** Run the configured pipeline once on the data in `dataDir`, writing into `outDir`. */
export async function runPipeline(
  config: AuditConfig,
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
