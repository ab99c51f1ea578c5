// One timed comparison in its own process, so its peak memory is its own.
import { pathToFileURL } from 'node:url'
import path from 'node:path'

const [, , root, baseline, current] = process.argv
const started = performance.now()
const { comparePredictions } = await import(
  pathToFileURL(path.join(root, 'build', 'src', 'compare', 'predictions.js')).href
)
const { comparison } = await comparePredictions(baseline, current, {
  idColumn: 'id',
  tolerance: () => ({ absolute: 0, relative: 0 }),
  top: 10
})
const usage = process.resourceUsage()
const column = comparison.columns[0]
console.log(
  JSON.stringify({
    rows: comparison.matched,
    differ: column.beyondTolerance + column.withinTolerance,
    maxAbsDiff: column.maxAbsDiff,
    partitions: comparison.partitions,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakBytes: usage.maxRSS * 1024
  })
)
