// npm run schema: write schema/repro-config.schema.json and schema/report.schema.json from the
// TypeScript objects they are defined in (src/config/schema.ts, src/report/schema.ts).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    path.join(root, 'tsconfig.json'),
    '--noEmit',
    'false'
  ],
  { stdio: 'inherit' }
)
const load = async file => import(pathToFileURL(path.join(root, 'build', 'src', file)).href)
const { CONFIG_SCHEMA } = await load('config/schema.js')
const { REPORT_SCHEMA } = await load('report/schema.js')
mkdirSync(path.join(root, 'schema'), { recursive: true })
for (const [name, schema] of [
  ['repro-config.schema.json', CONFIG_SCHEMA],
  ['report.schema.json', REPORT_SCHEMA]
]) {
  writeFileSync(path.join(root, 'schema', name), JSON.stringify(schema, null, 2) + '\n')
  console.log(`wrote schema/${name}`)
}
const { validatorSource } = await import('./config-validator.mjs')
writeFileSync(
  path.join(root, 'src', 'config', 'validate-config.generated.js'),
  validatorSource(CONFIG_SCHEMA)
)
console.log('wrote src/config/validate-config.generated.js')
