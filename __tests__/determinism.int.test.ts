import { spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { audit } from '../src/audit/audit.js'
import { runCli } from '../src/cli/cli.js'
import { loadConfig } from '../src/config/load.js'
import type { AuditResult, DeterminismCheck } from '../src/core/result.js'
import { commandConfig, dataWorkspace, PYTHON, VARIANTS } from './helpers/python.js'
import { copyFixture } from './helpers/workspace.js'

type Strategy = 'combined' | 'each'

/** Lock a workspace and run the audit with the given perturbations and strategy. */
async function runVariant(
  script: string,
  perturbations: string[],
  options: {
    withBaseline?: boolean
    strategy?: Strategy
    extra?: string[]
    pipeline?: string[]
    now?: Date
  } = {}
): Promise<AuditResult> {
  const command = `python3 ${path.join(VARIANTS, script)}`
  const extra = [
    `  python: ${PYTHON}`,
    ...(options.pipeline ?? []),
    'determinism:',
    `  strategy: ${options.strategy ?? 'combined'}`,
    '  runs: 2',
    `  perturbations: [${perturbations.join(', ')}]`,
    ...(options.extra ?? [])
  ].join('\n')
  const dir = await dataWorkspace(commandConfig(command, extra))
  const config = await loadConfig(path.join(dir, 'repro.yml'))
  await audit(config, 'lock')
  if (options.withBaseline) await audit(config, 'baseline')
  return audit(config, 'run', { now: options.now })
}

function check(result: AuditResult, name: string): DeterminismCheck {
  const found = result.determinism.checks.find(
    c => c.name === name || (name === 'repeat' && c.perturbation === 'none' && c.outcome === 'changed')
  )
  if (!found) throw new Error(`no check ${name} in ${JSON.stringify(result.determinism.checks)}`)
  return found
}

/** The perturbations named as the cause of a change. */
function culprits(result: AuditResult): string[] {
  return result.determinism.checks
    .filter(c => c.outcome === 'changed' && c.perturbation !== 'none')
    .map(c => c.name)
}

describe('the determinism check on real Python pipelines', () => {
  it('a seeded, order-independent pipeline reproduces in one combined training', async () => {
    const result = await runVariant(
      'seeded.py',
      ['row_order', 'hash_seed', 'timezone', 'threads', 'workdir'],
      {
        withBaseline: true
      }
    )
    expect(result.determinism.status).toBe('pass')
    expect(result.determinism.checks.map(c => [c.name, c.outcome, c.run])).toEqual([
      ['row_order', 'reproduced', 'perturbed-combined'],
      ['hash_seed', 'reproduced', 'perturbed-combined'],
      ['timezone', 'reproduced', 'perturbed-combined'],
      ['threads', 'reproduced', 'perturbed-combined'],
      ['workdir', 'reproduced', 'perturbed-combined']
    ])
    expect(result.determinism.trainings).toMatchObject({ count: 1 })
    expect(result.determinism.trainings?.cpuSeconds).toBeGreaterThan(0)
    expect(result.runs.runs.map(r => r.id)).toEqual(['perturbed-combined'])
    expect(result.determinism.notTried).toEqual([
      { name: 'locale', reason: 'not in determinism.perturbations' },
      { name: 'clock', reason: 'not in determinism.perturbations' }
    ])
    expect(result.status).toBe('pass')
    expect(result.runs.settings).toMatchObject({
      TZ: 'UTC',
      LC_ALL: 'C.UTF-8',
      PYTHONHASHSEED: '0',
      OMP_NUM_THREADS: '1',
      MKL_NUM_THREADS: '1',
      OPENBLAS_NUM_THREADS: '1'
    })
  })

  it('the each strategy runs the identical runs and one run per perturbation', async () => {
    const result = await runVariant(
      'seeded.py',
      ['row_order', 'hash_seed', 'timezone', 'threads', 'workdir'],
      {
        withBaseline: true,
        strategy: 'each'
      }
    )
    expect(result.determinism.checks.map(c => [c.name, c.outcome])).toEqual([
      ['run-2 vs run-1', 'reproduced'],
      ['row_order', 'reproduced'],
      ['hash_seed', 'reproduced'],
      ['timezone', 'reproduced'],
      ['threads', 'reproduced'],
      ['workdir', 'reproduced']
    ])
    expect(result.determinism.trainings).toMatchObject({ count: 7 })
  })

  describe.each(['combined', 'each'] as const)(
    'broken variants keep their cause under strategy %s',
    strategy => {
      it('an unseeded model fails the repeated runs with "unseeded randomness"', async () => {
        const result = await runVariant('unseeded_model.py', ['hash_seed'], { withBaseline: true, strategy })
        const repeat = check(result, 'repeat')
        expect(repeat).toMatchObject({
          status: 'fail',
          outcome: 'changed',
          cause: expect.stringContaining('unseeded randomness')
        })
        expect(repeat.rowsChanged).toBeGreaterThan(0)
        expect(repeat.maxAbsDiff).toBeGreaterThan(0)
        expect(check(result, 'hash_seed').cause).toMatch(/^inconclusive/)
        expect(result.determinism.findings[0].message).toMatch(
          /^Run run-2 differs from run-1 \(\d+ of 100 rows, metrics rmse; .*unseeded randomness/
        )
        expect(result.status).toBe('fail')
      })

      it('random imputation without a seed fails the repeated runs with "unseeded randomness"', async () => {
        const result = await runVariant('random_impute.py', [], { strategy })
        expect(check(result, 'repeat')).toMatchObject({
          status: 'fail',
          outcome: 'changed',
          cause: expect.stringContaining('unseeded randomness')
        })
        expect(result.determinism.notTried).toHaveLength(7)
      })

      it('a split taken in arrival order changes only when the rows are reordered', async () => {
        const result = await runVariant('order_split.py', ['row_order', 'hash_seed'], { strategy })
        expect(check(result, 'hash_seed').outcome).toBe('reproduced')
        const rowOrder = check(result, 'row_order')
        expect(rowOrder).toMatchObject({
          status: 'warn',
          outcome: 'changed',
          cause: expect.stringMatching(/^changes when the input rows are reordered/)
        })
        expect(rowOrder.rowsChanged).toBeGreaterThan(0)
        expect(result.determinism.status).toBe('warn')
        expect(culprits(result)).toEqual(['row_order'])
      })

      it('features ordered by iterating a set change only with PYTHONHASHSEED', async () => {
        const result = await runVariant('set_features.py', ['row_order', 'hash_seed'], { strategy })
        expect(check(result, 'row_order').outcome).toBe('reproduced')
        expect(check(result, 'hash_seed')).toMatchObject({
          outcome: 'changed',
          perturbation: 'PYTHONHASHSEED=1',
          cause: 'changes with PYTHONHASHSEED: the code depends on set or dict iteration order'
        })
        expect(result.determinism.findings.map(f => f.code)).toEqual(['determinism.hash_seed'])
      })

      it('a script reading data/train.csv by a relative path gets the row-order cause', async () => {
        const result = await runVariant('relative_order_split.py', ['row_order', 'hash_seed', 'workdir'], {
          withBaseline: true,
          strategy
        })
        expect(check(result, 'row_order')).toMatchObject({
          outcome: 'changed',
          cause: expect.stringMatching(/^changes when the input rows are reordered/)
        })
        expect(culprits(result)).toEqual(['row_order'])
        expect(result.comparison.status).toBe('pass')
      })

      it('two causes at once, row order and hash seed, are both named', async () => {
        const result = await runVariant(
          'two_causes.py',
          ['row_order', 'hash_seed', 'timezone', 'threads', 'workdir'],
          {
            withBaseline: true,
            strategy
          }
        )
        expect(culprits(result)).toEqual(['row_order', 'hash_seed'])
        expect(check(result, 'hash_seed').cause).toMatch(/^changes with PYTHONHASHSEED/)
        for (const name of ['timezone', 'threads', 'workdir'])
          expect(check(result, name).outcome).toBe('reproduced')
      })

      it('a script using date.today() is caught by the clock, and by the time zone chosen for this hour', async () => {
        const result = await runVariant('todays_money.py', ['hash_seed', 'timezone', 'clock'], {
          withBaseline: true,
          strategy
        })
        expect(check(result, 'clock')).toMatchObject({
          outcome: 'changed',
          cause: expect.stringMatching(/^changes with the date and time/)
        })
        // The real hour, as the zone is chosen for it: its date differs from UTC's for an hour either side.
        expect(check(result, 'timezone').outcome).toBe('changed')
        expect(check(result, 'hash_seed').outcome).toBe('reproduced')
      })

      it('identical runs that differ only in the last bits are blamed on summation order, not a seed', async () => {
        const result = await runVariant('summation_order.py', ['hash_seed'], { strategy })
        const repeat = check(result, 'repeat')
        expect(repeat.cause).toMatch(
          /only at the rounding level.*order of floating-point sums.*tolerance in compare.*thread counts/
        )
        expect(repeat.cause).not.toContain('unseeded randomness')
        expect(repeat.maxRelDiff).toBeLessThan(1e-12)
        expect(repeat.maxRelDiff).toBeGreaterThan(0)
      })
    }
  )

  it('names the first output that differs between runs: features.json identical, model.json differs', async () => {
    const result = await runVariant('staged.py', [], {
      withBaseline: true,
      pipeline: ['  outputs:', '    artifacts: [features.json, model.json]']
    })
    expect(check(result, 'repeat').location).toEqual({
      identical: ['features.json'],
      firstDiffering: 'model.json'
    })
    expect(result.determinism.findings[0].message).toContain(
      'Features.json identical; model.json is the first output that differs'
    )
  })

  it('past determinism.max_runs the report lists the candidates it could not separate', async () => {
    const result = await runVariant('set_features.py', ['row_order', 'hash_seed', 'timezone', 'threads'], {
      withBaseline: true,
      extra: ['  max_runs: 1']
    })
    expect(result.determinism.unresolved?.length).toBeGreaterThan(0)
    expect(result.determinism.unresolved?.join(' ')).toContain('hash_seed')
    expect(check(result, 'hash_seed').cause).toMatch(/^inconclusive: the cause is among .*max_runs \(1\)/)
    expect(result.determinism.findings.map(f => f.code)).toContain('determinism.unresolved')
  })

  it('on_change: fail turns a perturbation that changes results into a failure', async () => {
    const command = `python3 ${path.join(VARIANTS, 'set_features.py')}`
    const extra = [
      `  python: ${PYTHON}`,
      'determinism:',
      '  runs: 1',
      '  perturbations: [hash_seed]',
      '  on_change: fail',
      '  parallel: 1'
    ].join('\n')
    const dir = await dataWorkspace(commandConfig(command, extra))
    const config = await loadConfig(path.join(dir, 'repro.yml'))
    await audit(config, 'lock')
    await audit(config, 'baseline')
    const result = await audit(config, 'run')
    expect(check(result, 'hash_seed').status).toBe('fail')
    expect(result.gate.exitCode).toBe(1)
  })
})

describe('every perturbation reaches the pipeline', () => {
  /** A workspace running probe.py (copied into it) under the given strategy; the probe records what it saw. */
  async function probe(
    perturbations: string[],
    env: Record<string, string> = {}
  ): Promise<{ dir: string; result: AuditResult }> {
    const extra = [
      `  python: ${PYTHON}`,
      'determinism:',
      '  strategy: each',
      '  runs: 1',
      `  perturbations: [${perturbations.join(', ')}]`
    ]
    const dir = await dataWorkspace(commandConfig('python3 probe.py', extra.join('\n')))
    await fs.copyFile(path.join(VARIANTS, 'probe.py'), path.join(dir, 'probe.py'))
    const config = await loadConfig(path.join(dir, 'repro.yml'))
    await audit(config, 'lock')
    const saved = Object.fromEntries(Object.keys(env).map(k => [k, process.env[k]]))
    Object.assign(process.env, env)
    try {
      return { dir, result: await audit(config, 'run', { now: new Date('2026-03-04T09:30:00Z') }) }
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  }

  interface Probe {
    cwd: string
    locale: string
    decimal_point: string
    row_relative: string
    row_data_dir: string
    row_beside_script: string
    script_dir: string
    today: string
    utc_date: string
    epoch: number
    env: Record<string, string | null>
  }

  const seen = async (dir: string, run: string): Promise<Probe> =>
    JSON.parse(await fs.readFile(path.join(dir, '.repro-audit', 'runs', run, 'probe.json'), 'utf8'))

  it('each run sees its perturbation: data read three ways, folder, zone, clock, hash seed, threads', async () => {
    const { dir, result } = await probe(['row_order', 'hash_seed', 'timezone', 'threads', 'workdir', 'clock'])
    expect(result.runs.runs.map(r => [r.id, r.status])).toEqual([
      ['run-1', 'pass'],
      ['perturbed-row-order', 'pass'],
      ['perturbed-hash-seed', 'pass'],
      ['perturbed-timezone', 'pass'],
      ['perturbed-threads', 'pass'],
      ['perturbed-workdir', 'pass'],
      ['perturbed-clock', 'pass']
    ])
    const plain = await seen(dir, 'run-1')
    expect(plain.cwd).toBe(await fs.realpath(dir))
    expect(plain.env).toMatchObject({ TZ: 'UTC', PYTHONHASHSEED: '0', OMP_NUM_THREADS: '1', FAKETIME: null })
    expect(plain.today).toBe(plain.utc_date)

    const shuffled = await seen(dir, 'perturbed-row-order')
    expect(shuffled.row_relative).not.toBe(plain.row_relative)
    expect(shuffled.row_data_dir).toBe(shuffled.row_relative)
    expect(shuffled.row_beside_script).toBe(shuffled.row_relative)
    expect(shuffled.cwd).not.toBe(plain.cwd)
    expect(shuffled.script_dir).toBe(shuffled.cwd)

    const moved = await seen(dir, 'perturbed-workdir')
    expect(moved.cwd).not.toBe(plain.cwd)
    expect(moved.row_relative).toBe(plain.row_relative)

    expect((await seen(dir, 'perturbed-hash-seed')).env.PYTHONHASHSEED).toBe('1')
    expect((await seen(dir, 'perturbed-threads')).env.OMP_NUM_THREADS).not.toBe('1')
    // The audit's clock is pinned at 09:30 UTC: the zone is UTC−12, a day behind.
    const zoned = await seen(dir, 'perturbed-timezone')
    expect(zoned.env.TZ).toBe('Etc/GMT+12')
    const clock = await seen(dir, 'perturbed-clock')
    expect(clock.epoch - plain.epoch).toBeGreaterThan(399 * 86400)
    expect(clock.today).not.toBe(plain.today)
  })

  it('the locale run sees another locale: one compiled here into a LOCPATH folder, with a decimal comma', async () => {
    // This machine has only C.UTF-8 installed; glibc reads the folders of LOCPATH instead, and the
    // perturbation lists them as it lists /usr/lib/locale.
    const locpath = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-locales-'))
    spawnSync('localedef', ['-i', 'de_DE', '-f', 'UTF-8', path.join(locpath, 'de_DE.UTF-8')])
    await fs.access(path.join(locpath, 'de_DE.UTF-8', 'LC_CTYPE'))
    const { dir, result } = await probe(['locale'], { LOCPATH: locpath })
    expect(result.runs.runs.map(r => [r.id, r.status])).toEqual([
      ['run-1', 'pass'],
      ['perturbed-locale', 'pass']
    ])
    const plain = await seen(dir, 'run-1')
    const other = await seen(dir, 'perturbed-locale')
    expect([plain.locale, plain.decimal_point]).toEqual(['C.UTF-8', '.'])
    expect([other.env.LC_ALL, other.locale, other.decimal_point]).toEqual(['de_DE.UTF-8', 'de_DE.UTF-8', ','])
    await fs.rm(locpath, { recursive: true, force: true })
  })

  it('a libfaketime that fails to load leaves clock not tried, with the reason', async () => {
    const broken = path.join(
      await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-faketime-')),
      'libfaketime.so.1'
    )
    await fs.writeFile(broken, 'not a library')
    const { result } = await probe(['hash_seed', 'clock'], { REPRO_AUDIT_LIBFAKETIME: broken })
    expect(result.determinism.checks.map(c => c.name)).not.toContain('clock')
    expect(result.determinism.notTried).toContainEqual({
      name: 'clock',
      reason: expect.stringMatching(
        /^libfaketime at .*libfaketime\.so\.1 did not shift the clock \(.*cannot be preloaded/
      )
    })
  })

  it('without libfaketime, clock is not tried and the report says how to install it', async () => {
    const { result } = await probe(['clock'], { REPRO_AUDIT_LIBFAKETIME: '/nonexistent/libfaketime.so.1' })
    expect(result.determinism.notTried).toContainEqual({
      name: 'clock',
      reason: expect.stringContaining('sudo apt-get install faketime')
    })
  })
})

describe('a command in another language', () => {
  it('a Node script that reads local time is caught by the time-zone run', async () => {
    const script = [
      "const fs = require('node:fs')",
      "const path = require('node:path')",
      "const [header, ...rows] = fs.readFileSync(path.join(process.env.REPRO_DATA_DIR, 'data', 'test.csv'), 'utf8').trim().split('\\n')",
      "const cols = header.split(',').map(c => c.replace(/\"/g, ''))",
      'const at = name => cols.indexOf(name)',
      '// Mistake: the sale date is built in local time, so its day number follows TZ.',
      "const out = ['Id,prediction']",
      'for (const row of rows) {',
      "  const f = row.split(',')",
      '  const sold = new Date(Number(f[at("Year_Sold")]), Number(f[at("Mo_Sold")]) - 1, 1, 2)',
      '  const day = Math.floor(sold.getTime() / 86400000)',
      '  out.push(`${f[at("Id")]},${100 * Number(f[at("Gr_Liv_Area")]) + day}`)',
      '}',
      "fs.writeFileSync(path.join(process.env.REPRO_OUTPUT_DIR, 'predictions.csv'), out.join('\\n') + '\\n')"
    ].join('\n')
    const extra = ['determinism:', '  perturbations: [row_order, hash_seed, timezone, workdir]'].join('\n')
    const dir = await dataWorkspace(commandConfig('node predict.js', extra))
    await fs.writeFile(path.join(dir, 'predict.js'), script)
    const config = await loadConfig(path.join(dir, 'repro.yml'))
    await audit(config, 'lock')
    await audit(config, 'baseline')
    // Past 11:00 UTC the zone is UTC+14, where 02:00 local is the day before in UTC.
    const result = await audit(config, 'run', { now: new Date('2026-03-04T15:00:00Z') })
    // The plain run matched the baseline (with a second core, an identical rerun went beside it).
    expect(result.determinism.checks[0]).toMatchObject({ name: 'run-1 vs baseline', outcome: 'reproduced' })
    expect(
      result.determinism.checks.filter(c => c.perturbation !== 'none').map(c => [c.name, c.outcome])
    ).toEqual([
      ['row_order', 'reproduced'],
      ['hash_seed', 'reproduced'],
      ['timezone', 'changed'],
      ['workdir', 'reproduced']
    ])
    expect(check(result, 'timezone').perturbation).toBe(
      'TZ=Etc/GMT-14 (UTC+14: at 15:00 UTC its calendar date is a day ahead)'
    )
    expect(check(result, 'timezone').cause).toMatch(/^changes with the time zone \(TZ\)/)
    expect(check(result, 'timezone').rowsChanged).toBe(100)
    expect(result.comparison.status).toBe('pass')
  })
})

describe('the determinism check on the built-in engine', () => {
  it('runs the row-order and workdir perturbations and says why the others were not tried', async () => {
    const dir = await copyFixture()
    const config = await loadConfig(path.join(dir, 'repro.yml'))
    const result = await audit(config, 'run')
    expect(result.status).toBe('pass')
    expect(result.determinism.checks.map(c => [c.name, c.outcome])).toEqual([
      ['row_order', 'reproduced'],
      ['workdir', 'reproduced']
    ])
    const reach = 'does not reach the built-in engine, which runs inside repro-audit'
    expect(result.determinism.notTried).toEqual(
      ['hash_seed', 'timezone', 'locale', 'threads', 'clock'].map(name => ({ name, reason: reach }))
    )
    expect(result.runs.runs.map(r => r.id)).toEqual(['perturbed-combined'])
  })
})

describe('progress a person watching CI can follow', () => {
  it('prints one line per run as it starts and ends on stderr, and keeps --json stdout clean', async () => {
    const dir = await copyFixture()
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['run', '--json', '--config', path.join(dir, 'repro.yml')], {
      stdout: text => out.push(text),
      stderr: text => err.push(text),
      isTTY: false,
      progress: true
    })
    expect(code).toBe(0)
    expect(JSON.parse(out.join('')).status).toBe('pass')
    const lines = err.join('').split('\n')
    expect(lines).toContainEqual(
      expect.stringMatching(/^… run perturbed-combined started: snapshot rows shuffled .*; run from a view/)
    )
    expect(lines).toContainEqual(expect.stringMatching(/^… run perturbed-combined finished in \d+\.\d s$/))
  })
})
