// Kill -9 safety: `lock` and `baseline` of the current sources, spawned as real processes and
// killed at seeded random moments spread over their run time. After every kill the previous state
// must be there byte for byte, or the new one complete; after the next writer's cleanup no stray
// file may remain.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
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

/** Run the CLI; with `killAfter`, SIGKILL its process group after that many milliseconds. */
function cli(args: string[], killAfter?: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now()
  const child = spawn(process.execPath, [bin, ...args, '--config', config], {
    cwd: dir,
    detached: true,
    stdio: 'ignore'
  })
  const timer =
    killAfter === undefined
      ? undefined
      : setTimeout(() => {
          try {
            process.kill(-(child.pid as number), 'SIGKILL')
          } catch {
            // already gone
          }
        }, killAfter)
  return new Promise(resolve =>
    child.on('exit', code => {
      clearTimeout(timer)
      resolve({ code, ms: Date.now() - started })
    })
  )
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

describe('kill -9 during lock and baseline', () => {
  it(`${KILLS} interruptions of each leave the old state or the new one, and nothing stray`, async () => {
    const random = seeded(20261202)
    let torn = 0
    let stray = 0
    const problems: string[] = []

    // lock: the training data alternates between two versions, so every run writes a new lock.
    expect((await cli(['lock'])).code).toBe(0)
    const full = (await cli(['lock'])).ms
    for (let i = 0; i < KILLS; i++) {
      const before = await lockState()
      await fs.writeFile(path.join(dir, 'data', 'train.csv'), csv(i % 2 ? 400 : 401, 0))
      await cli(['lock'], Math.floor(random() * full * 1.1))
      const after = await lockState()
      const cfg = await loadConfig(config)
      const same = JSON.stringify(after) === JSON.stringify(before)
      if (!same && (await verifySnapshot(cfg)).status !== 'pass') {
        torn++
        problems.push(`lock ${i}: neither the old lock nor a complete new one`)
      }
      await removeStaleLockFiles(cfg)
      const named = Object.keys(after)
        .filter(k => k !== 'repro.lock')
        .map(k => path.relative('repro.lock.d', k).split(path.sep).join('/'))
      const left = [...(await strays('repro.lock.d', named)), ...(await tempsBesideLock())]
      if (left.length) {
        stray++
        problems.push(`lock ${i}: stray ${left.join(', ')}`)
      }
    }

    // baseline: the data is locked as it is; the model's alpha alternates, so predictions change.
    expect((await cli(['lock'])).code).toBe(0)
    expect((await cli(['baseline'])).code).toBe(0)
    const fullBaseline = (await cli(['baseline'])).ms
    for (let i = 0; i < KILLS; i++) {
      const before = await baselineState()
      await fs.writeFile(config, configText(i % 2 ? 1 : 2))
      await cli(['baseline'], Math.floor(random() * fullBaseline * 1.1))
      const cfg = await loadConfig(config)
      let after: Record<string, string> | undefined
      try {
        after = await baselineState()
      } catch {
        after = undefined
      }
      const same = JSON.stringify(after) === JSON.stringify(before)
      const current = same
        ? undefined
        : await readBaseline(cfg.baselineDir, cfg.snapshot.root).catch(() => undefined)
      if (!same && current?.pipeline.configSha256 !== canonicalHash(cfg.pipeline.spec)) {
        torn++
        problems.push(`baseline ${i}: neither the old baseline nor a complete new one`)
      }
      await removeStaleBaselineFiles(cfg.baselineDir, cfg.snapshot.root)
      const manifest = JSON.parse(await fs.readFile(path.join(cfg.baselineDir, 'baseline.json'), 'utf8'))
      const named = [
        'baseline.json',
        ...Object.keys(after ?? {})
          .filter(k => k !== 'baseline.json')
          .map(k => `${manifest.files}/${k}`)
      ]
      const left = await strays('baseline', named)
      if (left.length) {
        stray++
        problems.push(`baseline ${i}: stray ${left.join(', ')}`)
      }
    }

    process.stdout.write(`${2 * KILLS} interruptions: ${torn} torn, ${stray} stray\n`)
    expect(problems).toEqual([])
  }, 900_000)
})
