import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalJson } from '../core/canonical-json.js'
import { exists, hashFile } from '../core/files.js'
import type { Tolerance } from '../config/types.js'
import type { ArtifactComparison } from '../core/result.js'
import { diffFitted } from './json-diff.js'

/**
 * Artifacts by sha256; a .json artifact whose bytes differ is compared as canonical JSON, so key
 * order and number formatting do not count, and a real change is listed value by value, with
 * parameters and the feature list (and its order) apart from the learned values. Learned numbers
 * follow `tolerance` as predictions do: when every change is within it, the artifact passes as
 * `within-tolerance` (equal, not bit-identical); otherwise the changes beyond it are listed.
 */
export async function compareArtifact(
  name: string,
  baselineDir: string,
  currentDir: string,
  tolerance: Tolerance = { absolute: 0, relative: 0 },
  limit = 50
): Promise<ArtifactComparison> {
  const oldFile = path.join(baselineDir, name)
  const newFile = path.join(currentDir, name)
  const [hasOld, hasNew] = await Promise.all([exists(oldFile), exists(newFile)])
  if (!hasOld || !hasNew) {
    const change = hasOld ? 'missing' : 'new'
    const sha = hasOld
      ? { baselineSha256: (await hashFile(oldFile)).sha256 }
      : { currentSha256: (await hashFile(newFile)).sha256 }
    return { path: name, status: 'fail', change, ...sha }
  }
  const [a, b] = await Promise.all([hashFile(oldFile), hashFile(newFile)])
  const base = { path: name, baselineSha256: a.sha256, currentSha256: b.sha256 }
  if (a.sha256 === b.sha256) return { ...base, status: 'pass', change: 'identical' }
  if (name.toLowerCase().endsWith('.json')) {
    const [x, y] = await Promise.all([readJson(oldFile), readJson(newFile)])
    if (x !== undefined && y !== undefined) {
      if (canonicalJson(x) === canonicalJson(y)) return { ...base, status: 'pass', change: 'equivalent' }
      const d = diffFitted(x, y, limit, tolerance)
      const exact = d.learnedTotal === 0 && d.parameters.length === 0 && !d.features
      const out: ArtifactComparison = {
        ...base,
        status: exact ? 'pass' : 'fail',
        change: exact ? 'within-tolerance' : 'changed'
      }
      if (d.learnedTotal) {
        out.diffs = d.learned
        out.diffCount = d.learnedTotal
      }
      if (d.tolerated.count) {
        out.tolerance = tolerance
        out.withinTolerance = d.tolerated.count
        out.maxAbsDiff = d.tolerated.maxAbsDiff
        out.maxRelDiff = d.tolerated.maxRelDiff
      }
      if (d.parameters.length) out.parameters = d.parameters
      if (d.features) out.features = d.features
      return out
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
