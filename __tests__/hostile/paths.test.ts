// Paths that lead outside the repository: read from the lock, the baseline manifest or a result
// file, or written through the config's folders. Each is refused with exit 2 and one line naming
// the file and the field (or the link), nothing outside is read into a message or written.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { writeResultFile } from '../../src/aggregate/result-file.js'
import { audit } from '../../src/audit/audit.js'
import { loadConfig } from '../../src/config/load.js'
import { canonicalHash } from '../../src/core/canonical-json.js'
import type { RunOutputs } from '../../src/pipeline/outputs.js'
import { baselineFile, sidecarFile } from '../helpers/baseline.js'
import { cli, copyFixture, expectRefused, treeState } from './helpers.js'

// Manifests are edited freely here, whatever their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = Record<string, any>

const SECRET = 'root:x:0:0:SECRET-FIRST-LINE'
let dir: string
let outside: string
let secret: string

beforeEach(async () => {
  dir = await copyFixture()
  outside = path.join(path.dirname(dir), 'outside')
  await fs.mkdir(outside)
  secret = path.join(outside, 'secret.csv')
  await fs.writeFile(secret, `${SECRET}\n1,2\n`)
  const config = path.join(dir, 'repro.yml')
  const text = await fs.readFile(config, 'utf8')
  await fs.writeFile(
    config,
    text.replace('determinism:\n  runs: 2', 'determinism:\n  runs: 1\n  perturbations: []')
  )
})

afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true })
})

const config = (): string => path.join(dir, 'repro.yml')
const sha = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex')

async function editManifest(edit: (m: Manifest) => Promise<void> | void): Promise<void> {
  const file = path.join(dir, 'baseline', 'baseline.json')
  const manifest = JSON.parse(await fs.readFile(file, 'utf8'))
  await edit(manifest)
  await fs.writeFile(file, JSON.stringify(manifest, null, 2) + '\n')
}

async function editLock(edit: (text: string) => string): Promise<void> {
  const file = path.join(dir, 'repro.lock')
  await fs.writeFile(file, edit(await fs.readFile(file, 'utf8')))
}

/** Run `args` and check the refusal, that the secret is not quoted and that nothing changed. */
async function refused(args: string[], file: string | RegExp, cause?: string | RegExp): Promise<void> {
  const before = await treeState(dir)
  const outsideBefore = await treeState(outside, [])
  const result = await cli([...args, '--config', config()])
  expectRefused(result, file, cause)
  expect(result.stderr + result.stdout).not.toContain('SECRET')
  expect(await treeState(dir)).toEqual(before)
  expect(await treeState(outside, [])).toEqual(outsideBefore)
}

async function predictionsAt(value: string): Promise<void> {
  await editManifest(async m => {
    m.predictions.file = value
    m.predictions.sha256 = await sha(secret)
  })
}

async function artifactAt(value: string): Promise<void> {
  await editManifest(async m => {
    m.artifacts.push({ path: value, sha256: await sha(secret) })
  })
}

