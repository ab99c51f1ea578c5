// The built-in engine on the bundled examples: restorable fitted pipelines, row-order and seed
// behaviour, and learned values named by path when they change.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { diffJson } from '../src/compare/json-diff.js'
import { loadConfig } from '../src/config/load.js'
import { FITTED_PIPELINE_FILE, predictWithFitted, runBuiltin } from '../src/pipeline/builtin/engine.js'
import { copyFixture, ROOT } from './helpers/workspace.js'
import type { BuiltinPipelineConfig } from '../src/config/types.js'
import { baselineFile } from './helpers/baseline.js'

const CREDIT = path.join(ROOT, 'fixtures', 'credit')
const HOUSE = path.join(ROOT, 'fixtures', 'house-prices')

async function train(dir: string, out = 'out') {
  const config = await loadConfig(path.join(dir, 'repro.yml'))
  const outputs = await runBuiltin(config, config.dir, path.join(dir, out))
  const read = (file: string) => fs.readFile(path.join(outputs.dir, file), 'utf8')
  return {
    config,
    outputs,
    predictions: await read('predictions.csv'),
    fitted: await read(FITTED_PIPELINE_FILE)
  }
}

/** Rewrite a CSV's data rows in a fixed scrambled order, header first. */
async function scramble(file: string): Promise<void> {
  const [header, ...rows] = (await fs.readFile(file, 'utf8')).trimEnd().split('\n')
  const scrambled = rows
    .map((row, i) => ({ row, key: (i * 7919) % rows.length }))
    .sort((a, b) => a.key - b.key)
  await fs.writeFile(file, [header, ...scrambled.map(r => r.row)].join('\n') + '\n')
}

describe.each([
  ['house-prices', HOUSE],
  ['credit', CREDIT]
])('built-in engine on %s', (_name, fixture) => {
  it('reproduces the committed baseline byte for byte', async () => {
    const dir = await copyFixture(fixture)
    const run = await train(dir)
    expect(run.predictions).toBe(
      await fs.readFile(baselineFile(path.join(fixture, 'baseline'), 'predictions.csv'), 'utf8')
    )
    expect(run.fitted).toBe(
      await fs.readFile(baselineFile(path.join(fixture, 'baseline'), FITTED_PIPELINE_FILE), 'utf8')
    )
  })

  it('scores from fitted-pipeline.json alone exactly as the training run did', async () => {
    const dir = await copyFixture(fixture)
    const run = await train(dir)
    const out = path.join(dir, 'scored.csv')
    await predictWithFitted(
      path.join(run.outputs.dir, FITTED_PIPELINE_FILE),
      path.join(dir, (run.config.pipeline as BuiltinPipelineConfig).score),
      out
    )
    expect(await fs.readFile(out, 'utf8')).toBe(run.predictions)
  })

  it('learns the same values whatever order the rows arrive in', async () => {
    const dir = await copyFixture(fixture)
    const before = await train(dir, 'before')
    await scramble(path.join(dir, (before.config.pipeline as BuiltinPipelineConfig).train))
    await scramble(path.join(dir, (before.config.pipeline as BuiltinPipelineConfig).score))
    const after = await train(dir, 'after')
    expect(after.fitted).toBe(before.fitted)
    expect(after.predictions).toBe(before.predictions)
  })
})

describe('built-in engine: seeds and learned values', () => {
  it('the seed governs random imputation and subsampling, and only what follows from them', async () => {
    const dir = await copyFixture(CREDIT)
    const first = await train(dir, 'first')
    const config = path.join(dir, 'repro.yml')
    await fs.writeFile(config, (await fs.readFile(config, 'utf8')).replace('seed: 20261126', 'seed: 7'))
    const reseeded = await train(dir, 'reseeded')
    expect(reseeded.predictions).not.toBe(first.predictions)
    const { differences } = diffJson(JSON.parse(first.fitted), JSON.parse(reseeded.fitted), 1e6)
    const paths = differences.map(d => d.path)
    expect(paths).toContain('seed')
    expect(paths.some(p => p.startsWith('model.learned.trees'))).toBe(true)
    // Only what was learned downstream of the randomly imputed Income depends on the seed.
    expect(
      paths.filter(p => p.startsWith('steps[') && !p.endsWith('.seed') && !p.includes('Income'))
    ).toEqual([])
    expect(paths).toContain('steps[6].learned.lambda.Income')
  })

  it('a changed training median shows as steps[0].learned.fill.Lot_Frontage', async () => {
    const dir = await copyFixture(HOUSE)
    const before = await train(dir, 'before')
    const file = path.join(dir, 'data', 'train.csv')
    const [header, ...rows] = (await fs.readFile(file, 'utf8')).trimEnd().split('\n')
    const column = header.split(',').indexOf('"Lot_Frontage"')
    // Raise every recorded frontage by 2 feet: the learned median moves from 68 to 70.
    const shifted = rows.map(row => {
      const fields = row.split(',')
      if (fields[column] !== '0') fields[column] = String(Number(fields[column]) + 2)
      return fields.join(',')
    })
    await fs.writeFile(file, [header, ...shifted].join('\n') + '\n')
    const after = await train(dir, 'after')
    const { differences } = diffJson(JSON.parse(before.fitted), JSON.parse(after.fitted))
    expect(differences).toContainEqual({
      path: 'steps[0].learned.fill.Lot_Frontage',
      baseline: 68,
      current: 70
    })
  })
})
