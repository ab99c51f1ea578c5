import { promises as fs } from 'node:fs'
import path from 'node:path'
import { canonicalHash, canonicalJsonPretty } from '../core/canonical-json.js'
import { displayPath, InputError } from '../core/errors.js'
import { copyFileAtomic, hashFile, writeFileAtomic } from '../core/files.js'
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
  predictions: { file: string; sha256: string; idColumn: string }
  metrics: Record<string, number>
  artifacts: { path: string; sha256: string }[]
  environment: Record<string, string>
  /** `ecosystem:name` → version of every audited dependency (installed, else pinned); absent in older baselines. */
  dependencies?: Record<string, string>
}

/**
 * Write the baseline folder: data files first, each through a temporary file and a rename, then
 * the manifest, which names their hashes. An interrupted write leaves the old manifest, and the
 * hash check in readBaseline notices any file that no longer matches it.
 */
export async function writeBaseline(
  config: BaselineStageConfig,
  outputs: RunOutputs,
  snapshot: Record<string, string>,
  environment: Record<string, string>,
  dependencies?: Record<string, string>
): Promise<Baseline> {
  const dir = config.baselineDir
  await copyFileAtomic(outputs.predictions, path.join(dir, BASELINE_PREDICTIONS))
  const artifacts = []
  for (const name of outputs.artifacts) {
    await copyFileAtomic(path.join(outputs.dir, name), path.join(dir, name))
    artifacts.push({ path: name, sha256: (await hashFile(path.join(dir, name))).sha256 })
  }
  const baseline: Baseline = {
    schemaVersion: 1,
    audit: config.name,
    snapshot,
    pipeline: { engine: config.pipeline.engine, configSha256: canonicalHash(config.pipeline.spec) },
    predictions: {
      file: BASELINE_PREDICTIONS,
      sha256: (await hashFile(path.join(dir, BASELINE_PREDICTIONS))).sha256,
      idColumn: outputs.idColumn
    },
    metrics: outputs.metrics,
    artifacts,
    environment
  }
  if (dependencies && Object.keys(dependencies).length) baseline.dependencies = dependencies
  await writeFileAtomic(path.join(dir, BASELINE_MANIFEST), canonicalJsonPretty(baseline))
  return baseline
}

/** The committed baseline, or undefined when there is none. A damaged one is an InputError. */
export async function readBaseline(dir: string): Promise<Baseline | undefined> {
  const file = path.join(dir, BASELINE_MANIFEST)
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
  if (value.schemaVersion !== 1 || !value.predictions?.file) {
    throw new InputError('the baseline has an unknown layout; re-create it with `repro-audit baseline`', {
      file
    })
  }
  const predictions = path.join(dir, value.predictions.file)
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
