import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../src/config/load.js'
import { InputError } from '../src/core/errors.js'
import { checkRuns, type CompletedRun } from '../src/determinism/check.js'
import { concurrency, runPool } from '../src/determinism/pool.js'
import { globToRegExp } from '../src/core/glob.js'
import { groupNotTried } from '../src/report/summaries.js'

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-unit-'))
}

const COMMAND_CONFIG = [
  'snapshot:',
  '  entries: [{ path: data.csv }]',
  'pipeline:',
  '  engine: command',
  '  command: python3 train.py',
  '  id_column: Id',
  ''
].join('\n')

describe('globToRegExp', () => {
  it.each([
    ['*.json', 'params.json', true],
    ['*.json', 'model/params.json', false],
    ['model/**', 'model/a/b.bin', true],
    ['**/*.json', 'params.json', true],
    ['**/*.json', 'a/b/params.json', true],
    ['run-?.txt', 'run-1.txt', true],
    ['run-?.txt', 'run-10.txt', false],
    ['a+b.txt', 'a+b.txt', true]
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected)
  })
})

describe('the run pool', () => {
  it('keeps results in task order, never exceeds its limit, and reports failures in place', async () => {
    let running = 0
    let most = 0
    const task = (i: number) => async (): Promise<number> => {
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setImmediate(resolve))
      running--
      if (i === 3) throw new Error('three')
      return i * 10
    }
    const results = await runPool([0, 1, 2, 3, 4, 5].map(task), 2)
    expect(most).toBe(2)
    expect(results.map(r => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      0,
      10,
      20,
      'three',
      40,
      50
    ])
  })

  it('runs one at a time when told to, and never more at once than there are runs', () => {
    expect(concurrency(1, 8)).toBe(1)
    expect(concurrency(16, 3)).toBe(3)
    expect(concurrency('auto', 1)).toBe(1)
    expect(concurrency('auto', 64)).toBe(Math.min(64, os.availableParallelism()))
  })
})

describe('checkRuns', () => {
  async function run(
    dir: string,
    id: string,
    perturbation: CompletedRun['names'][number] | 'none',
    values: number[]
  ): Promise<CompletedRun> {
    const file = path.join(dir, `${id}.csv`)
    await fs.writeFile(file, ['Id,prediction', ...values.map((v, i) => `${i + 1},${v}`)].join('\n') + '\n')
    return {
      id,
      names: perturbation === 'none' ? [] : [perturbation],
      varied: perturbation,
      outputs: { dir, predictions: file, idColumn: 'Id', metrics: {}, artifacts: [] }
    }
  }

  it('names the cause of each perturbation that changes results, with rows and differences', async () => {
    const dir = await tempDir()
    const first = await run(dir, 'run-1', 'none', [1, 2, 3, 4])
    const section = await checkRuns(
      first,
      [
        await run(dir, 'run-2', 'none', [1, 2, 3, 4]),
        await run(dir, 'perturbed-locale', 'locale', [1, 2, 3.5, 2]),
        await run(dir, 'perturbed-workdir', 'workdir', [1, 2, 3, 4])
      ],
      {
        onChange: 'warn',
        notTried: [{ name: 'threads', reason: 'not in determinism.perturbations' }],
        runs: 2
      }
    )
    expect(section.status).toBe('warn')
    expect(section.checks.map(c => [c.name, c.outcome, c.status])).toEqual([
      ['run-2 vs run-1', 'reproduced', 'pass'],
      ['locale', 'changed', 'warn'],
      ['workdir', 'reproduced', 'pass']
    ])
    expect(section.checks[1]).toMatchObject({ rowsChanged: 2, maxAbsDiff: 2, maxRelDiff: 0.5 })
    expect(section.findings[0].message).toBe(
      'Run perturbed-locale (locale) differs from run-1 (2 of 4 rows; max absolute difference 2.00, relative 0.500): changes with the locale (LC_ALL): parsing, formatting or sorting depends on it.'
    )
    expect(section.notTried).toEqual([{ name: 'threads', reason: 'not in determinism.perturbations' }])
  })

  it('calls a perturbed difference inconclusive when the identical runs already differ', async () => {
    const dir = await tempDir()
    const first = await run(dir, 'run-1', 'none', [1, 2])
    const section = await checkRuns(
      first,
      [await run(dir, 'perturbed-row-order', 'row_order', [1, 3]), await run(dir, 'run-2', 'none', [1, 2.5])],
      {
        onChange: 'fail',
        notTried: [],
        runs: 2
      }
    )
    expect(section.checks.map(c => [c.name, c.status, c.cause?.split(':')[0]])).toEqual([
      ['run-2 vs run-1', 'fail', 'predictions differ between two runs with the same inputs'],
      ['row_order', 'warn', 'inconclusive']
    ])
  })
})

