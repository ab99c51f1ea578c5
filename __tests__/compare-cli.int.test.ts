import { promises as fs } from 'node:fs'
import path from 'node:path'
import { alterBaseline } from './helpers/baseline.js'
import { workspace } from './helpers/audit.js'
import { runCli } from './helpers/workspace.js'

describe('repro-audit run (the bundled CLI) on a baseline large enough to be joined in partitions', () => {
  it('reports the extra baseline ids as missing, with the worker thread partitioning the run', async () => {
    const dir = await workspace({ runs: 1 })
    // 60,000 extra ids make the baseline's predictions about 2 MiB: several partitions.
    await alterBaseline(dir, {
      predictions: rows => [
        ...rows,
        ...Array.from({ length: 60_000 }, (_, i) => [String(1_000_000 + i), '123456.789012345'])
      ]
    })
    const result = await runCli(['run', '--json', '--config', path.join(dir, 'repro.yml')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.comparison.predictions).toMatchObject({ matched: 586, missingCount: 60_000, newCount: 0 })
    expect(report.comparison.predictions.missingIds.slice(0, 3)).toEqual(['1000000', '1000001', '1000002'])
    expect(report.comparison.predictions.partitions).toBeGreaterThan(1)
    expect(report.comparison.predictions.columns[0]).toMatchObject({
      verdict: 'bit-identical',
      identical: 586
    })
    expect(report.comparison.findings.map((f: { code: string }) => f.code)).toContain(
      'predictions.missing-ids'
    )
    const markdown = await fs.readFile(path.join(dir, '.repro-audit', 'report.md'), 'utf8')
    expect(markdown).toContain('Missing ids (60,000): 1000000, 1000001, 1000002')
  })
})
