import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import type { AuditResult } from '../src/core/result.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { commandConfig, dataWorkspace } from './helpers/python.js'
import { ROOT } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

/** Writes predictions for the three test ids, the way a correct pipeline would. */
const GOOD = `printf 'Id,prediction\\n5,1.5\\n10,2.5\\n11,3.5\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`

async function workspace(command: string, extra = ''): Promise<string> {
  const dir = await dataWorkspace(commandConfig(command, extra), { trainRows: 5, testRows: 3 })
  await audit(await loadConfig(path.join(dir, 'repro.yml')), 'lock')
  return dir
}

async function baseline(dir: string): Promise<AuditResult> {
  return audit(await loadConfig(path.join(dir, 'repro.yml')), 'baseline')
}

describe('the command engine', () => {
  it('runs the command in the config folder with the data and output folders and the fixed settings', async () => {
    const dir = await workspace(
      `${GOOD}; printf '{"rmse": 1.25, "fold": {"r2": 0.5}}' > "$REPRO_OUTPUT_DIR/metrics.json"; mkdir -p "$REPRO_OUTPUT_DIR/model"; ` +
        `printf '{"alpha": 1}' > "$REPRO_OUTPUT_DIR/params.json"; echo tree > "$REPRO_OUTPUT_DIR/model/tree.txt"; echo x > "$REPRO_OUTPUT_DIR/scratch.tmp"; ` +
        `env | grep -E '^(TZ|LC_ALL|PYTHONHASHSEED|OMP_NUM_THREADS|REPRO_DATA_DIR)=' | sort > "$REPRO_OUTPUT_DIR/model/env.txt"; pwd > "$REPRO_OUTPUT_DIR/model/cwd.txt"`,
      '  outputs: { artifacts: ["model/**"] }'
    )
    const result = await baseline(dir)
    expect(result.status).toBe('pass')
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'), 'utf8'))
    expect(manifest.metrics).toEqual({ 'fold.r2': 0.5, rmse: 1.25 })
    expect(manifest.artifacts.map((a: { path: string }) => a.path)).toEqual([
      'model/cwd.txt',
      'model/env.txt',
      'model/tree.txt',
      'params.json'
    ])
    const env = await fs.readFile(baselineFile(path.join(dir, 'baseline'), 'model/env.txt'), 'utf8')
    expect(env).toBe(`LC_ALL=C.UTF-8\nOMP_NUM_THREADS=1\nPYTHONHASHSEED=0\nREPRO_DATA_DIR=${dir}\nTZ=UTC\n`)
    expect(
      (await fs.readFile(baselineFile(path.join(dir, 'baseline'), 'model/cwd.txt'), 'utf8')).trim()
    ).toBe(dir)
  })

  it('puts the configured Python first on PATH and names it in REPRO_PYTHON', async () => {
    const dir = await workspace(
      `${GOOD}; printf '{"python": "%s", "first": "%s"}' "$REPRO_PYTHON" "$(command -v python3)" > "$REPRO_OUTPUT_DIR/params.json"`,
      '  python: /usr/bin/python3'
    )
    expect((await baseline(dir)).status).toBe('pass')
    const params = JSON.parse(
      await fs.readFile(baselineFile(path.join(dir, 'baseline'), 'params.json'), 'utf8')
    )
    expect(params).toEqual({ python: '/usr/bin/python3', first: '/usr/bin/python3' })
  })

  it('reads Parquet predictions (pyarrow-written, snappy) and compares them as CSV', async () => {
    const parquet = path.join(ROOT, '__tests__', 'fixtures', 'predictions.parquet')
    const dir = await workspace(
      `cp '${parquet}' "$REPRO_OUTPUT_DIR/predictions.parquet"`,
      '  outputs: { predictions: predictions.parquet }'
    )
    expect((await baseline(dir)).status).toBe('pass')
    expect(await fs.readFile(baselineFile(path.join(dir, 'baseline'), 'predictions.csv'), 'utf8')).toBe(
      'Id,prediction\n5,1.5\n10,2.5\n11,3.5\n'
    )
    const result = await audit(await loadConfig(path.join(dir, 'repro.yml')), 'run')
    expect(result.status).toBe('pass')
  })
})

