// The content profile of one table, built one row at a time: an order-insensitive fingerprint, an
// order-sensitive one, per-column statistics and, when an id column is named, (id, row hash)
// pairs. The CSV scanner and the Parquet reader feed it the same way, so both get the same results.

import { log } from '../core/detmath.js'
import type { ColumnType } from './lockfile.js'
import type { RowHashSpool } from './rowhashes.js'

/** Kinds of one field, widened per column into a ColumnType. */
const EMPTY = 0
const INTEGER = 1
const NUMBER = 2
const BOOLEAN = 3
const STRING = 4
const TYPE_NAMES: ColumnType[] = ['empty', 'integer', 'number', 'boolean', 'string']

const P1 = 0x01000193
const P2 = 0x5bd1e995
const SEED1 = 0x811c9dc5 | 0
const SEED2 = 0x27d4eb2f | 0
const HLL_BITS = 10
const HLL_SIZE = 1 << HLL_BITS
// Exact powers (10^0…10^22 and 2^0…2^-255) from tables, not from the runtime's Math.pow, so the
// lock's statistics are the same bits on every runtime.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`))
const HALVES = Array.from({ length: 256 }, (_, k) => {
  let h = 1
  for (let i = 0; i < k; i++) h /= 2
  return h
})

const decoder = new TextDecoder()
const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)

function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

export interface ColumnStats {
  name: string
  type: ColumnType
  count: number
  missing: number
  min?: number
  max?: number
  mean?: number
  distinct: number
  /** Order-insensitive hash of the column's values: equal digests, equal multisets of values. */
  digest: string
}

export interface TableProfile {
  rows: number
  /** Rows a time cut (`as_of`) left out. */
  ignoredRows: number
  fingerprint: string
  ordered: string
  columns: ColumnStats[]
  /** Line ending of a CSV file: `lf`, `crlf`, `mixed`, or `none` for one-line files and Parquet. */
  newline?: 'lf' | 'crlf' | 'mixed' | 'none'
  /** (id, row hash) pairs when an id column is named: the spool given in the options. */
  rowHashes?: RowHashSpool
}

export interface ProfileOptions {
  idColumn?: string
  /** Keep only rows whose `column` holds a timestamp at or before `untilMs`. */
  asOf?: { column: string; untilMs: number }
  /** Collect (id, row hash) pairs here; needs idColumn. The caller disposes of it. */
  rowHashes?: RowHashSpool
  /** Leave out the rows with these ids (to compare only the rows the lock also holds). */
  skipIds?: Set<string>
}

/** Thrown by the profiler for a problem in one row; the reader adds the file and line. */
export class RowProblem extends Error {}

export class Profiler {
  readonly width: number
  readonly names: string[]
  // The row being read: one slot per column.
  private readonly h1: Int32Array
  private readonly h2: Int32Array
  private readonly kind: Uint8Array
  private readonly num: Float64Array
  private filled = 0
  // Per-column state.
  private readonly types: Uint8Array
  private readonly counts: Float64Array
  private readonly missing: Float64Array
  private readonly mins: Float64Array
  private readonly maxs: Float64Array
  private readonly sums: Float64Array
  private readonly comps: Float64Array
  private readonly numCounts: Float64Array
  private readonly d1: Int32Array
  private readonly d2: Int32Array
  private readonly hll: Uint8Array
  // Table state.
  private rows = 0
  private ignored = 0
  private f1 = 0
  private f2 = 0
  private o1 = SEED1
  private o2 = SEED2
  private readonly idIndex: number
  private readonly asOfIndex: number
  private readonly untilMs: number
  private readonly skipIds?: Set<string>
  private idText = ''
  private asOfText = ''
  private readonly spool?: RowHashSpool

