import path from 'node:path'
import type { AuditConfig } from '../config/types.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { AuditResult } from '../core/result.js'
import { defaultLabel, defaultResultName } from './label.js'
import { writeResultFile, type PortableResult } from './result-file.js'

export interface JobResultOptions {
  /** The job's label; default from the runner and the recorded environment. */
  label?: string
  /** Where to write; default `repro-result-<label>.json` in the report folder. */
  file?: string
  embedLimit?: number
  /** Secret values to redact (see core/redact.ts). */
  secrets?: readonly string[]
}

/** Write the portable result of one job after `run`; both edges call this. */
export async function writeJobResult(
  result: AuditResult,
  config: AuditConfig,
  reference: RunOutputs | undefined,
  options: JobResultOptions = {}
): Promise<{ file: string; portable: PortableResult }> {
  const label = options.label?.trim() || defaultLabel(result.environment.current)
  const file = path.resolve(options.file ?? path.join(config.reportDir, defaultResultName(label)))
  const portable = await writeResultFile(file, result, config, reference, {
    label,
    embedLimit: options.embedLimit,
    commit: process.env.GITHUB_SHA || undefined,
    secrets: options.secrets
  })
  return { file, portable }
}
