// `npm run bench:determinism`: the cost of a clean audit. The bundled Python example
// (fixtures/python-house-prices, clean, with its committed baseline) audited by `repro-audit run`
// against one plain training of the same script (python3 train.py with the same settings),
// alternating in one process, whole processes: wall time from here, CPU time (user + system of
// the process and everything it started) from the shell's `times`. Target: audit ≤ 1.3× one
// training in wall and CPU time. Runs the bundled CLI as users do: `npm run bundle` first.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const example = path.join(root, 'fixtures', 'python-house-prices')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SETTINGS = {
  TZ: 'UTC',
  LC_ALL: 'C.UTF-8',
  PYTHONHASHSEED: '0',
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1'
}

/** Run `argv` through sh, returning wall seconds and the CPU seconds of it and its children. */
function measure(argv, options) {
  const quoted = argv.map(a => `'${a.replace(/'/g, "'\\''")}'`).join(' ')
  const start = process.hrtime.bigint()
  const child = spawnSync('/bin/sh', ['-c', `${quoted} >/dev/null\ns=$?\ntimes >&2\nexit $s`], {
    ...options,
    encoding: 'utf8'
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (child.status !== 0) throw new Error(`${argv.join(' ')} exited with ${child.status}: ${child.stderr}`)
  const line = child.stderr.trim().split('\n').pop()
  const cpu = [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0)
  return { wall, cpu }
}

function fresh() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-'))
  const work = path.join(dir, 'example')
  cpSync(example, work, { recursive: true, filter: src => !src.includes('.repro-audit') })
  return { dir, work }
}

function training() {
  const { dir, work } = fresh()
  try {
    mkdirSync(path.join(dir, 'out'))
    return measure(['/usr/bin/python3', 'train.py'], {
      cwd: work,
      env: { ...process.env, ...SETTINGS, REPRO_DATA_DIR: work, REPRO_OUTPUT_DIR: path.join(dir, 'out') }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function auditRun() {
  const { dir, work } = fresh()
  try {
    const whole = measure(
      [process.execPath, cli, 'run', '--json', '--config', path.join(work, 'repro.yml')],
      {
        cwd: work,
        env: { ...process.env, CI: '' }
      }
    )
    // The trainings' own CPU time, as the report records it: the rest is the audit's overhead.
    const report = JSON.parse(readFileSync(path.join(work, '.repro-audit', 'report.json'), 'utf8'))
    const runs = report.runs.runs
    return { ...whole, trainings: runs.length, runCpu: runs.reduce((s, r) => s + (r.cpuSeconds ?? 0), 0) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const trainings = []
const audits = []
for (let i = 0; i < ROUNDS; i++) {
  trainings.push(training())
  audits.push(auditRun())
}
const t = { wall: median(trainings.map(x => x.wall)), cpu: median(trainings.map(x => x.cpu)) }
const a = {
  wall: median(audits.map(x => x.wall)),
  cpu: median(audits.map(x => x.cpu)),
  runCpu: median(audits.map(x => x.runCpu)),
  overhead: median(audits.map(x => x.cpu - x.runCpu)),
  trainings: Math.max(...audits.map(x => x.trainings))
}
console.log(`cores: ${os.availableParallelism()}; rounds: ${ROUNDS} (medians)`)
console.log(`one plain training (python3 train.py)   wall ${t.wall.toFixed(2)} s, CPU ${t.cpu.toFixed(2)} s`)
console.log(`repro-audit run (strategy combined)     wall ${a.wall.toFixed(2)} s, CPU ${a.cpu.toFixed(2)} s`)
console.log(
  `  of which ${a.trainings} training(s): CPU ${a.runCpu.toFixed(2)} s; the audit's own work: CPU ${a.overhead.toFixed(2)} s`
)
console.log(
  `ratio audit / training: wall ${(a.wall / t.wall).toFixed(2)}×, CPU ${(a.cpu / t.cpu).toFixed(2)}× (target ≤ 1.3×)`
)
