import { formatNumber } from '../core/format.js'
import type { Tolerance } from '../config/types.js'

/** Equal within tolerance when either bound holds; both 0 means exact. NaN equals NaN. */
export function withinTolerance(a: number, b: number, tol: Tolerance): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true
  const diff = Math.abs(a - b)
  if (!Number.isFinite(diff)) return false
  return diff <= tol.absolute || diff <= tol.relative * Math.max(Math.abs(a), Math.abs(b))
}

export function relativeDiff(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b))
  return scale === 0 ? 0 : Math.abs(a - b) / scale
}

export function describeTolerance(tol: Tolerance): string {
  const parts = []
  if (tol.absolute > 0) parts.push(`absolute ${formatNumber(tol.absolute)}`)
  if (tol.relative > 0) parts.push(`relative ${formatNumber(tol.relative)}`)
  return parts.length ? parts.join(' or ') : 'exact'
}
