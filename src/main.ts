import * as core from '@actions/core'
import * as github from '@actions/github'
import { audit } from './audit/audit.js'
import { loadConfig } from './config/load.js'
import { errorMessage, InputError } from './core/errors.js'
import { upsertComment } from './github/comment.js'
import { readInputs, type ActionInputs } from './github/inputs.js'
import { ActionsCache } from './github/snapshot-cache.js'
import { COMMENT_LIMIT, renderMarkdown } from './report/markdown.js'
import type { AuditResult } from './report/model.js'
import { writeReports } from './report/write.js'

/** The action's edge: inputs in, the same engine as the CLI, outputs and summary out. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const config = await loadConfig(inputs.config)
    const result = await audit(config, 'run', { failOn: inputs.failOn, progress: line => core.info(line), snapshotCache: new ActionsCache() })
    const reports = await writeReports(result, config.reportDir)
    const markdown = renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport: reports.json })

    core.setOutput('status', result.status)
    core.setOutput('report-json', reports.json)
    core.setOutput('report-markdown', reports.markdown)
    core.setOutput('comment-url', await maybeComment(inputs, result, markdown))
    await core.summary.addRaw(markdown).write()
    annotate(result)

    if (result.gate.exitCode === 2) core.setFailed(`repro-audit could not run: ${result.summary}`)
    else if (result.gate.exitCode === 1) core.setFailed(`repro-audit: ${result.summary}`)
    else core.info(`repro-audit: ${result.summary}`)
  } catch (error) {
    core.setOutput('status', 'error')
    if (error instanceof InputError && error.file) core.error(error.message, { file: error.file, startLine: error.line, startColumn: error.column })
    core.setFailed(`repro-audit could not run: ${errorMessage(error)}`)
  }
}

async function maybeComment(inputs: ActionInputs, result: AuditResult, markdown: string): Promise<string> {
  const pr = github.context.payload.pull_request
  if (!pr || inputs.comment === 'never' || !inputs.token) return ''
  if (inputs.comment === 'on-drift' && (result.status === 'pass' || result.status === 'warn')) return ''
  if (inputs.comment === 'on-change' && result.status === 'pass') return ''
  try {
    return await upsertComment(inputs.token, pr.number, result.audit, markdown)
  } catch (error) {
    // A read-only token (pull requests from forks) must not turn a verdict into an error.
    core.warning(`could not post the pull-request comment: ${errorMessage(error)}`)
    return ''
  }
}

function annotate(result: AuditResult): void {
  const sections = [result.snapshot, result.runs, result.determinism, result.comparison, result.dependencies, result.environment]
  for (const f of sections.flatMap(s => s.findings)) {
    const props = f.file ? { file: f.file, startLine: f.line, startColumn: f.column } : {}
    if (f.status === 'fail' || f.status === 'error') core.error(f.message, props)
    else if (f.status === 'warn') core.warning(f.message, props)
  }
}
