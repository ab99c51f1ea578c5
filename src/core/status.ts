// Verdicts and their order: the overall status of anything is the worst of its parts.
export type Status = 'pass' | 'warn' | 'fail' | 'error'
export type SectionStatus = Status | 'skipped'
export type FailOn = 'fail' | 'warn' | 'never'

const RANK: Record<SectionStatus, number> = { skipped: -1, pass: 0, warn: 1, fail: 2, error: 3 }

export function worst(...statuses: SectionStatus[]): Status {
  let result: Status = 'pass'
  for (const s of statuses) if (s !== 'skipped' && RANK[s] > RANK[result]) result = s
  return result
}

export function atLeast(status: SectionStatus, threshold: Status): boolean {
  return RANK[status] >= RANK[threshold]
}

/** Exit status of the CLI and the action: 0 gate passed, 1 drift, 2 the audit could not run. */
export function exitCodeFor(status: Status, failOn: FailOn): 0 | 1 | 2 {
  if (status === 'error') return 2
  if (failOn === 'never') return 0
  return atLeast(status, failOn) ? 1 : 0
}

export const STATUS_MARK: Record<SectionStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '🛑',
  skipped: '➖'
}
