// Kill -9 safety: `lock` and `baseline` of the current sources, spawned as real processes and
// killed at seeded random moments spread over their run time. After every kill the previous state
// must be there byte for byte, or the new one complete; after the next writer's cleanup no stray
// file may remain. The kills that landed mid-write (leftovers present before any cleanup) are
// counted: a test whose kills all miss the writing would prove nothing.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promises as fs, watch } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { canonicalHash } from '../src/core/canonical-json.js'
import { readBaseline, removeStaleBaselineFiles } from '../src/compare/baseline.js'
import { loadConfig } from '../src/config/load.js'
import { removeStaleLockFiles } from '../src/snapshot/lock.js'
import { isDirLock, readLock, sideFiles } from '../src/snapshot/lockfile.js'
import { verifySnapshot } from '../src/snapshot/verify.js'
import { ROOT } from './helpers/workspace.js'

// 40 of each; REPRO_AUDIT_KILLS sets fewer for a quick look.
const KILLS = Number(process.env.REPRO_AUDIT_KILLS ?? 40)
let bin: string
let build: string
let dir: string
let config: string

/** mulberry32: the same delays on every machine and every run. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function csv(rows: number, offset: number): string {
  const lines = ['Id,x1,x2,y']
  for (let i = 1; i <= rows; i++) {
    const x1 = (i * 37) % 101
    const x2 = (i * 53) % 89
    lines.push(`${i},${x1},${x2},${(3 * x1 - 2 * x2 + offset + ((i * 7) % 13)).toFixed(1)}`)
  }
  return lines.join('\n') + '\n'
}

function configText(alpha: number): string {
  return [
    'name: kill',
    'snapshot:',
    '  id_column: Id',
    '  entries:',
    '    - path: data/train.csv',
    '    - path: data/test.csv',
    'pipeline:',
    '  engine: builtin',
    '  train: data/train.csv',
    '  score: data/test.csv',
    '  id_column: Id',
    '  target: y',
    `  model: { type: ridge, alpha: ${alpha} }`,
    '  metrics: [rmse]',
    'determinism: { runs: 1, perturbations: [] }',
    ''
  ].join('\n')
}

beforeAll(async () => {
  // Inside the repository (the compiled CLI resolves node_modules from there); absent on a fresh clone.
  await fs.mkdir(path.join(ROOT, 'build'), { recursive: true })
  build = await fs.mkdtemp(path.join(ROOT, 'build', 'kill-'))
  bin = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'compile-cli.mjs'), build], {
    encoding: 'utf8'
  }).trim()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-kill-'))
  config = path.join(dir, 'repro.yml')
  await fs.mkdir(path.join(dir, 'data'))
  await fs.writeFile(path.join(dir, 'data', 'train.csv'), csv(400, 0))
  await fs.writeFile(path.join(dir, 'data', 'test.csv'), csv(100, 1))
  await fs.writeFile(config, configText(1))
}, 120_000)

afterAll(async () => {
  if (build) await fs.rm(build, { recursive: true, force: true })
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

/**
 * When to kill a run: `ms` after it starts, or, with `watch`, `ms` after the first change in that
 * folder (the run starting to write its new set there). Uniform delays over the whole run mostly
 * land while it starts or reads; the second kind aims at the few milliseconds of writing.
 */
interface Kill {
  ms: number
  watch?: string
}

interface Ran {
  code: number | null
  ms: number
  /** Milliseconds from the start to the first change in the watched folder. */
  writeAt?: number
}

