// Hostile config files: each is refused with exit 2 and one line naming the config (and the line
// where there is one), in time linear in the file's size, with nothing written.
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { cli, copyFixture, expectRefused, treeState } from './helpers.js'

let dir: string
let config: string
let example: string

beforeAll(async () => {
  dir = await copyFixture()
  config = path.join(dir, 'repro.yml')
  example = await fs.readFile(config, 'utf8')
})

afterAll(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true })
})

/** Write `text` as a config beside the example's and run `verify` on it: nothing may change. */
async function verifyWith(text: string | Buffer, name = 'hostile.yml') {
  const file = path.join(dir, name)
  await fs.writeFile(file, text)
  const before = await treeState(dir)
  const result = await cli(['verify', '--config', file])
  const after = await treeState(dir)
  expect(after).toEqual(before)
  await fs.rm(file, { force: true })
  return result
}

function manyMetrics(n: number, extra = ''): string {
  const lines = [example, 'compare:', '  metrics:']
  for (let i = 0; i < n; i++) lines.push(`    m${i}: {}`)
  return (
    lines.join('\n').replace(/\ncompare:\n {2}predictions:[\s\S]*?\ndeterminism:/, '\ndeterminism:') + extra
  )
}

describe('hostile config files', () => {
  it('40,000 keys with a duplicate at the end: refused at the duplicate, in linear time', async () => {
    const text = manyMetrics(40_000, '\n    m17: { relative: 1 }\n')
    expect(Buffer.byteLength(text)).toBeLessThan(1 << 20)
    const line = text.split('\n').length - 1
    const result = await verifyWith(text)
    expectRefused(result, `hostile.yml:${line}:5`, 'duplicate key "compare.metrics.m17"')
  }, 30_000)

  it('a config over 1 MiB is refused before it is parsed', async () => {
    const result = await verifyWith(`${example}\n# ${'x'.repeat(2 << 20)}\n`)
    expectRefused(result, 'hostile.yml', /larger than 1 MiB/)
  })

  it('a 13 MB config is refused at once', async () => {
    const result = await verifyWith(Buffer.alloc(13 << 20, 'a: [1, 2, 3]\n'))
    expectRefused(result, 'hostile.yml', /larger than 1 MiB/)
  }, 30_000)

  it('more keys than the limit are refused with the line of the first one too many', async () => {
    const keys = Array.from({ length: 110_000 }, (_, i) => `${i.toString(36)}: 0`)
    const text = `${example}\nextra: {${keys.join(',')}}\n`
    expect(Buffer.byteLength(text)).toBeLessThan(1 << 20)
    const result = await verifyWith(text)
    expectRefused(result, /hostile\.yml:\d+:\d+/, /more than 100,000 keys/)
  }, 30_000)

  it('an alias bomb (billion laughs) names the file and the line of an alias', async () => {
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]'
    ].join('\n')
    const result = await verifyWith(`${bomb}\n`)
    expectRefused(result, /hostile\.yml:\d+/, /alias/)
  })

  it('a duplicate top-level key names the line and column of the second one', async () => {
    const result = await verifyWith(`${example}\nname: again\n`)
    const line = `${example}\nname: again\n`.split('\n').length - 1
    expectRefused(result, `hostile.yml:${line}:1`, 'duplicate key "name"')
  })

  it('a duplicate key in a flow mapping names its column', async () => {
    const text = example.replace(
      'model: { type: lasso, alpha: 0.001 }',
      'model: { type: lasso, alpha: 0.001, type: ridge }'
    )
    const line = text.split('\n').findIndex(l => l.includes('type: ridge')) + 1
    const result = await verifyWith(text)
    expectRefused(result, new RegExp(`hostile\\.yml:${line}:\\d+`), 'duplicate key "pipeline.model.type"')
  })

  it('a duplicate key inside a list item', async () => {
    const text = example.replace(
      '    - path: data/test.csv',
      '    - path: data/test.csv\n      path: data/train.csv'
    )
    const line = text.split('\n').findIndex(l => l === '      path: data/train.csv') + 1
    const result = await verifyWith(text)
    expectRefused(result, `hostile.yml:${line}:7`, 'duplicate key "snapshot.entries[1].path"')
  })

  it('nesting 400,000 levels deep is refused, not a stack overflow', async () => {
    const result = await verifyWith(`name: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`)
    expectRefused(result, /hostile\.yml/)
  })

  it('a FIFO as the config is refused instead of blocking', async () => {
    const fifo = path.join(dir, 'fifo.yml')
    execFileSync('mkfifo', [fifo])
    try {
      expectRefused(await cli(['verify', '--config', fifo]), 'fifo.yml', /not a regular file/)
    } finally {
      await fs.rm(fifo, { force: true })
    }
  })

  it('/dev/zero as the config is refused instead of read forever', async () => {
    expectRefused(await cli(['verify', '--config', '/dev/zero']), '/dev/zero', /not a regular file/)
  })

  it('a config that is a folder', async () => {
    expectRefused(await cli(['verify', '--config', path.join(dir, 'data')]), 'data', /folder/)
  })

  it('an empty config', async () => {
    expectRefused(await verifyWith(''), 'hostile.yml', /mapping/)
  })

  it('a config of binary bytes', async () => {
    expectRefused(await verifyWith(Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 0x1b, 0x5b])), 'hostile.yml')
  })

  it('a tab-indented config', async () => {
    expectRefused(await verifyWith(example.replace('  id_column: Id', '\tid_column: Id')), /hostile\.yml:\d+/)
  })

  it('two YAML documents in one config', async () => {
    expectRefused(await verifyWith(`${example}\n---\nname: other\n`), /hostile\.yml:\d+/)
  })

  it('an unclosed quote', async () => {
    expectRefused(
      await verifyWith(example.replace('name: house-prices', 'name: "house-prices')),
      /hostile\.yml:\d+/
    )
  })

  it('a list at the top level', async () => {
    expectRefused(await verifyWith('- a\n- b\n'), 'hostile.yml:1', /mapping/)
  })
})