  constructor(names: string[], options: ProfileOptions = {}) {
    const n = names.length
    this.width = n
    this.names = names
    this.h1 = new Int32Array(n)
    this.h2 = new Int32Array(n)
    this.kind = new Uint8Array(n)
    this.num = new Float64Array(n)
    this.types = new Uint8Array(n)
    this.counts = new Float64Array(n)
    this.missing = new Float64Array(n)
    this.mins = new Float64Array(n).fill(Infinity)
    this.maxs = new Float64Array(n).fill(-Infinity)
    this.sums = new Float64Array(n)
    this.comps = new Float64Array(n)
    this.numCounts = new Float64Array(n)
    this.d1 = new Int32Array(n)
    this.d2 = new Int32Array(n)
    this.hll = new Uint8Array(n * HLL_SIZE)
    this.idIndex = options.idColumn === undefined ? -1 : names.indexOf(options.idColumn)
    if (options.idColumn !== undefined && this.idIndex < 0)
      throw new RowProblem(`id column "${options.idColumn}" is not in the header`)
    this.asOfIndex = options.asOf ? names.indexOf(options.asOf.column) : -1
    if (options.asOf && this.asOfIndex < 0)
      throw new RowProblem(`as_of column "${options.asOf.column}" is not in the header`)
    this.untilMs = options.asOf?.untilMs ?? Infinity
    this.skipIds = options.skipIds
    if (this.idIndex >= 0) this.spool = options.rowHashes
  }

  resetRow(): void {
    this.filled = 0
  }

  /** Does column `col` need its text (id or time-cut column)? */
  wantsText(col: number): boolean {
    return col === this.idIndex || col === this.asOfIndex
  }

  setText(col: number, text: string): void {
    if (col === this.idIndex) this.idText = text
    if (col === this.asOfIndex) this.asOfText = text
  }

  /**
   * One field given as UTF-8 bytes `buf[start, end)`: numbers are recognised and hashed by value
   * (so `60`, `60.0` and a Parquet 60 agree), everything else by its bytes. Returns false when the
   * bytes are not valid UTF-8.
   */
  field(col: number, buf: Uint8Array, start: number, end: number): boolean {
    if (start === end) {
      this.kind[col] = EMPTY
      this.h1[col] = SEED1
      this.h2[col] = SEED2
      this.filled++
      return true
    }
    let h1 = SEED1
    let h2 = SEED2
    const first = buf[start]
    if (!(first <= 57 && (first >= 48 || first === 45 || first === 43 || first === 46))) {
      // Cannot be a number: hash the bytes and nothing else (the common case for labels).
      let bits = 0
      for (let i = start; i < end; i++) {
        const b = buf[i]
        bits |= b
        h1 = Math.imul(h1 ^ b, P1)
        h2 = Math.imul(h2 + b, P2) ^ (h2 >>> 15)
      }
      if (bits >= 0x80 && !validUtf8(buf, start, end)) return false
      const kind = end - start <= 5 && isBoolean(buf, start, end) ? BOOLEAN : STRING
      this.kind[col] = kind
      this.h1[col] = fmix(h1 ^ (end - start))
      this.h2[col] = fmix(h2 + kind)
      this.filled++
      return true
    }
    // Number recognition: [+-]? digits [. digits] ([eE][+-]?digits)?
    let state = 0 // 0 sign allowed, 1 int digits, 2 after dot (no digits yet), 3 frac digits, 4 exp start, 5 exp sign, 6 exp digits, 9 not a number
    let mantissa = 0
    let digits = 0
    let scale = 0
    let anyDigit = false
    let ascii = true
    for (let i = start; i < end; i++) {
      const b = buf[i]
      h1 = Math.imul(h1 ^ b, P1)
      h2 = Math.imul(h2 + b, P2) ^ (h2 >>> 15)
      if (b >= 0x80) ascii = false
      if (state === 9) continue
      if (b >= 48 && b <= 57) {
        anyDigit = anyDigit || state < 4
        if (state === 0 || state === 1) {
          state = 1
          if (digits < 15) {
            mantissa = mantissa * 10 + (b - 48)
            if (mantissa !== 0) digits++
          } else digits = 99
        } else if (state === 2 || state === 3) {
          state = 3
          if (digits < 15) {
            mantissa = mantissa * 10 + (b - 48)
            if (mantissa !== 0) digits++
            scale++
          } else digits = 99
        } else state = 6
      } else if ((b === 45 || b === 43) && i === start) {
        state = 1
        anyDigit = false
      } else if (b === 46 && state <= 1) state = 2
      else if ((b === 101 || b === 69) && anyDigit && (state === 1 || state === 3)) state = 4
      else if ((b === 45 || b === 43) && state === 4) state = 5
      else state = 9
    }
    if (!ascii && !validUtf8(buf, start, end)) return false
    let kind = STRING
    if (state !== 9 && anyDigit && (state === 1 || state === 2 || state === 3 || state === 6)) {
      let value: number
      if (digits <= 15 && state !== 6 && scale <= 22)
        value = buf[start] === 45 ? -(mantissa / POW10[scale]) : mantissa / POW10[scale]
      else value = Number(decoder.decode(buf.subarray(start, end)))
      if (Number.isFinite(value)) {
        this.number(col, value, Number.isInteger(value))
        return true
      }
    } else if (end - start <= 5) {
      if (isBoolean(buf, start, end)) kind = BOOLEAN
    }
    this.kind[col] = kind
    this.h1[col] = fmix(h1 ^ (end - start))
    this.h2[col] = fmix(h2 + kind)
    this.filled++
    return true
  }

