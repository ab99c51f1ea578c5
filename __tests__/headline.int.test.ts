// One headline rule per kind of finding, each from a real run of a small real pipeline: the
// built-in engine on the Ames example, or a scikit-learn script run by command.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv } from 'ajv'
import { audit, type AuditOptions } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import type { AuditResult } from '../src/core/result.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderTerminal } from '../src/report/terminal.js'
import { renderJson } from '../src/report/write.js'
import { alterBaseline, editCsv } from './helpers/baseline.js'
import { machineIndependent, runAudit, setConfig, workspace } from './helpers/audit.js'
import { commandConfig, dataWorkspace, PYTHON, VARIANTS } from './helpers/python.js'
import { ROOT } from './helpers/workspace.js'

const git = promisify(execFile)
const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(await fs.readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'))
)

/** The top of the report a reviewer reads: verdict, headline, overview and findings. */
function head(result: AuditResult): string {
  const md = renderMarkdown(result)
  const end = md.indexOf('\n### ', md.indexOf('### Findings') + 1)
  return end < 0 ? md : md.slice(0, end)
}

function expectValid(result: AuditResult): void {
  validate(JSON.parse(renderJson(result)))
  expect(validate.errors ?? []).toEqual([])
}

async function builtin(
  prepare: (dir: string) => Promise<void>,
  options: AuditOptions = {}
): Promise<{ dir: string; result: AuditResult }> {
  const dir = await workspace({ runs: 1 })
  await prepare(dir)
  const result = machineIndependent(await runAudit(dir, options), dir)
  expectValid(result)
  return { dir, result }
}

/** A fixed time of the run, so the report is the same at any time of day. */
const AFTERNOON = new Date('2026-03-04T15:00:00Z')

async function python(script: string, perturbation: string): Promise<AuditResult> {
  const extra = [
    `  python: ${PYTHON}`,
    'determinism:',
    '  runs: 1',
    `  perturbations: [${perturbation}]`
  ].join('\n')
  const dir = await dataWorkspace(
    `name: headline\n${commandConfig(`python3 ${path.join(VARIANTS, script)}`, extra)}`
  )
  const config = await loadConfig(path.join(dir, 'repro.yml'))
  await audit(config, 'lock')
  await audit(config, 'baseline')
  // The time-zone perturbation picks its zone by the hour of the run (east of UTC from 11:00 UTC).
  const result = machineIndependent(await audit(config, 'run', { now: AFTERNOON }), dir)
  expectValid(result)
  return result
}

const train = (dir: string): string => path.join(dir, 'data', 'train.csv')
const lotArea = 4

