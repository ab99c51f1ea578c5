#!/usr/bin/env node
// Whole-process wall time of the house-prices pipeline: the built-in engine through the built CLI
// (`node dist/cli.js train`: load the config, train, evaluate on the holdout, predict, write
// predictions.csv, metrics.json and fitted-pipeline.json)
// against the same pipeline in pandas + scikit-learn (bench/house_prices.py, interpreter start and
// imports included), alternating, in the same run. Prints the medians, their ratio and both RMSEs.
// Needs `npm run bundle` first. Usage: npm run bench:pipeline [-- ROUNDS]
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const python = process.env.REPRO_AUDIT_PYTHON ?? '/usr/bin/python3'
const rounds = Number(process.argv[2] ?? 5)
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-pipeline-'))
const example = path.join(work, 'house-prices')
cpSync(path.join(root, 'fixtures', 'house-prices'), example, {
  recursive: true,
  filter: src => !src.includes('.repro-audit')
})

function timed(command, args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd: example, encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return seconds
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const engine = []
const sklearn = []
try {
  for (let i = 0; i < rounds; i++) {
    engine.push(
      timed(process.execPath, [
        path.join(root, 'dist', 'cli.js'),
        'train',
        '--config',
        'repro.yml',
        '--out',
        path.join(work, 'engine-out')
      ])
    )
    sklearn.push(
      timed(python, [path.join(root, 'bench', 'house_prices.py'), 'data', path.join(work, 'sklearn-out')])
    )
  }
  const ours = JSON.parse(readFileSync(path.join(work, 'engine-out', 'metrics.json'), 'utf8'))
  const theirs = JSON.parse(readFileSync(path.join(work, 'sklearn-out', 'metrics.json'), 'utf8'))
  const ratio = median(engine) / median(sklearn)
  const version = spawnSync(python, ['-c', 'import sklearn; print(sklearn.__version__)'], {
    encoding: 'utf8'
  }).stdout.trim()
  console.log(
    `house-prices pipeline, whole process, median of ${rounds} alternating runs (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)})`
  )
  console.log(
    `  built-in engine  node ${process.version}       ${median(engine).toFixed(3)} s   test RMSE ${ours.rmse.toFixed(2)}`
  )
  console.log(
    `  scikit-learn     ${version} (${python})  ${median(sklearn).toFixed(3)} s   test RMSE ${theirs.rmse.toFixed(2)}`
  )
  console.log(`  ratio engine / scikit-learn: ${ratio.toFixed(2)} (goal ≤ 0.5)`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
