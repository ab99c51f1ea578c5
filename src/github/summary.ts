import * as core from '@actions/core'
import path from 'node:path'
import { escapeMessage } from '../report/escape.js'
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js'
import type { AuditResult, Finding } from '../report/model.js'

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/**
 * The report for the job summary: as much as fits in 1 MiB. The renderer counts characters, the
 * limit counts bytes, so the character limit shrinks until the UTF-8 text fits.
 */
export function summaryMarkdown(result: AuditResult, fullReport: string): string {
  const room = SUMMARY_LIMIT_BYTES - 4096
  let limit = room
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = renderMarkdown(result, { limit, fullReport })
    const bytes = Buffer.byteLength(text)
    if (bytes <= room) return text
    limit = Math.floor((limit * room) / bytes)
  }
  return renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport })
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
  const sections = [
    result.snapshot,
    result.runs,
    result.determinism,
    result.comparison,
    result.dependencies,
    result.environment
  ]
  let count = 0
  for (const f of sections.flatMap(s => s.findings)) {
    if (!f.file || f.status === 'pass') continue
    const props: core.AnnotationProperties = {
      title: `repro-audit: ${f.code}`,
      file: annotationPath(f, workspace),
      startLine: f.line,
      startColumn: f.line ? f.column : undefined
    }
    if (f.status === 'warn') core.warning(f.message, props)
    else core.error(f.message, props)
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
