import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalJson } from '../core/canonical-json.js'
import { exists, hashFile } from '../core/files.js'
import type { Status } from '../core/status.js'
import type { ArtifactComparison } from '../report/model.js'
import { diffJson } from './json-diff.js'

/**
 * Artifacts by sha256; a .json artifact whose bytes differ is compared as canonical JSON, so key
 * order and number formatting do not count, and a real change is listed value by value.
 */
export async function compareArtifact(
  name: string,
  baselineDir: string,
  currentDir: string
): Promise<ArtifactComparison> {
  const oldFile = path.join(baselineDir, name)
  const newFile = path.join(currentDir, name)
  const [hasOld, hasNew] = await Promise.all([exists(oldFile), exists(newFile)])
  if (!hasOld || !hasNew) {
    const change = hasOld ? 'missing' : 'new'
    return { path: name, status: 'fail', change }
  }
  const [a, b] = await Promise.all([hashFile(oldFile), hashFile(newFile)])
  const base = { path: name, baselineSha256: a.sha256, currentSha256: b.sha256 }
  if (a.sha256 === b.sha256) return { ...base, status: 'pass', change: 'identical' }
  if (name.toLowerCase().endsWith('.json')) {
    const [x, y] = await Promise.all([readJson(oldFile), readJson(newFile)])
    if (x !== undefined && y !== undefined) {
      if (canonicalJson(x) === canonicalJson(y)) return { ...base, status: 'pass', change: 'equivalent' }
      const { differences } = diffJson(x, y)
      return { ...base, status: 'fail' as Status, change: 'changed', diffs: differences }
    }
  }
  return { ...base, status: 'fail', change: 'changed' }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'))
  } catch {
    return undefined
  }
}
