import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import type { AuditResult, DeterminismCheck } from '../src/core/result.js'
import { commandConfig, dataWorkspace, PYTHON, VARIANTS } from './helpers/python.js'
import { copyFixture } from './helpers/workspace.js'

/** Lock a workspace and run the audit with the given perturbations. */
async function runVariant(
  script: string,
  perturbations: string[],
  withBaseline = false
): Promise<AuditResult> {
  const command = `python3 ${path.join(VARIANTS, script)}`
  const extra = [
    `  python: ${PYTHON}`,
    'determinism:',
    '  runs: 2',
    `  perturbations: [${perturbations.join(', ')}]`
  ].join('\n')
  const dir = await dataWorkspace(commandConfig(command, extra))
  const config = await loadConfig(path.join(dir, 'repro.yml'))
  await audit(config, 'lock')
  if (withBaseline) await audit(config, 'baseline')
  return audit(config, 'run')
}

function check(result: AuditResult, name: string): DeterminismCheck {
  const found = result.determinism.checks.find(
    c => c.name === name || (name === 'repeat' && c.perturbation === 'none')
  )
  if (!found) throw new Error(`no check ${name} in ${JSON.stringify(result.determinism.checks)}`)
  return found
}

describe('the determinism check on real Python pipelines', () => {
  it('a seeded, order-independent pipeline reproduces under every perturbation that applies here', async () => {
    const result = await runVariant(
      'seeded.py',
      ['row_order', 'hash_seed', 'timezone', 'threads', 'workdir'],
      true
    )
    expect(result.determinism.status).toBe('pass')
    expect(result.determinism.checks.map(c => [c.name, c.outcome])).toEqual([
      ['run-2 vs run-1', 'reproduced'],
      ['row_order', 'reproduced'],
      ['hash_seed', 'reproduced'],
      ['timezone', 'reproduced'],
      ['threads', 'reproduced'],
      ['workdir', 'reproduced']
    ])
    expect(result.determinism.notTried).toEqual(['locale (not in determinism.perturbations)'])
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

  it('an unseeded model fails the repeated runs with "unseeded randomness"', async () => {
    const result = await runVariant('unseeded_model.py', ['hash_seed'], true)
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
    const result = await runVariant('random_impute.py', [])
    expect(check(result, 'repeat')).toMatchObject({
      status: 'fail',
      outcome: 'changed',
      cause: expect.stringContaining('unseeded randomness')
    })
    expect(result.determinism.notTried).toHaveLength(6)
  })

  it('a split taken in arrival order changes only when the rows are reordered', async () => {
    const result = await runVariant('order_split.py', ['row_order', 'hash_seed'])
    expect(check(result, 'repeat').outcome).toBe('reproduced')
    expect(check(result, 'hash_seed').outcome).toBe('reproduced')
    const rowOrder = check(result, 'row_order')
    expect(rowOrder).toMatchObject({
      status: 'warn',
      outcome: 'changed',
      cause: expect.stringMatching(/^changes when the input rows are reordered/)
    })
    expect(rowOrder.rowsChanged).toBeGreaterThan(0)
    expect(result.determinism.status).toBe('warn')
  })

  it('features ordered by iterating a set change only with PYTHONHASHSEED', async () => {
    const result = await runVariant('set_features.py', ['row_order', 'hash_seed'])
    expect(check(result, 'repeat').outcome).toBe('reproduced')
    expect(check(result, 'row_order').outcome).toBe('reproduced')
    expect(check(result, 'hash_seed')).toMatchObject({
      outcome: 'changed',
      perturbation: 'PYTHONHASHSEED=1',
      cause: 'changes with PYTHONHASHSEED: the code depends on set or dict iteration order'
    })
    expect(result.determinism.findings.map(f => f.code)).toEqual(['determinism.hash_seed'])
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
    const result = await audit(config, 'run')
    expect(result.determinism.checks.map(c => [c.name, c.outcome])).toEqual([
      ['run-2 vs run-1', 'reproduced'],
      ['row_order', 'reproduced'],
      ['hash_seed', 'reproduced'],
      ['timezone', 'changed'],
      ['workdir', 'reproduced']
    ])
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
      ['run-2 vs run-1', 'reproduced'],
      ['row_order', 'reproduced'],
      ['workdir', 'reproduced']
    ])
    expect(result.determinism.notTried).toEqual([
      'hash_seed (does not reach the built-in engine, which runs inside repro-audit)',
      'timezone (does not reach the built-in engine, which runs inside repro-audit)',
      'locale (does not reach the built-in engine, which runs inside repro-audit)',
      'threads (does not reach the built-in engine, which runs inside repro-audit)'
    ])
    expect(result.runs.runs.map(r => r.id)).toEqual([
      'run-1',
      'run-2',
      'perturbed-row-order',
      'perturbed-workdir'
    ])
  })
})
