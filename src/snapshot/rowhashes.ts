import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { InputError } from '../core/errors.js'

// The (id, row hash) sidecar of an entry with an id column: one `id<TAB>hash` line per row, sorted
// by id, so a changed row is a changed line in the pull request. It is written and compared as a
// stream: memory holds the current file's ids and an 8-byte hash per row, never the sidecar.

/** Ids in file order and two 32-bit hash lanes per row. */
export interface RowHashes {
  ids: string[]
  hashes: Uint32Array
}

const HEADER = '# repro-audit row hashes: id<TAB>row hash, sorted by id. Written by `repro-audit lock`.\n'

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function hex(x: number): string {
  return x.toString(16).padStart(8, '0')
}

function hashAt(h: Uint32Array, i: number): string {
  return hex(h[2 * i]) + hex(h[2 * i + 1])
}

function idText(id: string): string {
  return /[\t\n\r"\\]|^#/.test(id) ? JSON.stringify(id) : id
}

/** Row indices sorted by id, then by hash: the sidecar's order. */
function sortedOrder(r: RowHashes): Uint32Array {
  const order = new Uint32Array(r.ids.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  const h = r.hashes
  return order.sort(
    (a, b) => compareIds(r.ids[a], r.ids[b]) || h[2 * a] - h[2 * b] || h[2 * a + 1] - h[2 * b + 1]
  )
}

function* chunks(r: RowHashes): Generator<string> {
  yield HEADER
  const order = sortedOrder(r)
  let text = ''
  for (let k = 0; k < order.length; k++) {
    const i = order[k]
    text += `${idText(r.ids[i])}\t${hashAt(r.hashes, i)}\n`
    if (text.length > 1 << 16) {
      yield text
      text = ''
    }
  }
  if (text) yield text
}

/** The sidecar's text (small tables and tests). */
export function serializeRowHashes(r: RowHashes): string {
  return [...chunks(r)].join('')
}

/** Write the sidecar beside `file` as a temporary file; the caller renames it into place. */
export async function writeRowHashesTemp(file: string, r: RowHashes): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`
  const out = createWriteStream(tmp)
  try {
    for (const text of chunks(r)) {
      if (!out.write(text)) await new Promise<void>(resolve => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve()))
    )
  } catch (error) {
    await fs.rm(tmp, { force: true })
    throw error
  }
  return tmp
}

/** The first few ids in a natural order (numbers by value), kept while streaming. */
class FirstIds {
  readonly ids: string[] = []
  count = 0
  rows = 0
  constructor(private readonly limit: number) {}

  add(id: string, rows: number): void {
    this.count++
    this.rows += rows
    const ids = this.ids
    if (ids.length === this.limit && natural(id, ids[ids.length - 1]) >= 0) return
    let at = ids.length
    while (at > 0 && natural(id, ids[at - 1]) < 0) at--
    ids.splice(at, 0, id)
    if (ids.length > this.limit) ids.pop()
  }
}

function natural(a: string, b: string): number {
  const x = Number(a)
  const y = Number(b)
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y
  return compareIds(a, b)
}

export interface RowDiff {
  added: FirstIds
  removed: FirstIds
  changed: FirstIds
  /** Every added id, for reading the file again without them. */
  addedIds: string[]
}

interface Group {
  id: string
  hashes: string
  rows: number
}

async function* sidecarGroups(file: string): AsyncGenerator<Group> {
  const stream = createReadStream(file, { encoding: 'utf8' })
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', reject)
  })
  try {
    await opened
  } catch {
    throw new InputError(
      'the row-hash sidecar named in the lock is missing; re-create it with `repro-audit lock`',
      { file }
    )
  }
  let group: Group | undefined
  let n = 0
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++
    if (line === '' || line.startsWith('#')) continue
    const tab = line.lastIndexOf('\t')
    if (tab < 0)
      throw new InputError('malformed row-hash line; re-create it with `repro-audit lock`', { file, line: n })
    const raw = line.slice(0, tab)
    const id = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw
    const hash = line.slice(tab + 1)
    if (group && group.id === id) {
      group.hashes += `,${hash}`
      group.rows++
    } else {
      if (group) yield group
      group = { id, hashes: hash, rows: 1 }
    }
  }
  if (group) yield group
}

/** Compare the current rows with the sidecar by id, merging two sorted streams. */
export async function diffRowHashes(sidecar: string, current: RowHashes, first: number): Promise<RowDiff> {
  const diff: RowDiff = {
    added: new FirstIds(first),
    removed: new FirstIds(first),
    changed: new FirstIds(first),
    addedIds: []
  }
  const order = sortedOrder(current)
  let p = 0
  const nextCurrent = (): Group | undefined => {
    if (p >= order.length) return undefined
    const id = current.ids[order[p]]
    const group: Group = { id, hashes: hashAt(current.hashes, order[p]), rows: 1 }
    for (p++; p < order.length && current.ids[order[p]] === id; p++) {
      group.hashes += `,${hashAt(current.hashes, order[p])}`
      group.rows++
    }
    return group
  }
  const before = sidecarGroups(sidecar)
  let b = (await before.next()).value as Group | undefined
  let c = nextCurrent()
  while (b || c) {
    const cmp = !b ? 1 : !c ? -1 : compareIds(b.id, c.id)
    if (cmp < 0 && b) {
      diff.removed.add(b.id, b.rows)
      b = (await before.next()).value as Group | undefined
    } else if (cmp > 0 && c) {
      diff.added.add(c.id, c.rows)
      diff.addedIds.push(c.id)
      c = nextCurrent()
    } else if (b && c) {
      if (b.hashes !== c.hashes) diff.changed.add(c.id, 1)
      b = (await before.next()).value as Group | undefined
      c = nextCurrent()
    }
  }
  return diff
}
