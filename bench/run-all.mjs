#!/usr/bin/env node
// `npm run bench`: every `bench:*` script of package.json, one after another, each printing its
// figures next to the reference it measured in the same run. Name some to run only those:
// `npm run bench -- deps compare`.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts)
  .filter(name => name.startsWith('bench:'))
  .sort()
const wanted = process.argv.slice(2)
const chosen = wanted.length ? scripts.filter(s => wanted.includes(s.slice('bench:'.length))) : scripts
if (chosen.length === 0) {
  console.error(
    `no benchmark matches ${wanted.join(', ')}; there are: ${scripts.map(s => s.slice(6)).join(', ')}`
  )
  process.exit(2)
}
let failed = 0
for (const script of chosen) {
  console.log(`\n=== npm run ${script}`)
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' })
  if (status !== 0) failed++
}
process.exit(failed ? 1 : 0)
