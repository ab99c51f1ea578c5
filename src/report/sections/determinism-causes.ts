// Headline rules of the determinism check: runs that differ with the same inputs, or results that
// change under one perturbation. Worded from the perturbation's own cause text, so any perturbation
// (row order, PYTHONHASHSEED, the date, …) gets its headline without a rule of its own.
import type { AuditResult, DeterminismCheck, DeterminismSection } from '../../core/result.js'
import { open, resultsReproduce } from '../causes.js'
import type { Cause } from './section.js'

export function determinismCauses(d: DeterminismSection, result: AuditResult): Cause[] {
  return open(d.findings).flatMap((f): Cause[] => {
    if (!f.code.startsWith('determinism.')) return []
    const name = f.code.slice('determinism.'.length)
    if (name === 'repeat') {
      const plain = 'two runs with the same inputs gave different predictions (unseeded randomness)'
      return [
        {
          status: f.status,
          order: 30,
          text: `Not reproduced: ${plain}`,
          plain,
          codes: [f.code],
          next: 'Seed every random step.'
        }
      ]
    }
    const check = d.checks.find(c => c.name === name && c.outcome === 'changed')
    const plain = `results change ${changePhrase(check)}`
    const text = resultsReproduce(result) ? `Reproduced, but ${plain}` : `Not reproduced: ${plain}`
    return [{ status: f.status, order: 30, text, plain, codes: [f.code], next: explanation(check) }]
  })
}

/** "changes with PYTHONHASHSEED: the code depends on …" → "with PYTHONHASHSEED". */
function changePhrase(check: DeterminismCheck | undefined): string {
  const head = (check?.cause ?? '').split(':')[0].trim()
  if (!head.startsWith('change'))
    return `with ${check?.perturbation ?? 'a perturbation'} (${head || 'no cause named'})`
  const phrase = head.replace(/^changes?\s+/, '').replace(/^when the input rows/, 'when input rows')
  return phrase || `with ${check?.perturbation ?? 'a perturbation'}`
}

/** The part after the colon says what in the code to look for. */
function explanation(check: DeterminismCheck | undefined): string | undefined {
  const i = check?.cause?.indexOf(':') ?? -1
  if (!check?.cause || i < 0) return undefined
  const why = check.cause.slice(i + 1).trim()
  return why ? `Likely: ${why}.` : undefined
}