describe('the command pipeline config', () => {
  const file = '/repo/audit/repro.yml'

  it('resolves defaults for outputs, timeout and determinism', () => {
    const config = parseConfig(COMMAND_CONFIG, file)
    expect(config.pipeline).toMatchObject({
      engine: 'command',
      command: 'python3 train.py',
      idColumn: 'Id',
      timeout: 1800,
      outputs: {
        predictions: 'predictions.csv',
        metrics: { file: 'metrics.json', required: false },
        params: { file: 'params.json', required: false },
        artifacts: []
      }
    })
    expect(config.determinism).toEqual({
      strategy: 'combined',
      runs: 2,
      maxRuns: 12,
      perturbations: ['row_order', 'hash_seed', 'timezone', 'locale', 'threads', 'workdir', 'clock'],
      onChange: 'warn',
      parallel: 'auto'
    })
  })

  it('takes the interpreter from REPRO_AUDIT_PYTHON before the config, and audits the same one', () => {
    const saved = process.env.REPRO_AUDIT_PYTHON
    try {
      process.env.REPRO_AUDIT_PYTHON = '/opt/venv/bin/python'
      const config = parseConfig(COMMAND_CONFIG + '  python: /usr/bin/python3\n', file)
      expect(config.pipeline).toMatchObject({ python: '/opt/venv/bin/python' })
      expect(config.dependencies.python).toBe('/opt/venv/bin/python')
      delete process.env.REPRO_AUDIT_PYTHON
      expect(parseConfig(COMMAND_CONFIG + '  python: /usr/bin/python3\n', file).pipeline).toMatchObject({
        python: '/usr/bin/python3'
      })
    } finally {
      if (saved === undefined) delete process.env.REPRO_AUDIT_PYTHON
      else process.env.REPRO_AUDIT_PYTHON = saved
    }
  })

  it.each([
    [
      COMMAND_CONFIG.replace('  command: python3 train.py\n', ''),
      /repro\.yml:\d+:\d+: missing key "pipeline\.command"/
    ],
    [
      COMMAND_CONFIG + '  model: { type: ridge }\n',
      /repro\.yml:7:10: pipeline\.model belongs to the builtin engine/
    ],
    [
      COMMAND_CONFIG + 'determinism:\n  perturbations: [row_order, hash_sed]\n',
      /determinism\.perturbations\[1\]: "hash_sed" is not one of .*; did you mean "hash_seed"\?/
    ],
    [
      COMMAND_CONFIG + 'determinism:\n  parallel: many\n',
      /repro\.yml:8:13: determinism\.parallel: must match pattern "\^auto\$"/
    ],
    [
      COMMAND_CONFIG + 'determinism:\n  parallel: 0\n',
      /repro\.yml:8:13: determinism\.parallel: must be >= 1/
    ],
    [
      COMMAND_CONFIG + 'determinism:\n  strategy: combine\n',
      /repro\.yml:8:13: determinism\.strategy: "combine" is not one of combined, each; did you mean "combined"\?/
    ],
    [
      COMMAND_CONFIG + 'determinism:\n  perturbations: [clock, clocks]\n',
      /repro\.yml:8:\d+: determinism\.perturbations\[1\]: "clocks" is not one of row_order, hash_seed, timezone, locale, threads, workdir, clock; did you mean "clock"\?/
    ],
    [COMMAND_CONFIG + 'determinism:\n  max_runs: 0\n', /repro\.yml:8:13: determinism\.max_runs: must be >= 1/]
  ])('rejects a bad config with file and line (%#)', (text, message) => {
    let error: unknown
    try {
      parseConfig(text, file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).format()).toMatch(message)
  })
})

describe('the not-tried perturbations in the overview', () => {
  it('names perturbations that share a reason together, with the reason once, in their order', () => {
    const reach = 'does not reach the built-in engine, which runs inside repro-audit'
    expect(
      groupNotTried([
        { name: 'row_order', reason: 'not in determinism.perturbations' },
        { name: 'hash_seed', reason: reach },
        { name: 'timezone', reason: reach },
        { name: 'locale', reason: 'no locale other than C or POSIX is installed on this machine' },
        { name: 'threads', reason: reach },
        { name: 'workdir', reason: 'not in determinism.perturbations' }
      ])
    ).toEqual([
      'row_order, workdir (not in determinism.perturbations)',
      'hash_seed, timezone, threads (they do not reach the built-in engine, which runs inside repro-audit)',
      'locale (no locale other than C or POSIX is installed on this machine)'
    ])
  })

  it('keeps a lone perturbation as it is', () => {
    expect(groupNotTried([{ name: 'threads', reason: 'does not reach the built-in engine' }])).toEqual([
      'threads (does not reach the built-in engine)'
    ])
    expect(groupNotTried([])).toEqual([])
  })
})