describe('the headline names the leading cause and the next step', () => {
  it('data edit: the file, the rows by id, the column, and how to re-pin', async () => {
    const { result } = await builtin(dir =>
      editCsv(train(dir), rows =>
        rows.map(r =>
          r[0] === '7' || r[0] === '41' ? r.map((v, i) => (i === lotArea ? String(Number(v) + 1) : v)) : r
        )
      )
    )
    expect(result.summary).toBe(
      'Not reproduced: data/train.csv changed in 2 rows (Ids 7 and 41; column Lot_Area). If intended: `repro-audit lock` and `repro-audit baseline`, then commit.'
    )
    expect(head(result)).toMatchSnapshot()
  })

  it('parameter edit: the parameter, old → new, before the drift it explains', async () => {
    const { result } = await builtin(dir =>
      setConfig(dir, t =>
        t.replace('model: { type: lasso, alpha: 0.001 }', 'model: { type: lasso, alpha: 0.01 }')
      )
    )
    expect(result.summary).toBe(
      'Not reproduced: parameters changed since the baseline (alpha 0.001 → 0.01). If intended: `repro-audit baseline` and commit.'
    )
    const codes = result.comparison.findings.filter(f => f.status !== 'pass').map(f => [f.code, f.causedBy])
    expect(codes).toContainEqual(['predictions.drift', 'parameters.changed'])
    const md = head(result)
    expect(md.indexOf('Parameter `model.params.alpha`')).toBeLessThan(md.indexOf('↳ ❌ Predictions drifted'))
    expect(md).toMatchSnapshot()
  })

  it('rows only reordered: reproduced, and it says so', async () => {
    const { result } = await builtin(dir => editCsv(train(dir), rows => [...rows].reverse()))
    expect(result.status).toBe('warn')
    expect(result.summary).toBe(
      'Reproduced; the rows of data/train.csv were only reordered. If intended: `repro-audit lock` and commit.'
    )
    expect(head(result)).toMatchSnapshot()
  })

  it('equal within tolerance: how many predictions differ, and by how much at most', async () => {
    const { result } = await builtin(dir =>
      alterBaseline(dir, {
        predictions: rows =>
          rows.map((r, i) => (i % 2 === 0 ? [r[0], String(Number(r[1]) * (1 + 1e-12))] : r))
      })
    )
    expect(result.status).toBe('pass')
    expect(result.summary).toMatch(
      /^Reproduced: equal within tolerance \(293 of 586 predictions differ by at most \d(\.\d+)?e-\d+\)\.$/
    )
    expect(head(result)).toMatchSnapshot()
  })

  it('unpinned requirements: how many, which, and what to do', async () => {
    const { result } = await builtin(async dir => {
      await fs.writeFile(path.join(dir, 'requirements.txt'), 'pandas>=1.0\nnumpy~=1.26\nscipy==1.11.4\n')
      await setConfig(
        dir,
        t => `${t}\ndependencies:\n  files: [requirements.txt]\n  check_installed: false\n`
      )
    })
    expect(result.summary).toBe(
      'Reproduced; 2 requirements are not pinned exactly (pandas and numpy). Pin exact versions and commit.'
    )
    expect(head(result)).toMatchSnapshot()
  })

  it('installed ≠ pinned: the package, the installed version, the file and line, the pin', async () => {
    const { result } = await builtin(async dir => {
      await fs.writeFile(path.join(dir, 'requirements.txt'), 'scikit-learn\npandas==0.25.3\n')
      await setConfig(dir, t => `${t}\ndependencies:\n  files: [requirements.txt]\n  python: ${PYTHON}\n`)
    })
    const installed = result.dependencies.files[0].packages.find(p => p.name === 'pandas')?.installed
    expect(installed).toBeDefined()
    expect(result.summary).toBe(
      `Results reproduce, but pandas ${installed} is installed where <workspace>/requirements.txt:2 pins 0.25.3, and 1 more. Install the pinned versions, or pin the installed ones and commit.`
    )
    expect(head(result).split(String(installed)).join('<installed>')).toMatchSnapshot()
  })

  it('intended baseline update: said first, counted once per row, not called drift, parameters in view', async () => {
    const dir = await workspace({ runs: 1 })
    const run = (...args: string[]) =>
      git('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir })
    await run('init', '-q', '-b', 'main')
    await run('add', '-A')
    await run('commit', '-qm', 'base')
    await setConfig(dir, t =>
      t.replace('model: { type: lasso, alpha: 0.001 }', 'model: { type: lasso, alpha: 0.01 }')
    )
    await runAudit(dir, {}, 'baseline')
    const result = machineIndependent(await runAudit(dir, { baseRef: 'HEAD' }), dir)
    expectValid(result)
    expect(result.status).toBe('pass')
    const ic = result.comparison.intendedChange
    expect(ic?.predictions?.rowsChanged).toBeLessThanOrEqual(ic?.predictions?.matched ?? 0)
    expect(result.summary).toMatch(
      /^Baseline updated in this pull request: [\d,]+ of 586 predictions change; .*parameters alpha 0\.001 → 0\.01\.$/
    )
    const md = renderMarkdown(result)
    expect(md).toContain('Parameters: `model.params.alpha` `0.001` → `0.01`')
    const intended = md.slice(md.indexOf('#### Intended change'))
    expect(intended).not.toContain('drifted')
    expect(intended).toContain('✏️ changed')
    expect(head(result)).toMatchSnapshot()
  })

  it('PYTHONHASHSEED: reproduced, but results change with it, and why', async () => {
    const result = await python('set_features.py', 'hash_seed')
    expect(result.summary).toBe(
      'Reproduced, but results change with PYTHONHASHSEED. Likely: the code depends on set or dict iteration order.'
    )
    expect(head(result)).toMatchSnapshot()
  })

  it('row order: reproduced, but results change when input rows are reordered', async () => {
    const result = await python('order_split.py', 'row_order')
    expect(result.summary).toMatch(/^Reproduced, but results change when input rows are reordered\. Likely: /)
    expect(head(result)).toMatchSnapshot()
  })

  it('the date (an age counted up to today): reproduced, but results change with the date', async () => {
    // The age moves with the year only, so the plain runs agree at any hour; the clock jumps 400 days.
    const result = await python('age_today.py', 'clock')
    expect(result.determinism.checks.find(c => c.name === 'clock')?.outcome).toBe('changed')
    expect(result.summary).toBe(
      "Reproduced, but results change with the date and time. Likely: the code reads today's date or the current time (ages, durations, date-based splits)."
    )
    // How far the predictions move depends on the year the test runs in.
    expect(
      head(result).replace(/max absolute difference [^)]*\)/, 'max absolute difference <year-dependent>)')
    ).toMatchSnapshot()
  })

  it('the time zone (a date read in local time): the perturbation names itself', async () => {
    const result = await python('local_date.py', 'timezone')
    expect(result.summary).toMatch(/^Reproduced, but results change with the time zone \(TZ\)\. Likely: /)
    expect(head(result)).toMatchSnapshot()
  })
})

