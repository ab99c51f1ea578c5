import type { JobResultOptions } from '../aggregate/job.js'
import type { PortableResult } from '../aggregate/result-file.js'
import { audit, type AuditOptions, type Command } from '../audit/audit.js'
import type { AuditConfig } from '../config/types.js'
import type { AuditResult } from '../core/result.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import { writeReports, type ReportFiles } from '../report/write.js'

/** The audit's commands, and `accept`, which runs several of them (see audit/accept.ts). */
export type JobCommand = Command | 'accept'

export interface AuditJobOptions extends Omit<AuditOptions, 'onReference' | 'known'> {
  /** The base branch's report.json: findings it had too are marked known. No file there: none known. */
  knownReport?: string
  /** Write `<reportName>.json` and `.md` into the config's report folder; absent: no report files. */
  reportName?: string
  /** Write the portable result of this job (for a later aggregate); absent: no result file. */
  resultFile?: Omit<JobResultOptions, 'secrets'>
}

export interface AuditJob {
  result: AuditResult
  reports?: ReportFiles
  job?: { file: string; portable: PortableResult }
}

/** The whole audit job both edges run: audit (or accept), then the report files, then the portable result. */
export async function runAuditJob(
  config: AuditConfig,
  command: JobCommand,
  options: AuditJobOptions
): Promise<AuditJob> {
  const { reportName, resultFile, knownReport, ...auditOptions } = options
  let reference: RunOutputs | undefined
  const result =
    command === 'accept'
      ? await (
          await import('../audit/accept.js')
        ).accept(config, { progress: auditOptions.progress, secrets: auditOptions.secrets })
      : await audit(config, command, {
          ...auditOptions,
          known: knownReport
            ? await (await import('../report/read.js')).readKnownReport(knownReport)
            : undefined,
          onReference: outputs => (reference = outputs)
        })
  const reports = reportName
    ? await writeReports(result, config.reportDir, { root: config.snapshot.root, name: reportName })
    : undefined
  const job = resultFile
    ? await (
        await import('../aggregate/job.js')
      ).writeJobResult(result, config, reference, { ...resultFile, secrets: auditOptions.secrets })
    : undefined
  return { result, reports, job }
}
