// npm run bench:startup — a benchmark, not a test. Whole processes of the built CLI (dist/cli.js,
// `npm run bundle` first), each against a reference measured in the same run, in alternating order:
//   `repro-audit --help`                       over `node -e 0`          goal ≤ 0.15 s over
//   `repro-audit verify` of an unchanged 200 MB CSV  vs  `sha256sum` of it   goal ratio ≤ 1.1
// The CSV is generated once under .bench/ (gitignored) from the Ames rows in fixtures/.
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, statSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const BYTES = Number(process.env.BENCH_BYTES ?? 200e6)
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const DIR = path.join(ROOT, '.bench', 'startup')
const DATA = path.join(DIR, 'data.csv')

/** An Ames-shaped CSV of about BYTES bytes: the fixture's rows repeated with fresh ids. */
async function generate() {
  if (existsSync(DATA) && statSync(DATA).size >= BYTES) return
  await mkdir(DIR, { recursive: true })
  const source = path.join(ROOT, 'fixtures', 'house-prices', 'data', 'train.csv')
  const lines = []
  for await (const line of createInterface({ input: createReadStream(source) })) if (line) lines.push(line)
  const [header, ...rows] = lines
  const tails = rows.map(r => r.slice(r.indexOf(',')))
  const out = createWriteStream(DATA)
  const write = text => (out.write(text) ? Promise.resolve() : new Promise(r => out.once('drain', r)))
  await write(`${header}\n`)
  let bytes = header.length + 1
  for (let id = 1; bytes < BYTES;) {
    let chunk = ''
    for (let k = 0; k < 5000; k++, id++) chunk += `${id}${tails[id % tails.length]}\n`
    bytes += Buffer.byteLength(chunk)
    await write(chunk)
  }
  await new Promise(resolve => out.end(resolve))
}

/** Wall seconds of one whole process; it must succeed. */
function wall(command, args, cwd = DIR) {
  const start = performance.now()
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const seconds = (performance.now() - start) / 1000
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`)
  return seconds
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Alternate the two commands RUNS times; medians and the ratio of medians. */
function compare(label, ours, reference) {
  const a = []
  const b = []
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      a.push(ours())
      b.push(reference())
    } else {
      b.push(reference())
      a.push(ours())
    }
  }
  return { label, ours: median(a), reference: median(b) }
}

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
await generate()
writeFileSync(path.join(DIR, 'repro.yml'), 'snapshot:\n  entries:\n    - path: data.csv\n')
wall(process.execPath, [CLI, 'lock'])

const help = compare(
  'repro-audit --help vs node -e 0',
  () => wall(process.execPath, [CLI, '--help']),
  () => wall(process.execPath, ['-e', '0'])
)
const verify = compare(
  `repro-audit verify (unchanged ${Math.round(statSync(DATA).size / 1e6)} MB CSV) vs sha256sum`,
  () => wall(process.execPath, [CLI, 'verify']),
  () => wall('sha256sum', [DATA])
)
console.log(`${RUNS} alternating runs each, medians:`)
console.log(
  `${help.label}: ${help.ours.toFixed(3)} s vs ${help.reference.toFixed(3)} s, ` +
    `${(help.ours - help.reference).toFixed(3)} s over (goal ≤ 0.15 s)`
)
console.log(
  `${verify.label}: ${verify.ours.toFixed(3)} s vs ${verify.reference.toFixed(3)} s, ` +
    `ratio ${(verify.ours / verify.reference).toFixed(2)} (goal ≤ 1.1)`
)
