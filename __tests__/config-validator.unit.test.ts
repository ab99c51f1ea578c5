import { promises as fs } from 'node:fs'
import path from 'node:path'
import { validatorSource } from '../scripts/config-validator.mjs'
import { CONFIG_SCHEMA } from '../src/config/schema.js'
import { ROOT } from './helpers/workspace.js'

describe('the precompiled config validator', () => {
  it('is what `npm run schema` generates from the current schema', async () => {
    const committed = await fs.readFile(
      path.join(ROOT, 'src', 'config', 'validate-config.generated.js'),
      'utf8'
    )
    expect(committed === validatorSource(CONFIG_SCHEMA)).toBe(true) // 200 KB: no diff printed
  })
})
