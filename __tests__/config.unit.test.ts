import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseConfig } from '../src/config/load.js'
import { CONFIG_SCHEMA } from '../src/config/schema.js'
import { closest } from '../src/config/suggest.js'
import { InputError } from '../src/core/errors.js'
import { EXAMPLE, ROOT } from './helpers/workspace.js'

const FILE = path.join(EXAMPLE, 'repro.yml')

async function exampleText(): Promise<string> {
  return fs.readFile(FILE, 'utf8')
}

function parseError(text: string): InputError {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected the config to be rejected')
}

describe('config loading', () => {
  it('collects the checks after the schema: env rules, a duplicate entry, an escaping path, with a typo', () => {
    const text = [
      'snapshot:',
      '  entries:',
      '    - path: data/train.csv',
      '    - path: data/train.csv',
      'pipeline:',
      '  engine: command',
      '  command: python3 train.py',
      '  id_column: Id',
      '  env_drop: [AWS_SECRET]',
      '  env_pass: [AWS_SECRET, INPUT_TOKEN]',
      'report:',
      '  dir: ../../../reports',
      'gate:',
      '  fail_onn: warn'
    ].join('\n')
    const error = parseError(text)
    expect((error.all ?? [error]).map(e => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '4:7 snapshot entry "data/train.csv" is listed twice',
      '10:14 pipeline.env_pass: AWS_SECRET is also in pipeline.env_drop; keep it in one list',
      '10:26 pipeline.env_pass: INPUT_TOKEN (the action token) is never passed to a pipeline',
      expect.stringMatching(
        /^12:8 report\.dir: "\.\.\/\.\.\/\.\.\/reports" leaves the repository; use a path relative to the config file, inside \//
      ),
      '14:3 unknown key "gate.fail_onn"; did you mean "fail_on"?'
    ])
  })

  it('resolves the example with paths relative to the config folder', async () => {
    const config = parseConfig(await exampleText(), FILE)
    expect(config.name).toBe('house-prices')
    expect(config.snapshot.entries.map(e => e.path)).toEqual(['data/train.csv', 'data/test.csv'])
    expect(config.snapshot.entries[0].absPath).toBe(path.join(EXAMPLE, 'data', 'train.csv'))
    expect(config.snapshot.lock).toBe(path.join(EXAMPLE, 'repro.lock'))
    expect(config.baselineDir).toBe(path.join(EXAMPLE, 'baseline'))
    expect(config.determinism.runs).toBe(2)
    expect(config.failOn).toBe('fail')
    expect(config.compare.predictions.default).toEqual({ absolute: 0, relative: 1e-9 })
  })

  it('names an unknown nested key with its path, line, column and a suggestion', async () => {
    const text = (await exampleText()).replace('  target: Sale_Price', '  targte: Sale_Price')
    const error = parseError(text)
    expect(error.message).toBe('unknown key "pipeline.targte"; did you mean "target"?')
    const line = text.split('\n').findIndex(l => l.startsWith('  targte')) + 1
    expect(error.line).toBe(line)
    expect(error.column).toBe(3)
  })

  it('lists the known keys when nothing is close', async () => {
    const error = parseError((await exampleText()) + 'colour: blue\n')
    expect(error.message).toMatch(/^unknown key "colour" \(known keys: \$schema, name, snapshot, pipeline/)
  })

  it('reports a wrong type at the value', async () => {
    const error = parseError((await exampleText()).replace('runs: 2', 'runs: two'))
    expect(error.message).toBe('determinism.runs: expected integer, found string "two"')
  })

  it('suggests the nearest allowed value', async () => {
    const error = parseError((await exampleText()).replace('type: lasso', 'type: lasoo'))
    expect(error.message).toMatch(/^pipeline\.model\.type: "lasoo" is not one of .*; did you mean "lasso"\?$/)
  })

  it('names a missing required key', async () => {
    const error = parseError((await exampleText()).replace('  target: Sale_Price\n', ''))
    expect(error.message).toBe('missing key "pipeline.target"')
  })

  it('rejects invalid YAML with the line', () => {
    const error = parseError('snapshot:\n  entries: [\n')
    expect(error.message).toMatch(/^invalid YAML/)
    expect(error.line).toBeGreaterThanOrEqual(2)
    expect(error.format()).toMatch(/repro\.yml:\d+:\d+: invalid YAML/)
  })

  it('rejects a path that leaves the repository', async () => {
    const error = parseError(
      (await exampleText()).replace('- path: data/test.csv', '- path: ../../../../etc/passwd')
    )
    expect(error.message).toMatch(
      /snapshot\.entries\[1\]\.path: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" leaves the repository/
    )
  })

  it('requires the pipeline data to be pinned by the snapshot', async () => {
    const error = parseError(
      (await exampleText()).replace('  score: data/test.csv', '  score: data/other.csv')
    )
    expect(error.message).toMatch(/pipeline\.score: "data\/other\.csv" is not a snapshot entry/)
  })

  it('publishes the schema it validates with', async () => {
    const published = JSON.parse(
      await fs.readFile(path.join(ROOT, 'schema', 'repro-config.schema.json'), 'utf8')
    )
    expect(published).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)))
  })

  it('suggests only near misses', () => {
    expect(closest('pipline', ['pipeline', 'snapshot'])).toBe('pipeline')
    expect(closest('xyz', ['pipeline', 'snapshot'])).toBeUndefined()
  })
})
