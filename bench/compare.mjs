// bench:compare — two prediction CSVs of 10 million rows in different row orders, compared by id,
// against pandas (read both, merge on id, absolute difference) measured in the same run.
// Usage: npm run bench:compare [-- ROWS]   (the files are cached in $TMPDIR/repro-audit-bench-ROWS;
// REPEATS=n sets the interleaved rounds, best of each is compared, default 2)
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makePredictionFiles } from './make-predictions.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rows = Number(process.argv[2] ?? 10_000_000)
const dir = path.join(os.tmpdir(), `repro-audit-bench-${rows}`)
const GiB = 1024 ** 3

if (!existsSync(path.join(dir, 'current.csv'))) {
  console.log(`writing two files of ${rows.toLocaleString('en')} rows to ${dir} …`)
  makePredictionFiles(dir, rows)
}
const { baseline, current } = {
  baseline: path.join(dir, 'baseline.csv'),
  current: path.join(dir, 'current.csv')
}

console.log('compiling src/ to build/ …')
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    path.join(root, 'tsconfig.json'),
    '--noEmit',
    'false'
  ],
  { stdio: 'inherit' }
)

const run = (command, args) =>
  JSON.parse(
    execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 })
      .trim()
      .split('\n')
      .pop()
  )
// Interleaved repeats, best of each: the machine may be shared, and load comes and goes.
const repeats = Number(process.env.REPEATS ?? 2)
const oursRuns = []
const pandasRuns = []
for (let i = 1; i <= repeats; i++) {
  console.log(`round ${i} of ${repeats}: repro-audit comparePredictions …`)
  oursRuns.push(
    run(process.execPath, [path.join(root, 'bench', 'compare-child.mjs'), root, baseline, current])
  )
  console.log(`round ${i} of ${repeats}: pandas read_csv + merge + abs …`)
  pandasRuns.push(run('/usr/bin/python3', [path.join(root, 'bench', 'pandas-compare.py'), baseline, current]))
}
const best = runs => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
const ours = { ...best(oursRuns), peakBytes: Math.max(...oursRuns.map(r => r.peakBytes)) }
const pandas = best(pandasRuns)
console.log(
  `all wall times: repro-audit ${oursRuns.map(r => r.seconds.toFixed(2)).join(', ')} s; pandas ${pandasRuns.map(r => r.seconds.toFixed(2)).join(', ')} s`
)

const mib = bytes => `${(bytes / 1024 ** 2).toFixed(0)} MiB`
const line = (name, r) =>
  `${name.padEnd(12)} ${r.seconds.toFixed(2).padStart(7)} s wall ${r.cpuSeconds.toFixed(2).padStart(7)} s cpu ${mib(r.peakBytes).padStart(9)} peak   rows ${r.rows}, differing ${r.differ}, max |diff| ${r.maxAbsDiff}`
console.log('')
console.log(line('repro-audit', ours) + `   (${ours.partitions} partitions)`)
console.log(line('pandas', pandas))
const ratio = ours.seconds / pandas.seconds
const cpuRatio = ours.cpuSeconds / pandas.cpuSeconds
console.log('')
console.log(
  `time ratio (repro-audit / pandas): wall ${ratio.toFixed(2)}, cpu ${cpuRatio.toFixed(2)}   goal ≤ 1.0: ${ratio <= 1 ? 'met' : 'NOT met'}`
)
console.log(
  `peak memory: ${mib(ours.peakBytes)}   goal ≤ 1 GiB: ${ours.peakBytes <= GiB ? 'met' : 'NOT met'}`
)
if (
  oursRuns.some(
    r => r.rows !== pandas.rows || r.differ !== pandas.differ || r.maxAbsDiff !== pandas.maxAbsDiff
  )
) {
  console.log('MISMATCH between repro-audit and pandas')
  process.exitCode = 1
}
