// The portable result of one job: everything the aggregate needs, in one file that survives an
// upload and a download as a workflow artifact. It holds the job's full AuditResult plus what the
// report lacks: the predictions themselves (canonical CSV, gzip, base64), their digest, the config's
// and the baseline's hashes, the recorded tolerance and the job's label.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { canonicalHash, canonicalJsonPretty, sha256Hex } from '../core/canonical-json.js'
import { InputError } from '../core/errors.js'
import { confinedPath, hashFile, writeFileAtomic } from '../core/files.js'
import { redactDeep } from '../core/redact.js'
import type { AuditConfig, Tolerance } from '../config/types.js'
import { BASELINE_MANIFEST } from '../compare/baseline.js'
import type { RunOutputs } from '../pipeline/outputs.js'
import type { AuditResult } from '../core/result.js'
import { SCHEMA_VERSION } from '../core/result.js'
import { parseCanonicalCsv, readCanonicalCsv, type PredictionTable } from './csv.js'

export const RESULT_KIND = 'repro-audit-result'
export const RESULT_SCHEMA_VERSION = 1
/** Predictions larger than this (compressed) go into a file beside the result instead of inside it. */
export const DEFAULT_EMBED_LIMIT = 8 * 1024 * 1024

export interface PortablePredictions {
  idColumn: string
  columns: string[]
  rows: number
  /** SHA-256 of the canonical CSV (rows sorted by id): equal digests, bit-identical predictions. */
  sha256: string
  /** SHA-256 of the file as the pipeline wrote it. */
  fileSha256: string
  encoding: 'gzip+base64'
  /** The canonical CSV, gzip-compressed and base64-encoded, when it fits the embed limit. */
  data?: string
  /** Otherwise: a gzip file beside the result, named relative to the result file's folder. */
  file?: string
  compressedBytes: number
}

export interface PortableResult {
  kind: typeof RESULT_KIND
  resultSchemaVersion: typeof RESULT_SCHEMA_VERSION
  /** The job's name in the aggregate, for example `ubuntu-24.04-arm-py3.12`. */
  label: string
  audit: string
  /**
   * Hash of what in the config decides the predictions and their verdict: the pipeline section, the
   * snapshot entries and the prediction tolerance. Results of one audit must share it; the
   * determinism, report and gate settings may differ between jobs (a lighter production job).
   */
  configSha256: string
  /** SHA-256 of the baseline manifest (line endings normalised), absent when there is none. */
  baselineSha256?: string
  /** The commit the job ran on (GITHUB_SHA), when known. */
  commit?: string
  /** The prediction tolerance of the config, so the aggregate judges with the same rule. */
  tolerance: { default: Tolerance; columns: Record<string, Tolerance> }
  environment: Record<string, string>
  metrics: Record<string, number>
  artifacts: { path: string; sha256: string }[]
  /** Absent when no run produced predictions (the job's result says why). */
  predictions?: PortablePredictions
  result: AuditResult
  /** canonicalHash of everything above: a file edited or cut short does not verify. */
  digest: string
}

export interface WriteResultOptions {
  label: string
  /** Largest compressed predictions kept inside the file; default 8 MiB. */
  embedLimit?: number
  commit?: string
  /** Secret values to redact from the file (metric names, columns and paths come from the pipeline). */
  secrets?: readonly string[]
}

/** Build the portable result of a finished `run` and write it atomically. Returns its content. */
export async function writeResultFile(
  file: string,
  result: AuditResult,
  config: AuditConfig,
  reference: RunOutputs | undefined,
  options: WriteResultOptions
): Promise<PortableResult> {
  const body: Omit<PortableResult, 'digest'> = {
    kind: RESULT_KIND,
    resultSchemaVersion: RESULT_SCHEMA_VERSION,
    label: options.label,
    audit: result.audit,
    configSha256: configHash(config),
    baselineSha256: await normalisedHash(path.join(config.baselineDir, BASELINE_MANIFEST)).catch(
      () => undefined
    ),
    commit: options.commit,
    tolerance: { default: config.compare.predictions.default, columns: config.compare.predictions.columns },
    environment: result.environment.current,
    metrics: reference?.metrics ?? {},
    artifacts: await artifactHashes(reference),
    predictions: reference
      ? await embedPredictions(file, reference, options.embedLimit ?? DEFAULT_EMBED_LIMIT)
      : undefined,
    result
  }
  const clean = redactDeep(body, options.secrets ?? [])
  const portable: PortableResult = { ...clean, digest: canonicalHash(clean) }
  await writeFileAtomic(file, canonicalJsonPretty(portable))
  return portable
}

export function configHash(config: AuditConfig): string {
  return canonicalHash({
    pipeline: config.pipeline.spec,
    snapshot: {
      idColumn: config.snapshot.idColumn,
      entries: config.snapshot.entries.map(e => ({ path: e.path, idColumn: e.idColumn }))
    },
    predictions: {
      default: config.compare.predictions.default,
      columns: config.compare.predictions.columns,
      labels: config.compare.predictions.labels
    }
  })
}

async function normalisedHash(file: string): Promise<string> {
  return sha256Hex((await fs.readFile(file, 'utf8')).replace(/\r\n/g, '\n'))
}

async function artifactHashes(
  reference: RunOutputs | undefined
): Promise<{ path: string; sha256: string }[]> {
  if (!reference) return []
  const out = []
  for (const name of reference.artifacts)
    out.push({ path: name, sha256: (await hashFile(path.join(reference.dir, name))).sha256 })
  return out
}