describe('reads outside the repository', () => {
  it('baseline predictions.file ../../outside/secret.csv with its sha256', async () => {
    await predictionsAt('../../../outside/secret.csv')
    await refused(['run'], /baseline\.json:\d+/, 'predictions.file')
  })

  it('baseline predictions.file ../../../../../../etc/passwd', async () => {
    await predictionsAt('../../../../../../../etc/passwd')
    await refused(['run'], /baseline\.json:\d+/, 'points outside the repository')
  })

  it('baseline predictions.file as an absolute path', async () => {
    await predictionsAt(secret)
    await refused(['run'], 'baseline.json', 'predictions.file')
  })

  it('baseline predictions.file a link to a file outside', async () => {
    await fs.symlink(secret, baselineFile(path.join(dir, 'baseline'), 'evil.csv'))
    await predictionsAt('evil.csv')
    await refused(['run'], 'baseline.json', /predictions\.file.*through the link/)
  })

  it('baseline predictions.file inside a linked folder that leads outside', async () => {
    await fs.symlink(outside, baselineFile(path.join(dir, 'baseline'), 'sub'))
    await predictionsAt('sub/secret.csv')
    await refused(['run'], 'baseline.json', /predictions\.file.*through the link/)
  })

  it('baseline predictions.file with a NUL byte', async () => {
    await predictionsAt('predictions.csv\u0000.txt')
    await refused(['run'], 'baseline.json', /predictions\.file.*NUL/)
  })

  it('baseline predictions.file that is not a string', async () => {
    await editManifest(m => {
      m.predictions.file = { path: '/etc/passwd' }
    })
    await refused(['run'], 'baseline.json')
  })

  it('baseline artifacts[].path ../../outside/secret.csv', async () => {
    await artifactAt('../../../outside/secret.csv')
    await refused(['run'], /baseline\.json:\d+/, 'artifacts[1].path')
  })

  it('baseline artifacts[].path absolute', async () => {
    await artifactAt('/etc/passwd')
    await refused(['run'], 'baseline.json', 'artifacts[1].path')
  })

  it('baseline artifacts[].path a link outside', async () => {
    await fs.symlink(secret, baselineFile(path.join(dir, 'baseline'), 'model.json'))
    await artifactAt('model.json')
    await refused(['run'], 'baseline.json', /artifacts\[1\]\.path.*through the link/)
  })

  it('baseline artifacts[].path a Windows-style traversal', async () => {
    await artifactAt('..\\..\\outside\\secret.csv/../../../../outside/secret.csv')
    await refused(['run'], 'baseline.json', 'artifacts[1].path')
  })

  it('baseline.json itself a link to a file outside', async () => {
    const manifest = path.join(dir, 'baseline', 'baseline.json')
    await fs.copyFile(manifest, path.join(outside, 'baseline.json'))
    await fs.rm(manifest)
    await fs.symlink(path.join(outside, 'baseline.json'), manifest)
    await refused(['run'], /baseline/, /outside the repository/)
  })

  it('lock row_hashes ../outside/secret.csv', async () => {
    await editLock(t =>
      t.replace(/row_hashes: \S+\/data\/test\.csv\.rows\.tsv/, 'row_hashes: ../outside/secret.csv')
    )
    await refused(['verify'], /repro\.lock:\d+/, 'row_hashes')
  })

  it('lock row_values ../outside/secret.csv', async () => {
    await editLock(t =>
      t.replace(/row_values: \S+\/data\/test\.csv\.values\.csv\.gz/, 'row_values: ../outside/secret.csv')
    )
    await refused(['verify'], /repro\.lock:\d+/, /row_values.*outside the repository/)
  })

  it('lock row_hashes /etc/passwd', async () => {
    await editLock(t => t.replace(/row_hashes: \S+\/data\/test\.csv\.rows\.tsv/, 'row_hashes: /etc/passwd'))
    await refused(['verify'], /repro\.lock:\d+/, /row_hashes.*outside the repository/)
  })

  it('lock row_hashes a link outside', async () => {
    const sidecar = sidecarFile(dir, 'data/test.csv')
    await fs.rm(sidecar)
    await fs.symlink(secret, sidecar)
    await refused(['verify'], /repro\.lock:\d+/, /row_hashes.*through the link/)
  })

  it('lock row_hashes read when the data changed, through a linked folder', async () => {
    const sealed = path.dirname(path.dirname(sidecarFile(dir, 'data/test.csv')))
    await fs.rename(sealed, path.join(outside, 'sealed'))
    await fs.symlink(path.join(outside, 'sealed'), sealed)
    await fs.appendFile(path.join(dir, 'data', 'test.csv'), '')
    await refused(['verify'], /repro\.lock/, /outside the repository/)
  })

  it('the lock itself a link to a file outside', async () => {
    await fs.rename(path.join(dir, 'repro.lock'), path.join(outside, 'repro.lock'))
    await fs.symlink(path.join(outside, 'repro.lock'), path.join(dir, 'repro.lock'))
    await refused(['verify'], /repro\.yml/, /through the link/)
  })

  it('a data entry that is a link outside', async () => {
    await fs.rm(path.join(dir, 'data', 'test.csv'))
    await fs.symlink(secret, path.join(dir, 'data', 'test.csv'))
    await refused(['lock'], /repro\.yml:\d+:\d+/, /through the link/)
  })
})