/** Run the CLI; with `kill`, SIGKILL its process group at that moment. */
function cli(args: string[], kill?: Partial<Kill>): Promise<Ran> {
  const started = Date.now()
  let writeAt: number | undefined
  let timer: NodeJS.Timeout | undefined
  const child = spawn(process.execPath, [bin, ...args, '--config', config], {
    cwd: dir,
    detached: true,
    stdio: 'ignore'
  })
  const killNow = (): void => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      // already gone
    }
  }
  const arm = (): void => {
    if (kill?.ms !== undefined) timer = setTimeout(killNow, kill.ms)
  }
  const watcher = kill?.watch
    ? watch(kill.watch, () => {
        if (writeAt !== undefined) return
        writeAt = Date.now() - started
        arm()
      })
    : undefined
  if (!kill?.watch) arm()
  return new Promise(resolve =>
    child.on('exit', code => {
      clearTimeout(timer)
      watcher?.close()
      resolve({ code, ms: Date.now() - started, writeAt })
    })
  )
}

/** Even interruptions: anywhere in the run; odd ones: within its writing, after the first change in `folder`. */
function killAt(i: number, random: () => number, full: Ran, folder: string): Kill {
  if (i % 2 === 0) return { ms: Math.floor(random() * full.ms * 1.1) }
  const writing = full.ms - (full.writeAt ?? 0)
  return { ms: Math.floor(random() * writing), watch: folder }
}

const sha = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex')

/** The lock and every sidecar it names, as bytes' hashes. */
async function lockState(): Promise<Record<string, string>> {
  const file = path.join(dir, 'repro.lock')
  const out: Record<string, string> = { 'repro.lock': await sha(file) }
  for (const e of (await readLock(file))?.entries ?? [])
    if (!isDirLock(e)) for (const side of sideFiles(e)) out[side] = await sha(path.join(dir, side))
  return out
}

/** The manifest and every file it names. */
async function baselineState(): Promise<Record<string, string>> {
  const base = path.join(dir, 'baseline')
  const manifest = JSON.parse(await fs.readFile(path.join(base, 'baseline.json'), 'utf8'))
  const out: Record<string, string> = { 'baseline.json': await sha(path.join(base, 'baseline.json')) }
  for (const name of [manifest.predictions.file, ...manifest.artifacts.map((a: { path: string }) => a.path)])
    out[name] = await sha(path.join(base, manifest.files ?? '', name))
  return out
}

/** Paths under `sub` that no current manifest names (after the cleanup the next writer does). */
async function strays(sub: string, named: string[]): Promise<string[]> {
  const all = (await fs.readdir(path.join(dir, sub), { recursive: true })).map(p =>
    p.split(path.sep).join('/')
  )
  return all.filter(p => !named.some(n => n === p || n.startsWith(`${p}/`)))
}

async function tempsBesideLock(): Promise<string[]> {
  return (await fs.readdir(dir)).filter(n => n.includes('.tmp-'))
}

/** The lock's side files, relative to repro.lock.d. */
const namedByLock = (state: Record<string, string>): string[] =>
  Object.keys(state)
    .filter(k => k !== 'repro.lock')
    .map(k => path.relative('repro.lock.d', k).split(path.sep).join('/'))

/** The manifest and the files it names, relative to the baseline folder. */
async function namedByBaseline(state: Record<string, string> | undefined): Promise<string[]> {
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'), 'utf8'))
  return [
    'baseline.json',
    ...Object.keys(state ?? {})
      .filter(k => k !== 'baseline.json')
      .map(k => `${manifest.files}/${k}`)
  ]
}

// Every 5th interruption is followed by a real, complete run of the same command, whose own
// start-of-run cleanup must remove what the killed one left; the others by the cleanup function
// alone (a whole run each time would double the test's time).
const REAL_NEXT_RUN = 5

interface Tally {
  torn: number
  stray: number
  midWrite: number
  problems: string[]
}

