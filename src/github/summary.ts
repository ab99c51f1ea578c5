import * as core from '@actions/core'
import path from 'node:path'
import * as log from './log.js'
import { escapeMessage } from '../report/escape.js'
import { renderMarkdown, SUMMARY_LIMIT } from '../report/markdown.js'
import { allFindings, type AuditResult, type Finding } from '../core/result.js'

/** The report for the job summary: as much as fits in GitHub's 1 MiB, counted in UTF-8 bytes. */
export function summaryMarkdown(result: AuditResult, fullReport: string): string {
  return renderMarkdown(result, { limit: SUMMARY_LIMIT, unit: 'bytes', fullReport })
}

/** The summary when there is no report at all: the one-line reason the audit could not run. */
export function errorSummary(reason: string): string {
  return `## 🛑 repro-audit could not run\n\n${escapeMessage(reason.slice(0, 10_000))}\n`
}

/** Findings that name a file become annotations on that file (and line, when known). */
export function annotate(
  result: AuditResult,
  workspace = process.env.GITHUB_WORKSPACE || process.cwd()
): number {
  let count = 0
  for (const f of allFindings(result)) {
    if (!f.file || f.status === 'pass') continue
    const props: core.AnnotationProperties = {
      title: `repro-audit: ${f.code}`,
      file: annotationPath(f, workspace),
      startLine: f.line,
      startColumn: f.line ? f.column : undefined
    }
    if (f.status === 'warn') log.warning(f.message, props)
    else log.error(f.message, props)
    count++
  }
  return count
}

function annotationPath(f: Finding, workspace: string): string {
  const file = f.file ?? ''
  if (!path.isAbsolute(file)) return file
  const rel = path.relative(workspace, file)
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/')
}