// A result file whose predictions lie in a sidecar file, and a valid copy of that sidecar outside
// the results folder: were a refused path read, the aggregate would succeed with it.
describe('result files of `aggregate` (and `mode: aggregate`) naming a predictions.file outside', () => {
  let made: string

  beforeAll(async () => {
    const repo = await copyFixture()
    const file = path.join(repo, 'repro.yml')
    const text = await fs.readFile(file, 'utf8')
    await fs.writeFile(
      file,
      text.replace('determinism:\n  runs: 2', 'determinism:\n  runs: 1\n  perturbations: []')
    )
    const loaded = await loadConfig(file)
    let reference: RunOutputs | undefined
    const result = await audit(loaded, 'run', { onReference: o => (reference = o) })
    made = path.join(repo, 'made')
    // Over the 100-byte embed limit: the predictions go into job.predictions.csv.gz beside it.
    await writeResultFile(path.join(made, 'job.json'), result, loaded, reference, {
      label: 'job',
      embedLimit: 100
    })
    // The control: as written, with its sidecar beside it, it aggregates.
    const run = await cli(['aggregate', made])
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  })

  afterAll(async () => {
    await fs.rm(path.dirname(path.dirname(made)), { recursive: true, force: true })
  })

  const results = (): string => path.join(dir, 'results')

  /** The result file in the repository's results/ folder, its sidecar moved outside, predictions.file set. */
  async function resultPointingAt(value: (sidecar: string) => string): Promise<void> {
    await fs.mkdir(results())
    const sidecar = path.join(outside, 'job.predictions.csv.gz')
    await fs.copyFile(path.join(made, 'job.predictions.csv.gz'), sidecar)
    const { digest: _, ...body } = JSON.parse(await fs.readFile(path.join(made, 'job.json'), 'utf8'))
    body.predictions.file = value(sidecar)
    await fs.writeFile(
      path.join(results(), 'job.json'),
      JSON.stringify({ ...body, digest: canonicalHash(body) })
    )
  }

  async function aggregateRefused(cause: string | RegExp): Promise<void> {
    const before = await treeState(dir)
    const outsideBefore = await treeState(outside, [])
    expectRefused(await cli(['aggregate', results()]), 'job.json', cause)
    expect(await treeState(dir)).toEqual(before)
    expect(await treeState(outside, [])).toEqual(outsideBefore)
  }

  it('predictions.file ../outside/job.predictions.csv.gz', async () => {
    await resultPointingAt(() => '../../outside/job.predictions.csv.gz')
    await aggregateRefused(/predictions\.file.*points outside the repository/)
  })

  it('predictions.file as an absolute path', async () => {
    await resultPointingAt(sidecar => sidecar)
    await aggregateRefused(/predictions\.file.*points outside the repository/)
  })

  it('predictions.file a link beside the result leading outside', async () => {
    await resultPointingAt(() => 'job.predictions.csv.gz')
    await fs.symlink(
      path.join(outside, 'job.predictions.csv.gz'),
      path.join(results(), 'job.predictions.csv.gz')
    )
    await aggregateRefused(/predictions\.file.*through the link/)
  })

  it('the aggregate report folder .repro-audit a link to a folder outside', async () => {
    await fs.mkdir(results())
    for (const name of ['job.json', 'job.predictions.csv.gz'])
      await fs.copyFile(path.join(made, name), path.join(results(), name))
    await fs.symlink(outside, path.join(dir, '.repro-audit'))
    const outsideBefore = await treeState(outside, [])
    // Run from the checked-out tree, as the action's aggregate job does with report-dir's default.
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      expectRefused(
        await cli(['aggregate', 'results', '--output', '.repro-audit']),
        '.repro-audit',
        /report folder leads outside the repository/
      )
    } finally {
      process.chdir(cwd)
    }
    expect(await treeState(outside, [])).toEqual(outsideBefore)
  })
})

