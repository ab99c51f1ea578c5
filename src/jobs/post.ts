import path from 'node:path'
import { writeFileAtomic } from '../core/files.js'
import { redactDeep } from '../core/redact.js'
import type { AuditResult } from '../core/result.js'
import { exitCodeFor, type FailOn } from '../core/status.js'
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js'
import { readReportFile } from '../report/read.js'
import type { ReportFiles } from '../report/write.js'

export interface PostJob {
  result: AuditResult
  reports: ReportFiles
  exitCode: 0 | 1 | 2
}

/**
 * `mode: post`: read a report made elsewhere (never running the pull request's code), validated
 * against the published schema, optionally under another audit name, and write its Markdown beside it.
 */
export async function runPostJob(
  reportFile: string,
  options: { name?: string; failOn?: FailOn; secrets?: readonly string[] }
): Promise<PostJob> {
  const json = path.resolve(reportFile)
  const result = redactDeep(await readReportFile(json), options.secrets ?? [])
  if (options.name) result.audit = options.name
  const markdown = path.join(path.dirname(json), 'report.md')
  await writeFileAtomic(markdown, renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'report.json' }))
  return {
    result,
    reports: { json, markdown },
    exitCode: exitCodeFor(result.status, options.failOn ?? 'fail')
  }
}
