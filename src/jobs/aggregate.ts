import path from 'node:path'
import { aggregateFiles, findResultFiles, type AggregateOptions } from '../aggregate/aggregate.js'
import type { AggregateResult } from '../aggregate/model.js'
import { renderAggregateJson, renderAggregateMarkdown } from '../aggregate/render.js'
import { writeFileAtomic } from '../core/files.js'
import { redactDeep } from '../core/redact.js'
import { COMMENT_LIMIT } from '../report/markdown.js'

export interface AggregateJob {
  result: AggregateResult
  /** aggregate.json and aggregate.md, when an output folder was given. */
  files?: { json: string; markdown: string }
}

/**
 * The whole aggregate job: find the result files under `paths`, aggregate them into one verdict,
 * and write aggregate.json and aggregate.md into `outputDir` when there is one.
 */
export async function runAggregateJob(
  paths: string[],
  options: AggregateOptions & { outputDir?: string; secrets?: readonly string[] }
): Promise<AggregateJob> {
  const { outputDir, secrets, ...aggregateOptions } = options
  const aggregated = await aggregateFiles(await findResultFiles(paths), aggregateOptions)
  // Result files come from other jobs: redacted there, and here again with this job's secrets.
  const result = secrets ? redactDeep(aggregated, secrets) : aggregated
  if (outputDir === undefined) return { result }
  const dir = path.resolve(outputDir)
  const files = { json: path.join(dir, 'aggregate.json'), markdown: path.join(dir, 'aggregate.md') }
  await writeFileAtomic(files.json, renderAggregateJson(result))
  await writeFileAtomic(
    files.markdown,
    renderAggregateMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'aggregate.json' })
  )
  return { result, files }
}
