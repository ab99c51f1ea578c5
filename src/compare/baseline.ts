import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalHash, canonicalJsonPretty } from '../core/canonical-json.js'
import { displayPath, InputError } from '../core/errors.js'
import { confinedPath, hashFile, linkOutside, requireWritableInside, writeFileAtomic } from '../core/files.js'
import { endWrite, removeStale, sealFolder, SET_NAME, stageFolder, type Current } from '../core/fileset.js'
import type { BaselineStageConfig } from '../config/types.js'
import { BASELINE_MANIFEST, BASELINE_PREDICTIONS, type RunOutputs } from '../pipeline/outputs.js'

export { BASELINE_MANIFEST, BASELINE_PREDICTIONS }

/** The committed record of a good run: what every later run is compared with. */
export interface Baseline {
  schemaVersion: 1
  audit: string
  /** sha256 of every snapshot entry the baseline was trained on. */
  snapshot: Record<string, string>
  pipeline: { engine: string; configSha256: string }
  /** The sealed folder (16 hex digits) holding the predictions and artifacts; absent in older baselines. */
  files?: string
  predictions: { file: string; sha256: string; idColumn: string }
  metrics: Record<string, number>
  artifacts: { path: string; sha256: string }[]
  environment: Record<string, string>
  /** `ecosystem:name` → version of every audited dependency (installed, else pinned); absent in older baselines. */
  dependencies?: Record<string, string>
}

/**
 * Write the baseline: predictions and artifacts into a staging folder sealed under a name made
 * from its content (`baseline/<16 hex>/`), then the manifest naming that folder and the files'
 * hashes, in one rename. An interrupted write leaves the old manifest naming the old, untouched
 * folder; the next write removes what the interrupted one left.
 */
export async function writeBaseline(
  config: BaselineStageConfig,
  outputs: RunOutputs,
  snapshot: Record<string, string>,
  environment: Record<string, string>,
  dependencies?: Record<string, string>
): Promise<Baseline> {
  const dir = config.baselineDir
  const root = config.snapshot.root
  requireWritableInside(root, dir, 'the baseline folder')
  await removeStaleBaselineFiles(dir, root)
  const staging = await stageFolder(dir)
  try {
    const artifacts = []
    let files: string
    let predictions: string
    try {
      await fs.copyFile(outputs.predictions, path.join(staging.dir, BASELINE_PREDICTIONS))
      predictions = (await hashFile(path.join(staging.dir, BASELINE_PREDICTIONS))).sha256
      for (const name of outputs.artifacts) {
        await fs.mkdir(path.dirname(path.join(staging.dir, name)), { recursive: true })
        await fs.copyFile(path.join(outputs.dir, name), path.join(staging.dir, name))
        artifacts.push({ path: name, sha256: (await hashFile(path.join(staging.dir, name))).sha256 })
      }
      files = await sealFolder(staging.dir)
    } catch (error) {
      await fs.rm(staging.dir, { recursive: true, force: true })
      throw error
    }
    const baseline: Baseline = {
      schemaVersion: 1,
      audit: config.name,
      snapshot,
      pipeline: { engine: config.pipeline.engine, configSha256: canonicalHash(config.pipeline.spec) },
      files,
      predictions: { file: BASELINE_PREDICTIONS, sha256: predictions, idColumn: outputs.idColumn },
      metrics: outputs.metrics,
      artifacts,
      environment
    }
    if (dependencies && Object.keys(dependencies).length) baseline.dependencies = dependencies
    requireWritableInside(root, dir, 'the baseline folder')
    await writeFileAtomic(path.join(dir, BASELINE_MANIFEST), canonicalJsonPretty(baseline))
    await removeStaleBaselineFiles(dir, root)
    return baseline
  } finally {
    // Until here the sealed set was named by no manifest: the marker kept other writers' cleanup off it.
    await endWrite(staging)
  }
}

/** The folder holding a baseline's predictions and artifacts: its sealed set, or (older layout) the baseline folder. */
export function baselineFilesDir(dir: string, baseline: Pick<Baseline, 'files'>): string {
  return baseline.files ? path.join(dir, baseline.files) : dir
}

/**
 * What an interrupted `baseline` left: temporary files, staging folders and sealed sets the
 * manifest does not name, and copies of the older flat layout beside a sealed set.
 */
