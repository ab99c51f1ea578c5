// The findings in the order a reviewer reads them: causes first, worst first, each followed by the
// consequences it explains; accepted findings last. Shared by the Markdown and terminal renderers.
import { allFindings, type AuditResult, type Finding } from '../core/result.js'
import type { Status } from '../core/status.js'

export interface ListedFinding {
  finding: Finding
  /** 0 for a cause or a finding on its own, 1 for a consequence listed under its cause. */
  depth: 0 | 1
}

const RANK: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3 }

export function orderedFindings(result: AuditResult): ListedFinding[] {
  const all = allFindings(result).filter(f => f.status !== 'pass')
  const open = all.filter(f => !f.accepted)
  const codes = new Set(open.map(f => f.code))
  const isConsequence = (f: Finding): boolean => f.causedBy !== undefined && codes.has(f.causedBy)
  const byRank = (a: Finding, b: Finding): number => RANK[a.status] - RANK[b.status]
  // A cause ranks with its worst consequence, so "rows reordered" (warn) leads the drift (fail) it caused.
  const effective = (f: Finding): Finding => {
    const worst = open.filter(c => c.causedBy === f.code).sort(byRank)[0]
    return worst && RANK[worst.status] < RANK[f.status] ? worst : f
  }
  const heads = open.filter(f => !isConsequence(f)).sort((a, b) => byRank(effective(a), effective(b)))
  const listed: ListedFinding[] = []
  const placed = new Set<string>()
  for (const head of heads) {
    listed.push({ finding: head, depth: 0 })
    if (placed.has(head.code)) continue
    placed.add(head.code)
    for (const c of open.filter(f => f.causedBy === head.code)) listed.push({ finding: c, depth: 1 })
  }
  for (const f of all.filter(x => x.accepted)) listed.push({ finding: f, depth: 0 })
  return listed
}

/** " — accepted: reason (until 2026-12-31)", " · new", " · known": the triage marks of a finding. */
export function triageNote(f: Finding): string {
  if (f.accepted)
    return ` — accepted: ${f.accepted.reason}${f.accepted.until ? ` (until ${f.accepted.until})` : ''}`
  return f.seen ? ` · ${f.seen}` : ''
}
