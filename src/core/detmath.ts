// Elementary functions from IEEE-754 double arithmetic alone (+, −, ×, ÷ and exact bit moves), so
// they give the same bits on every JavaScript runtime and CPU. ECMAScript leaves Math.exp, log, pow
// and the like to the implementation (V8's Math.pow changed between Node 20 and Node 24), and a
// reproducibility check cannot let the runtime pick the last bit of a learned value.
//
// The designs are fdlibm's (Sun Microsystems, 1993), as its method notes describe them: reduce the
// argument by multiples of ln 2 (or split off the binary exponent), approximate on the reduced range
// with a minimax polynomial, and carry the rounding errors that matter as a second, smaller double.
// Errors stay below 1 ulp; most results are correctly rounded. The table test
// (__tests__/detmath.unit.test.ts) pins the bits of every function on every runtime CI runs.

import {
  EXP2_HI,
  EXP2_LO,
  EXP_INV_STEP,
  EXP_STEP_HI,
  EXP_STEP_LO,
  LN2_HI as LOG_LN2_HI,
  LN2_LO as LOG_LN2_LO,
  LOG_C,
  LOG_C_HI,
  LOG_C_LO
} from './detmath-tables.js'

// One shared 8-byte buffer, read as a double or as its two 32-bit halves.
const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const HI = LITTLE_ENDIAN ? 1 : 0
const LO = LITTLE_ENDIAN ? 0 : 1

/** Sign, exponent and top 20 fraction bits of x, as a signed 32-bit integer. */
function highWord(x: number): number {
  f64[0] = x
  return u32[HI] | 0
}

function fromWords(high: number, low: number): number {
  u32[HI] = high
  u32[LO] = low
  return f64[0]
}

function withHighWord(x: number, high: number): number {
  f64[0] = x
  u32[HI] = high
  return f64[0]
}

/** y·2^k for |k| ≤ 1100, by exact multiplications by powers of two (one rounding at most). */
function scaleByPowerOfTwo(y: number, k: number): number {
  if (k > 1023) return y * fromWords(0x7fe00000, 0) * fromWords((0x3ff + k - 1023) << 20, 0)
  if (k >= -1022) return y * fromWords((0x3ff + k) << 20, 0)
  return y * fromWords((0x3ff + k + 1000) << 20, 0) * fromWords(0x01700000, 0)
}

// ln 2 split so that k·LN2_HI is exact for |k| < 2^11, and the rest.
const LN2_HI = 6.9314718036912381649e-1
const LN2_LO = 1.90821492927058770002e-10
const INV_LN2 = 1.442695040888963387

/** ln 2 as a double, for 2^x = e^(x·ln 2). */
export const LN2 = 6.93147180559945286227e-1

// exp: R(z) ≈ r·(e^r + 1)/(e^r − 1) = 2 + P1·z + … + P5·z^5 with z = r², |r| ≤ ln2/2 (error < 2^-59).
const P1 = 1.66666666666666019037e-1
const P2 = -2.77777777770155933842e-3
const P3 = 6.61375632143793436117e-5
const P4 = -1.6533902205465251539e-6
const P5 = 4.13813679705723846039e-8

const EXP_MAX = 7.09782712893383973096e2
const EXP_MIN = -7.4513321910194110842e2

/** e^x, within 1 ulp. */
export function exp(x: number): number {
  const hx = highWord(x)
  const ax = hx & 0x7fffffff
  if (ax >= 0x40862e42) {
    if (x !== x) return x
    if (x > EXP_MAX) return Infinity
    if (x < EXP_MIN) return 0
  }
  if (ax <= 0x3fd62e42) {
    // |x| ≤ ln2/2: no reduction; below 2^-28 the series past 1 + x is below half an ulp.
    if (ax < 0x3e300000) return 1 + x
    const c = x - primaryExpPoly(x * x)
    return 1 - ((x * c) / (c - 2) - x)
  }
  if (x === 1) return 2.718281828459045 // e, correctly rounded (the general path is 1 ulp off)
  const k = ax < 0x3ff0a2b2 ? (hx < 0 ? -1 : 1) : (INV_LN2 * x + (hx < 0 ? -0.5 : 0.5)) | 0
  const hi = x - k * LN2_HI
  const lo = k * LN2_LO
  const r = hi - lo
  const c = r - primaryExpPoly(r * r)
  const y = 1 - (lo - (r * c) / (2 - c) - hi)
  return scaleByPowerOfTwo(y, k)
}

function primaryExpPoly(t: number): number {
  return t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
}

// expm1: the same rational form for e^r − 1, with Q1..Q5 scaled for z = r²/2 (error < 2^-61).
const Q1 = -3.33333333333331316428e-2
const Q2 = 1.58730158725481460165e-3
const Q3 = -7.93650757867487942473e-5
const Q4 = 4.00821782732936239552e-6
const Q5 = -2.01099218183624371326e-7

