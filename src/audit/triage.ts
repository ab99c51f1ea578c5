// Findings a team has decided to live with (`accept:` in the config), and findings already present
// on the base branch's report (known) as against those this change brings (new).
import path from 'node:path'
import { displayPath } from '../core/errors.js'
import { SECTION_KEYS, type AuditSections, type Finding } from '../core/result.js'
import { worst, type SectionStatus } from '../core/status.js'
import type { Acceptance } from '../config/types.js'

export interface TriageOptions {
  accept: Acceptance[]
  /** Today as YYYY-MM-DD; injectable so that expiry is tested on any date. */
  today: string
  /** The config file, named by the warning of an expired acceptance. */
  configFile: string
  /** The base branch's report, when one is available. */
  known?: { [K in keyof AuditSections]?: { findings: Finding[] } }
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** Marks accepted, known and new findings in place; an accepted finding no longer counts for its section's status. */
export function triage(sections: AuditSections, options: TriageOptions): void {
  const knownKeys = options.known ? knownFindingKeys(options.known) : undefined
  for (const key of SECTION_KEYS) {
    const section = sections[key]
    const expired: Finding[] = []
    let accepted = false
    for (const f of section.findings) {
      if (f.status !== 'warn' && f.status !== 'fail') continue
      if (knownKeys) f.seen = knownKeys.has(findingKey(f)) ? 'known' : 'new'
      const rule = options.accept.find(a => matches(a, f))
      if (!rule) continue
      if (rule.until && rule.until < options.today) {
        expired.push(expiredWarning(rule, options.configFile))
        continue
      }
      f.accepted = { reason: rule.reason, ...(rule.until ? { until: rule.until } : {}) }
      accepted = true
    }
    section.findings.push(...expired)
    if (accepted || expired.length) section.status = recount(section.status, section.findings)
  }
}

/** The section's status counted from the findings that are not accepted; never raised above what it was, but for expiry warnings. */
function recount(status: SectionStatus, findings: Finding[]): SectionStatus {
  if (status === 'skipped') return status
  const counted = worst(...findings.filter(f => !f.accepted).map(f => f.status))
  const expired = findings.some(f => f.code === 'accept.expired')
  return expired ? worst(counted, 'warn') : counted
}

function matches(a: Acceptance, f: Finding): boolean {
  if (a.code !== f.code) return false
  if (a.package !== undefined && a.package.toLowerCase() !== f.package?.toLowerCase()) return false
  if (a.file !== undefined && (!f.file || path.resolve(f.file) !== path.resolve(a.file))) return false
  return true
}

function expiredWarning(a: Acceptance, configFile: string): Finding {
  const what = [a.package, a.file && displayPath(a.file)].filter(Boolean).join(', ')
  return {
    status: 'warn',
    code: 'accept.expired',
    message: `The acceptance of ${a.code}${what ? ` (${what})` : ''} expired on ${a.until} ("${a.reason}"): the finding counts again; renew or remove it.`,
    file: displayPath(configFile)
  }
}

/** What makes two findings the same across runs: the code and the package (or else the file), not the wording. */
function findingKey(f: Finding): string {
  return `${f.code}\u0000${f.package ?? f.file ?? ''}`
}

function knownFindingKeys(known: NonNullable<TriageOptions['known']>): Set<string> {
  const keys = new Set<string>()
  for (const key of SECTION_KEYS)
    for (const f of known[key]?.findings ?? [])
      if (f.status === 'warn' || f.status === 'fail') keys.add(findingKey(f))
  return keys
}