describe('accepted and known findings', () => {
  const unpinned = async (dir: string, accept = ''): Promise<void> => {
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'pandas>=1.0\n')
    await setConfig(
      dir,
      t => `${t}\ndependencies:\n  files: [requirements.txt]\n  check_installed: false\n${accept}`
    )
  }
  const acceptPandas = (until: string) =>
    `accept:\n  - { code: deps.unpinned, package: pandas, reason: "the platform team pins it", until: ${until} }\n`

  it('an accepted finding shows as accepted and does not raise the status', async () => {
    const { result } = await builtin(dir => unpinned(dir, acceptPandas('2026-06-30')), {
      today: '2026-06-30'
    })
    expect(result.status).toBe('pass')
    expect(result.dependencies.status).toBe('pass')
    expect(result.dependencies.findings[0]).toMatchObject({
      code: 'deps.unpinned',
      status: 'warn',
      accepted: { reason: 'the platform team pins it', until: '2026-06-30' }
    })
    expect(result.summary).toBe('Reproduced: the retrained pipeline matches the baseline.')
    const md = head(result)
    expect(md).toContain('- ☑️ pandas is declared as')
    expect(md).toContain('— accepted: the platform team pins it (until 2026-06-30)')
  })

  it('an expired acceptance is a warning, and the finding counts again', async () => {
    const { result } = await builtin(dir => unpinned(dir, acceptPandas('2026-06-30')), {
      today: '2026-07-01'
    })
    expect(result.status).toBe('warn')
    expect(result.dependencies.findings.map(f => [f.code, f.accepted === undefined])).toEqual([
      ['deps.unpinned', true],
      ['accept.expired', true]
    ])
    expect(result.dependencies.findings[1].message).toContain('expired on 2026-06-30')
  })

  it("findings the base branch's report had are known; the others new", async () => {
    const { result: base } = await builtin(dir => unpinned(dir))
    const { result } = await builtin(
      async dir => {
        await fs.writeFile(path.join(dir, 'requirements.txt'), 'pandas>=1.0\nnumpy>=1.0\n')
        await setConfig(
          dir,
          t => `${t}\ndependencies:\n  files: [requirements.txt]\n  check_installed: false\n`
        )
      },
      { known: base }
    )
    expect(result.dependencies.findings.map(f => [f.package, f.seen])).toEqual([
      ['pandas', 'known'],
      ['numpy', 'new']
    ])
    const md = head(result)
    expect(md).toMatch(/pandas is declared .* · known/)
    expect(md).toMatch(/numpy is declared .* · \*\*new\*\*/)
    expect(renderTerminal(result, { colour: false })).toMatch(/numpy is declared .* · new/)
  })
})
