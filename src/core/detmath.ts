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

/** x with its low 32 bits cleared: few enough significant bits that products with it are exact. */
function truncateLow(x: number): number {
  f64[0] = x
  u32[LO] = 0
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

// pow: x^y = 2^(y·log2 x), with log2 x carried as t1 + t2 (t1 with its low 32 bits zero, so y·t1 is
// nearly exact) and the product y·log2 x as ph + pl, then 2^(ph + pl) = 2^n·e^(r·ln2) for |r| ≤ 1/2.
// log2 on [1, 1.5) ∪ [1.5, 3) via s = (m − b)/(m + b): the L coefficients approximate
// (3/2)·(log(m) − 2s − (2/3)s³)/s⁴ as a polynomial in s² (error < 2^-60 relative).
const L1 = 5.99999999999994648725e-1
const L2 = 4.28571428578550184252e-1
const L3 = 3.33333329818377432918e-1
const L4 = 2.72728123808534006489e-1
const L5 = 2.30660745775561754067e-1
const L6 = 2.06975017800338417784e-1
const LOG2_OF_1_5_HI = 5.84962487220764160156e-1
const LOG2_OF_1_5_LO = 1.35003920212974897128e-8
// 2/(3·ln 2) and 1/ln 2, each as a 24-bit head and a tail; ln 2 with a 21-bit head.
const CP = 9.61796693925975554329e-1
const CP_H = 9.61796700954437255859e-1
const CP_L = -7.02846165095275826516e-9
const INV_LN2_H = 1.44269502162933349609
const INV_LN2_L = 1.92596299112661746887e-8
const LN2_H21 = 6.93147182464599609375e-1
const LN2_L21 = -1.90465429995776804525e-9
/** 1024 − log2(largest double + half an ulp): tells an exact 1024 that still rounds below overflow. */
const OVERFLOW_MARGIN = 8.008566259537294e-17

// log2|x| = LOG2_HEAD + LOG2_TAIL, written by the two log2 helpers (no array per call in hot loops).
let LOG2_HEAD = 0
let LOG2_TAIL = 0

/**
 * x^y with ECMAScript's special cases (Number::exponentiate: 1^NaN and (±1)^±∞ are NaN), within
 * 1 ulp otherwise. Integer powers of integers that fit in a double come out exact.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1
  if (x !== x || y !== y) return NaN
  const special = powSpecialCase(x, y)
  if (special !== undefined) return special
  const negativeOdd = x < 0 && y % 2 !== 0 // powSpecialCase returned NaN for a negative x and non-integer y
  const ix = highWord(x) & 0x7fffffff
  const iy = highWord(y) & 0x7fffffff
  const ax = x < 0 ? -x : x
  if (iy > 0x41e00000) {
    // |y| > 2^31: over- or underflow unless x is within 2^-20 of 1.
    if (ix < 0x3fefffff || ix > 0x3ff00000 || iy > 0x43f00000) {
      const grows = ax > 1 === y > 0
      return (negativeOdd ? -1 : 1) * (grows ? Infinity : 0)
    }
    log2NearOne(ax)
  } else {
    log2Wide(ax, ix)
  }
  const z = exp2Wide(y)
  return negativeOdd ? -z : z
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

/** log2(ax) for |ax − 1| < 2^-20, from the series x − x²/2 + x³/3 − x⁴/4 of log(1 + t). */
function log2NearOne(ax: number): void {
  const t = ax - 1 // exact, with at least 20 trailing zero bits
  const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25))
  const u = INV_LN2_H * t
  const v = t * INV_LN2_L - w * INV_LN2
  LOG2_HEAD = truncateLow(u + v)
  LOG2_TAIL = v - (LOG2_HEAD - u)
}

