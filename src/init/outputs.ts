// Which of the files one run wrote are the predictions, the metrics, the parameters and the
// artifacts, for the `outputs` section `repro-audit init` writes.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { uniqueIdColumns } from './data.js'
import type { TrialRun } from './pipeline.js'

export interface GuessedOutputs {
  predictions?: string
  /** The id column of the predictions file. */
  idColumn?: string
  metrics?: string
  params?: string
  /** JSON files, compared as canonical JSON. */
  artifacts: string[]
  /** Other files (models, plots): listed commented out, since their bytes may vary legitimately. */
  others: string[]
}

const TABLE = /\.(csv|parquet)$/i

export async function guessOutputs(run: TrialRun, dataId: string | undefined): Promise<GuessedOutputs> {
  const tables = run.files.filter(f => TABLE.test(f))
  const predictions =
    tables.find(f => /pred/i.test(path.posix.basename(f))) ?? (tables.length === 1 ? tables[0] : undefined)
  const jsons = run.files.filter(f => /\.json$/i.test(f))
  const metrics = await firstJson(run.outDir, jsons, /metric|score|eval/i, isMetrics)
  const params = await firstJson(run.outDir, jsons, /param|config|hyper/i, () => true)
  const taken = new Set([predictions, metrics, params])
  const rest = run.files.filter(f => !taken.has(f))
  let idColumn: string | undefined
  if (predictions) {
    const unique = (await uniqueIdColumns(path.join(run.outDir, predictions))) ?? []
    idColumn = dataId && unique.includes(dataId) ? dataId : unique[0]
  }
  return {
    predictions,
    idColumn,
    metrics,
    params,
    artifacts: rest.filter(f => /\.json$/i.test(f)),
    others: rest.filter(f => !/\.json$/i.test(f))
  }
}

async function firstJson(
  dir: string,
  files: string[],
  name: RegExp,
  accept: (value: unknown) => boolean
): Promise<string | undefined> {
  for (const file of files.filter(f => name.test(path.posix.basename(f)))) {
    try {
      if (accept(JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')))) return file
    } catch {
      // not JSON after all: an artifact like any other
    }
  }
  return undefined
}

/** A metrics file is a JSON object with at least one number (nested objects count). */
function isMetrics(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return Object.values(value).some(v => typeof v === 'number' || isMetrics(v))
}
