import path from 'node:path'
import { aggregateFiles, findResultFiles, type AggregateOptions } from '../aggregate/aggregate.js'
import type { AggregateResult } from '../aggregate/model.js'
import { renderAggregateJson, renderAggregateMarkdown } from '../aggregate/render.js'
import { isInside, requireWritableInside, writeFileAtomic } from '../core/files.js'
import { redactDeep } from '../core/redact.js'
import { COMMENT_LIMIT } from '../report/markdown.js'

export interface AggregateJob {
  result: AggregateResult
  /** aggregate.json and aggregate.md, when an output folder was given. */
  files?: { json: string; markdown: string }
}

export interface AggregateJobOptions extends AggregateOptions {
  outputDir?: string
  /**
   * The checked-out tree (the action's workspace, the CLI's working folder; default the working
   * folder): an output folder inside it must not lead out of it through a link.
   */
  root?: string
  secrets?: readonly string[]
}

/**
 * The whole aggregate job: find the result files under `paths`, aggregate them into one verdict,
 * and write aggregate.json and aggregate.md into `outputDir` when there is one.
 */
export async function runAggregateJob(paths: string[], options: AggregateJobOptions): Promise<AggregateJob> {
  const { outputDir, root, secrets, ...aggregateOptions } = options
  const aggregated = await aggregateFiles(await findResultFiles(paths), aggregateOptions)
  // Result files come from other jobs: redacted there, and here again with this job's secrets.
  const result = secrets ? redactDeep(aggregated, secrets) : aggregated
  if (outputDir === undefined) return { result }
  const dir = path.resolve(outputDir)
  // A folder inside the tree may be a link a pull request committed (`.repro-audit` → elsewhere):
  // refused, as for run, lock and baseline. A folder named outside the tree is the workflow's or the
  // user's own choice; no part of its path is in the tree, so nothing there comes from a pull request.
  const tree = path.resolve(root ?? process.cwd())
  if (isInside(tree, dir)) requireWritableInside(tree, dir, 'the report folder')
  const files = { json: path.join(dir, 'aggregate.json'), markdown: path.join(dir, 'aggregate.md') }
  await writeFileAtomic(files.json, renderAggregateJson(result))
  await writeFileAtomic(
    files.markdown,
    renderAggregateMarkdown(result, { limit: COMMENT_LIMIT, fullReport: 'aggregate.json' })
  )
  return { result, files }
}
