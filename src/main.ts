import * as core from '@actions/core'
import * as github from '@actions/github'
import { renderAggregateMarkdown } from './aggregate/render.js'
import { loadConfig } from './config/load.js'
import { displayPath, errorMessage, InputError } from './core/errors.js'
import { redact } from './core/redact.js'
import { NO_ENV_RULES, secretEnvValues } from './core/pipeline-env.js'
import type { Status } from './core/status.js'
import { clientOptionsFromEnv, createClient, statusOf } from './github/client.js'
import { commentMarkdown, commentMarker, publishComment } from './github/comment.js'
import { pullRequestTarget, resolvePullRequest } from './github/event.js'
import { readInputs, type ActionInputs } from './github/inputs.js'
import * as log from './github/log.js'
import { annotate, errorSummary, summaryMarkdown } from './github/summary.js'
import { actionsCache } from './github/cache.js'
import { COMMENT_LIMIT, SUMMARY_LIMIT } from './report/markdown.js'
import { baseCommit } from './github/base.js'
import type { AuditResult } from './core/result.js'
import type { ReportFiles } from './report/write.js'
import { runAggregateJob } from './jobs/aggregate.js'
import { runAuditJob } from './jobs/audit.js'
import { runPostJob } from './jobs/post.js'

interface Prepared {
  result: AuditResult
  reports: ReportFiles
  exitCode: 0 | 1 | 2
}

/**
 * The action's edge. `mode: run` audits the checked-out code; `mode: post` only reads a report.json
 * made elsewhere (the fork-safe pattern) and never runs code from the pull request. Either way the
 * outputs and the job summary are written first, then the comment is attempted: a comment that
 * cannot be posted is a warning, and the gate alone decides the exit status.
 */
export async function run(): Promise<void> {
  try {
    // The runner's secret variables (INPUT_TOKEN among them) and the token: never in a report, a
    // summary, a comment or the log.
    log.useSecrets(secretEnvValues(process.env, NO_ENV_RULES))
    const inputs = readInputs()
    log.useSecrets([inputs.token])
    if (inputs.mode === 'aggregate') return await runAggregate(inputs)
    const { result, reports, exitCode } =
      inputs.mode === 'post'
        ? await runPostJob(inputs.report, {
            name: inputs.name,
            failOn: inputs.failOn,
            secrets: log.knownSecrets()
          })
        : await runAudit(inputs)

    core.setOutput('status', result.status)
    core.setOutput('report-json', reports.json)
    core.setOutput('report-markdown', reports.markdown)
    await writeSummary(summaryMarkdown(result, displayPath(reports.json)))
    if (inputs.mode === 'run') annotate(result)
    const name = result.audit
    core.setOutput(
      'comment-url',
      await comment(inputs, name, result.status, () => commentMarkdown(result, name))
    )

    if (exitCode === 2) log.setFailed(`repro-audit could not run: ${result.summary}`)
    else if (exitCode === 1) log.setFailed(`repro-audit: ${result.summary}`)
    else log.info(`repro-audit: ${result.summary}`)
  } catch (error) {
    core.setOutput('status', 'error')
    if (error instanceof InputError && error.file)
      log.error(error.message, {
        file: displayPath(error.file),
        startLine: error.line,
        startColumn: error.column
      })
    log.setFailed(`repro-audit could not run: ${errorMessage(error)}`)
    await writeSummary(errorSummary(redact(errorMessage(error), log.knownSecrets())))
  }
}

async function runAudit(inputs: ActionInputs): Promise<Prepared> {
  const config = await loadConfig(inputs.config)
  if (inputs.name) config.name = inputs.name
  if (config.pipeline.engine === 'command') log.useSecrets(secretEnvValues(process.env, config.pipeline.env))
  const secrets = log.knownSecrets()
  // On a pull request the base branch's baseline shows the change the pull request intends.
  const baseRef = await baseCommit(github.context.payload.pull_request?.base?.sha)
  const { result, reports, job } = await runAuditJob(config, 'run', {
    failOn: inputs.failOn,
    baseRef,
    progress: line => log.info(line),
    snapshotCache: actionsCache(message => log.warning(message)),
    knownReport: inputs.knownReport,
    secrets,
    reportName: 'report',
    resultFile: { label: inputs.label, file: inputs.resultFile }
  })
  // The portable result of this job, for a later `mode: aggregate` job over the whole matrix.
  if (job) {
    core.setOutput('result-file', job.file)
    core.setOutput('label', job.portable.label)
    log.info(`result file for the aggregate: ${displayPath(job.file)} (label ${job.portable.label})`)
  }
  return { result, reports: reports as ReportFiles, exitCode: result.gate.exitCode }
}

