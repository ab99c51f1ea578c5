// Wall time of `repro-audit run` on fixtures/python-house-prices (2 identical runs + 5 or 6
// perturbed runs of a scikit-learn pipeline), one run at a time (the reference) versus
// `parallel: auto`, measured here in the same process. Needs `npm run build` first.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const example = path.join(root, 'fixtures', 'python-house-prices')

function timeRun(parallel) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-'))
  try {
    const work = path.join(dir, 'example')
    cpSync(example, work, { recursive: true, filter: src => !src.includes('.repro-audit') })
    const config = path.join(work, 'repro.yml')
    writeFileSync(config, readFileSync(config, 'utf8').replace(/parallel: \S+/, `parallel: ${parallel}`))
    const start = process.hrtime.bigint()
    const out = execFileSync(process.execPath, [cli, 'run', '--json', '--config', config], {
      encoding: 'utf8',
      maxBuffer: 1 << 26
    })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    const result = JSON.parse(out)
    if (result.status !== 'pass')
      throw new Error(`run with parallel ${parallel} did not pass: ${result.summary}`)
    return { ms, runs: result.runs.runs.length }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const cores = os.availableParallelism()
const sequential = timeRun(1)
const parallel = timeRun('auto')
console.log(`cores: ${cores}; runs per audit: ${sequential.runs}`)
console.log(`reference, parallel: 1     ${(sequential.ms / 1000).toFixed(1)} s`)
console.log(
  `parallel: auto (${Math.min(cores, parallel.runs)} at a time)  ${(parallel.ms / 1000).toFixed(1)} s`
)
console.log(`ratio auto / sequential: ${(parallel.ms / sequential.ms).toFixed(2)}`)