  /** A numeric field; integers are numbers without a fractional part. */
  number(col: number, value: number, integer: boolean): void {
    if (value === 0) value = 0 // -0 and 0 are one value
    f64[0] = value
    const lo = u32[0] | 0
    const hi = u32[1] | 0
    this.kind[col] = integer ? INTEGER : NUMBER
    this.num[col] = value
    this.h1[col] = fmix(lo ^ Math.imul(hi, 0x9e3779b1) ^ 0x6e756d)
    this.h2[col] = fmix(hi + Math.imul(lo, 0x85ebca77) + 0x7f4a7c15)
    this.filled++
  }

  missingValue(col: number): void {
    this.kind[col] = EMPTY
    this.h1[col] = SEED1
    this.h2[col] = SEED2
    this.filled++
  }

  /** Close the row. Returns false when a time cut leaves it out. */
  endRow(): boolean {
    const n = this.width
    if (this.filled !== n) {
      const got = this.filled
      this.filled = 0
      throw new RowProblem(`ragged row: expected ${n} fields like the header, found ${got}`)
    }
    this.filled = 0
    if (this.asOfIndex >= 0) {
      const t = Date.parse(this.asOfText)
      if (Number.isNaN(t))
        throw new RowProblem(
          `as_of column "${this.names[this.asOfIndex]}" holds "${this.asOfText}", which is not a timestamp`
        )
      if (t > this.untilMs) {
        this.ignored++
        return false
      }
    }
    if (this.skipIds?.has(this.idText)) {
      this.ignored++
      return false
    }
    let r1 = SEED1
    let r2 = SEED2
    for (let c = 0; c < n; c++) {
      const a = this.h1[c]
      const b = this.h2[c]
      r1 = Math.imul(r1 ^ a, P1) + c
      r2 = Math.imul((r2 << 5) | (r2 >>> 27), P2) ^ b
      const k = this.kind[c]
      if (k === EMPTY) {
        this.missing[c]++
      } else {
        this.counts[c]++
        const t = this.types[c]
        if (t !== k && t !== STRING) {
          this.types[c] =
            t === EMPTY
              ? k
              : (t === INTEGER && k === NUMBER) || (t === NUMBER && k === INTEGER)
                ? NUMBER
                : STRING
        }
        if (k === INTEGER || k === NUMBER) {
          const v = this.num[c]
          if (v < this.mins[c]) this.mins[c] = v
          if (v > this.maxs[c]) this.maxs[c] = v
          // Neumaier summation: the mean does not depend on the row order in practice.
          const s = this.sums[c]
          const t2 = s + v
          this.comps[c] += Math.abs(s) >= Math.abs(v) ? s - t2 + v : v - t2 + s
          this.sums[c] = t2
          this.numCounts[c]++
        }
        const x = fmix(a ^ Math.imul(b, 0x9e3779b1))
        const reg = c * HLL_SIZE + (x >>> (32 - HLL_BITS))
        const rank = Math.clz32((x << HLL_BITS) | (1 << (HLL_BITS - 1))) + 1
        if (rank > this.hll[reg]) this.hll[reg] = rank
      }
      this.d1[c] = (this.d1[c] + a) | 0
      this.d2[c] = (this.d2[c] + b) | 0
    }
    r1 = fmix(r1)
    r2 = fmix(r2 ^ n)
    this.f1 = (this.f1 + r1) | 0
    this.f2 = (this.f2 + r2) | 0
    this.o1 = fmix(Math.imul(this.o1 ^ r1, P1))
    this.o2 = fmix(Math.imul(this.o2 + r2, P2))
    this.rows++
    this.spool?.add(this.idText, r1, r2)
    return true
  }

