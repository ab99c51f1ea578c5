// One measured run in a fresh process, so its peak memory is its own: prints { ms, maxRssMiB }.
// Usage: node bench/snapshot-child.mjs hash|profile|lock|cut|shuffle FILE
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { hashDataFile } from '../build/src/snapshot/describe.js'
import { RowHashSpool, writeRowHashesTemp } from '../build/src/snapshot/rowhashes.js'
import { scanCsvFile } from '../build/src/snapshot/scan-csv.js'
import { loadConfig } from '../build/src/config/load.js'
import { prepareDataView } from '../build/src/snapshot/view.js'

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
} else if (mode === 'cut' || mode === 'shuffle') {
  // What a pipeline reads: the time-cut copy of the file (houses sold up to 2008), or the row-order
  // run's shuffled copy, written into a data view beside the file and removed afterwards.
  const config = path.join(path.dirname(file), `view-${mode}.yml`)
  const asOf = mode === 'cut' ? '\n      as_of: { column: Year_Sold, until: "2008-12-31T23:59:59Z" }' : ''
  await writeFile(
    config,
    `snapshot:\n  entries:\n    - path: ${path.basename(file)}${asOf}\npipeline:\n  engine: command\n  command: "true"\n  id_column: Id\n`
  )
  const view = await prepareDataView(
    { config: await loadConfig(config) },
    mode === 'shuffle' ? { shuffleSeed: 'bench' } : {}
  )
  const viewMs = performance.now() - started
  // Read back outside the timing: the copy must hold the expected rows.
  const { profile } = await scanCsvFile(path.join(view.dir, path.basename(file)), {})
  await view.cleanup()
  await rm(config)
  detail = { rows: profile.rows, fingerprint: profile.fingerprint, viewMs }
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
const ms = detail.viewMs ?? performance.now() - started
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }))
