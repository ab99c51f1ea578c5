import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../src/config/load.js'
import { InputError } from '../src/core/errors.js'
import type { SnapshotSection } from '../src/core/result.js'
import { createLock } from '../src/snapshot/lock.js'
import { RowHashSpool, serializeRowHashes, type RowHashLimits } from '../src/snapshot/rowhashes.js'
import { scanCsvFile } from '../src/snapshot/scan-csv.js'
import { verifySnapshot } from '../src/snapshot/verify.js'
import { copyFixture } from './helpers/workspace.js'
import { sidecarFile } from './helpers/baseline.js'

// The (id, row hash) sidecar through the external sort: with a tiny spill limit every file spills
// many sorted runs, and the sidecar, the diffs and the temporary folders must be as without.

interface Workspace {
  dir: string
  train: string
  test: string
  config: string
  /** Private parent of the spool folders, so a test can see that nothing is left. */
  tmpRoot: string
}

const tmpRoots: string[] = []
afterAll(async () => {
  for (const dir of tmpRoots) await fs.rm(dir, { recursive: true, force: true })
})

async function privateTmp(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rowhash-test-'))
  tmpRoots.push(dir)
  return dir
}

async function workspace(): Promise<Workspace> {
  const dir = await copyFixture()
  const tmpRoot = await privateTmp()
  return {
    dir,
    train: path.join(dir, 'data', 'train.csv'),
    test: path.join(dir, 'data', 'test.csv'),
    config: path.join(dir, 'repro.yml'),
    tmpRoot
  }
}

function spilling(w: Workspace, more: RowHashLimits = {}): RowHashLimits {
  return { spillRows: 7, tmpRoot: w.tmpRoot, ...more }
}

async function rows(file: string): Promise<{ header: string; rows: string[] }> {
  const all = (await fs.readFile(file, 'utf8')).split('\n').filter(l => l !== '')
  return { header: all[0], rows: all.slice(1) }
}

async function writeRows(file: string, header: string, body: string[]): Promise<void> {
  await fs.writeFile(file, [header, ...body].join('\n') + '\n')
}

function withId(row: string, id: string): string {
  return id + row.slice(row.indexOf(','))
}

/**
 * Ids that are JSON-quoted in the sidecar, ids that repeat, and ids that sort by code unit. Returns
 * the rows written (one holds a line break, so the file cannot be split into rows by lines).
 */
async function awkwardIds(train: string): Promise<{ header: string; rows: string[] }> {
  const { header, rows: body } = await rows(train)
  const ids = ['"a\tb"', '"say ""hi"""', '"#7"', '"x\ny"', 'é', 'Z', '"back\\slash"', 'seven', '5', '10'] // unique: the lock refuses an id naming two rows
  const written = [
    ...body.map((r, i) => (i < ids.length ? withId(r, ids[i]) : r)),
    ...body.slice(0, 3).map((r, i) => withId(r, `dup-${i}`))
  ]
  await writeRows(train, header, written)
  return { header, rows: written }
}

async function leftovers(w: Workspace): Promise<string[]> {
  return fs.readdir(w.tmpRoot)
}

async function verify(w: Workspace, limits?: RowHashLimits): Promise<SnapshotSection> {
  return verifySnapshot(await loadConfig(w.config), { rowHashLimits: limits })
}

