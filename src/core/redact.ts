// The second line of defence for secrets: pipeline code never gets them (see pipeline/env.ts), but
// should one reach what it prints or writes anyway (passed on purpose, read from elsewhere), every
// known secret value is replaced before the audit writes its reports, result file and logs. The
// edges know the secrets (the token input, the runner's variables) and hand the values in.

export const REDACTED = '***'

/** Values shorter than this are not treated as secrets: replacing `true` or `1` would garble reports. */
export const MIN_SECRET_LENGTH = 8

/** The distinct values worth redacting, longest first (so a secret containing another goes whole). */
export function secretList(values: Iterable<string | undefined>): string[] {
  const distinct = new Set<string>()
  for (const v of values) if (v && v.length >= MIN_SECRET_LENGTH) distinct.add(v)
  return [...distinct].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
}

/** `text` with every occurrence of every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  return out
}

/**
 * A JSON-like value (a report, a result file) with every string and every object key redacted.
 * Redacting the data before it is rendered matters: escaping for Markdown or JSON would change the
 * secret's characters and hide it from a text search.
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value
  return walk(value, secrets) as T
}

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets)
  if (Array.isArray(value)) return value.map(v => walk(v, secrets))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = walk(v, secrets)
    return out
  }
  return value
}

/**
 * Redacts a byte stream (a command's output on its way to the log file), chunk by chunk: a secret
 * split across two chunks is still found, because the last bytes that could begin one are held back
 * until the next chunk or the end.
 */
export class StreamRedactor {
  private readonly secrets: Buffer[]
  private readonly keep: number
  private pending: Buffer = Buffer.alloc(0)

  constructor(secrets: readonly string[]) {
    this.secrets = secrets.map(s => Buffer.from(s, 'utf8'))
    this.keep = Math.max(0, ...this.secrets.map(s => s.length - 1))
  }

  /** Bytes safe to write now. */
  push(chunk: Buffer): Buffer {
    if (this.secrets.length === 0) return chunk
    const all = this.replace(Buffer.concat([this.pending, chunk]))
    const cut = Math.max(0, all.length - this.keep)
    this.pending = all.subarray(cut)
    return all.subarray(0, cut)
  }

  /** The bytes held back, at the end of the stream. */
  end(): Buffer {
    const rest = this.replace(this.pending)
    this.pending = Buffer.alloc(0)
    return rest
  }

  private replace(data: Buffer): Buffer {
    let out = data
    for (const secret of this.secrets) {
      let at = out.indexOf(secret)
      if (at < 0) continue
      const parts: Buffer[] = []
      let from = 0
      while (at >= 0) {
        parts.push(out.subarray(from, at), Buffer.from(REDACTED))
        from = at + secret.length
        at = out.indexOf(secret, from)
      }
      parts.push(out.subarray(from))
      out = Buffer.concat(parts)
    }
    return out
  }
}