export async function removeStaleBaselineFiles(dir: string, root: string): Promise<void> {
  await removeStale(dir, async (): Promise<Current> => {
    let current: Baseline | undefined
    try {
      current = await readBaseline(dir, root)
    } catch {
      return { keep: 'all' } // a damaged manifest: remove only temporary files
    }
    const files = current?.files
    const named = new Set(current ? [current.predictions.file, ...current.artifacts.map(a => a.path)] : [])
    return { keep: new Set(files ? [files] : []), stray: rel => Boolean(files) && named.has(rel) }
  })
}

/** The committed baseline, or undefined when there is none. A damaged one is an InputError. */
export async function readBaseline(dir: string, root: string): Promise<Baseline | undefined> {
  const file = path.join(dir, BASELINE_MANIFEST)
  const link = linkOutside(root, file)
  if (link)
    throw new InputError('the baseline manifest leads outside the repository through a link; refused', {
      file: link
    })
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`cannot read the baseline: ${(error as Error).message}`, { file })
  }
  let value: Baseline
  try {
    value = JSON.parse(text) as Baseline
  } catch (error) {
    throw new InputError(
      `the baseline is not valid JSON (${(error as Error).message}); re-create it with \`repro-audit baseline\``,
      { file }
    )
  }
  if (value?.schemaVersion !== 1 || !value.predictions?.file) {
    throw new InputError('the baseline has an unknown layout; re-create it with `repro-audit baseline`', {
      file
    })
  }
  checkShape(value, text, file)
  const source = (field: string, key: string, raw: unknown) => ({
    file,
    field,
    line: jsonLine(text, key, raw)
  })
  if (value.files !== undefined && (typeof value.files !== 'string' || !SET_NAME.test(value.files)))
    throw new InputError(
      `files: ${JSON.stringify(value.files)} is not the name of a sealed baseline folder; refused`,
      {
        file,
        line: jsonLine(text, 'files', value.files)
      }
    )
  const filesDir = confinedPath(value.files ?? '.', dir, root, source('files', 'files', value.files))
  const predictions = confinedPath(
    value.predictions.file,
    filesDir,
    root,
    source('predictions.file', 'file', value.predictions.file)
  )
  value.artifacts.forEach((a, i) =>
    confinedPath(a.path, filesDir, root, source(`artifacts[${i}].path`, 'path', a.path))
  )
  let actual: string
  try {
    actual = (await hashFile(predictions)).sha256
  } catch {
    throw new InputError(`the baseline's predictions file is missing: ${displayPath(predictions)}`, { file })
  }
  if (actual !== value.predictions.sha256) {
    throw new InputError(
      `${displayPath(predictions)} does not match the sha256 in the baseline manifest (edited by hand, or a torn write); re-create it with \`repro-audit baseline\``,
      { file }
    )
  }
  return value
}

/** Metrics are finite numbers and every file entry has its path and sha256, or the baseline is refused. */
function checkShape(value: Baseline, text: string, file: string): void {
  const refuse = (message: string, key?: string, raw?: unknown): InputError =>
    new InputError(`${message}; re-create it with \`repro-audit baseline\``, {
      file,
      line: key === undefined ? undefined : jsonLine(text, key, raw)
    })
  if (typeof value.predictions.sha256 !== 'string') throw refuse('predictions.sha256 is missing')
  if (!value.metrics || typeof value.metrics !== 'object' || Array.isArray(value.metrics))
    throw refuse('metrics is not a mapping of names to numbers')
  for (const [name, v] of Object.entries(value.metrics))
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw refuse(`metrics.${name} is ${JSON.stringify(v)}, not a finite number`, name, v)
  if (!Array.isArray(value.artifacts)) throw refuse('artifacts is not a list')
  value.artifacts.forEach((a, i) => {
    if (typeof a?.path !== 'string' || typeof a.sha256 !== 'string')
      throw refuse(`artifacts[${i}] lacks its path or sha256`)
  })
}

/** The line of `"key": value` in a JSON text (its first occurrence), for pointing at a bad field. */
export function jsonLine(text: string, key: string, value: unknown): number | undefined {
  let at = text.indexOf(`${JSON.stringify(key)}: ${JSON.stringify(value)}`)
  if (at < 0) at = text.indexOf(`${JSON.stringify(key)}:`)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}