/** `lock` killed `KILLS` times while the training data alternates between two versions. */
async function killLocks(random: () => number, tally: Tally): Promise<void> {
  expect((await cli(['lock'])).code).toBe(0)
  const lockDir = path.join(dir, 'repro.lock.d')
  const full = await cli(['lock'], { watch: lockDir })
  for (let i = 0; i < KILLS; i++) {
    const before = await lockState()
    await fs.writeFile(path.join(dir, 'data', 'train.csv'), csv(i % 2 ? 400 : 401, 0))
    await cli(['lock'], killAt(i, random, full, lockDir))
    let after = await lockState()
    const cfg = await loadConfig(config)
    const same = JSON.stringify(after) === JSON.stringify(before)
    if (!same && (await verifySnapshot(cfg)).status !== 'pass') {
      tally.torn++
      tally.problems.push(`lock ${i}: neither the old lock nor a complete new one`)
    }
    // Cut mid-write: a staging folder, a temporary file or a set no lock names is there now.
    const leftovers = [...(await strays('repro.lock.d', namedByLock(after))), ...(await tempsBesideLock())]
    if (leftovers.length) tally.midWrite++
    if (i % REAL_NEXT_RUN === REAL_NEXT_RUN - 1) {
      expect((await cli(['lock'])).code).toBe(0)
      after = await lockState()
    } else await removeStaleLockFiles(cfg)
    const left = [...(await strays('repro.lock.d', namedByLock(after))), ...(await tempsBesideLock())]
    if (left.length) {
      tally.stray++
      tally.problems.push(`lock ${i}: stray ${left.join(', ')}`)
    }
  }
}

/** `baseline` killed `KILLS` times while the model's alpha alternates, so the predictions change. */
async function killBaselines(random: () => number, tally: Tally): Promise<void> {
  expect((await cli(['lock'])).code).toBe(0)
  expect((await cli(['baseline'])).code).toBe(0)
  const baselineDir = path.join(dir, 'baseline')
  const full = await cli(['baseline'], { watch: baselineDir })
  for (let i = 0; i < KILLS; i++) {
    const before = await baselineState()
    await fs.writeFile(config, configText(i % 2 ? 1 : 2))
    await cli(['baseline'], killAt(i, random, full, baselineDir))
    const cfg = await loadConfig(config)
    let after = await baselineState().catch(() => undefined)
    const same = JSON.stringify(after) === JSON.stringify(before)
    const current = same
      ? undefined
      : await readBaseline(cfg.baselineDir, cfg.snapshot.root).catch(() => undefined)
    if (!same && current?.pipeline.configSha256 !== canonicalHash(cfg.pipeline.spec)) {
      tally.torn++
      tally.problems.push(`baseline ${i}: neither the old baseline nor a complete new one`)
    }
    if ((await strays('baseline', await namedByBaseline(after))).length) tally.midWrite++
    if (i % REAL_NEXT_RUN === REAL_NEXT_RUN - 1) {
      expect((await cli(['baseline'])).code).toBe(0)
      after = await baselineState()
    } else await removeStaleBaselineFiles(cfg.baselineDir, cfg.snapshot.root)
    const left = await strays('baseline', await namedByBaseline(after))
    if (left.length) {
      tally.stray++
      tally.problems.push(`baseline ${i}: stray ${left.join(', ')}`)
    }
  }
}

describe('kill -9 during lock and baseline', () => {
  it(`${KILLS} interruptions of each leave the old state or the new one, and nothing stray`, async () => {
    const random = seeded(20261202)
    const lock: Tally = { torn: 0, stray: 0, midWrite: 0, problems: [] }
    const baseline: Tally = { torn: 0, stray: 0, midWrite: 0, problems: [] }
    await killLocks(random, lock)
    await killBaselines(random, baseline)
    const sum = (k: 'torn' | 'stray'): number => lock[k] + baseline[k]
    process.stdout.write(
      `${2 * KILLS} interruptions: ${sum('torn')} torn, ${sum('stray')} stray, ` +
        `${lock.midWrite + baseline.midWrite} mid-write (lock ${lock.midWrite}, baseline ${baseline.midWrite})\n`
    )
    expect([...lock.problems, ...baseline.problems]).toEqual([])
    // Kills that never land while files are being written would prove nothing.
    expect({ lock: lock.midWrite > 0, baseline: baseline.midWrite > 0 }).toEqual({
      lock: true,
      baseline: true
    })
  }, 900_000)
})
