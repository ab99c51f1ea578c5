// One measured run in a fresh process, so its peak memory is its own: prints { ms, maxRssMiB }.
// Usage: node bench/snapshot-child.mjs hash|profile FILE
import { hashFile } from '../build/src/core/files.js'
import { scanCsvFile } from '../build/src/snapshot/scan-csv.js'

const [mode, file] = process.argv.slice(2)
const started = performance.now()
let detail
if (mode === 'hash') {
  detail = await hashFile(file)
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
