#!/usr/bin/env node
// Reads a `repro-audit run --json` result and exits 1 unless it passed (or only warned, as when the
// runtime differs from the baseline's) with a bit-identical comparison: every
// prediction column and metric `bit-identical`, every artifact `identical` (equal within tolerance
// is not enough here). CI uses it to hold the bundled examples to the same bits on every runtime.
//
// Usage: node scripts/check-bit-identical.mjs RESULT.json [LABEL]
import { readFileSync } from 'node:fs'

const [file, label = file] = process.argv.slice(2)
const result = JSON.parse(readFileSync(file, 'utf8'))
const c = result.comparison ?? {}
const problems = []
// A warning elsewhere (the runtime differs from the baseline's, say) is allowed; the comparison must pass.
if (result.status !== 'pass' && result.status !== 'warn')
  problems.push(`status ${result.status}: ${result.summary}`)
if (c.status !== 'pass') problems.push(`comparison ${c.status}`)
for (const col of c.predictions?.columns ?? [])
  if (col.verdict !== 'bit-identical') problems.push(`prediction column ${col.column}: ${col.verdict}`)
if (!c.predictions) problems.push('no prediction comparison')
for (const m of c.metrics ?? [])
  if (m.verdict !== 'bit-identical') problems.push(`metric ${m.name}: ${m.verdict}`)
for (const a of c.artifacts ?? [])
  if (a.change !== 'identical') problems.push(`artifact ${a.path}: ${a.change}`)
if (problems.length) {
  console.error(`${label}: not bit-identical\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `${label}: bit-identical (${c.predictions.columns.length} prediction column(s), ${c.metrics.length} metric(s), ${c.artifacts.length} artifact(s))`
)
