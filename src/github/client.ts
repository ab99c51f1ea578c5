import * as github from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof github.getOctokit>

export interface ClientOptions {
  /** Longest time all calls together may take, retries and waits included. */
  budgetMs: number
  /** Longest time one HTTP request may take before it counts as a network failure. */
  requestTimeoutMs: number
  /** Multiplies every wait between retries; tests set it near 0 to stay fast. */
  waitScale: number
  /** Groups the throttling plugin's write pacing: clients with the same id share it. */
  id?: string
  warn?: (message: string) => void
}

/** Defaults, overridable through the environment (REPRO_AUDIT_GITHUB_*) for tests and slow networks. */
export function clientOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ClientOptions {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name])
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0
      ? value
      : fallback
  }
  return {
    budgetMs: num('REPRO_AUDIT_GITHUB_BUDGET_MS', 120_000),
    requestTimeoutMs: num('REPRO_AUDIT_GITHUB_TIMEOUT_MS', 20_000),
    waitScale: num('REPRO_AUDIT_GITHUB_WAIT_SCALE', 1)
  }
}

const RETRIES = 3
/** Statuses a retry cannot fix. 403 and 429 are left to the throttling plugin, which knows rate limits. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/**
 * An Octokit client from @actions/github with two safety nets: @octokit/plugin-retry retries 5xx
 * answers and network errors (timeouts included) with backoff, honouring Retry-After;
 * @octokit/plugin-throttling waits out primary and secondary rate limits. Every wait and every
 * request stops at one deadline, so a failing API cannot hold the job.
 */
export function createClient(token: string, options: ClientOptions): GitHubClient {
  const deadline = Date.now() + options.budgetMs
  const warn = options.warn ?? (() => {})
  const baseFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? globalThis.fetch
  const fitsBudget = (waitMs: number) => Date.now() + waitMs < deadline

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const waitMs = retryAfter * 1000 * options.waitScale
      if (retryCount < RETRIES && fitsBudget(waitMs)) {
        warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`)
        return true
      }
      warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up`)
      return false
    }

  const timedFetch = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const left = deadline - Date.now()
    if (left <= 0) {
      // Named AbortError so that neither plugin retries it.
      const error = new Error(
        `the GitHub API time budget of ${Math.round(options.budgetMs / 1000)} s is used up`
      )
      error.name = 'AbortError'
      throw error
    }
    const limit = Math.max(1, Math.min(options.requestTimeoutMs, left))
    const timeout = AbortSignal.timeout(limit)
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      return await baseFetch(url, { ...init, signal })
    } catch (error) {
      // A plain error, so that plugin-retry treats the timeout as the network failure it is.
      if (timeout.aborted) throw new Error(`no answer within ${limit} ms`, { cause: error })
      throw error
    }
  }

  const client = github.getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      request: { fetch: timedFetch, agent: defaults.request?.agent },
      log: { debug: () => {}, info: () => {}, warn, error: warn },
      retry: { retries: RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: 1000 * options.waitScale },
      throttle: {
        id: options.id ?? 'repro-audit',
        retryAfterBaseValue: 1000 * options.waitScale,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    retry,
    throttling
  )
  honourRetryAfter(client as unknown as RetryHost, options.waitScale, fitsBudget)
  return client
}

interface RetryError {
  response?: { headers?: Record<string, string | undefined> }
}
interface RetryHost {
  retry: { retryRequest: (error: RetryError, retries: number, retryAfter: number) => unknown }
}

/**
 * plugin-retry waits 1, 4, 9 s between attempts whatever the server says. When the answer carries
 * Retry-After (a 503 often does), wait that long instead, and give up when it would outlast the budget.
 */
function honourRetryAfter(client: RetryHost, waitScale: number, fitsBudget: (ms: number) => boolean): void {
  const original = client.retry.retryRequest
  client.retry.retryRequest = (error, retries, retryAfter) => {
    const asked = retryAfterSeconds(error.response?.headers?.['retry-after'])
    const seconds = asked ?? retryAfter
    return original(error, fitsBudget(seconds * 1000 * waitScale) ? retries : 0, seconds)
  }
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

/** The HTTP status of an Octokit error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : undefined
}
