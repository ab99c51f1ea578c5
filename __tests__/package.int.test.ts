// Getting the CLI: `npm pack` the package, install the tarball into an empty folder without the
// network (everything is bundled, so nothing needs fetching), then use it as a user would.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { parquetWriteFile } from 'hyparquet-writer'
import semver from 'semver'
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

describe('installing from the repository', () => {
  it('npm installs a git+file:// clone offline, with no build and no dev tools, and the CLI runs', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-git-install-'))
    const clone = path.join(work, 'repro-audit')
    // The committed state (dist/ included), as a user's `github:` or `git+https:` install gets it.
    await run('git', ['clone', '-q', '--depth', '1', pathToFileURL(ROOT).href, clone])
    const manifest = JSON.parse(await fs.readFile(path.join(clone, 'package.json'), 'utf8'))
    // Any of these makes npm install every devDependency into the clone before packing it.
    const preparing = ['preinstall', 'install', 'postinstall', 'build', 'prepack', 'prepare']
    expect(Object.keys(manifest.scripts).filter(s => preparing.includes(s))).toEqual([])
    const prefix = path.join(work, 'prefix')
    await fs.mkdir(prefix)
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        `git+${pathToFileURL(clone).href}`
      ],
      { cwd: prefix, env: { ...process.env, npm_config_cache: path.join(work, '.npm-cache') } }
    )
    expect((await fs.readdir(path.join(prefix, 'node_modules'))).filter(n => !n.startsWith('.'))).toEqual([
      'repro-audit'
    ])
    const installed = path.join(prefix, 'node_modules', 'repro-audit')
    expect((await fs.readdir(installed)).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
      'schema'
    ])
    const help = await run(path.join(prefix, 'node_modules', '.bin', 'repro-audit'), ['--help'], {
      cwd: prefix
    })
    expect(help.stdout).toMatch(/^Usage: repro-audit /)
  })
})

// Which chunks of the built CLI a command loads, recorded by a module resolve hook (Node ≥ 20.6):
// `--help` needs cli.js alone, and `verify` of a data-only config no heavy part it does not use.
describe('the built CLI loads only what a command uses', () => {
  const DIST = path.join(ROOT, 'dist')
  /** The heavy parts, by what their chunk holds (chunk names follow rollup's naming, not ours). */
  const HEAVY: Record<string, (name: string, text: string) => boolean> = {
    'the Parquet reader or writer': (_, text) => /TCompactProtocol|parquetMetadata/.test(text),
    'the Ajv schema compiler': (_, text) => /strictSchema/.test(text),
    'the GitHub client': (_, text) => /Octokit/.test(text),
    'the built-in engine': name => name === 'cli-engine.js',
    init: name => name === 'cli-init.js'
  }
  let hook: string
  let work: string

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-lazy-'))
    hook = path.join(work, 'record-loads.mjs')
    const hooks = `import { appendFileSync } from 'node:fs'
let out
export function initialize(data) { out = data.out }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (result.url.startsWith('file:')) appendFileSync(out, result.url + '\\n')
  return result
}`
    await fs.writeFile(
      hook,
      `import { register } from 'node:module'\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)}, { data: { out: process.env.REPRO_AUDIT_LOADS } })\n`
    )
  })

  /** The dist/ files `args` loads, by name, sorted. */
  async function loads(args: string[], cwd: string): Promise<string[]> {
    const log = path.join(work, `loads-${Date.now()}-${Math.random()}.txt`)
    await fs.writeFile(log, '')
    await run(process.execPath, ['--import', hook, path.join(DIST, 'cli.js'), ...args], {
      cwd,
      env: { ...process.env, REPRO_AUDIT_LOADS: log, NO_COLOR: '1' }
    })
    const urls = (await fs.readFile(log, 'utf8')).split('\n').filter(Boolean)
    const names = urls.map(u => fileURLToPath(u)).filter(f => path.dirname(f) === DIST)
    return [...new Set(names.map(f => path.basename(f)))].sort()
  }

  async function heavyParts(chunks: string[]): Promise<string[]> {
    const found: string[] = []
    for (const chunk of chunks) {
      const text = await fs.readFile(path.join(DIST, chunk), 'utf8')
      for (const [part, holds] of Object.entries(HEAVY))
        if (holds(chunk, text)) found.push(`${part} (${chunk})`)
    }
    return found
  }

  async function dataProject(file: string, write: (target: string) => Promise<void>): Promise<string> {
    const dir = await fs.mkdtemp(path.join(work, 'project-'))
    await fs.mkdir(path.join(dir, 'data'))
    await write(path.join(dir, 'data', file))
    await fs.writeFile(
      path.join(dir, 'repro.yml'),
      `snapshot:\n  id_column: id\n  entries:\n    - path: data/${file}\n`
    )
    await run('git', ['init', '-q'], { cwd: dir })
    await run(process.execPath, [path.join(DIST, 'cli.js'), 'lock'], { cwd: dir })
    return dir
  }

  it('--help loads cli.js alone', async () => {
    expect(await loads(['--help'], work)).toEqual(['cli.js'])
  })

  it('verify of a data-only CSV config loads no Parquet, Ajv compiler, GitHub client, engine or init chunk', async () => {
    const dir = await dataProject('sales.csv', f => fs.writeFile(f, 'id,amount\n1,10\n2,12\n'))
    const chunks = await loads(['verify'], dir)
    expect(chunks).toContain('cli-commands.js')
    expect(await heavyParts(chunks)).toEqual([])
  })

  it('the recording sees a heavy part where one is used: lock of a Parquet file loads the Parquet chunks', async () => {
    const dir = await dataProject('sales.parquet', async f =>
      parquetWriteFile({
        filename: f,
        columnData: [
          { name: 'id', data: [1, 2], type: 'INT32' },
          { name: 'amount', data: [10.5, 12.5], type: 'DOUBLE' }
        ]
      })
    )
    const parts = await heavyParts(await loads(['lock'], dir))
    expect(parts.some(p => p.startsWith('the Parquet reader or writer'))).toBe(true)
  })
})

describe("the package's engines", () => {
  it('promise no Node.js that a dependency refuses (npm ci would print EBADENGINE there)', async () => {
    const ours = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')).engines.node
    const lock = JSON.parse(await fs.readFile(path.join(ROOT, 'package-lock.json'), 'utf8'))
    expect(lock.packages[''].engines.node).toBe(ours)
    const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([name, p]) => name && typeof p.engines?.node === 'string')
      .filter(([, p]) => !semver.subset(ours, p.engines?.node ?? '*'))
      .map(([name, p]) => `${name} wants ${p.engines?.node}`)
    expect(refusing).toEqual([])
    // And it is not narrower than needed: each range's lowest version is one a dependency allows.
    expect(semver.minVersion(ours)?.version).toBe('20.19.0')
  })
})
