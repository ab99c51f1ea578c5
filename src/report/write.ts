import path from 'node:path'
import { canonicalJsonPretty } from '../core/canonical-json.js'
import { requireWritableInside, writeFileAtomic } from '../core/files.js'
import { COMMENT_LIMIT, renderMarkdown } from './markdown.js'
import type { AuditResult } from './model.js'

export interface ReportFiles {
  json: string
  markdown: string
}

/** The JSON result with sorted keys: identical inputs give identical bytes, but for `timing`. */
export function renderJson(result: AuditResult): string {
  return canonicalJsonPretty(result)
}

/** Write report.json and report.md into `dir`, each replaced in one rename. */
export async function writeReports(result: AuditResult, dir: string, root?: string): Promise<ReportFiles> {
  // The report folder is checked again here: pipeline code ran since the config was loaded.
  if (root) requireWritableInside(root, dir, 'the report folder')
  const json = path.join(dir, 'report.json')
  const markdown = path.join(dir, 'report.md')
  await writeFileAtomic(json, renderJson(result))
  await writeFileAtomic(markdown, renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'report.json' }))
  return { json, markdown }
}
