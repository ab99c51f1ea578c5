// Canonical JSON: keys sorted, no insignificant white space, numbers in JavaScript's shortest
// round-trip form. Two values that mean the same serialise to the same bytes, so they hash alike.
import { createHash } from 'node:crypto'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

/** Pretty but still canonical: sorted keys, two-space indent, trailing newline. */
export function canonicalJsonPretty(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v)
    }
    return out
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON has no NaN or infinities; keep them distinguishable instead of collapsing to null.
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity'
  }
  return value
}