describe('writes outside the repository', () => {
  async function setConfig(edit: (t: string) => string): Promise<void> {
    await fs.writeFile(config(), edit(await fs.readFile(config(), 'utf8')))
  }

  it('snapshot.cache as an absolute path', async () => {
    await setConfig(t =>
      t.replace('  id_column: Id\n  entries:', `  id_column: Id\n  cache: ${outside}\n  entries:`)
    )
    await refused(['lock'], /repro\.yml:\d+:\d+/, /snapshot\.cache.*leaves the repository/)
  })

  it('snapshot.cache ../outside', async () => {
    await setConfig(t =>
      t.replace('  id_column: Id\n  entries:', '  id_column: Id\n  cache: ../outside\n  entries:')
    )
    await refused(['verify'], /repro\.yml:\d+:\d+/, 'snapshot.cache')
  })

  it('snapshot.cache through a link outside', async () => {
    await fs.symlink(outside, path.join(dir, 'cache'))
    await setConfig(t =>
      t.replace('  id_column: Id\n  entries:', '  id_column: Id\n  cache: cache/downloads\n  entries:')
    )
    await refused(['verify'], /repro\.yml:\d+:\d+/, /snapshot\.cache.*through the link/)
  })

  it('the report folder a link to a folder outside', async () => {
    await fs.symlink(outside, path.join(dir, '.repro-audit'))
    await refused(['verify'], /repro\.yml:\d+:\d+|\.repro-audit/, /outside the repository/)
  })

  it('report.dir naming a link outside', async () => {
    await fs.symlink(outside, path.join(dir, 'reports'))
    await setConfig(t => `${t}\nreport:\n  dir: reports/audit\n`)
    await refused(['verify'], /repro\.yml:\d+:\d+/, /report\.dir.*through the link/)
  })

  it('the baseline folder a link to a folder outside', async () => {
    await fs.rename(path.join(dir, 'baseline'), path.join(outside, 'baseline'))
    await fs.symlink(path.join(outside, 'baseline'), path.join(dir, 'baseline'))
    await refused(['baseline'], /repro\.yml|baseline/, /outside the repository/)
  })

  it('repro.lock.d a link to a folder outside', async () => {
    await fs.rename(path.join(dir, 'repro.lock.d'), path.join(outside, 'lock.d'))
    await fs.symlink(path.join(outside, 'lock.d'), path.join(dir, 'repro.lock.d'))
    await refused(['lock'], /repro\.yml|repro\.lock\.d/, /outside the repository/)
  })

  it('a folder inside repro.lock.d a link outside: lock writes a new sealed folder, never through it', async () => {
    const sealed = (await fs.readdir(path.join(dir, 'repro.lock.d')))[0]
    await fs.rename(path.join(dir, 'repro.lock.d', sealed), path.join(outside, 'sealed'))
    await fs.symlink(path.join(outside, 'sealed'), path.join(dir, 'repro.lock.d', sealed))
    const outsideBefore = await treeState(outside, [])
    // verify refuses the lock that names files through the link; lock replaces it without using it
    expectRefused(await cli(['verify', '--config', config()]), /repro\.lock:\d+/, /through the link/)
    expect((await cli(['lock', '--config', config()])).code).toBe(0)
    expect(await treeState(outside, [])).toEqual(outsideBefore)
    expect((await cli(['verify', '--config', config()])).code).toBe(0)
  })

  it('a dangling link as the report folder', async () => {
    await fs.symlink(path.join(outside, 'not-yet'), path.join(dir, '.repro-audit'))
    await refused(['verify'], /\.repro-audit|repro\.yml/, /outside the repository/)
  })

  it('baseline.dir ../outside', async () => {
    await setConfig(t => `${t}\nbaseline:\n  dir: ../outside\n`)
    await refused(['baseline'], /repro\.yml:\d+:\d+/, 'baseline.dir')
  })

  it('snapshot.lock /tmp/x.lock', async () => {
    await setConfig(t =>
      t.replace('  id_column: Id\n  entries:', `  id_column: Id\n  lock: ${outside}/x.lock\n  entries:`)
    )
    await refused(['lock'], /repro\.yml:\d+:\d+/, 'snapshot.lock')
  })

  it('a NUL byte in a configured path', async () => {
    await setConfig(t => t.replace('    - path: data/test.csv', '    - path: "data/test.csv\\0.txt"'))
    await refused(['lock'], /repro\.yml:\d+:\d+/, /snapshot\.entries\[1\]\.path: holds a NUL byte/)
  })

  it('a NUL byte in report.dir', async () => {
    await setConfig(t => `${t}\nreport:\n  dir: "out\\0put"\n`)
    await refused(['verify'], /repro\.yml:\d+:\d+/, /report\.dir: holds a NUL byte/)
  })
})
