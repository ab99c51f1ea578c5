import { readFileSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { CONFIG_SCHEMA } from '../src/config/schema.js'
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from '../src/report/markdown.js'
import type { AuditResult, ColumnComparison } from '../src/core/result.js'
import { REPORT_SCHEMA } from '../src/report/schema.js'
import { renderTerminal } from '../src/report/terminal.js'
import { renderJson } from '../src/report/write.js'
import { alterBaseline } from './helpers/baseline.js'
import { machineIndependent, runAudit, setConfig, workspace } from './helpers/audit.js'
import { ROOT } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(await fs.readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'))
)

// The committed baseline of the example: the altered scenarios are built relative to it.
const committedDir = path.join(ROOT, 'fixtures', 'house-prices', 'baseline')
const committed = JSON.parse(readFileSync(path.join(committedDir, 'baseline.json'), 'utf8')) as {
  metrics: Record<string, number>
}
const committedFitted = JSON.parse(
  readFileSync(baselineFile(committedDir, 'fitted-pipeline.json'), 'utf8')
) as {
  model: { params: { alpha: number } }
  steps: { learned: { fill?: Record<string, number> } }[]
}

async function scenario(name: 'pass' | 'warn' | 'fail' | 'error'): Promise<AuditResult> {
  const dir = await workspace()
  if (name === 'warn') {
    // The baseline's rmse is 2,500 above the run's: the run improved, which warns.
    await alterBaseline(dir, { manifest: m => (m.metrics.rmse = committed.metrics.rmse + 2500) })
    await setConfig(dir, t =>
      t.replace(
        'default: { relative: 1.0e-9 }',
        'default: { relative: 1.0e-9 }\n    rmse: { relative: 1.0e-9, better: lower }'
      )
    )
  }
  if (name === 'fail') {
    await alterBaseline(dir, {
      predictions: rows =>
        rows.map((r, i) => (i % 97 === 0 ? [r[0], String(Number(r[1]) * (1 + (i + 1) * 1e-4))] : r)),
      manifest: m => (m.metrics.r2 = committed.metrics.r2 + 0.04),
      fitted: f => {
        f.model.params.alpha = committedFitted.model.params.alpha * 10
        // A learned value that exists in the committed baseline (the median lot frontage), changed.
        f.steps[0].learned.fill.Lot_Frontage = committedFitted.steps[0].learned.fill!.Lot_Frontage + 1
      }
    })
  }
  if (name === 'error') await fs.rm(path.join(dir, 'baseline'), { recursive: true })
  return machineIndependent(await runAudit(dir), dir)
}

describe('the report: one result model, three renderings', () => {
  const results: Partial<Record<'pass' | 'warn' | 'fail' | 'error', AuditResult>> = {}
  beforeAll(async () => {
    for (const name of ['pass', 'warn', 'fail', 'error'] as const) results[name] = await scenario(name)
  })

  for (const name of ['pass', 'warn', 'fail', 'error'] as const) {
    it(`Markdown of a ${name}`, () => {
      const r = results[name] as AuditResult
      expect(r.status).toBe(name)
      const md = renderMarkdown(r, { limit: COMMENT_LIMIT, fullReport: '.repro-audit/report.json' })
      expect(md.split('\n')[0]).toMatch(
        new RegExp(`^## \\S+ repro-audit · house-prices · run: ${name.toUpperCase()}$`)
      )
      expect(md).toMatchSnapshot()
    })

    it(`JSON of a ${name} is valid against schema/report.schema.json`, () => {
      const json = JSON.parse(renderJson(results[name] as AuditResult))
      const ok = validate(json)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
      expect(json).toMatchObject({ schemaVersion: 1, status: name })
    })
  }

  it('drift draws a Mermaid chart of the prediction differences; one moved metric is no chart', () => {
    const fail = renderMarkdown(results.fail as AuditResult)
    expect(fail).toMatch(
      /```mermaid\nxychart-beta\n {4}title "\|difference\| of prediction, rows per decade"/
    )
    // A single bar says nothing the metrics table does not.
    expect(renderMarkdown(results.warn as AuditResult)).not.toContain('```mermaid')
    expect(renderMarkdown(results.pass as AuditResult)).not.toContain('```mermaid')
  })

  it('terminal text: colour only when asked, the same words either way', () => {
    const r = results.fail as AuditResult
    const plain = renderTerminal(r, { colour: false })
    const colour = renderTerminal(r, { colour: true })
    expect(plain).not.toContain('\x1b[')
    expect(colour).toContain('\x1b[31m')
    expect(colour.replace(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g'), '')).toBe(plain)
    expect(plain).toMatch(/FAIL {2}Not reproduced/)
  })

  it('stays within the comment and job-summary limits: details go first, the verdict and tables stay, and it says what was cut', () => {
    const r = structuredClone(results.fail as AuditResult)
    const p = r.comparison.predictions!
    const template = p.columns[0]
    const many: ColumnComparison[] = []
    for (let i = 0; i < 3000; i++) {
      many.push({
        ...template,
        column: `column_${i}`,
        topChanged: Array.from({ length: 10 }, (_, k) => ({
          id: `id-${i}-${k}-${'x'.repeat(40)}`,
          baseline: k,
          current: k + 1,
          absDiff: 1
        }))
      })
    }
    p.columns = many
    const comment = renderMarkdown(r, { limit: COMMENT_LIMIT, fullReport: '.repro-audit/report.json' })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment.split('\n')[0]).toMatch(/^## ❌ repro-audit/)
    expect(comment).toContain('| Check | Status | Result |')
    expect(comment).toContain('| Column | Rows | Bit-identical |')
    expect(comment).toMatch(
      /left out: .*comparison details \(most-changed ids, value diffs\).*\. The full report is in \.repro-audit\/report\.json\./
    )
    expect(comment).not.toContain('<summary>Most-changed rows')
    const summary = renderMarkdown(r, { limit: SUMMARY_LIMIT, unit: 'bytes', fullReport: 'report.json' })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(summary).toContain('1 MiB job-summary limit')
    // Without a limit nothing is cut.
    expect(renderMarkdown(r)).toContain('<summary>Most-changed rows')
  })

  it('published schemas match the TypeScript objects they are generated from (npm run schema)', async () => {
    const read = async (name: string) => fs.readFile(path.join(ROOT, 'schema', name), 'utf8')
    expect(await read('repro-config.schema.json')).toBe(JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n')
    expect(await read('report.schema.json')).toBe(JSON.stringify(REPORT_SCHEMA, null, 2) + '\n')
  })
})
