// npm run bench:snapshot — a benchmark, not a test. Generates a 1 GB CSV shaped like the Ames
// table under .bench/ (gitignored) and prints, side by side, measured in this run:
//   byte-hash verify (repro-audit's hashFile)   vs  sha256sum            goal ratio ≤ 1.05
//   fingerprint + statistics (one pass)         vs  pandas read_csv      goal ratio ≤ 1.0
//   peak memory of the fingerprint pass                                 goal ≤ 128 MiB
//   peak memory of lock with an id column (pass + sorted sidecar)       goal ≤ 128 MiB
//   the pipeline's time-cut copy (vs pandas) and row-order shuffle (vs shuf): time, peak memory ≤ 128 MiB
// Every figure is the best of RUNS runs, each in a fresh process.
import { execFileSync, spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TARGET = Number(process.env.BENCH_BYTES ?? 1e9)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const DIR = path.join(ROOT, '.bench')
const FILE = path.join(DIR, `ames-${TARGET}.csv`)
const PYTHON = '/usr/bin/python3'

async function generate() {
  if (existsSync(FILE) && statSync(FILE).size >= TARGET) return
  await mkdir(DIR, { recursive: true })
  const source = path.join(ROOT, 'fixtures', 'house-prices', 'data', 'train.csv')
  const lines = []
  for await (const line of createInterface({ input: createReadStream(source) })) if (line) lines.push(line)
  const [header, ...rows] = lines
  const templates = rows.map(r => r.slice(r.indexOf(',')))
  const out = createWriteStream(FILE)
  const write = text =>
    out.write(text) ? Promise.resolve() : new Promise(resolve => out.once('drain', resolve))
  await write(`${header}\n`)
  let bytes = header.length + 1
  let id = 1
  while (bytes < TARGET) {
    let chunk = ''
    // Ids count up; the rest of each row is an Ames row with Lot_Area varied, so values repeat
    // the way the real table's do, but rows are distinct.
    for (let k = 0; k < 5000; k++, id++) {
      const t = templates[id % templates.length]
      const comma = t.indexOf(',', t.indexOf(',', t.indexOf(',', t.indexOf(',') + 1) + 1) + 1)
      const next = t.indexOf(',', comma + 1)
      chunk += `${id}${t.slice(0, comma + 1)}${Number(t.slice(comma + 1, next)) + (id % 1000)}${t.slice(next)}\n`
    }
    bytes += Buffer.byteLength(chunk)
    await write(chunk)
  }
  await new Promise(resolve => out.end(resolve))
}

function child(mode) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'snapshot-child.mjs'), mode, FILE], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout)
}