/** log2(ax) for any positive finite ax, to about 2^-64 relative. */
function log2Wide(ax: number, ix: number): void {
  let n = 0
  if (ix < 0x00100000) {
    ax *= 9007199254740992 // subnormal: scale by 2^53
    n -= 53
    ix = highWord(ax)
  }
  n += (ix >> 20) - 0x3ff
  const frac = ix & 0x000fffff
  // m in [1, √1.5) uses b = 1; [√1.5, √3) uses b = 1.5; [√3, 2) is halved into the first range.
  const k = frac <= 0x3988e ? 0 : frac < 0xbb67a ? 1 : 2
  let mHigh = frac | 0x3ff00000
  if (k === 2) {
    n += 1
    mHigh -= 0x00100000
  }
  const b = k === 1 ? 1.5 : 1
  const m = withHighWord(ax, mHigh)
  const u = m - b
  const v = 1 / (m + b)
  const ss = u * v
  const sHead = truncateLow(ss)
  // m + b with its low word cleared, built from the exponent bits, and what it leaves.
  const sumHead = fromWords(((mHigh >> 1) | 0x20000000) + 0x00080000 + (k === 1 ? 1 << 18 : 0), 0)
  const sumTail = m - (sumHead - b)
  const sTail = v * (u - sHead * sumHead - sHead * sumTail)
  logRatioToLog2(ss, sHead, sTail, n, k === 1)
}

/** From s = sHead + sTail = (m − b)/(m + b): log2(2^n·m) as head and tail. */
function logRatioToLog2(ss: number, sHead: number, sTail: number, n: number, offset: boolean): void {
  let s2 = ss * ss
  let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))))
  r += sTail * (sHead + ss)
  s2 = sHead * sHead
  const tHead = truncateLow(3 + s2 + r)
  const tTail = r - (tHead - 3 - s2)
  const u = sHead * tHead
  const v = sTail * tHead + tTail * ss
  const pHead = truncateLow(u + v)
  const pTail = v - (pHead - u)
  const zHead = CP_H * pHead
  const zTail = CP_L * pHead + pTail * CP + (offset ? LOG2_OF_1_5_LO : 0)
  const dHead = offset ? LOG2_OF_1_5_HI : 0
  LOG2_HEAD = truncateLow(zHead + zTail + dHead + n)
  LOG2_TAIL = zTail - (LOG2_HEAD - n - dHead - zHead)
}

/** |2^(y·(LOG2_HEAD + LOG2_TAIL))|, with over- and underflow. */
function exp2Wide(y: number): number {
  const yHead = truncateLow(y)
  const pl = (y - yHead) * LOG2_HEAD + y * LOG2_TAIL
  let ph = yHead * LOG2_HEAD
  const z = pl + ph
  const j = highWord(z)
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (z > 1024 || pl + OVERFLOW_MARGIN > z - ph) return Infinity
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (z < -1075 || pl <= z - ph) return 0
  }
  // n = z rounded to the nearest integer (taken from the bits of z), ph −= n.
  const iz = j & 0x7fffffff
  let n = 0
  if (iz > 0x3fe00000) {
    const rounded = j + (0x00100000 >> ((iz >> 20) - 0x3ff + 1))
    const e = ((rounded & 0x7fffffff) >> 20) - 0x3ff
    ph -= fromWords(rounded & ~(0x000fffff >> e), 0)
    n = ((rounded & 0x000fffff) | 0x00100000) >> (20 - e)
    if (j < 0) n = -n
  }
  return scaleByPowerOfTwo(expOfReduced(pl, ph), n)
}

/** 2^(ph + pl) for |ph + pl| ≤ 1/2, as e^(r·ln2) with r·ln2 carried as a head and a tail. */
function expOfReduced(pl: number, ph: number): number {
  const t = truncateLow(pl + ph)
  const u = t * LN2_H21
  const v = (pl - (t - ph)) * LN2 + t * LN2_L21
  const z = u + v
  const w = v - (z - u)
  const c = z - primaryExpPoly(z * z)
  const r = (z * c) / (c - 2) - (w + z * w)
  return 1 - (r - z)
}
