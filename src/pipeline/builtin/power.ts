// Power transforms with a fitted lambda (Yeo-Johnson, Box-Cox). The lambda maximises the
// log-likelihood of a normal fit, found with Brent's method from the bracket (-2, 2), step for
// step as SciPy's optimize.brent does, so the lambdas agree with scikit-learn's PowerTransformer.

import { expm1, log, log1p, pow } from '../../core/detmath.js'

const EPS = 2.220446049250313e-16
const TINY = 2.2250738585072014e-308

// (b^λ − 1)/λ as expm1(λ·log b)/λ: the same value without the cancellation of b^λ − 1 when λ·log b
// is small, which made the likelihood (and so Brent's lambda) hang on the last bit of pow.
export function yeoJohnson(x: number, lambda: number): number {
  return yeoJohnsonOfLog(x, log1p(Math.abs(x)), lambda)
}

/** Yeo-Johnson of x given log1p(|x|), which the fit computes once for all its trial lambdas. */
function yeoJohnsonOfLog(x: number, logAbs1p: number, lambda: number): number {
  if (x >= 0) return Math.abs(lambda) < EPS ? logAbs1p : expm1(lambda * logAbs1p) / lambda
  return Math.abs(lambda - 2) > EPS ? -expm1((2 - lambda) * logAbs1p) / (2 - lambda) : -logAbs1p
}

export function boxCox(x: number, lambda: number): number {
  return lambda === 0 ? log(x) : expm1(lambda * log(x)) / lambda
}

/**
 * NumPy's pairwise summation (blocks of 128 summed with 8 accumulators, halves above that), so the
 * likelihood is rounded as in NumPy and Brent's steps land on the same lambda.
 */
export function pairwiseSum(a: Float64Array, start = 0, n = a.length): number {
  if (n < 8) {
    let res = 0
    for (let i = start; i < start + n; i++) res += a[i]
    return res
  }
  if (n <= 128) {
    const r = [
      a[start],
      a[start + 1],
      a[start + 2],
      a[start + 3],
      a[start + 4],
      a[start + 5],
      a[start + 6],
      a[start + 7]
    ]
    let i = 8
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[start + i + j]
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]))
    for (; i < n; i++) res += a[start + i]
    return res
  }
  let n2 = Math.floor(n / 2)
  n2 -= n2 % 8
  return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2)
}

/** Population variance as numpy's var(): pairwise mean, then the pairwise sum of squared deviations. */
function variance(values: Float64Array): number {
  const m = pairwiseSum(values) / values.length
  const sq = values.map(v => (v - m) * (v - m))
  return pairwiseSum(sq) / values.length
}

export function fitYeoJohnson(x: Float64Array): number {
  const logs = x.map(v => log1p(Math.abs(v)))
  const logSum = pairwiseSum(x.map((v, i) => Math.sign(v) * logs[i]))
  const out = new Float64Array(x.length)
  return brent(lambda => {
    for (let i = 0; i < x.length; i++) out[i] = yeoJohnsonOfLog(x[i], logs[i], lambda)
    const v = variance(out)
    if (v < TINY) return Infinity
    return -(-(x.length / 2) * log(v) + (lambda - 1) * logSum)
  })
}

export function fitBoxCox(x: Float64Array): number {
  const logs = x.map(v => log(v))
  const logSum = pairwiseSum(logs)
  const out = new Float64Array(x.length)
  return brent(lambda => {
    // SciPy's boxcox_llf: the variance of x^λ/λ (the −1/λ offset cannot change it).
    if (lambda === 0) out.set(logs)
    else for (let i = 0; i < x.length; i++) out[i] = pow(x[i], lambda) / lambda
    return -((lambda - 1) * logSum - (x.length / 2) * log(variance(out)))
  })
}

const GOLD = 1.618034
const CG = 0.381966

