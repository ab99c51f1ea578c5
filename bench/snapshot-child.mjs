// One measured run in a fresh process, so its peak memory is its own: prints { ms, maxRssMiB }.
// Usage: node bench/snapshot-child.mjs hash|profile|lock FILE
import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { hashDataFile } from '../build/src/snapshot/describe.js'
import { RowHashSpool, writeRowHashesTemp } from '../build/src/snapshot/rowhashes.js'
import { scanCsvFile } from '../build/src/snapshot/scan-csv.js'

const [mode, file] = process.argv.slice(2)
const started = performance.now()
let detail
if (mode === 'hash') {
  // The fast path of verify: sha256 of the bytes (with progress output for large files).
  detail = await hashDataFile({ key: file, abs: file })
} else if (mode === 'csv-parse') {
  // The alternative: csv-parse only parsing the file (no hashing, no statistics) — a lower bound
  // for a fingerprint pass built on it.
  const { parse } = await import('csv-parse')
  const { createReadStream } = await import('node:fs')
  let rows = 0
  for await (const _ of createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse())) rows++
  detail = { rows }
} else if (mode === 'lock') {
  // What `lock` does for an entry with an id column: the fingerprint pass collecting (id, row hash)
  // pairs, then the sidecar written through the external sort (the first column "Id" is unique).
  const spool = new RowHashSpool()
  try {
    const { profile } = await scanCsvFile(file, { idColumn: 'Id', rowHashes: spool })
    const tmp = await writeRowHashesTemp(`${file}.rows.tsv`, spool)
    await rm(tmp)
    detail = { rows: profile.rows, spooled: spool.rows }
  } finally {
    spool.dispose()
  }
} else {
  const { sha256, size, profile } = await scanCsvFile(file, {})
  detail = {
    sha256,
    size,
    rows: profile.rows,
    fingerprint: profile.fingerprint,
    columns: profile.columns.length
  }
}
const ms = performance.now() - started
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }))