/** The sidecar file of a result file: its name with `.predictions.csv.gz` in place of `.json`. */
export function sidecarName(resultFile: string): string {
  return `${path.basename(resultFile).replace(/\.json$/i, '')}.predictions.csv.gz`
}

async function embedPredictions(
  resultFile: string,
  run: RunOutputs,
  limit: number
): Promise<PortablePredictions> {
  const table = await readCanonicalCsv(run.predictions, run.idColumn)
  const gz = gzipSync(Buffer.from(table.text))
  const common = {
    idColumn: run.idColumn,
    columns: table.columns,
    rows: table.ids.length,
    sha256: sha256Hex(table.text),
    fileSha256: (await hashFile(run.predictions)).sha256,
    encoding: 'gzip+base64' as const,
    compressedBytes: gz.length
  }
  if (gz.length <= limit) return { ...common, data: gz.toString('base64') }
  const name = sidecarName(resultFile)
  await writeFileAtomic(path.join(path.dirname(resultFile), name), gz)
  return { ...common, file: name }
}

/**
 * Read and check one result file: JSON that parses, the kind and schema version this version
 * reads, a digest that verifies. Anything else is an InputError naming the file.
 */
export async function readResultFile(file: string): Promise<PortableResult> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new InputError(
      code === 'ENOENT'
        ? 'result file not found'
        : code === 'EISDIR'
          ? 'expected a result file, found a folder'
          : `cannot read the result file (${code ?? String(error)})`,
      { file }
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const where = /position (\d+)/.exec((error as Error).message)
    const line = where ? text.slice(0, Number(where[1])).split('\n').length : undefined
    throw new InputError(`not valid JSON, the file is corrupted or truncated (${(error as Error).message})`, {
      file,
      line
    })
  }
  const r = parsed as Partial<PortableResult> & Record<string, unknown>
  if (!r || typeof r !== 'object' || Array.isArray(r) || r.kind !== RESULT_KIND) {
    const hint =
      r && typeof r === 'object' && 'schemaVersion' in r && 'status' in r
        ? ' (this looks like a report.json: write result files with `run --result-file`)'
        : ''
    throw new InputError(`not a repro-audit result file: "kind" must be "${RESULT_KIND}"${hint}`, { file })
  }
  if (r.resultSchemaVersion !== RESULT_SCHEMA_VERSION) {
    throw new InputError(
      `result schema version ${JSON.stringify(r.resultSchemaVersion)} is not supported; this repro-audit reads version ${RESULT_SCHEMA_VERSION}: make every job and the aggregate use the same repro-audit version`,
      { file }
    )
  }
  const { digest, ...body } = r
  if (typeof digest !== 'string' || canonicalHash(body) !== digest) {
    throw new InputError(
      'the digest does not match the content: the file was changed or damaged after it was written',
      { file }
    )
  }
  for (const key of ['label', 'audit', 'configSha256'] as const) {
    if (typeof r[key] !== 'string' || r[key] === '') throw new InputError(`"${key}" is missing`, { file })
  }
  const isObject = (v: unknown): boolean => !!v && typeof v === 'object' && !Array.isArray(v)
  if (!isObject(r.environment) || Object.values(r.environment ?? {}).some(v => typeof v !== 'string'))
    throw new InputError('"environment" must map names to version strings', { file })
  if (!isObject(r.metrics)) throw new InputError('"metrics" is missing', { file })
  if (!Array.isArray(r.artifacts)) throw new InputError('"artifacts" is missing', { file })
  if (!isObject(r.tolerance) || !isObject(r.tolerance?.default) || !isObject(r.tolerance?.columns))
    throw new InputError('"tolerance" is missing', { file })
  const p = r.predictions
  if (p !== undefined && (!isObject(p) || typeof p.sha256 !== 'string' || typeof p.idColumn !== 'string'))
    throw new InputError('"predictions" is incomplete', { file })
  if (!r.result || typeof r.result !== 'object' || r.result.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(
      `the embedded report has schema version ${JSON.stringify(r.result?.schemaVersion)}, not ${SCHEMA_VERSION}`,
      { file }
    )
  }
  return r as PortableResult
}

/** The predictions of a result, decoded and checked against their digest. */
export async function loadPredictions(
  file: string,
  result: PortableResult
): Promise<PredictionTable | undefined> {
  const p = result.predictions
  if (!p) return undefined
  let gz: Buffer
  if (p.data !== undefined) gz = Buffer.from(p.data, 'base64')
  else if (p.file) {
    // The sidecar lies beside the result file: a name that climbs out or a link leading out is refused.
    const folder = path.dirname(path.resolve(file))
    const sidecar = confinedPath(p.file, folder, folder, { file, field: 'predictions.file' })
    try {
      gz = await fs.readFile(sidecar)
    } catch {
      throw new InputError(
        `the predictions file ${path.basename(p.file)} it refers to is missing: upload it with the result file`,
        { file }
      )
    }
  } else throw new InputError('the predictions have neither data nor a file', { file })
  let text: string
  try {
    text = gunzipSync(gz).toString('utf8')
  } catch (error) {
    throw new InputError(`the embedded predictions are corrupted (${(error as Error).message})`, { file })
  }
  if (sha256Hex(text) !== p.sha256)
    throw new InputError('the predictions do not match their digest: the file is corrupted', { file })
  return parseCanonicalCsv(text, p.idColumn, file)
}
