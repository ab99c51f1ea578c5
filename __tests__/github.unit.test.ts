import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionsCache, type CacheBackend } from '../src/github/cache.js'
import { clientOptionsFromEnv, retryAfterSeconds } from '../src/github/client.js'
import { commentMarker } from '../src/github/comment.js'
import { pullRequestTarget } from '../src/github/event.js'
import { readReportFile } from '../src/report/read.js'
import { summaryMarkdown } from '../src/github/summary.js'
import { SUMMARY_LIMIT as SUMMARY_LIMIT_BYTES } from '../src/report/markdown.js'
import { COMMENT_LIMIT } from '../src/report/markdown.js'
import { skippedSection, type AuditResult } from '../src/core/result.js'
import { manyColumns } from './helpers/big-report.js'

function result(overrides: Partial<AuditResult> = {}): AuditResult {
  return {
    schemaVersion: 1,
    tool: { name: 'repro-audit', version: '0.1.0' },
    audit: 'house-prices',
    command: 'run',
    config: 'repro.yml',
    status: 'pass',
    gate: { failOn: 'fail', exitCode: 0 },
    summary: 'Reproduced: the retrained pipeline matches the baseline.',
    snapshot: skippedSection({ lock: 'repro.lock', files: [] }),
    runs: skippedSection({ engine: 'builtin', runs: [], settings: {} }),
    determinism: skippedSection({ runs: 0, checks: [], notTried: [] }),
    comparison: skippedSection({ baseline: 'baseline', metrics: [], artifacts: [] }),
    dependencies: skippedSection({ files: [] }),
    environment: skippedSection({ current: {}, differences: [] }),
    ...overrides
  }
}

async function tempFile(name: string, content: string): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-unit-')), name)
  await fs.writeFile(file, content)
  return file
}

describe('commentMarker', () => {
  it('is one hidden line per audit name, with unsafe characters replaced', () => {
    expect(commentMarker('house-prices')).toBe('<!-- repro-audit:house-prices -->')
    expect(commentMarker('a --> <b>')).toBe('<!-- repro-audit:a_--___b_ -->')
  })
})

describe('pullRequestTarget', () => {
  it('takes the number from pull_request events', () => {
    expect(pullRequestTarget('pull_request', { pull_request: { number: 7 } })).toEqual({ number: 7 })
    expect(pullRequestTarget('pull_request_target', { pull_request: { number: 8 } }, 9)).toEqual({
      number: 8
    })
  })

  it('takes it from issue comments only on pull requests', () => {
    expect(pullRequestTarget('issue_comment', { issue: { number: 3, pull_request: {} } })).toEqual({
      number: 3
    })
    expect(pullRequestTarget('issue_comment', { issue: { number: 3 } })).toBeUndefined()
  })

  it('trusts a pull request a workflow_run lists only at the run head in this repository, and checks an input number', () => {
    const here = { owner: 'octo', repo: 'models' }
    const listed = (sha: string, url = 'https://api.github.com/repos/octo/models') => ({
      number: 4,
      head: { sha },
      base: { repo: { id: 1, url, name: 'models' } }
    })
    const run = { head_sha: 'abc', pull_requests: [listed('abc')] }
    expect(pullRequestTarget('workflow_run', { workflow_run: run }, undefined, here)).toEqual({ number: 4 })
    expect(pullRequestTarget('workflow_run', { workflow_run: run }, 4, here)).toEqual({ number: 4 })
    expect(pullRequestTarget('workflow_run', { workflow_run: run }, 5, here)).toEqual({
      number: 5,
      expectHeadSha: 'abc'
    })
    // Another commit, or another repository: looked up by the run's commit instead.
    for (const other of [listed('def'), listed('abc', 'https://api.github.com/repos/mona/models')])
      expect(
        pullRequestTarget(
          'workflow_run',
          { workflow_run: { head_sha: 'abc', pull_requests: [other] } },
          undefined,
          here
        )
      ).toEqual({ sha: 'abc' })
    expect(
      pullRequestTarget('workflow_run', { workflow_run: { head_sha: 'abc', pull_requests: [] } }, 5, here)
    ).toEqual({ number: 5, expectHeadSha: 'abc' })
    expect(
      pullRequestTarget('workflow_run', { workflow_run: { pull_requests: [] } }, undefined, here)
    ).toBeUndefined()
  })

  it('has no pull request for push or schedule unless one is given', () => {
    expect(pullRequestTarget('push', {})).toBeUndefined()
    expect(pullRequestTarget('schedule', {})).toBeUndefined()
    expect(pullRequestTarget('workflow_dispatch', {}, 11)).toEqual({ number: 11 })
  })
})

describe('retry settings', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T04:00:00Z')
    expect(retryAfterSeconds('120', now)).toBe(120)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 04:00:30 GMT', now)).toBe(30)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 03:00:00 GMT', now)).toBe(0)
    expect(retryAfterSeconds('soon', now)).toBeUndefined()
    expect(retryAfterSeconds(undefined, now)).toBeUndefined()
  })

  it('takes its bounds from REPRO_AUDIT_GITHUB_* and ignores nonsense', () => {
    expect(clientOptionsFromEnv({})).toEqual({ budgetMs: 120_000, requestTimeoutMs: 20_000, waitScale: 1 })
    expect(
      clientOptionsFromEnv({
        REPRO_AUDIT_GITHUB_BUDGET_MS: '5000',
        REPRO_AUDIT_GITHUB_WAIT_SCALE: '0.01',
        REPRO_AUDIT_GITHUB_TIMEOUT_MS: '-3'
      })
    ).toEqual({
      budgetMs: 5000,
      requestTimeoutMs: 20_000,
      waitScale: 0.01
    })
  })
})