/**
 * `mode: aggregate`: read the result files of every matrix job (downloaded with
 * actions/download-artifact), write one verdict, and post it as one sticky comment.
 */
async function runAggregate(inputs: ActionInputs): Promise<void> {
  const { result, files } = await runAggregateJob(inputs.results, {
    reference: inputs.reference,
    expect: inputs.expect,
    expectLabels: inputs.expectLabels,
    failOn: inputs.failOn,
    outputDir: inputs.reportDir,
    root: process.env.GITHUB_WORKSPACE || process.cwd(),
    secrets: log.knownSecrets()
  })
  const { json, markdown } = files as { json: string; markdown: string }
  core.setOutput('status', result.status)
  core.setOutput('report-json', json)
  core.setOutput('report-markdown', markdown)
  await writeSummary(
    renderAggregateMarkdown(result, { limit: SUMMARY_LIMIT / 4, fullReport: displayPath(json) })
  )
  const name = `aggregate:${inputs.name ?? 'matrix'}`
  const limit = COMMENT_LIMIT - commentMarker(name).length - 1
  core.setOutput(
    'comment-url',
    await comment(inputs, name, result.status, () =>
      renderAggregateMarkdown(result, { limit, fullReport: 'aggregate.json' })
    )
  )
  if (result.gate.exitCode === 2) log.setFailed(`repro-audit could not aggregate: ${result.summary}`)
  else if (result.gate.exitCode === 1) log.setFailed(`repro-audit: ${result.summary}`)
  else log.info(`repro-audit: ${result.summary}`)
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    log.warning(`could not write the job summary: ${errorMessage(error)}`)
  }
}

/** Post or update the sticky comment; returns its URL, or '' when none was posted. */
async function comment(
  inputs: ActionInputs,
  name: string,
  status: Status,
  render: () => string
): Promise<string> {
  if (inputs.comment === 'never') return ''
  const { eventName, payload } = github.context
  const target = pullRequestTarget(eventName, payload, inputs.prNumber, github.context.repo)
  if (!target) {
    log.info(`no pull request for this ${eventName ?? 'unknown'} event: no comment`)
    return ''
  }
  if (!inputs.token) {
    log.warning('no token: the pull-request comment is not posted')
    return ''
  }
  const options = { ...clientOptionsFromEnv(), warn: (message: string) => log.warning(message) }
  const client = createClient(inputs.token, options)
  const { owner, repo } = github.context.repo
  try {
    return await withDeadline(options.budgetMs + 5000, async () => {
      const pr = await resolvePullRequest(client, owner, repo, target)
      if (!pr.number) {
        log.warning(`${pr.reason}: the report is not posted`)
        return ''
      }
      const markdown = render()
      const outcome = await publishComment(
        client,
        { owner, repo, issueNumber: pr.number },
        { audit: name, status, markdown, mode: inputs.comment }
      )
      const removed = outcome.removed ? ` (${outcome.removed} duplicate(s) deleted)` : ''
      log.info(
        `pull-request comment ${outcome.action}${outcome.reason ? `: ${outcome.reason}` : ''}${removed}${outcome.url ? `: ${outcome.url}` : ''}`
      )
      return outcome.url
    })
  } catch (error) {
    log.warning(`could not post the pull-request comment: ${explain(error)}`)
    return ''
  }
}

function explain(error: unknown): string {
  const message = errorMessage(error)
  switch (statusOf(error)) {
    case 403:
      return `the token may not write to this pull request (403: ${message}). Grant \`permissions: pull-requests: write\`; pull requests from forks only get a read-only token, so post from a workflow_run workflow with \`mode: post\` (the fork-safe pattern in the README).`
    case 404:
      return `the pull request or repository was not found with this token (404: ${message}).`
    case 422:
      return `GitHub rejected the comment (422: ${message}).`
    default:
      return message
  }
}

async function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the GitHub API did not answer within ${Math.round(ms / 1000)} s`)),
      ms
    )
    timer.unref()
  })
  try {
    return await Promise.race([work(), timeout])
  } finally {
    clearTimeout(timer)
  }
}