describe('row-hash sidecar through the external sort', () => {
  it('spilled runs give the committed sidecar byte for byte', async () => {
    const w = await workspace()
    const committed = await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')
    await createLock(await loadConfig(w.config), { rowHashLimits: spilling(w) })
    expect(await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')).toBe(committed)
    expect(committed.split('\n')).toHaveLength(2346)
    expect(await leftovers(w)).toEqual([])
  })

  it('quoted, repeated and non-ASCII ids: the same sidecar with and without spilling', async () => {
    const w = await workspace()
    await awkwardIds(w.train)
    await createLock(await loadConfig(w.config))
    const inMemory = await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')
    await createLock(await loadConfig(w.config), { rowHashLimits: spilling(w) })
    const spilled = await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')
    expect(spilled).toBe(inMemory)
    const lines = spilled.split('\n').slice(1, -1)
    expect(lines).toHaveLength(2344 + 3)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"a\\tb"\t[0-9a-f]{16}$/),
        expect.stringMatching(/^"say \\"hi\\""\t/),
        expect.stringMatching(/^"#7"\t/),
        expect.stringMatching(/^"x\\ny"\t/),
        expect.stringMatching(/^"back\\\\slash"\t/),
        expect.stringMatching(/^é\t/)
      ])
    )
    // Sorted by id as JavaScript compares strings, then by hash.
    const keys = lines
      .map(l => l.slice(0, l.lastIndexOf('\t')))
      .map(k => (k.startsWith('"') ? JSON.parse(k) : k))
    expect(keys).toEqual([...keys].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(keys.filter(k => k.startsWith('dup-'))).toHaveLength(3)
    expect(lines.filter(l => l.startsWith('5\t'))).toHaveLength(1)
    expect(await verify(w, spilling(w))).toMatchObject({ status: 'pass' })
    expect(await leftovers(w)).toEqual([])
  })

  it('more runs than one merge takes: merged in passes, same text as in memory', async () => {
    const tmpRoot = await privateTmp()
    const big = new RowHashSpool({ spillRows: 7, tmpRoot })
    const small = new RowHashSpool()
    try {
      for (let i = 0; i < 1000; i++) {
        // Ids repeat (i % 300), and hashes cover the high bit, where signed order would differ.
        const id = `${i % 300}${i % 7 === 0 ? '\t' : ''}`
        const h1 = Math.imul(i, 0x9e3779b1) | 0
        const h2 = (i * 7919) | 0
        big.add(id, h1, h2)
        small.add(id, h1, h2)
      }
      const folder = big.folder as string
      expect(existsSync(folder)).toBe(true)
      const text = serializeRowHashes(big)
      expect(text).toBe(serializeRowHashes(small))
      expect(text.split('\n')).toHaveLength(1002)
      big.dispose()
      expect(existsSync(folder)).toBe(false)
      expect(small.folder).toBeUndefined()
    } finally {
      big.dispose()
      small.dispose()
    }
  })

  it('added, removed, changed and duplicate ids: the same diff with and without spilling', async () => {
    const w = await workspace()
    const { header, rows: body } = await awkwardIds(w.train)
    await createLock(await loadConfig(w.config))
    const extra = (await rows(w.test)).rows.slice(2, 11)
    const area = header.split(',').indexOf('"Gr_Liv_Area"')
    const changed = body
      .filter((_, i) => i !== 20 && i !== 30)
      .map((r, i) => {
        if (i !== 40 && i !== 8) return r
        const fields = r.split(',')
        fields[area] = '9999'
        return fields.join(',')
      })
    // One more row for the repeated id: that id changes, it is not added.
    await writeRows(w.train, header, [...changed, ...extra, withId(body[50], 'dup-0')])
    const inMemory = await verify(w)
    const spilled = await verify(w, spilling(w))
    expect(spilled).toEqual(inMemory)
    const train = spilled.files.find(f => f.path === 'data/train.csv')
    expect(train).toMatchObject({
      status: 'fail',
      kinds: ['rows-added', 'rows-removed', 'values-changed'],
      rowsAdded: 9,
      rowsRemoved: 2,
      rowsChanged: 3
    })
    expect(train?.ids?.changed).toEqual(expect.arrayContaining(['dup-0', '5']))
    expect(await leftovers(w)).toEqual([])
  })

  it('removes the spool folder when the CSV is malformed midway, and when a later file fails', async () => {
    const w = await workspace()
    const committed = await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')
    const { header, rows: body } = await rows(w.train)
    const broken = [
      ...body.slice(0, 2000),
      'x"y' + body[2000].slice(body[2000].indexOf(',')),
      ...body.slice(2001)
    ]
    await writeRows(w.train, header, broken)
    // The error comes after many runs were written.
    const spool = new RowHashSpool({ spillRows: 7, tmpRoot: w.tmpRoot })
    const error = await scanCsvFile(w.train, { idColumn: 'Id', rowHashes: spool }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).line).toBe(2002)
    expect(existsSync(spool.folder as string)).toBe(true)
    spool.dispose()
    expect(await leftovers(w)).toEqual([])

    await expect(createLock(await loadConfig(w.config), { rowHashLimits: spilling(w) })).rejects.toThrow(
      /unbalanced quote/
    )
    expect(await leftovers(w)).toEqual([])

    // The first file locks (and spills) fine; the second one fails: nothing is left of either.
    await writeRows(w.train, header, body)
    const test = await rows(w.test)
    await writeRows(w.test, test.header, [...test.rows.slice(0, 50), '1,2'])
    await expect(createLock(await loadConfig(w.config), { rowHashLimits: spilling(w) })).rejects.toThrow(
      /ragged row/
    )
    expect(await leftovers(w)).toEqual([])
    expect(await fs.readFile(sidecarFile(w.dir, 'data/train.csv'), 'utf8')).toBe(committed)
    const sidecars = await fs.readdir(path.join(w.dir, 'repro.lock.d'), { recursive: true })
    expect(sidecars.filter(f => f.includes('.tmp-'))).toEqual([])
  })

  it('above the cap on added ids, the changed columns are not named instead of holding every id', async () => {
    const w = await workspace()
    const { header, rows: body } = await rows(w.train)
    const area = header.split(',').indexOf('"Gr_Liv_Area"')
    const fields = body[0].split(',')
    fields[area] = '9999'
    await writeRows(w.train, header, [
      fields.join(','),
      ...body.slice(1),
      ...(await rows(w.test)).rows.slice(0, 3)
    ])

    const named = await verify(w, spilling(w, { maxAddedIds: 3 }))
    const namedTrain = named.files.find(f => f.path === 'data/train.csv')
    expect(namedTrain?.columns?.map(c => c.column)).toEqual(['Gr_Liv_Area'])
    expect(named.findings.map(f => f.message).join('\n')).toMatch(
      /values changed in 1 row \(Ids 1\); column whose values differ: Gr_Liv_Area/
    )

    const capped = await verify(w, spilling(w, { maxAddedIds: 2 }))
    const cappedTrain = capped.files.find(f => f.path === 'data/train.csv')
    expect(cappedTrain).toMatchObject({
      kinds: ['rows-added', 'values-changed'],
      rowsAdded: 3,
      rowsChanged: 1
    })
    expect(cappedTrain?.columns).toBeUndefined()
    const message = capped.findings.find(f => f.code === 'snapshot.values-changed')?.message
    expect(message).toMatch(
      /train\.csv: values changed in 1 row \(Ids 1\); the columns cannot be named: that needs the file read again without the 3 added rows, more than the 2 ids held for it\.$/
    )
    expect(await leftovers(w)).toEqual([])
  })
})
