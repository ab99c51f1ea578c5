// Getting the CLI: `npm pack` the package, install the tarball into an empty folder without the
// network (everything is bundled, so nothing needs fetching), then use it as a user would.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { EXAMPLE, ROOT } from './helpers/workspace.js'

const run = promisify(execFile)

describe('the npm package', () => {
  let tarball: string
  let files: string[]

  beforeAll(async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-pack-'))
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT })
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
    tarball = path.join(out, packed.filename)
    files = packed.files.map(f => f.path).sort()
  })

  it('holds the CLI bundle and the schemas, not the sources, tests or the action bundle', () => {
    expect(files).toContain('dist/cli.js')
    expect(files).toContain('dist/partition-worker.js')
    expect(files).toContain('schema/repro-config.schema.json')
    expect(files).toContain('README.md')
    expect(files).toContain('LICENSE')
    expect(files.filter(f => /^(src|__tests__|fixtures|bench)\//.test(f))).toEqual([])
    expect(files).not.toContain('dist/index.js')
  })

  it('installs offline into an empty folder and audits a copy of the bundled example', async () => {
    const prefix = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-install-'))
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], {
      cwd: prefix,
      env: { ...process.env, npm_config_cache: path.join(prefix, '.npm-cache') }
    })
    const bin = path.join(prefix, 'node_modules', '.bin', 'repro-audit')
    const help = await run(bin, ['--help'], { cwd: prefix })
    expect(help.stdout).toMatch(/^Usage: repro-audit /)
    expect(help.stdout).toContain('init ')
    expect(help.stdout).toContain('accept ')

    const example = path.join(prefix, 'example')
    await fs.cp(EXAMPLE, example, { recursive: true, filter: src => !src.includes('.repro-audit') })
    const audit = await run(bin, ['run'], { cwd: example, env: { ...process.env, NO_COLOR: '1' } })
    expect(audit.stdout).toContain('PASS  Reproduced')
    // Nothing but the package itself was installed.
    expect((await fs.readdir(path.join(prefix, 'node_modules'))).filter(n => !n.startsWith('.'))).toEqual([
      'repro-audit'
    ])
  })
})