/** e^x − 1, within 1 ulp, accurate for x near 0. */
export function expm1(x: number): number {
  const hx = highWord(x)
  const ax = hx & 0x7fffffff
  if (ax >= 0x4043687a) {
    // |x| ≥ 56·ln2: e^x − 1 rounds to −1 below, and overflows above EXP_MAX.
    if (x !== x) return x
    if (hx < 0) return -1
    if (x > EXP_MAX) return Infinity
  }
  if (ax <= 0x3fd62e42) {
    if (ax < 0x3c900000) return x // |x| < 2^-54
    return reducedExpm1(x, 0, 0)
  }
  const k = ax < 0x3ff0a2b2 ? (hx < 0 ? -1 : 1) : (INV_LN2 * x + (hx < 0 ? -0.5 : 0.5)) | 0
  const hi = x - k * LN2_HI
  const lo = k * LN2_LO
  const r = hi - lo
  return reducedExpm1(r, hi - r - lo, k)
}

/** e^(r + c)·2^k − 1 for |r| ≤ ln2/2, where c is the rounding error of the reduction. */
function reducedExpm1(r: number, c: number, k: number): number {
  const hfx = 0.5 * r
  const hxs = r * hfx
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
  const t = 3 - r1 * hfx
  let e = hxs * ((r1 - t) / (6 - r * t))
  if (k === 0) return r - (r * e - hxs)
  e = r * (e - c) - c - hxs
  if (k === -1) return 0.5 * (r - e) - 0.5
  if (k === 1) return r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e)
  if (k <= -2 || k > 56) return scaleByPowerOfTwo(1 - (e - r), k) - 1
  if (k < 20) return (fromWords(0x3ff00000 - (0x200000 >> k), 0) - (e - r)) * fromWords((0x3ff + k) << 20, 0)
  return (r - (e + fromWords((0x3ff - k) << 20, 0)) + 1) * fromWords((0x3ff + k) << 20, 0)
}

// log: with f = m − 1 for m in [√2/2, √2) and s = f/(2 + f), log(1 + f) = 2s + 2s³/3 + … ;
// R(z) ≈ Lg1·z + … + Lg7·z^7 with z = s² approximates the tail (error < 2^-58.45).
const LG1 = 6.66666666666673513e-1
const LG2 = 3.999999999940941908e-1
const LG3 = 2.857142874366239149e-1
const LG4 = 2.222219843214978396e-1
const LG5 = 1.818357216161805012e-1
const LG6 = 1.531383769920937332e-1
const LG7 = 1.479819860511658591e-1

function logTail(s: number): number {
  const z = s * s
  const w = z * z
  return z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6))
}

/** Natural logarithm, within 1 ulp. */
export function log(x: number): number {
  let hx = highWord(x)
  let k = 0
  if (hx < 0x00100000) {
    // Zero, negative or subnormal.
    if (x === 0) return -Infinity
    if (hx < 0) return NaN
    k -= 54
    x *= 18014398509481984 // 2^54
    hx = highWord(x)
  } else if (hx >= 0x7ff00000) {
    return x + x
  } else if (x === 1) {
    return 0
  }
  // Split x = 2^k·m with m in [√2/2, √2): shift the exponent so that the cut falls at √2.
  hx += 0x3ff00000 - 0x3fe6a09e
  k += (hx >> 20) - 0x3ff
  const m = withHighWord(x, (hx & 0x000fffff) + 0x3fe6a09e)
  return reducedLog(m - 1, k, 0)
}

/**
 * k·ln2 + log(1 + f) + c for f in [√2/2 − 1, √2 − 1), c a small correction; the terms are added
 * smallest first, and f alone last, so the only large rounding is the final one.
 */
function reducedLog(f: number, k: number, c: number): number {
  const hfsq = 0.5 * f * f
  const s = f / (2 + f)
  return s * (hfsq + logTail(s)) + (k * LN2_LO + c) - hfsq + f + k * LN2_HI
}

/** log(1 + x), within 1 ulp, accurate for x near 0. */
export function log1p(x: number): number {
  const hx = highWord(x)
  let k = 1
  let f = x
  let c = 0
  if (hx < 0x3fda827a) {
    // 1 + x < √2 (or x negative).
    if (x <= -1) return x === -1 ? -Infinity : NaN
    if ((hx & 0x7fffffff) < 0x3ca00000) return x // |x| < 2^-53
    // 1 + x in [√2/2, √2): no reduction needed (the signed high word of −0.2929 is −0x402d413c).
    if (hx >= 0 || hx <= -0x402d413c) k = 0
  } else if (hx >= 0x7ff00000) {
    return x + x
  }
  if (k !== 0) {
    const u = 1 + x
    let hu = highWord(u) + (0x3ff00000 - 0x3fe6a09e)
    k = (hu >> 20) - 0x3ff
    // c ≈ log(1 + x) − log(u): the rounding error of 1 + x, relative to u.
    if (k < 54) c = (k >= 2 ? 1 - (u - x) : x - (u - 1)) / u
    hu = (hu & 0x000fffff) + 0x3fe6a09e
    f = withHighWord(u, hu) - 1
  }
  return reducedLog(f, k, c)
}

