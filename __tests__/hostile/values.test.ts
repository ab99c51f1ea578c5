// Values and files that must be errors: each is refused with exit 2, the file (and line where it
// has one) and the real cause, and nothing is written.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { commandConfig, dataWorkspace } from '../helpers/python.js'
import { cli, copyFixture, expectRefused, treeState } from './helpers.js'

// Manifests are edited freely here, whatever their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = Record<string, any>

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true })
})

/** A command pipeline whose command prints `predictions` (and `metrics`), locked and ready. */
async function commandWorkspace(predictions: string, metrics?: string): Promise<string> {
  const write = (text: string, file: string) =>
    `printf '${text.replace(/\n/g, '\\n')}' > "$REPRO_OUTPUT_DIR/${file}"`
  const command = [
    write(predictions, 'predictions.csv'),
    ...(metrics ? [write(metrics, 'metrics.json')] : [])
  ].join('; ')
  const dir = await dataWorkspace(commandConfig(command, 'determinism: { runs: 1, perturbations: [] }'), {
    trainRows: 5,
    testRows: 3
  })
  dirs.push(dir)
  expect((await cli(['lock', '--config', path.join(dir, 'repro.yml')])).code).toBe(0)
  return dir
}

async function refused(
  dir: string,
  args: string[],
  file: string | RegExp,
  cause?: string | RegExp
): Promise<void> {
  const before = await treeState(dir)
  expectRefused(await cli([...args, '--config', path.join(dir, 'repro.yml')]), file, cause)
  expect(await treeState(dir)).toEqual(before)
}

async function house(): Promise<string> {
  const dir = await copyFixture()
  dirs.push(path.dirname(dir))
  const config = path.join(dir, 'repro.yml')
  const text = await fs.readFile(config, 'utf8')
  await fs.writeFile(
    config,
    text.replace('determinism:\n  runs: 2', 'determinism:\n  runs: 1\n  perturbations: []')
  )
  return dir
}

async function editManifest(dir: string, edit: (m: Manifest) => void): Promise<void> {
  const file = path.join(dir, 'baseline', 'baseline.json')
  const m = JSON.parse(await fs.readFile(file, 'utf8'))
  edit(m)
  await fs.writeFile(file, JSON.stringify(m, null, 2).replace('"__INF__"', '1e999') + '\n')
}

describe('prediction values a baseline must not hold', () => {
  for (const [label, value] of [
    ['an overflowing 1e999', '1e999'],
    ['an overflowing -1e400', '-1e400'],
    ['an overflowing 2e308 with a fraction', '2.5e308'],
    ['inf', 'inf'],
    ['-Infinity', '-Infinity'],
    ['NaN', 'NaN'],
    ['nan', 'nan']
  ]) {
    it(`${label} in the predictions`, async () => {
      const dir = await commandWorkspace(`Id,prediction\n5,1.5\n10,${value}\n11,3.5\n`)
      await refused(dir, ['baseline'], /predictions\.csv:3/, value)
    })
  }

  it('an overflowing metric in metrics.json', async () => {
    const dir = await commandWorkspace('Id,prediction\n5,1.5\n10,2.5\n11,3.5\n', '{"rmse": 1e999}')
    await refused(dir, ['baseline'], 'metrics.json', /rmse.*Infinity/)
  })

  it('an overflowing nested metric in metrics.json', async () => {
    const dir = await commandWorkspace('Id,prediction\n5,1.5\n10,2.5\n11,3.5\n', '{"fold": {"r2": -1e999}}')
    await refused(dir, ['baseline'], 'metrics.json', /fold\.r2/)
  })
})