function timed(command, args) {
  const started = performance.now()
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`)
  return { ms: performance.now() - started, stdout: run.stdout }
}

function pandas() {
  const code =
    'import sys, time, pandas\nt = time.perf_counter()\nframe = pandas.read_csv(sys.argv[1])\nprint((time.perf_counter() - t) * 1000, len(frame))'
  const { stdout } = timed(PYTHON, ['-c', code, FILE])
  return { ms: Number(stdout.trim().split(' ')[0]) }
}

function best(runs, f) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(f())
  return results.reduce((a, b) => (b.ms < a.ms ? b : a))
}

const fmt = ms => `${(ms / 1000).toFixed(2)} s`

await generate()
const size = statSync(FILE).size
console.log(
  `file: ${path.relative(ROOT, FILE)} (${(size / 2 ** 30).toFixed(2)} GiB); best of ${RUNS} runs each; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`
)
const pandasVersion = execFileSync(PYTHON, ['-c', 'import pandas; print(pandas.__version__)'], {
  encoding: 'utf8'
}).trim()

const sha = best(RUNS, () => timed('sha256sum', [FILE]))
const hash = best(RUNS, () => child('hash'))
const profile = best(RUNS, () => child('profile'))
const lock = best(RUNS, () => child('lock'))
const pd = best(RUNS, pandas)
const csvParse = best(1, () => child('csv-parse'))
// The data view: the time cut copies the pinned rows' bytes (reference: the same cut in pandas,
// read, filter, write); the row-order shuffle goes through bucket files (reference: GNU shuf,
// which holds the whole file in memory).
const pandasCut = best(1, () => {
  const code = [
    'import sys, time, pandas',
    't = time.perf_counter()',
    'frame = pandas.read_csv(sys.argv[1])',
    "frame[frame['Year_Sold'] <= 2008].to_csv(sys.argv[2], index=False)",
    'print((time.perf_counter() - t) * 1000)'
  ].join('\n')
  const { stdout } = timed(PYTHON, ['-c', code, FILE, `${FILE}.cut`])
  rmSync(`${FILE}.cut`)
  return { ms: Number(stdout.trim()) }
})
const cut = best(RUNS, () => child('cut'))
const shufRef = best(1, () => timed('sh', ['-c', `shuf --random-source=${FILE} ${FILE} > /dev/null`]))
const shuffle = best(1, () => child('shuffle'))
if (shuffle.detail.fingerprint !== profile.detail.fingerprint) throw new Error('the shuffle changed the rows')

const rows = [
  [
    'byte-hash verify (sha256)',
    fmt(hash.ms),
    'sha256sum',
    fmt(sha.ms),
    (hash.ms / sha.ms).toFixed(2),
    '≤ 1.05'
  ],
  [
    'fingerprint + statistics + sha256, one pass',
    fmt(profile.ms),
    `pandas ${pandasVersion} read_csv`,
    fmt(pd.ms),
    (profile.ms / pd.ms).toFixed(2),
    '≤ 1.0'
  ],
  [
    'csv-parse, parsing only (1 run)',
    fmt(csvParse.ms),
    `pandas ${pandasVersion} read_csv`,
    fmt(pd.ms),
    (csvParse.ms / pd.ms).toFixed(2),
    '(alternative)'
  ],
  ['peak memory, fingerprint pass', `${profile.maxRssMiB.toFixed(0)} MiB`, '', '', '', '≤ 128 MiB'],
  [
    'peak memory, lock with id column (time)',
    `${lock.maxRssMiB.toFixed(0)} MiB (${fmt(lock.ms)})`,
    '',
    '',
    '',
    '≤ 128 MiB'
  ],
  ['peak memory, byte-hash verify', `${hash.maxRssMiB.toFixed(0)} MiB`, '', '', '', '≤ 128 MiB'],
  [
    `time cut for the pipeline (${cut.detail.rows.toLocaleString('en')} rows kept)`,
    `${fmt(cut.ms)}, ${cut.maxRssMiB.toFixed(0)} MiB`,
    `pandas ${pandasVersion} cut (1 run)`,
    fmt(pandasCut.ms),
    (cut.ms / pandasCut.ms).toFixed(2),
    '≤ 128 MiB'
  ],
  [
    'row-order shuffle (1 run)',
    `${fmt(shuffle.ms)}, ${shuffle.maxRssMiB.toFixed(0)} MiB`,
    'GNU shuf (in memory)',
    fmt(shufRef.ms),
    (shuffle.ms / shufRef.ms).toFixed(2),
    '≤ 128 MiB'
  ]
]
const widths = rows[0].map((_, i) =>
  Math.max(...[['measure', 'repro-audit', 'reference', '', 'ratio', 'goal'], ...rows].map(r => r[i].length))
)
const line = r => r.map((c, i) => c.padEnd(widths[i])).join('  ')
console.log(line(['measure', 'repro-audit', 'reference', '', 'ratio', 'goal']))
for (const r of rows) console.log(line(r))
console.log(
  `rows: ${profile.detail.rows.toLocaleString('en')}, columns: ${profile.detail.columns}, fingerprint ${profile.detail.fingerprint}`
)
