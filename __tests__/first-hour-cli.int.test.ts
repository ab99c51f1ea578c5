// What a new user meets around the audit: every config mistake at once, a data-only config,
// reports that belong to the command that wrote them, and the `deps` output.
import { execFileSync } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { copyFixture, ROOT, runCli } from './helpers/workspace.js'

describe('config errors', () => {
  it('reports every typo at once, one line each with line, column and suggestion (exit 2)', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    const text = await fs.readFile(config, 'utf8')
    // The third typo sits under the first: what a misspelled key holds is checked as the key meant.
    const broken = text
      .replace(/^determinism:/m, 'determinsm:\n  perturbations: [row_ordr, timezone]')
      .replace(/^(\s+)id_column: Id$/m, '$1id_colum: Id')
    expect(broken).toContain('[row_ordr, timezone]')
    await fs.writeFile(config, broken)
    const result = await runCli(['verify', '--config', config])
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) expect(line).toMatch(/^repro-audit: .*repro\.yml:\d+:\d+: .*did you mean/)
    expect(result.stderr).toMatch(/unknown key "determinsm"; did you mean "determinism"\?/)
    expect(result.stderr).toMatch(/unknown key "snapshot\.id_colum"; did you mean "id_column"\?/)
    expect(result.stderr).toMatch(
      /determinism\.perturbations\[0\]: "row_ordr" is not one of .*; did you mean "row_order"\?/
    )
    expect(lines).toHaveLength(3)
    const numbers = lines.map(l => Number(/repro\.yml:(\d+):/.exec(l)?.[1]))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('reports the checks past the schema with the typos, in one exit 2: escaping paths, a score file not pinned', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    const text = await fs.readFile(config, 'utf8')
    const broken = text
      .replace(/^determinism:/m, 'determinsm:')
      .replace(/^(\s+)score: data\/test\.csv$/m, '$1score: data/holdout.csv')
      .replace(/^(\s+)- path: data\/train\.csv$/m, '$1- path: ../../outside.csv')
      .replace(/^snapshot:/m, 'baseline:\n  dir: /tmp/elsewhere\n\nsnapshot:')
    await fs.writeFile(config, broken)
    const result = await runCli(['verify', '--config', config])
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^repro-audit: .*repro\.yml:\d+:\d+: /)
    // Each line names the line of the file that holds the mistake.
    const written = broken.split('\n')
    const lineOf = (pattern: RegExp): string => {
      const line = lines.find(l => pattern.test(l)) ?? `(no line matches ${pattern})`
      return written[Number(/repro\.yml:(\d+):/.exec(line)?.[1]) - 1] ?? line
    }
    expect(lineOf(/baseline\.dir: "\/tmp\/elsewhere" leaves the repository/)).toBe('  dir: /tmp/elsewhere')
    expect(lineOf(/snapshot\.entries\[0\]\.path: "\.\.\/\.\.\/outside\.csv" leaves the repository/)).toBe(
      '    - path: ../../outside.csv'
    )
    expect(lineOf(/unknown key "determinsm"; did you mean "determinism"\?/)).toBe('determinsm:')
    // With an entry refused, "score is not a snapshot entry" could be a consequence: it is not guessed.
    expect(result.stderr).not.toMatch(/pipeline\.score/)
    expect(lines).toHaveLength(3)
    const numbers = lines.map(l => Number(/repro\.yml:(\d+):/.exec(l)?.[1]))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('a score file that is not pinned is reported with a typo elsewhere (exit 2, both lines)', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    const text = await fs.readFile(config, 'utf8')
    await fs.writeFile(
      config,
      text
        .replace(/^(\s+)score: data\/test\.csv$/m, '$1score: data/holdout.csv')
        .replace(/^(\s+)id_column: Id$/m, '$1id_colum: Id')
    )
    const result = await runCli(['verify', '--config', config])
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/repro\.yml:8:3: unknown key "snapshot\.id_colum"; did you mean "id_column"\?$/)
    expect(lines[1]).toMatch(
      /repro\.yml:16:10: pipeline\.score: "data\/holdout\.csv" is not a snapshot entry .*add it to snapshot\.entries/
    )
  })

  it('a config without a pipeline section can lock and verify; run says what it lacks', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'data-only.yml')
    await fs.writeFile(
      config,
      'snapshot:\n  id_column: Id\n  entries:\n    - path: data/train.csv\n  lock: data-only.lock\n'
    )
    expect((await runCli(['lock', '--config', config])).code).toBe(0)
    const verified = await runCli(['verify', '--config', config])
    expect([verified.code, verified.stderr]).toEqual([0, ''])
    const run = await runCli(['run', '--config', config])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/data-only\.yml: `run` needs a pipeline section in the config/)
  })
})

