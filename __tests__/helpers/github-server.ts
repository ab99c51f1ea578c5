// A small GitHub REST API on 127.0.0.1: the issue-comment endpoints the action uses (with
// Link-header pagination), pulls.get, pulls.list, the pull requests of a commit, GET /user, the
// GraphQL `viewer { login }` query, and faults injected on demand.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredComment {
  id: number
  body: string
  created_at: string
  updated_at: string
  html_url: string
  user: { login: string; type: string }
}

export interface Fault {
  method?: string
  /** Matched against the path without the query string. */
  path?: RegExp
  status?: number
  headers?: Record<string, string>
  body?: unknown
  /** Never answer (the client's timeout must fire). */
  hang?: boolean
  /** Close the connection without an answer (a network error). */
  reset?: boolean
  /** How many matching requests get the fault; default 1. */
  times?: number
  /** Called with the request body as the fault fires, to change the server's state at that moment. */
  effect?: (body: string) => void
}

export interface LoggedRequest {
  method: string
  path: string
  query: string
  authorization?: string
  status: number
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/
const PULL = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/
const PULLS = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/
const COMMIT_PULLS = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/

export interface StoredPull {
  head: { sha: string; label?: string }
  /** The repository the pull request was opened against; default the one asked about. */
  base?: { repo: { full_name: string } }
  state?: 'open' | 'closed'
}

export class FakeGitHub {
  readonly comments = new Map<number, StoredComment[]>()
  readonly pulls = new Map<number, StoredPull>()
  /**
   * Who the token is. Undefined: an installation token like the workflow's GITHUB_TOKEN, whose
   * `GET /user` is refused and whose comments are by github-actions[bot].
   */
  tokenUser?: { login: string; type: string }
  /**
   * A GitHub App's installation token instead (when no tokenUser): `GET /user` is refused as for
   * the workflow token, but comments are by this bot, `<app-slug>[bot]`.
   */
  appBot?: string
  readonly requests: LoggedRequest[] = []
  /** Largest page the server returns, whatever per_page asks for. */
  pageSize = 100
  url = ''
  private readonly faults: (Fault & { left: number })[] = []
  private barrier?: { path: RegExp; count: number; waiting: (() => void)[] }
  private nextId = 1001
  private clock = Date.parse('2026-11-26T04:00:00Z')
  private readonly server = http.createServer((req, res) => void this.handle(req, res))

  async start(): Promise<string> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  /** Hold GET requests on `path` until `count` of them arrive, then answer them all. */
  holdUntil(path: RegExp, count: number): void {
    this.barrier = { path, count, waiting: [] }
  }

  /** Seed a comment, as if a person or an earlier run wrote it. */
  addComment(issue: number, body: string, login = 'someone'): StoredComment {
    const comment = this.store(issue, body)
    comment.user = { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
    return comment
  }

  list(issue: number): StoredComment[] {
    return this.comments.get(issue) ?? []
  }

  count(method: string, path: RegExp): number {
    return this.requests.filter(r => r.method === method && path.test(r.path)).length
  }

  private store(issue: number, body: string): StoredComment {
    const id = this.nextId++
    const at = new Date((this.clock += 1000)).toISOString()
    const comment = {
      id,
      body,
      created_at: at,
      updated_at: at,
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${id}`,
      user: { ...this.identity() }
    }
    this.comments.set(issue, [...this.list(issue), comment])
    return comment
  }

  /** Who the token is, as comments and GraphQL's viewer show it. */
  private identity(): { login: string; type: string } {
    return this.tokenUser ?? { login: this.appBot ?? 'github-actions[bot]', type: 'Bot' }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const log: LoggedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      authorization: req.headers.authorization,
      status: 0
    }
    this.requests.push(log)

    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      log.status = status
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(body === undefined ? undefined : JSON.stringify(body))
    }

    const fault = this.faults.find(
      f => f.left > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname))
    )
    if (fault) {
      fault.left--
      fault.effect?.(text)
      if (fault.hang) return
      if (fault.reset) {
        req.socket.destroy()
        return
      }
      send(fault.status ?? 500, fault.body ?? { message: 'Server Error' }, fault.headers)
      return
    }

    if (method === 'GET' && this.barrier?.path.test(url.pathname)) {
      const barrier = this.barrier
      await new Promise<void>(resolve => {
        barrier.waiting.push(resolve)
        if (barrier.waiting.length >= barrier.count) {
          this.barrier = undefined
          barrier.waiting.forEach(r => r())
        }
      })
    }

    let m: RegExpMatchArray | null
    if ((m = url.pathname.match(LIST))) {
      const issue = Number(m[3])
      if (method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize)
        const page = Number(url.searchParams.get('page') ?? 1)
        const all = this.list(issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const link = (p: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`
        const links: Record<string, string> =
          page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {}
        send(200, all.slice((page - 1) * perPage, page * perPage), links)
        return
      }
      if (method === 'POST') {
        const body = (JSON.parse(text) as { body?: string }).body
        if (typeof body !== 'string' || body.length > 65_536) {
          send(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ]
          })
          return
        }
        send(201, this.store(issue, body))
        return
      }
    }
    if ((m = url.pathname.match(ONE))) {
      const id = Number(m[3])
      const issue = [...this.comments.entries()].find(([, list]) => list.some(c => c.id === id))?.[0]
      if (issue === undefined) {
        send(404, { message: 'Not Found' })
        return
      }
      if (method === 'PATCH') {
        const comment = this.list(issue).find(c => c.id === id) as StoredComment
        comment.body = (JSON.parse(text) as { body: string }).body
        comment.updated_at = new Date((this.clock += 1000)).toISOString()
        send(200, comment)
        return
      }
      if (method === 'DELETE') {
        this.comments.set(
          issue,
          this.list(issue).filter(c => c.id !== id)
        )
        send(204)
        return
      }
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      // Only the query the action sends; GitHub answers it for user and installation tokens alike.
      const query = String((JSON.parse(text) as { query?: unknown }).query ?? '')
      if (/^query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}$/.test(query.trim()))
        send(200, { data: { viewer: { login: this.identity().login } } })
      else send(200, { errors: [{ message: `the stand-in API does not know this query: ${query}` }] })
      return
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (this.tokenUser) send(200, { ...this.tokenUser, id: 1 })
      else
        send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
        })
      return
    }
    const full = (pull: StoredPull, repo: string) => ({
      state: 'open',
      base: { repo: { full_name: repo } },
      ...pull
    })
    if ((m = url.pathname.match(PULL)) && method === 'GET') {
      const pull = this.pulls.get(Number(m[3]))
      if (pull) send(200, { number: Number(m[3]), ...full(pull, `${m[1]}/${m[2]}`) })
      else send(404, { message: 'Not Found' })
      return
    }
    if ((m = url.pathname.match(PULLS)) && method === 'GET') {
      const head = url.searchParams.get('head')
      const repo = `${m[1]}/${m[2]}`
      const pulls = [...this.pulls.entries()].filter(([, p]) => !head || p.head.label === head)
      send(
        200,
        pulls.map(([number, p]) => ({ number, ...full(p, repo) })).filter(p => p.state === 'open')
      )
      return
    }
    if ((m = url.pathname.match(COMMIT_PULLS)) && method === 'GET') {
      const sha = m[3]
      const repo = `${m[1]}/${m[2]}`
      send(
        200,
        [...this.pulls.entries()]
          .filter(([, p]) => p.head.sha === sha)
          .map(([number, p]) => ({ number, ...full(p, repo) }))
      )
      return
    }
    send(404, { message: 'Not Found' })
  }
}
