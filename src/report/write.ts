import path from 'node:path'
import { canonicalJsonPretty } from '../core/canonical-json.js'
import { requireWritableInside, writeFileAtomic } from '../core/files.js'
import { COMMENT_LIMIT, renderMarkdown } from './markdown.js'
import type { AuditResult } from '../core/result.js'

export interface ReportFiles {
  json: string
  markdown: string
}

/** The JSON result with sorted keys: identical inputs give identical bytes, but for `timing`. */
export function renderJson(result: AuditResult): string {
  return canonicalJsonPretty(result)
}

/**
 * Write `<name>.json` and `<name>.md` into `dir`, each replaced in one rename. `run` writes
 * report.*, `verify` verify-report.*, so a verify never replaces the last run's report.
 */
export async function writeReports(
  result: AuditResult,
  dir: string,
  options: { root?: string; name?: string } = {}
): Promise<ReportFiles> {
  const name = options.name ?? 'report'
  // The report folder is checked again here: pipeline code ran since the config was loaded.
  if (options.root) requireWritableInside(options.root, dir, 'the report folder')
  const json = path.join(dir, `${name}.json`)
  const markdown = path.join(dir, `${name}.md`)
  await writeFileAtomic(json, renderJson(result))
  await writeFileAtomic(
    markdown,
    renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport: `${name}.json` })
  )
  return { json, markdown }
}
