// Value-level differences between two JSON documents, as dotted paths (`steps[0].learned.fill.Lot_Frontage`).

export interface JsonDifference {
  path: string
  baseline: unknown
  current: unknown
}

export function diffJson(
  baseline: unknown,
  current: unknown,
  limit = 50
): { differences: JsonDifference[]; total: number } {
  const differences: JsonDifference[] = []
  let total = 0
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return
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
