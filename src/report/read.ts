import { promises as fs } from 'node:fs'
import { InputError } from '../core/errors.js'
import { SCHEMA_VERSION, SECTION_KEYS, type AuditResult } from '../core/result.js'

const STATUSES = ['pass', 'warn', 'fail', 'error']

/**
 * Read a report.json written by an earlier run, for `mode: post`. In the fork-safe pattern the file
 * comes from an artifact that the pull request's own workflow produced, so it is untrusted: its
 * shape is checked here and every string in it is escaped by the Markdown renderer.
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
  const problem = shapeProblem(data)
  if (problem) throw new InputError(`not a repro-audit report: ${problem}`, { file })
  return data as AuditResult
}

function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the top level is not an object'
  if (data.schemaVersion !== SCHEMA_VERSION)
    return `schemaVersion is ${JSON.stringify(data.schemaVersion)}, expected ${SCHEMA_VERSION}`
  if (!STATUSES.includes(data.status as string)) return `status is ${JSON.stringify(data.status)}`
  for (const key of ['audit', 'command', 'config', 'summary'])
    if (typeof data[key] !== 'string') return `"${key}" is not a string`
  if (!isObject(data.gate) || !isObject(data.tool)) return '"gate" or "tool" is missing'
  for (const key of SECTION_KEYS) {
    const section = data[key]
    if (!isObject(section) || typeof section.status !== 'string' || !Array.isArray(section.findings))
      return `section "${key}" is missing or has no findings list`
    if (
      !section.findings.every(
        f => isObject(f) && typeof f.message === 'string' && STATUSES.includes(f.status as string)
      )
    )
      return `a finding in "${key}" is malformed`
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
