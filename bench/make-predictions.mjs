// Two prediction CSVs of N rows (default 10 million), id + prediction, in different row orders:
// the current file is a seeded shuffle of the baseline with a few values nudged.
import { openSync, writeSync, closeSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export function makePredictionFiles(dir, rows = 10_000_000) {
  mkdirSync(dir, { recursive: true })
  let seed = 20261126
  const random = () => {
    // mulberry32: small, seeded, good enough for test data.
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const values = new Float64Array(rows)
  for (let i = 0; i < rows; i++) values[i] = 50_000 + random() * 400_000
  const order = new Uint32Array(rows)
  for (let i = 0; i < rows; i++) order[i] = i
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = order[i]
    order[i] = order[j]
    order[j] = t
  }
  const write = (file, index, value) => {
    const fd = openSync(file, 'w')
    let chunk = 'id,prediction\n'
    for (let k = 0; k < rows; k++) {
      const i = index(k)
      chunk += `${100_000_000 + i},${value(i)}\n`
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk)
        chunk = ''
      }
    }
    writeSync(fd, chunk)
    closeSync(fd)
  }
  const baseline = path.join(dir, 'baseline.csv')
  const current = path.join(dir, 'current.csv')
  write(
    baseline,
    k => k,
    i => values[i]
  )
  // One row in 10,000 drifts by a relative 1e-6.
  write(
    current,
    k => order[k],
    i => (i % 10_000 === 7 ? values[i] * (1 + 1e-6) : values[i])
  )
  return { baseline, current }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? '/tmp/repro-bench'
  console.log(makePredictionFiles(out, Number(process.argv[3] ?? 10_000_000)))
}