// pow: x^y = e^(y·log x), with log x and the product carried as double-doubles (a head and a tail
// adding up to about 2^-70 relative), so that the one final rounding is nearly always the correct
// one (a misrounding needs the exact result within 2^-70 of a half-way point). The reductions use
// small tables written by scripts/make-detmath-tables.py from 60-digit decimal arithmetic.

/** The low half of the last twoProduct or twoSum: what the rounded result left out. */
let LOW = 0
const SPLITTER = 134217729 // 2^27 + 1: Veltkamp's split into two 26-bit halves

/** a·b rounded, with LOW = the exact rest (Dekker's product; |a|, |b| < 2^996). */
function twoProduct(a: number, b: number): number {
  const p = a * b
  let t = SPLITTER * a
  const aHi = t - (t - a)
  const aLo = a - aHi
  t = SPLITTER * b
  const bHi = t - (t - b)
  const bLo = b - bHi
  LOW = aLo * bLo - (p - aHi * bHi - aLo * bHi - aHi * bLo)
  return p
}

/** a + b rounded, with LOW = the exact rest (Knuth's sum, any order of magnitude). */
function twoSum(a: number, b: number): number {
  const s = a + b
  const bb = s - a
  LOW = a - (s - bb) + (b - bb)
  return s
}

/**
 * x^y with ECMAScript's special cases (Number::exponentiate: 1^NaN and (±1)^±∞ are NaN); otherwise
 * within 1 ulp and almost always correctly rounded, so integer powers that fit in a double are exact.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1
  if (x !== x || y !== y) return NaN
  const special = powSpecialCase(x, y)
  if (special !== undefined) return special
  // Now x is finite and not 0 or ±1, y finite and not 0; x < 0 only with an integer y.
  const negate = x < 0 && y % 2 !== 0
  const ax = x < 0 ? -x : x
  // |y| ≥ 2^64 with |log x| ≥ 2^-53 gives |y·log x| ≥ 2^11: certain over- or underflow.
  if ((y < 0 ? -y : y) >= 18446744073709551616) return ax > 1 === y > 0 ? Infinity : 0
  const logHead = logDoubleDouble(ax)
  const logTail = LOW
  const head = twoProduct(y, logHead)
  const tail = LOW + y * logTail
  const z = expDoubleDouble(head, tail)
  return negate ? -z : z
}

/** log(ax) for positive finite ax, as a head (returned) and LOW, to about 2^-75 absolute (relative near 1). */
function logDoubleDouble(ax: number): number {
  // Near 1, log x is small: a relative bound needs the series in x − 1 itself (exact there).
  if (ax > 0.984375 && ax < 1.015625) return logNearOne(ax - 1)
  let hx = highWord(ax)
  let k = 0
  if (hx < 0x00100000) {
    ax *= 18014398509481984 // subnormal: scale by 2^54
    k = -54
    hx = highWord(ax)
  }
  k += (hx >> 20) - 0x3ff
  const cell = (hx >> 14) & 63 // top 6 fraction bits
  const m = withHighWord(ax, (hx & 0x000fffff) | 0x3ff00000) // ax = 2^k·m, m in [1, 2)
  // z = m·c − 1 exactly, as zHead + zTail: m·c is within 1/128 of 1, so subtracting 1 is exact.
  const product = twoProduct(m, LOG_C[cell])
  const zHead = twoSum(product - 1, LOW)
  const zTail = LOW
  // log(1 + z) = z − z²/2 + z³·(1/3 − z/4 + …), the cubic rest below 2^-22 of the result.
  const square = twoProduct(zHead, zHead)
  const squareTail = LOW + 2 * zHead * zTail
  const cubic = zHead * square * logSeriesRest(zHead)
  let sum = twoSum(zHead, -0.5 * square)
  let low = LOW + zTail - 0.5 * squareTail + cubic
  // + k·ln2 − log(c), each as head and tail.
  sum = twoSum(sum, LOG_C_HI[cell])
  low += LOW + LOG_C_LO[cell]
  sum = twoSum(sum, k * LOG_LN2_HI)
  low += LOW
  const kLow = twoProduct(k, LOG_LN2_LO)
  low += LOW
  sum = twoSum(sum, kLow)
  low += LOW
  const head = sum + low
  LOW = low - (head - sum)
  return head
}