describe('reports belong to the command that wrote them', () => {
  it('verify writes verify-report.*, leaves report.* alone; an exit 2 leaves no stale report', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    const reports = path.join(dir, '.repro-audit')
    expect((await runCli(['run', '--config', config])).code).toBe(0)
    const runReport = await fs.readFile(path.join(reports, 'report.json'), 'utf8')
    expect(JSON.parse(runReport).command).toBe('run')

    const verified = await runCli(['verify', '--config', config])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toMatch(/^report: .*verify-report\.md, .*verify-report\.json$/m)
    expect(JSON.parse(await fs.readFile(path.join(reports, 'verify-report.json'), 'utf8')).command).toBe(
      'verify'
    )
    expect(await fs.readFile(path.join(reports, 'report.json'), 'utf8')).toBe(runReport)

    await fs.writeFile(config, (await fs.readFile(config, 'utf8')).replace(/^snapshot:/m, 'snapshott:'))
    expect((await runCli(['run', '--config', config])).code).toBe(2)
    expect(existsSync(path.join(reports, 'report.json'))).toBe(false)
    expect(existsSync(path.join(reports, 'report.md'))).toBe(false)
    expect(existsSync(path.join(reports, 'verify-report.json'))).toBe(true) // another command's
  })
})

describe('reports in a custom report.dir', () => {
  it('a config that fails to load but still parses has its stale reports removed from its report.dir', async () => {
    const dir = await copyFixture()
    const config = path.join(dir, 'repro.yml')
    const reports = path.join(dir, 'out', 'reports')
    const text = (await fs.readFile(config, 'utf8')) + '\nreport:\n  dir: out/reports\n'
    await fs.writeFile(config, text)
    expect((await runCli(['verify', '--config', config])).code).toBe(0)
    expect(existsSync(path.join(reports, 'verify-report.json'))).toBe(true)
    await fs.writeFile(config, text.replace(/^snapshot:/m, 'snapshott:'))
    expect((await runCli(['verify', '--config', config])).code).toBe(2)
    expect(existsSync(path.join(reports, 'verify-report.json'))).toBe(false)
    expect(existsSync(path.join(reports, 'verify-report.md'))).toBe(false)
  })

  it('a report.dir outside the repository is not touched, even to remove a report', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-elsewhere-'))
    await fs.writeFile(path.join(outside, 'verify-report.json'), '{}\n')
    const dir = await copyFixture()
    execFileSync('git', ['init', '-q'], { cwd: dir })
    const config = path.join(dir, 'repro.yml')
    await fs.appendFile(config, `\nreport:\n  dir: ${path.relative(dir, outside)}\n`)
    const result = await runCli(['verify', '--config', config])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/report\.dir: ".*" leaves the repository/)
    expect(await fs.readFile(path.join(outside, 'verify-report.json'), 'utf8')).toBe('{}\n')
  })
})

describe('deps output', () => {
  it('names the repository, points up to the findings, and mentions no report it did not write', async () => {
    const repo = await fs.mkdtemp(path.join(os.tmpdir(), 'my-model-'))
    execFileSync('git', ['init', '-q'], { cwd: repo })
    const sub = path.join(repo, 'service')
    await fs.mkdir(sub)
    const requirements = Array.from({ length: 30 }, (_, i) => `package-${i}>=1.0`).join('\n')
    await fs.writeFile(path.join(sub, 'requirements.txt'), requirements + '\n')
    const result = await runCli(['deps', 'requirements.txt'], { cwd: sub })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(`repro-audit deps · ${path.basename(repo)}`)
    expect(result.stdout).not.toContain('report.json')
    expect(result.stdout).toContain('… 10 more (--json lists them all)')
    const last = result.stdout.trimEnd().split('\n').at(-1)
    // The headline names the cause and the next step (issue #14), not only counts.
    expect(last).toBe(
      'WARN  30 requirements are not pinned exactly (package-0, package-1, package-2 and 27 more). Pin exact versions and commit.'
    )
  })

  it('ranges pinned by the poetry.lock beside the pyproject are not reported as unpinned', async () => {
    const dir = path.join(ROOT, 'fixtures', 'lockfiles')
    const result = await runCli(
      ['deps', '--json', 'ames-housing-mlflow.pyproject.toml', 'ames-housing-mlflow.poetry.lock'],
      { cwd: dir }
    )
    const json = JSON.parse(result.stdout)
    const codes = json.dependencies.findings.map((f: { code: string }) => f.code)
    expect(codes).not.toContain('deps.unpinned')
    expect(codes).toContain('deps.pinned-by-lock')
  })
})
