// Value-level differences between two JSON documents, as dotted paths (`steps[0].learned.fill.Lot_Frontage`).
import type { Tolerance } from '../config/types.js'
import type { FeatureListChange, JsonDifference } from '../core/result.js'
import { relativeDiff, withinTolerance } from './tolerance.js'

export type { JsonDifference }

/** Every leaf that differs, in path order; `skip` leaves out subtrees by path. */
export function diffJson(
  baseline: unknown,
  current: unknown,
  limit = 50,
  skip: (path: string) => boolean = () => false
): { differences: JsonDifference[]; total: number } {
  const differences: JsonDifference[] = []
  let total = 0
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return
    if (at && skip(at)) return
    if (isObject(a) && isObject(b)) {
      for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
        walk(a[key], b[key], join(at, key))
      return
    }
    if (Array.isArray(a) && Array.isArray(b) && !(isLeafList(a) && isLeafList(b) && a.length !== b.length)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${at}[${i}]`)
      return
    }
    total++
    if (differences.length < limit) differences.push({ path: at || '(root)', baseline: a, current: b })
  }
  walk(baseline, current, '')
  return { differences, total }
}

/**
 * A fitted pipeline's differences split three ways: its parameters (what it was configured with:
 * anything under a `params` key, and top-level settings such as the seed), its feature list, and
 * the values it learned (everything else). A learned number that moved no further than `tolerance`
 * (absent: exact) is counted apart, in `tolerated`, and left out of `learned`.
 */
export function diffFitted(
  baseline: unknown,
  current: unknown,
  limit = 50,
  tolerance: Tolerance = { absolute: 0, relative: 0 }
): {
  parameters: JsonDifference[]
  features?: FeatureListChange
  learned: JsonDifference[]
  learnedTotal: number
  tolerated: { count: number; maxAbsDiff: number; maxRelDiff: number }
} {
  const isParameter = (path: string): boolean =>
    /(^|\.)params(\.|\[|$)/.test(path) || (!/[.[]/.test(path) && path !== 'features')
  const parameters: JsonDifference[] = []
  const learned = diffJson(baseline, current, Infinity, path => path === 'features')
  const rest: JsonDifference[] = []
  const tolerated = { count: 0, maxAbsDiff: 0, maxRelDiff: 0 }
  for (const d of learned.differences) {
    if (isParameter(d.path)) parameters.push(d)
    else if (
      typeof d.baseline === 'number' &&
      typeof d.current === 'number' &&
      withinTolerance(d.baseline, d.current, tolerance)
    ) {
      tolerated.count++
      tolerated.maxAbsDiff = Math.max(tolerated.maxAbsDiff, Math.abs(d.baseline - d.current))
      tolerated.maxRelDiff = Math.max(tolerated.maxRelDiff, relativeDiff(d.baseline, d.current))
    } else rest.push(d)
  }
  const features = featureChange(featureList(baseline), featureList(current))
  return {
    parameters: parameters.slice(0, limit),
    features,
    learned: rest.slice(0, limit),
    learnedTotal: rest.length,
    tolerated
  }
}

function featureList(doc: unknown): string[] | undefined {
  const list = isObject(doc) ? doc.features : undefined
  return Array.isArray(list) && list.every(x => typeof x === 'string') ? (list as string[]) : undefined
}

function featureChange(a: string[] | undefined, b: string[] | undefined): FeatureListChange | undefined {
  if (!a || !b) return undefined
  if (a.length === b.length && a.every((x, i) => x === b[i])) return undefined
  const inA = new Set(a)
  const inB = new Set(b)
  const added = b.filter(x => !inA.has(x))
  const removed = a.filter(x => !inB.has(x))
  const keptA = a.filter(x => inB.has(x))
  const keptB = b.filter(x => inA.has(x))
  const moved = keptA.findIndex((x, i) => x !== keptB[i])
  const change: FeatureListChange = {
    baselineCount: a.length,
    currentCount: b.length,
    added,
    removed,
    reordered: moved >= 0
  }
  if (moved >= 0)
    change.firstMoved = {
      position: a.indexOf(keptA[moved]) + 1,
      baseline: keptA[moved],
      current: keptB[moved]
    }
  return change
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function isLeafList(v: unknown[]): boolean {
  return v.every(x => x === null || typeof x !== 'object')
}

function join(at: string, key: string): string {
  const part = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key)
  return at ? `${at}.${part}` : part
}
