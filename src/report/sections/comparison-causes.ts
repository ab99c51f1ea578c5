// Headline rules of the comparison: changed parameters or features (causes), drifted predictions,
// metrics and artifacts (consequences, unless nothing explains them), equality within tolerance,
// and a baseline the pull request updates on purpose.
import { formatInt, formatNumber } from '../../core/format.js'
import type {
  AuditResult,
  BaselineChange,
  ComparisonSection,
  Finding,
  JsonDifference
} from '../../core/result.js'
import { worst } from '../../core/status.js'
import { listed, NEXT_STEP, open, plural } from '../causes.js'
import type { Cause } from './section.js'

const PREDICTION_CODES = [
  'predictions.drift',
  'predictions.labels-changed',
  'predictions.missing-ids',
  'predictions.new-ids',
  'predictions.missing-columns'
]
const MAY_EXPLAIN = ['environment.may-explain', 'dependencies.may-explain']

export function comparisonCauses(c: ComparisonSection, result: AuditResult): Cause[] {
  const findings = open(c.findings)
  const causes = [...parameterCauses(c, findings), ...resultCauses(c, findings, result)]
  const pass = passCause(c)
  if (pass) causes.push(pass)
  return causes
}

/** `model.params.max_depth` → `max_depth 8 → 6`. */
export function parameterText(d: JsonDifference): string {
  const name = d.path.split('.').pop() ?? d.path
  const value = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v))
  return `${name} ${value(d.baseline)} → ${value(d.current)}`
}

function parameterCauses(c: ComparisonSection, findings: Finding[]): Cause[] {
  const causes: Cause[] = []
  const has = (code: string): boolean => findings.some(f => f.code === code && !f.causedBy)
  if (has('parameters.changed')) {
    const diffs = c.artifacts.flatMap(a => a.parameters ?? [])
    const plain = `parameters changed since the baseline (${listed(diffs.map(parameterText))})`
    const codes = ['parameters.changed', 'pipeline.config-changed']
    causes.push({
      status: 'fail',
      order: 20,
      text: `Not reproduced: ${plain}`,
      plain,
      next: NEXT_STEP.rebaseline,
      codes
    })
  } else if (has('pipeline.config-changed')) {
    const plain = 'the pipeline section of the config changed since the baseline'
    const status = worst(...findings.filter(f => f.code === 'pipeline.config-changed').map(f => f.status))
    const text = `${status === 'fail' ? 'Not reproduced' : 'Reproduced'}; ${plain}`
    causes.push({
      status,
      order: 22,
      text,
      plain,
      next: NEXT_STEP.rebaseline,
      codes: ['pipeline.config-changed']
    })
  }
  if (has('features.changed')) {
    const a = c.artifacts.find(x => x.features)
    const f = a?.features
    const what = f
      ? [
          f.added.length ? `added ${listed(f.added)}` : '',
          f.removed.length ? `removed ${listed(f.removed)}` : '',
          f.reordered ? 'reordered' : ''
        ]
          .filter(Boolean)
          .join('; ')
      : ''
    const plain = `the feature list changed since the baseline${what ? ` (${what})` : ''}`
    causes.push({
      status: 'fail',
      order: 21,
      text: `Not reproduced: ${plain}`,
      plain,
      next: NEXT_STEP.rebaseline,
      codes: ['features.changed']
    })
  }
  return causes
}

/** Drifted predictions, metrics or artifacts that no finding explains. */
function resultCauses(c: ComparisonSection, findings: Finding[], result: AuditResult): Cause[] {
  const unexplained = findings.filter(f => !f.causedBy)
  const predictions = unexplained.filter(f => PREDICTION_CODES.includes(f.code))
  const hints = findings.filter(f => MAY_EXPLAIN.includes(f.code))
  if (predictions.length) {
    const plain = `${predictionText(c)}${hintText(result)}`
    const codes = [...PREDICTION_CODES, ...MAY_EXPLAIN, 'metrics.drift', 'artifacts.changed']
    return [
      {
        status: 'fail',
        order: 40,
        text: `Not reproduced: ${plain}`,
        plain,
        next: NEXT_STEP.rebaseline,
        codes
      }
    ]
  }
  const metrics = unexplained.filter(f => f.code === 'metrics.drift')
  const moved = c.metrics.filter(m => m.status !== 'pass')
  if (metrics.length && moved.length) {
    const status = worst(...metrics.map(f => f.status))
    const list = listed(moved.map(m => `${m.name} ${formatNumber(m.baseline)} → ${formatNumber(m.current)}`))
    const plain = `${moved.length === 1 ? 'metric' : 'metrics'} ${list}${hintText(result)}`
    const better = `${moved.length === 1 ? 'metric' : 'metrics'} improved: ${list}`
    const text = status === 'fail' ? `Not reproduced: ${plain}` : `Reproduced; ${better}`
    return [
      {
        status,
        order: 45,
        text,
        plain,
        next: NEXT_STEP.rebaseline,
        codes: ['metrics.drift', ...(hints.length ? MAY_EXPLAIN : [])]
      }
    ]
  }
  return []
}