describe('readReportFile', () => {
  it('reads a report written by a run', async () => {
    const file = await tempFile('report.json', JSON.stringify(result({ status: 'fail' })))
    expect(await readReportFile(file)).toMatchObject({ audit: 'house-prices', status: 'fail' })
  })

  it.each([
    ['not JSON', '{"status": ', /the report is not JSON/],
    [
      'another schema version',
      JSON.stringify({ ...result(), schemaVersion: 2 }),
      /schemaVersion is 2, expected 1/
    ],
    ['an unknown status', JSON.stringify({ ...result(), status: 'great' }), /status is "great"/],
    [
      'a section without findings',
      JSON.stringify({ ...result(), runs: { status: 'pass' } }),
      /section "runs" is missing or has no findings list/
    ],
    [
      'a malformed finding',
      JSON.stringify({ ...result(), runs: { status: 'pass', findings: [{ status: 'pass', message: 3 }] } }),
      /a finding in "runs" is malformed/
    ]
  ])('rejects %s, naming the file', async (_name, content, message) => {
    const file = await tempFile('report.json', content)
    await expect(readReportFile(file)).rejects.toMatchObject({
      name: 'InputError',
      file,
      message: expect.stringMatching(message)
    })
  })

  it('names a missing file', async () => {
    await expect(readReportFile('/nonexistent/report.json')).rejects.toThrow(/cannot read the report/)
  })
})

describe('summaryMarkdown', () => {
  it('keeps detail beyond the comment size when it fits in 1 MiB', () => {
    const text = summaryMarkdown(result({ comparison: manyColumns(300) }), 'report.json')
    expect(text.length).toBeGreaterThan(COMMENT_LIMIT)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    // The last column's most-changed rows are still there.
    expect(text).toContain('Most changed in `column_299`')
    expect(text).toContain('id-299-9-')
    expect(text).not.toContain('left out')
  })

  it('stays within 1 MiB of UTF-8 and says where the rest is', () => {
    // Two-byte characters: 3000 columns' details are well under 1 Mi characters, not under 1 MiB.
    const big = result({ comparison: manyColumns(3000, 60, 'ü') })
    const text = summaryMarkdown(big, 'report.json')
    expect(text.length).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(text).toContain('| Column | Rows | Bit-identical |')
    expect(text).toMatch(
      /Shortened to stay within GitHub's 1 MiB job-summary limit; left out: .*comparison details/
    )
    expect(text).toContain('The full report is in report.json.')
    expect(text).not.toContain('Most changed in')
  })
})

describe('actionsCache', () => {
  it('holds nothing and calls nothing where the cache service is not available', async () => {
    const calls: string[] = []
    const backend: CacheBackend = {
      isFeatureAvailable: () => false,
      restoreCache: async () => void calls.push('restore') as undefined,
      saveCache: async () => (calls.push('save'), 1)
    }
    const cache = actionsCache(undefined, backend)
    expect(await cache.restore('k', '/tmp/x')).toBe(false)
    expect(await cache.save('k', '/tmp/x')).toBe(false)
    expect(calls).toEqual([])
  })

  it('restores only an exact key, and a failing save is a warning, not an error', async () => {
    const warnings: string[] = []
    const saved = new Map<string, string[]>()
    const backend: CacheBackend = {
      isFeatureAvailable: () => true,
      restoreCache: async (_paths, key) => (saved.has(key) ? key : undefined),
      saveCache: async (paths, key) => {
        if (key === 'broken') throw new Error('service unavailable')
        if (saved.has(key)) throw Object.assign(new Error('already reserved'), { name: 'ReserveCacheError' })
        saved.set(key, paths)
        return 1
      }
    }
    const cache = actionsCache(m => warnings.push(m), backend)
    expect(await cache.restore('snap-abc', '/tmp/x')).toBe(false)
    expect(await cache.save('snap-abc', '/tmp/x')).toBe(true)
    expect(saved.get('snap-abc')).toEqual(['/tmp/x'])
    expect(await cache.restore('snap-abc', '/tmp/x')).toBe(true)
    expect(await cache.save('snap-abc', '/tmp/x')).toBe(false)
    expect(await cache.save('broken', '/tmp/x')).toBe(false)
    expect(warnings).toEqual(['cache save of broken failed: service unavailable'])
  })

  it('is unavailable outside GitHub with the real @actions/cache', async () => {
    const saved = process.env.ACTIONS_RUNTIME_TOKEN
    delete process.env.ACTIONS_RUNTIME_TOKEN
    try {
      expect(await actionsCache().restore('k', path.join(os.tmpdir(), 'nothing'))).toBe(false)
    } finally {
      if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved
    }
  })
})
