import type { ComparisonSection } from '../../src/core/result.js'

/**
 * A passing comparison of `count` prediction columns, each equal within its tolerance and with ten
 * most-changed rows (ids of `idLength` characters, padded with `filler`): the per-column details add up to as much
 * Markdown as a test needs, since every single table of the report is capped at 20 rows.
 */
export function manyColumns(count: number, idLength = 40, filler = 'x'): ComparisonSection {
  return {
    status: 'pass',
    findings: [],
    baseline: 'baseline',
    metrics: [],
    artifacts: [],
    predictions: {
      idColumn: 'id',
      baselineRows: 10,
      currentRows: 10,
      matched: 10,
      missingIds: [],
      missingCount: 0,
      newIds: [],
      newCount: 0,
      missingColumns: [],
      newColumns: [],
      partitions: 1,
      columns: Array.from({ length: count }, (_, i) => ({
        column: `column_${i}`,
        kind: 'numeric' as const,
        rows: 10,
        identical: 0,
        withinTolerance: 10,
        beyondTolerance: 0,
        maxAbsDiff: 1e-12,
        maxRelDiff: 1e-12,
        tolerance: { absolute: 0, relative: 1e-9 },
        verdict: 'equal within relative 1e-9',
        topChanged: Array.from({ length: 10 }, (_, k) => ({
          id: `id-${i}-${k}-`.padEnd(idLength, filler),
          baseline: 1,
          current: 1 + 1e-12,
          absDiff: 1e-12
        })),
        diffHistogram: [{ exponent: -12, count: 10 }]
      }))
    }
  }
}