describe('baseline manifests with values that are not numbers', () => {
  for (const [label, value] of [
    ['a string', 'abc'],
    ['null', null],
    ['a list', [1]],
    ['a boolean', true]
  ] as const) {
    it(`a metric that is ${label}`, async () => {
      const dir = await house()
      await editManifest(dir, m => (m.metrics.rmse = value))
      await refused(dir, ['run'], /baseline\.json:\d+/, /metrics\.rmse.*not a finite number/)
    })
  }

  it('a metric of 1e999 in baseline.json', async () => {
    const dir = await house()
    await editManifest(dir, m => (m.metrics.rmse = '__INF__'))
    await refused(dir, ['run'], 'baseline.json', /metrics\.rmse is null, not a finite number|metrics\.rmse/)
  })

  it('metrics as a list', async () => {
    const dir = await house()
    await editManifest(dir, m => (m.metrics = [1, 2]))
    await refused(dir, ['run'], 'baseline.json', /metrics is not a mapping/)
  })

  it('a missing predictions sha256', async () => {
    const dir = await house()
    await editManifest(dir, m => delete m.predictions.sha256)
    await refused(dir, ['run'], 'baseline.json', /predictions\.sha256/)
  })

  it('an artifact without its sha256', async () => {
    const dir = await house()
    await editManifest(dir, m => delete m.artifacts[0].sha256)
    await refused(dir, ['run'], 'baseline.json', /artifacts\[0\]/)
  })

  it('files naming a folder outside the baseline', async () => {
    const dir = await house()
    await editManifest(dir, m => (m.files = '../../outside'))
    await refused(dir, ['run'], /baseline\.json:\d+/, /files/)
  })

  it('a manifest that is JSON null', async () => {
    const dir = await house()
    await fs.writeFile(path.join(dir, 'baseline', 'baseline.json'), 'null\n')
    await refused(dir, ['run'], 'baseline.json', /unknown layout/)
  })
})

describe('data files that lock must refuse', () => {
  it('a duplicate id, named with both lines', async () => {
    const dir = await house()
    const train = path.join(dir, 'data', 'train.csv')
    const lines = (await fs.readFile(train, 'utf8')).trimEnd().split('\n')
    const id = lines[5].split(',')[0]
    lines.push([id, ...lines[9].split(',').slice(1)].join(','))
    await fs.writeFile(train, lines.join('\n') + '\n')
    await refused(
      dir,
      ['lock'],
      `train.csv:${lines.length}`,
      `id "${id}" in "Id" appears more than once (first on line 6)`
    )
  })

  it('a header-only training file', async () => {
    const dir = await house()
    const train = path.join(dir, 'data', 'train.csv')
    await fs.writeFile(train, (await fs.readFile(train, 'utf8')).split('\n')[0] + '\n')
    await refused(dir, ['lock'], 'train.csv:1', /header but no rows/)
  })

  it('a header-only file without an id column', async () => {
    const dir = await house()
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace('  id_column: Id\n  entries:', '  entries:')
    )
    const test = path.join(dir, 'data', 'test.csv')
    await fs.writeFile(test, (await fs.readFile(test, 'utf8')).split('\n')[0] + '\n')
    await refused(dir, ['lock'], 'test.csv:1', /header but no rows/)
  })

  it('a glob entry beside a link that leaves the repository', async () => {
    const dir = await house()
    const outside = path.join(path.dirname(dir), 'outside.csv')
    await fs.copyFile(path.join(dir, 'data', 'test.csv'), outside)
    await fs.mkdir(path.join(dir, 'exports'))
    await fs.symlink(outside, path.join(dir, 'exports', 'part-1.csv'))
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace(
        '    - path: data/test.csv',
        '    - path: data/test.csv\n    - glob: "exports/*.csv"'
      )
    )
    await refused(dir, ['lock'], 'part-1.csv', /leaves the repository/)
  })

  it('a folder entry holding a link that leaves the repository', async () => {
    const dir = await house()
    const outside = path.join(path.dirname(dir), 'outside.csv')
    await fs.copyFile(path.join(dir, 'data', 'test.csv'), outside)
    await fs.mkdir(path.join(dir, 'parts'))
    await fs.symlink(outside, path.join(dir, 'parts', 'a.csv'))
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace(
        '    - path: data/test.csv',
        '    - path: data/test.csv\n    - folder: parts'
      )
    )
    await refused(dir, ['lock'], 'a.csv', /leaves the repository/)
  })

  it('a glob whose only match is an escaping link, beside unrelated links', async () => {
    const dir = await house()
    await fs.mkdir(path.join(dir, 'exports'))
    await fs.symlink('/etc/passwd', path.join(dir, 'exports', 'notes.txt'))
    await fs.symlink('/etc/hostname', path.join(dir, 'exports', 'x.csv'))
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace(
        '    - path: data/test.csv',
        '    - path: data/test.csv\n    - glob: "exports/*.csv"'
      )
    )
    await refused(dir, ['lock'], 'x.csv', /leaves the repository/)
  })
})
