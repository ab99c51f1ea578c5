import { promises as fs } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { InputError } from '../core/errors.js'
import { SCHEMA_VERSION, SECTION_KEYS, type AuditResult } from '../core/result.js'
import { REPORT_SCHEMA } from './schema.js'

/** Top-level keys in the order their problems are reported: the identity first, then the sections. */
const ORDER = ['schemaVersion', 'status', 'audit', 'command', 'config', 'summary', 'gate', 'tool']
const SECTIONS: readonly string[] = SECTION_KEYS

let validator: ValidateFunction | undefined
/** The published report schema, compiled on first use (only post and --known-report read reports). */
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA)
  return validator(data) ? [] : (validator.errors ?? [])
}

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
  const errors = validate(data)
  if (errors.length > 0)
    throw new InputError(
      `not a repro-audit report: ${schemaProblem(data as Record<string, unknown>, errors)}`,
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

/**
 * The base branch's report, to mark findings known or new: undefined when there is none (the first
 * run on a repository), an InputError naming the file when it is there but is not a report.
 */
export async function readKnownReport(file: string | undefined): Promise<AuditResult | undefined> {
  if (!file) return undefined
  try {
    await fs.access(file)
  } catch {
    return undefined
  }
  return readReportFile(file)
}
