// Benchmark: write the result files of a 6-job matrix with 200,000 predictions each, then aggregate
// them (15 pairs joined by id). The reference measured in the same run is the floor any aggregate
// pays: reading, verifying and decoding the same files without comparing anything.
// Run with `npm run bench:aggregate`, which compiles src/ to build/ first.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { aggregateFiles, findResultFiles } from '../build/aggregate/aggregate.js'
import { renderAggregateMarkdown } from '../build/aggregate/render.js'
import { loadPredictions, readResultFile, writeResultFile } from '../build/aggregate/result-file.js'

const JOBS = 6
const ROWS = 200_000
const RUNS = 3

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-bench-aggregate-'))
const configFile = path.join(dir, 'repro.yml')
await fs.writeFile(configFile, 'name: bench\n')
await fs.mkdir(path.join(dir, 'baseline'))
await fs.writeFile(path.join(dir, 'baseline', 'baseline.json'), '{}\n')
const config = {
  file: configFile,
  baselineDir: path.join(dir, 'baseline'),
  pipeline: { spec: { engine: 'command', command: 'python3 train.py' } },
  snapshot: { entries: [{ path: 'data/train.csv' }] },
  compare: { predictions: { default: { absolute: 0, relative: 1e-9 }, columns: {} } }
}
const section = { status: 'pass', findings: [] }

// Job 0 is the reference; jobs 3 and 5 drift in every 1,000th row, job 4 stays within tolerance.
async function predictions(job) {
  const lines = ['Id,prediction,probability']
  for (let i = 0; i < ROWS; i++) {
    let p = 100000 + ((i * 7919) % 500000) / 7
    if ((job === 3 || job === 5) && i % 1000 === 0) p *= 1 + 1e-7
    if (job === 4 && i % 1000 === 0) p *= 1 + 1e-12
    lines.push(
      `${(i * 2654435761) % 4294967291},${p.toPrecision(17)},${(((i * 31) % 997) / 997).toPrecision(17)}`
    )
  }
  const file = path.join(dir, `predictions-${job}.csv`)
  await fs.writeFile(file, lines.join('\n') + '\n')
  return file
}

const resultsDir = path.join(dir, 'results')
let writeMs = 0
let bytes = 0
for (let job = 0; job < JOBS; job++) {
  const file = await predictions(job)
  const environment = {
    os: job < 3 ? 'linux' : 'darwin',
    arch: job % 2 ? 'arm64' : 'x64',
    python: '3.12.7',
    numpy: job === 5 ? '2.1.3' : '1.26.4'
  }
  const result = {
    schemaVersion: 1,
    audit: 'bench',
    status: 'pass',
    summary: 'Reproduced.',
    snapshot: section,
    runs: section,
    determinism: section,
    comparison: section,
    dependencies: section,
    environment: { ...section, current: environment, differences: [] }
  }
  const reference = { dir, predictions: file, idColumn: 'Id', metrics: {}, artifacts: [] }
  const target = path.join(resultsDir, `job-${job}.json`)
  const t0 = performance.now()
  await writeResultFile(target, result, config, reference, { label: `job-${job}` })
  writeMs += performance.now() - t0
  bytes += (await fs.stat(target)).size
}

const files = await findResultFiles([resultsDir])
const floor = []
const full = []
let aggregate
for (let run = 0; run < RUNS; run++) {
  let t0 = performance.now()
  for (const f of files) await loadPredictions(f, await readResultFile(f))
  floor.push(performance.now() - t0)
  t0 = performance.now()
  aggregate = await aggregateFiles(files)
  renderAggregateMarkdown(aggregate)
  full.push(performance.now() - t0)
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const verdicts = aggregate.audits[0].pairs.filter(p => p.involvesReference).map(p => `${p.b}: ${p.verdict}`)
console.log(`${JOBS} jobs × ${ROWS.toLocaleString('en')} predictions (2 columns)`)
console.log(
  `write result file: ${(writeMs / JOBS).toFixed(0)} ms per job, ${(bytes / JOBS / 1024 / 1024).toFixed(2)} MiB per file`
)
console.log(`reference (read + verify + decode only): ${median(floor).toFixed(0)} ms`)
console.log(
  `aggregate (the same + ${aggregate.audits[0].pairs.length} pairwise joins + Markdown): ${median(full).toFixed(0)} ms`
)
console.log(`ratio: ${(median(full) / median(floor)).toFixed(2)}×`)
console.log(`verdicts against the reference: ${verdicts.join('; ')}`)
await fs.rm(dir, { recursive: true, force: true })