/** Bracket a minimum downhill from (xa, xb), as scipy.optimize.bracket. */
function bracket(f: (x: number) => number, xa0: number, xb0: number): [number, number, number] {
  let xa = xa0
  let xb = xb0
  let fa = f(xa)
  let fb = f(xb)
  if (fa < fb) [xa, xb, fa, fb] = [xb, xa, fb, fa]
  let xc = xb + GOLD * (xb - xa)
  let fc = f(xc)
  for (let iter = 0; fc < fb; iter++) {
    if (iter > 1000) throw new Error('no minimum found while bracketing the power-transform lambda')
    const tmp1 = (xb - xa) * (fb - fc)
    const tmp2 = (xb - xc) * (fb - fa)
    const val = tmp2 - tmp1
    const denom = Math.abs(val) < 1e-21 ? 2e-21 : 2 * val
    let w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom
    const wlim = xb + 110 * (xc - xb)
    let fw: number
    if ((w - xc) * (xb - w) > 0) {
      fw = f(w)
      if (fw < fc) return [xb, w, xc]
      if (fw > fb) return [xa, xb, w]
      w = xc + GOLD * (xc - xb)
      fw = f(w)
    } else if ((w - wlim) * (wlim - xc) >= 0) {
      w = wlim
      fw = f(w)
    } else if ((w - wlim) * (xc - w) > 0) {
      fw = f(w)
      if (fw < fc) {
        xb = xc
        xc = w
        w = xc + GOLD * (xc - xb)
        fb = fc
        fc = fw
        fw = f(w)
      }
    } else {
      w = xc + GOLD * (xc - xb)
      fw = f(w)
    }
    xa = xb
    xb = xc
    xc = w
    fa = fb
    fb = fc
    fc = fw
  }
  return [xa, xb, xc]
}

/** Brent's parabolic-interpolation minimiser (tol 1.48e-8), as scipy.optimize.brent. */
export function brent(f: (x: number) => number, brack: [number, number] = [-2, 2]): number {
  const tol = 1.48e-8
  const [xa, xb, xc] = bracket(f, brack[0], brack[1])
  let x = xb
  let w = xb
  let v = xb
  let fx = f(x)
  let fw = fx
  let fv = fx
  let a = xa < xc ? xa : xc
  let b = xa < xc ? xc : xa
  let deltax = 0
  let rat = 0
  for (let iter = 0; iter < 500; iter++) {
    const tol1 = tol * Math.abs(x) + 1e-11
    const tol2 = 2 * tol1
    const xmid = 0.5 * (a + b)
    if (Math.abs(x - xmid) < tol2 - 0.5 * (b - a)) break
    if (Math.abs(deltax) <= tol1) {
      deltax = x >= xmid ? a - x : b - x
      rat = CG * deltax
    } else {
      const tmp1 = (x - w) * (fx - fv)
      let tmp2 = (x - v) * (fx - fw)
      let p = (x - v) * tmp2 - (x - w) * tmp1
      tmp2 = 2 * (tmp2 - tmp1)
      if (tmp2 > 0) p = -p
      tmp2 = Math.abs(tmp2)
      const dxTemp = deltax
      deltax = rat
      if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.abs(p) < Math.abs(0.5 * tmp2 * dxTemp)) {
        rat = p / tmp2
        const u = x + rat
        if (u - a < tol2 || b - u < tol2) rat = xmid - x >= 0 ? tol1 : -tol1
      } else {
        deltax = x >= xmid ? a - x : b - x
        rat = CG * deltax
      }
    }
    const u = Math.abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat
    const fu = f(u)
    if (fu > fx) {
      if (u < x) a = u
      else b = u
      if (fu <= fw || w === x) {
        v = w
        w = u
        fv = fw
        fw = fu
      } else if (fu <= fv || v === x || v === w) {
        v = u
        fv = fu
      }
    } else {
      if (u >= x) a = x
      else b = x
      v = w
      w = x
      x = u
      fv = fw
      fw = fx
      fx = fu
    }
  }
  return x
}
