#!/usr/bin/env node
// Rebuild the bundled examples' data from ../shared/datasets (kept for provenance; the outputs are
// committed). Each dataset gets an integer Id (1-based row number in file order), then every fifth
// row (Id % 5 === 0) goes to test.csv, the rest to train.csv; test.csv keeps the target for metrics.
// Ames house prices → fixtures/house-prices, credit scoring (target Status) → fixtures/credit.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

const shared = process.argv[2] ?? path.resolve('..', 'shared', 'datasets')

function split(source, target, header) {
  const lines = readFileSync(path.join(shared, source), 'utf8')
    .split('\n')
    .filter(l => l.length > 0)
  const train = [`"Id",${lines[0]}`]
  const test = [`"Id",${lines[0]}`]
  lines.slice(1).forEach((line, i) => ((i + 1) % 5 === 0 ? test : train).push(`${i + 1},${line}`))
  mkdirSync(target, { recursive: true })
  writeFileSync(path.join(target, 'train.csv'), train.join('\n') + '\n')
  writeFileSync(path.join(target, 'test.csv'), test.join('\n') + '\n')
  console.log(`${header}: ${train.length - 1} training rows, ${test.length - 1} test rows`)
}

split('ames.csv', 'fixtures/house-prices/data', 'house-prices')
// The scikit-learn example trains on the same split, so the two engines can be compared row by row.
split('ames.csv', 'fixtures/python-house-prices/data', 'python-house-prices')
split('credit.csv', 'fixtures/credit/data', 'credit')