describe('bad input from the command: an error naming the run and the file, exit 2, nothing written', () => {
  const cases: [string, string, RegExp][] = [
    [
      'the command is not found',
      'no-such-trainer --fit',
      /^Run run-1 failed: \S*\/runs\/run-1\.log: command not found \(no-such-trainer: not found\)\.$/
    ],
    [
      'the command exits non-zero',
      'echo "Traceback: boom" >&2; exit 3',
      /^Run run-1 failed: \S*\/runs\/run-1\.log: the command exited with status 3\.$/
    ],
    [
      'the command writes no predictions',
      'echo done > "$REPRO_OUTPUT_DIR/log.txt"',
      /^Run run-1 failed: .*predictions\.csv: the command wrote no predictions file; it wrote log\.txt\.$/
    ],
    [
      'the predictions have no id column',
      `printf 'Key,prediction\\n5,1\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:1: the predictions have no id column "Id" \(columns: Key, prediction\)\.$/
    ],
    [
      'an id appears twice',
      `printf 'Id,prediction\\n5,1\\n10,2\\n5,3\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:4: id 5 appears more than once \(first on line 2\)\.$/
    ],
    [
      'a prediction is NaN',
      `printf 'Id,prediction\\n5,1\\n10,NaN\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:3: id 10 has NaN in "prediction"\.$/
    ],
    [
      'a prediction is infinite',
      `printf 'Id,prediction\\n5,-inf\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:2: id 5 has -inf in "prediction"\.$/
    ],
    [
      'a prediction is missing',
      `printf 'Id,prediction\\n5,\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:2: id 5 has no value in "prediction"\.$/
    ],
    [
      'the predictions file is empty',
      `: > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv: the predictions file is empty\.$/
    ],
    [
      'the predictions have a header only',
      `echo Id,prediction > "$REPRO_OUTPUT_DIR/predictions.csv"`,
      /predictions\.csv:1: the predictions file has a header but no rows\.$/
    ],
    [
      'the metrics are not JSON',
      `${GOOD}; echo 'rmse=1' > "$REPRO_OUTPUT_DIR/metrics.json"`,
      /metrics\.json: the metrics file is not valid JSON/
    ]
  ]

  it.each(cases)('%s', async (_name, command, message) => {
    const dir = await workspace(command)
    const result = await baseline(dir)
    expect(result.status).toBe('error')
    expect(result.gate.exitCode).toBe(2)
    const finding = result.runs.findings[0]
    expect(finding).toMatchObject({ status: 'error', code: 'run.failed' })
    expect(finding.message).toMatch(message)
    expect(result.summary).toContain('Run run-1 failed')
    await expect(fs.access(path.join(dir, 'baseline'))).rejects.toThrow()
  })

  it('an artifact may not take a name the baseline folder keeps for itself', async () => {
    const dir = await workspace(
      `printf 'Id,prediction\\n5,1\\n' > "$REPRO_OUTPUT_DIR/preds.csv"; echo '{}' > "$REPRO_OUTPUT_DIR/baseline.json"`,
      '  outputs: { predictions: preds.csv, artifacts: ["*.json"] }'
    )
    const result = await baseline(dir)
    expect(result.gate.exitCode).toBe(2)
    expect(result.runs.findings[0].message).toMatch(
      /baseline\.json: artifact "baseline\.json" has the name of a file the baseline folder keeps for itself; rename it\.$/
    )
    await expect(fs.access(path.join(dir, 'baseline'))).rejects.toThrow()
  })

  it('a timeout stops the command and its children', async () => {
    const dir = await workspace('sleep 30 & sleep 30; echo never', '  timeout: 0.5')
    const result = await baseline(dir)
    expect(result.runs.findings[0].message).toBe(
      `Run run-1 failed: ${path.join(dir, '.repro-audit', 'runs', 'run-1.log')}: the command did not finish within 0.5 s and was stopped with 2 other processes it had started.`
    )
    expect(result.gate.exitCode).toBe(2)
  })

  it('a failing run leaves the committed baseline as it was and shows the end of its output', async () => {
    const dir = await workspace(GOOD)
    expect((await baseline(dir)).status).toBe('pass')
    const before = await fs.readFile(path.join(dir, 'baseline', 'baseline.json'))
    await fs.writeFile(
      path.join(dir, 'repro.yml'),
      commandConfig(
        'for i in $(seq 1 50); do echo "line $i"; done; echo "ValueError: bad column" >&2; exit 1'
      )
    )
    const result = await baseline(dir)
    expect(result.gate.exitCode).toBe(2)
    expect(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'))).toEqual(before)
    expect(result.runs.runs[0]).toMatchObject({ id: 'run-1', status: 'error' })
    const output = result.runs.runs[0].output ?? ''
    expect(output.split('\n')).toHaveLength(20)
    expect(output).toMatch(/line 50\nValueError: bad column$/)
    expect(renderMarkdown(result)).toContain('ValueError: bad column')
  })

  it('a perturbed run that fails is an error naming that run', async () => {
    const dir = await workspace(`test "$TZ" = UTC || exit 4; ${GOOD}`)
    await baseline(dir)
    await fs.appendFile(path.join(dir, 'repro.yml'), '\ndeterminism:\n  perturbations: [timezone]\n')
    const result = await audit(await loadConfig(path.join(dir, 'repro.yml')), 'run')
    expect(result.gate.exitCode).toBe(2)
    expect(result.runs.findings.map(f => f.message)).toEqual([
      expect.stringMatching(/^Run perturbed-timezone \(TZ=\S+ .*\) failed: .*exited with status 4\.$/)
    ])
    // The plain run succeeded, so the failure is the time zone's doing, and said so.
    expect(result.determinism.checks.find(c => c.name === 'timezone')).toMatchObject({
      outcome: 'failed',
      cause: expect.stringMatching(/^the run fails under this perturbation but not without it: .*status 4/)
    })
    // The plain run (and, with a second core, the identical rerun beside it) passed.
    expect(result.runs.runs.slice(0, 2).map(r => [r.id, r.status])).toEqual([
      ['perturbed-timezone', 'error'],
      ['run-1', 'pass']
    ])
    expect(result.runs.runs.slice(2).every(r => r.status === 'pass')).toBe(true)
    expect(result.comparison.status).toBe('pass')
  })
})