/** log(1 + z) for |z| < 1/64 as head and LOW: z − z²/2 + z³/3 as double-doubles, then the rest. */
function logNearOne(z: number): number {
  const square = twoProduct(z, z)
  const squareTail = LOW
  const cube = twoProduct(square, z)
  const cubeTail = LOW + squareTail * z
  // cube/3 as third + thirdTail: 3·third is within an ulp of cube, so cube − 3·third is exact.
  const third = cube / 3
  const thrice = twoProduct(third, 3)
  const thirdTail = (cube - thrice - LOW + cubeTail) / 3
  const rest = square * square * logSeriesFourth(z)
  let sum = twoSum(z, -0.5 * square)
  let low = LOW - 0.5 * squareTail
  sum = twoSum(sum, third)
  low += LOW + thirdTail + rest
  const head = sum + low
  LOW = low - (head - sum)
  return head
}

/** (log(1 + z) − z + z²/2 − z³/3)/z⁴ for |z| < 1/64, in plain double arithmetic. */
function logSeriesFourth(z: number): number {
  let sum = 0
  for (let n = 14; n >= 4; n--) sum = (n % 2 === 0 ? -1 : 1) / n + z * sum
  return sum
}

/** (e^r − 1 − r − r²/2)/r³ for |r| ≤ ln2/64, in plain double arithmetic. */
function expSeriesRest(r: number): number {
  return 1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040 + r * (1 / 40320 + r / 362880)))))
}

/** (log(1 + z) − z + z²/2)/z³ for |z| ≤ 1/128, in plain double arithmetic. */
function logSeriesRest(z: number): number {
  return 1 / 3 - z * (0.25 - z * (0.2 - z * (1 / 6 - z * (1 / 7 - z * (0.125 - z * (1 / 9 - z * 0.1))))))
}

/** e^(head + tail) for |tail| ≤ ulp(head), with over- and underflow. */
function expDoubleDouble(head: number, tail: number): number {
  if (head > 709.8) return Infinity
  if (head < -745.2) return 0
  // head + tail = k·ln2/32 + r, |r| ≤ ln2/64; e^(head + tail) = 2^(k>>5)·2^((k&31)/32)·e^r.
  const k = Math.round(head * EXP_INV_STEP)
  const reduced = head - k * EXP_STEP_HI // exact: k·EXP_STEP_HI is exact and near head
  const kLow = twoProduct(k, EXP_STEP_LO)
  const kLowTail = LOW
  const partial = twoSum(reduced, -kLow)
  const rHead = twoSum(partial, LOW - kLowTail + tail)
  const rTail = LOW
  // e^r − 1 = r + r²/2 + r³·(1/6 + r/24 + …), the cubic rest below 2^-22 of the result.
  const square = twoProduct(rHead, rHead)
  const squareTail = LOW + 2 * rHead * rTail
  const cubic = rHead * square * expSeriesRest(rHead)
  const em1Head = twoSum(rHead, 0.5 * square)
  const em1Tail = LOW + rTail + 0.5 * squareTail + cubic
  // 2^(j/32)·(1 + e^r − 1), with the big product exact.
  const j = k & 31
  const tHead = EXP2_HI[j]
  const tTail = EXP2_LO[j]
  const scaled = twoProduct(tHead, em1Head)
  const rest = LOW + tHead * em1Tail + tTail * (em1Head + 1)
  const sum = twoSum(tHead, scaled)
  return scaleByPowerOfTwo(sum + (LOW + rest), k >> 5)
}

/** The result when x or y is ±0, ±∞, ±1, 1/2, 2 or x < 0 with y not an integer; else undefined. */
function powSpecialCase(x: number, y: number): number | undefined {
  const ax = x < 0 ? -x : x
  if (y === Infinity || y === -Infinity) {
    if (ax === 1) return NaN
    return ax > 1 === y > 0 ? Infinity : 0
  }
  if (y === 1) return x
  if (y === -1) return 1 / x
  if (y === 2) return x * x // correctly rounded by construction
  if (y === 0.5 && (x > 0 || Object.is(x, 0) || x === Infinity)) return Math.sqrt(x) // IEEE-exact
  const isInteger = Number.isInteger(y)
  const odd = isInteger && y % 2 !== 0
  if (ax === 0 || ax === Infinity || ax === 1) {
    if (x < 0 || Object.is(x, -0)) {
      if (ax === 1) return isInteger ? (odd ? -1 : 1) : NaN
      const z = (ax === 0) === y < 0 ? Infinity : 0
      return odd ? -z : z
    }
    if (ax === 1) return 1
    return (ax === 0) === y < 0 ? Infinity : 0
  }
  if (x < 0 && !isInteger) return NaN
  return undefined
}
