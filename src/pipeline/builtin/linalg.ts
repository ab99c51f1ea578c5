// Dense linear algebra for the linear models. Loops run in a fixed order, so the floating-point
// result depends only on the inputs, never on scheduling or on the machine's BLAS.

import { exp } from '../../core/detmath.js'

/** Solve A x = b for a symmetric positive definite A (row-major n×n) by Cholesky. */
export function solveCholesky(a: Float64Array, b: Float64Array, n: number): Float64Array | undefined {
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k]
      if (i === j) {
        if (!(sum > 1e-12 * Math.max(1, Math.abs(a[i * n + i])))) return undefined
        l[i * n + i] = Math.sqrt(sum)
      } else {
        l[i * n + j] = sum / l[j * n + j]
      }
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let sum = b[i]
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * y[k]
    y[i] = sum / l[i * n + i]
  }
  const x = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k]
    x[i] = sum / l[i * n + i]
  }
  return x
}

/** Xᵀ X and Xᵀ y of column vectors, accumulated row by row in index order. */
export function normalEquations(
  columns: Float64Array[],
  y: Float64Array
): { xtx: Float64Array; xty: Float64Array } {
  const p = columns.length
  const n = y.length
  const xtx = new Float64Array(p * p)
  const xty = new Float64Array(p)
  for (let i = 0; i < p; i++) {
    const ci = columns[i]
    for (let j = 0; j <= i; j++) {
      const cj = columns[j]
      let sum = 0
      for (let r = 0; r < n; r++) sum += ci[r] * cj[r]
      xtx[i * p + j] = sum
      xtx[j * p + i] = sum
    }
    let sy = 0
    for (let r = 0; r < n; r++) sy += ci[r] * y[r]
    xty[i] = sy
  }
  return { xtx, xty }
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]
  return sum / values.length
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
}
