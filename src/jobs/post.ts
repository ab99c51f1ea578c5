import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import { InputError } from '../core/errors.js'
import { exitCodeFor, type FailOn } from '../core/status.js'
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js'
import { SCHEMA_VERSION, type AuditResult } from '../report/model.js'
import { REPORT_SCHEMA } from '../report/schema.js'
import type { ReportFiles } from '../report/write.js'
import { writeFileAtomic } from '../core/files.js'
import { redactDeep } from '../core/redact.js'

const validate = new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA)

/** Top-level keys in the order their problems are reported: the identity first, then the sections. */
const ORDER = ['schemaVersion', 'status', 'audit', 'command', 'config', 'summary', 'gate', 'tool']
const SECTIONS = ['snapshot', 'runs', 'determinism', 'comparison', 'dependencies', 'environment']

/**
 * Read a report.json written by an earlier run, for `mode: post`. In the fork-safe pattern the file
 * comes from an artifact that the pull request's own workflow produced, so it is untrusted: it is
 * validated against the published schema (schema/report.schema.json), and every string in it is
 * escaped by the Markdown renderer.
 */
export async function readReportFile(file: string): Promise<AuditResult> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read the report: ${(error as Error).message}`, { file })
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new InputError(`the report is not JSON: ${(error as Error).message}`, { file })
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError('not a repro-audit report: the top level is not an object', { file })
  if (!validate(data))
    throw new InputError(
      `not a repro-audit report: ${schemaProblem(data as Record<string, unknown>, validate.errors ?? [])}`,
      {
        file
      }
    )
  return data as unknown as AuditResult
}

/** The first of the schema's complaints, in words about the report rather than the schema. */
function schemaProblem(data: Record<string, unknown>, errors: ErrorObject[]): string {
  const keyOf = (e: ErrorObject): string =>
    e.instancePath.split('/')[1] ?? String(e.params.missingProperty ?? e.params.additionalProperty ?? '')
  const rank = (e: ErrorObject): number => {
    const i = [...ORDER, ...SECTIONS].indexOf(keyOf(e))
    // Within a section, a missing or malformed status or findings list is said first.
    const part = e.instancePath.split('/')[2] ?? String(e.params.missingProperty ?? '')
    return 2 * (i < 0 ? ORDER.length + SECTIONS.length : i) + (['status', 'findings'].includes(part) ? 0 : 1)
  }
  const first = [...errors].sort((a, b) => rank(a) - rank(b))[0]
  if (!first) return 'it does not match the report schema'
  const key = keyOf(first)
  const where = first.instancePath.split('/').slice(1)
  if (key === 'schemaVersion')
    return `schemaVersion is ${JSON.stringify(data.schemaVersion)}, expected ${SCHEMA_VERSION}`
  if (key === 'status' && where.length <= 1) return `status is ${JSON.stringify(data.status)}`
  if (['audit', 'config', 'summary'].includes(key) || (key === 'command' && typeof data.command !== 'string'))
    return `"${key}" is not a string`
  if ((key === 'gate' || key === 'tool') && where.length === 0) return '"gate" or "tool" is missing'
  if (SECTIONS.includes(key)) {
    if (where[1] === 'findings' && where.length > 2) return `a finding in "${key}" is malformed`
    const part = where[1] ?? String(first.params.missingProperty ?? '')
    if (
      where.length === 0 ||
      (where.length === 1 && first.keyword === 'type') ||
      part === 'findings' ||
      part === 'status'
    )
      return `section "${key}" is missing or has no findings list`
  }
  return `${first.instancePath || 'the top level'} ${first.message ?? 'does not match the report schema'}`
}

export interface PostJob {
  result: AuditResult
  reports: ReportFiles
  exitCode: 0 | 1 | 2
}

/**
 * `mode: post`: read a report made elsewhere (never running the pull request's code), optionally
 * under another audit name, and write its Markdown beside it.
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
