import { writeJobResult, type JobResultOptions } from '../aggregate/job.js'
import type { PortableResult } from '../aggregate/result-file.js'
import { audit, type AuditOptions, type Command } from '../audit/audit.js'
import type { AuditConfig } from '../config/types.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { AuditResult } from '../report/model.js'
import { writeReports, type ReportFiles } from '../report/write.js'

export interface AuditJobOptions extends Omit<AuditOptions, 'onReference'> {
  /** Write report.json and report.md into the config's report folder. */
  writeReports: boolean
  /** Write the portable result of this job (for a later aggregate); absent: no result file. */
  resultFile?: Omit<JobResultOptions, 'secrets'>
}

export interface AuditJob {
  result: AuditResult
  reports?: ReportFiles
  job?: { file: string; portable: PortableResult }
}

/** The whole audit job both edges run: audit, then the report files, then the portable result. */
export async function runAuditJob(
  config: AuditConfig,
  command: Command,
  options: AuditJobOptions
): Promise<AuditJob> {
  const { writeReports: wantReports, resultFile, ...auditOptions } = options
  let reference: RunOutputs | undefined
  const result = await audit(config, command, {
    ...auditOptions,
    onReference: outputs => (reference = outputs)
  })
  const reports = wantReports ? await writeReports(result, config.reportDir) : undefined
  const job = resultFile
    ? await writeJobResult(result, config, reference, { ...resultFile, secrets: auditOptions.secrets })
    : undefined
  return { result, reports, job }
}