  result(): TableProfile {
    const columns: ColumnStats[] = this.names.map((name, c) => {
      const type = TYPE_NAMES[this.types[c]]
      const numeric = (type === 'integer' || type === 'number') && this.numCounts[c] > 0
      const stats: ColumnStats = {
        name,
        type,
        count: this.counts[c],
        missing: this.missing[c],
        distinct: this.distinct(c),
        digest: hex(this.d1[c]) + hex(this.d2[c])
      }
      if (numeric) {
        stats.min = this.mins[c]
        stats.max = this.maxs[c]
        stats.mean = Number(((this.sums[c] + this.comps[c]) / this.numCounts[c]).toPrecision(12))
      }
      return stats
    })
    const profile: TableProfile = {
      rows: this.rows,
      ignoredRows: this.ignored,
      fingerprint: hex(this.f1) + hex(this.f2),
      ordered: hex(this.o1) + hex(this.o2),
      columns
    }
    if (this.spool) profile.rowHashes = this.spool
    return profile
  }

  /** HyperLogLog estimate with the small-range correction; exact enough to explain drift. */
  private distinct(c: number): number {
    if (this.counts[c] === 0) return 0
    let sum = 0
    let zeros = 0
    for (let i = c * HLL_SIZE; i < (c + 1) * HLL_SIZE; i++) {
      sum += HALVES[this.hll[i]]
      if (this.hll[i] === 0) zeros++
    }
    const m = HLL_SIZE
    const raw = ((0.7213 / (1 + 1.079 / m)) * m * m) / sum
    const estimate = raw <= 2.5 * m && zeros > 0 ? m * log(m / zeros) : raw
    return Math.min(Math.round(estimate), this.counts[c])
  }
}

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0')
}

function isBoolean(buf: Uint8Array, start: number, end: number): boolean {
  const len = end - start
  const first = buf[start] | 0x20
  if (len === 4 && first === 0x74) return matches(buf, start, 'true')
  if (len === 5 && first === 0x66) return matches(buf, start, 'false')
  return false
}

/** `word` (lower case) as `true`, `TRUE` or `True`, the spellings the type inference accepts. */
function matches(buf: Uint8Array, start: number, word: string): boolean {
  let lower = true
  let upper = true
  let capital = true
  for (let k = 0; k < word.length; k++) {
    const b = buf[start + k]
    const w = word.charCodeAt(k)
    if (b !== w) lower = false
    if (b !== w - 32) upper = false
    if (k === 0 ? b !== w - 32 : b !== w) capital = false
  }
  return lower || upper || capital
}

/** Strict UTF-8 check of `buf[start, end)`: no stray continuation bytes, overlongs or surrogates. */
export function validUtf8(buf: Uint8Array, start: number, end: number): boolean {
  let i = start
  while (i < end) {
    const b = buf[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return false
    if (i + need >= end) return false
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k]
      if ((c & 0xc0) !== 0x80) return false
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false
    i += need + 1
  }
  return true
}