/** "28 of 1,114 predictions differ beyond tolerance (max |difference| 0.0123)". */
function predictionText(c: ComparisonSection): string {
  const p = c.predictions
  if (!p) return 'the predictions changed'
  const parts: string[] = []
  const rows = p.rowsChanged ?? Math.max(0, ...p.columns.map(col => col.beyondTolerance))
  if (rows) {
    const numeric = p.columns.filter(col => col.kind === 'numeric' && col.beyondTolerance > 0)
    const max = numeric.length
      ? ` (max |difference| ${formatNumber(Math.max(...numeric.map(x => x.maxAbsDiff)), 4)})`
      : ''
    parts.push(`${formatInt(rows)} of ${plural(p.matched, 'prediction')} differ beyond tolerance${max}`)
  }
  if (p.missingCount) parts.push(`${plural(p.missingCount, 'id')} of the baseline have no prediction`)
  if (p.newCount) parts.push(`${plural(p.newCount, 'id')} are new`)
  if (p.missingColumns.length) parts.push(`prediction columns ${listed(p.missingColumns)} are missing`)
  return parts.length ? listed(parts, parts.length, parts.length) : 'the predictions changed'
}

/** What else changed since the baseline, which may explain a drift nothing else explains. */
function hintText(result: AuditResult): string {
  const deps = result.dependencies.changes ?? []
  const env = result.environment.differences
  const hints = [
    ...deps.map(d => `${d.name} ${d.baseline} → ${d.current}`),
    ...env.map(d => `${d.key} ${d.baseline} → ${d.current}`)
  ]
  return hints.length ? `; changed since the baseline: ${listed(hints)}` : ''
}

function passCause(c: ComparisonSection): Cause | undefined {
  const ic = c.intendedChange
  if (ic?.change === 'changed') {
    const plain = intendedText(ic)
    return {
      status: 'pass',
      order: 0,
      leads: true,
      text: `Baseline updated in this pull request: ${plain}`,
      plain,
      codes: []
    }
  }
  const p = c.predictions
  if (!p || c.status !== 'pass') return undefined
  const within = p.columns.filter(col => col.withinTolerance > 0)
  if (!within.length) return undefined
  const rows = Math.max(...within.map(col => col.withinTolerance))
  const max = Math.max(...within.map(col => col.maxAbsDiff))
  const plain = `equal within tolerance (${formatInt(rows)} of ${plural(p.matched, 'prediction')} differ by at most ${formatNumber(max, 4)})`
  return { status: 'pass', order: 50, text: `Reproduced: ${plain}`, plain, codes: [] }
}

/** "1,114 of 1,114 predictions change; rmse 0.12 → 0.13; parameters max_depth 8 → 6". */
export function intendedText(ic: BaselineChange): string {
  const parts: string[] = []
  const p = ic.predictions
  if (p) {
    const rows = p.rowsChanged ?? Math.max(0, ...p.columns.map(col => col.beyondTolerance))
    parts.push(`${formatInt(rows)} of ${plural(p.matched, 'prediction')} change`)
  }
  const moved = ic.metrics.filter(m => m.status !== 'pass')
  if (moved.length)
    parts.push(listed(moved.map(m => `${m.name} ${formatNumber(m.baseline)} → ${formatNumber(m.current)}`)))
  const params = ic.artifacts.flatMap(a => a.parameters ?? [])
  if (params.length) parts.push(`parameters ${listed(params.map(parameterText))}`)
  return parts.join('; ') || 'the baseline files change'
}
