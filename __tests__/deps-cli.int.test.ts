// `repro-audit deps` as a user runs it (dist/cli.js; run `npm run bundle` first), and the baseline
// round trip: versions recorded by `baseline`, changes listed by `run`.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { copyFixture, ROOT, runCli } from './helpers/workspace.js'

describe('repro-audit deps', () => {
  test('deps FILE --json: per file { path, format, packages: [{ name, specifier, version, pinned, line }] } plus findings', async () => {
    const dir = await copyFixture()
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'NumPy==1.26.4\npandas>=2\n')
    await fs.writeFile(path.join(dir, 'Dockerfile'), 'FROM python:3.11-slim\n')
    const r = await runCli(['deps', 'requirements.txt', 'Dockerfile', '--json'], { cwd: dir })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0) // warnings only, and the gate fails on fail
    const result = JSON.parse(r.stdout)
    expect(
      result.dependencies.files.map((f: { path: string; format: string }) => [f.path, f.format])
    ).toEqual([
      ['requirements.txt', 'requirements'],
      ['Dockerfile', 'Dockerfile']
    ])
    expect(result.dependencies.files[0].packages).toEqual([
      { name: 'numpy', specifier: '==1.26.4', version: '1.26.4', pinned: true, line: 1, ecosystem: 'python' },
      { name: 'pandas', specifier: '>=2', pinned: false, line: 2, ecosystem: 'python' }
    ])
    expect(
      result.dependencies.findings.map((f: { code: string; file: string; line: number }) => [
        f.code,
        f.file,
        f.line
      ])
    ).toEqual([
      ['deps.unpinned', 'requirements.txt', 2],
      ['deps.image-by-tag', 'Dockerfile', 1]
    ])
    expect(result.status).toBe('warn')
  })

  test('deps FILE works in a folder without a config, on the real files other projects wrote', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-deps-cli-'))
    for (const name of ['house-price-mlops.uv.lock', 'islamabad-house-price-backend.package.json']) {
      await fs.copyFile(path.join(ROOT, 'fixtures', 'lockfiles', name), path.join(dir, name))
    }
    const r = await runCli(
      ['deps', 'house-price-mlops.uv.lock', 'islamabad-house-price-backend.package.json', '--json'],
      { cwd: dir }
    )
    expect(r.stderr).toBe('')
    const result = JSON.parse(r.stdout)
    expect(
      result.dependencies.files.map((f: { format: string; packages: unknown[] }) => [
        f.format,
        f.packages.length
      ])
    ).toEqual([
      ['uv.lock', 161],
      ['package.json', 17]
    ])
    // Every package.json entry is a caret range: 17 unpinned warnings, each on its own line.
    const lines = result.dependencies.findings.map((f: { line: number }) => f.line)
    expect(lines).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 31])
    expect(r.code).toBe(0)
  })

  test('an include that leaves the repository stops the audit with exit status 2 and names file and line', async () => {
    const dir = await copyFixture()
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy==1.26.4\n-r ../../etc/passwd\n')
    const r = await runCli(['deps', 'requirements.txt'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^repro-audit: requirements.txt: -r \.\.\/\.\.\/etc\/passwd leaves the repository/
    )
  })

  test('baseline records dependency versions; run lists what changed since', async () => {
    const dir = await copyFixture()
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy==1.26.4\nscipy==1.11.4\n')
    const config =
      (await fs.readFile(path.join(dir, 'repro.yml'), 'utf8')) +
      '\ndependencies:\n  files: [requirements.txt]\n  check_installed: false\n'
    await fs.writeFile(path.join(dir, 'repro.yml'), config)
    const written = await runCli(['baseline', '--json'], { cwd: dir })
    expect(written.code).toBe(0)
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'), 'utf8'))
    expect(manifest.dependencies).toEqual({ 'python:numpy': '1.26.4', 'python:scipy': '1.11.4' })

    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy==2.0.0\nscipy==1.11.4\n')
    const r = await runCli(['deps', '--json'], { cwd: dir })
    const result = JSON.parse(r.stdout)
    expect(result.dependencies.changes).toEqual([
      { name: 'python:numpy', baseline: '1.26.4', current: '2.0.0', distance: 'major' }
    ])
    expect(result.dependencies.findings).toEqual([
      {
        status: 'warn',
        code: 'deps.changed-since-baseline',
        message: 'python:numpy changed since the baseline: 1.26.4 → 2.0.0 (major).',
        file: 'requirements.txt',
        line: 1,
        package: 'python:numpy'
      }
    ])

    // When results drift too, the comparison says the version change may explain it.
    manifest.metrics.rmse += 1
    await fs.writeFile(path.join(dir, 'baseline', 'baseline.json'), JSON.stringify(manifest, null, 2))
    const drifted = JSON.parse((await runCli(['run', '--json'], { cwd: dir })).stdout)
    expect(drifted.comparison.status).toBe('fail')
    const explain = drifted.comparison.findings.find(
      (f: { code: string }) => f.code === 'dependencies.may-explain'
    )
    expect(explain.message).toBe(
      'Dependency versions changed since the baseline (python:numpy 1.26.4 → 2.0.0), which may explain the change.'
    )
  })
})
