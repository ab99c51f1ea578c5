// The reader of the lock's own shape is held to js-yaml on every lock the writer makes: the
// bundled examples, and locks with column names that need quotes, look like numbers or hold
// YAML's indicator characters. What it does not take is left to the general readers, never misread.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CORE_SCHEMA, load } from 'js-yaml'
import { readWrittenLock } from '../src/snapshot/lock-reader.js'
import { readLock, serializeLock, type LockedColumn, type SnapshotLock } from '../src/snapshot/lockfile.js'

const yamlOf = (text: string): unknown => load(text, { schema: CORE_SCHEMA })

function lockWithColumns(names: string[], extra: Partial<LockedColumn> = {}): SnapshotLock {
  const columns = names.map((name, i) => ({
    name,
    type: 'string' as const,
    count: i,
    digest: `${i}0a1b2c`,
    ...extra
  }))
  return {
    schemaVersion: 2,
    entries: [
      { path: 'data/a b,c.csv', format: 'csv', size: 10, sha256: '0123abcd', rows: 3, columns },
      {
        folder: 'parts',
        sha256: 'ffee',
        size: 20,
        nfiles: 1,
        files: [{ path: 'parts/x.csv', format: 'csv', size: 20, sha256: '99', rows: 1, columns: [] }]
      }
    ]
  } as SnapshotLock
}

describe("the reader of the writer's own lock shape", () => {
  it('reads every bundled example lock as js-yaml does', async () => {
    for (const example of ['house-prices', 'credit', 'python-house-prices']) {
      const text = await fs.readFile(path.join('fixtures', example, 'repro.lock'), 'utf8')
      const read = readWrittenLock(text)
      expect(read).toBeDefined()
      expect(read).toEqual(yamlOf(text))
    }
  })

  it('reads quoted and unusual names as js-yaml does, or leaves them to it', () => {
    const names = [
      'Id',
      'Sale Price',
      '2010',
      '1e5',
      'null',
      'true',
      '0x1F',
      '1_000',
      '.inf',
      '-',
      'a: b',
      'a, b',
      '{x}',
      '#tag',
      'x #y',
      "it's",
      'say "hi"',
      'tab\there',
      'Zürich €',
      ' lead',
      '~',
      'a\\b'
    ]
    const text = serializeLock(lockWithColumns(names, { min: -0.5, max: 1e21, mean: 3.25 }))
    const read = readWrittenLock(text)
    if (read !== undefined) expect(read).toEqual(yamlOf(text))
    for (const name of names) {
      const one = serializeLock(lockWithColumns([name]))
      const mine = readWrittenLock(one)
      if (mine !== undefined) expect(mine).toEqual(yamlOf(one))
    }
    // The plain and double-quoted names are read here, not passed on.
    expect(
      readWrittenLock(serializeLock(lockWithColumns(['Id', 'Sale Price', '2010', 'null'])))
    ).toBeDefined()
  })

  it('leaves other YAML to the general readers', () => {
    const written = serializeLock(lockWithColumns(['Id']))
    for (const text of [
      written.replace('schemaVersion: 2', 'schemaVersion: &v 2'),
      written.replace('format: csv', "format: 'csv'"),
      written.replace('format: csv', 'format: csv # a comment'),
      written.replace('format: csv', 'format: !!str csv'),
      written.replace('\n  - path', '\n  -   path'),
      written.replace('rows: 3', 'rows: 3\n    rows: 4'),
      written.replace('entries:', 'entries:\nfoo: 1\n'),
      written + 'extra: [1, 2]\n',
      written.replace(/\n/g, '\r\n')
    ]) {
      expect(readWrittenLock(text)).toBeUndefined()
    }
  })

  it('a hand-edited lock that is still valid YAML is read by the general reader, to the same value', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-lock-'))
    try {
      const written = serializeLock(lockWithColumns(['Id', 'Sale Price']))
      const edited = written.replace('format: csv', "format: 'csv' # edited by hand")
      await fs.writeFile(path.join(dir, 'a.lock'), written)
      await fs.writeFile(path.join(dir, 'b.lock'), edited)
      expect(readWrittenLock(edited)).toBeUndefined()
      expect(await readLock(path.join(dir, 'b.lock'))).toEqual(await readLock(path.join(dir, 'a.lock')))
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
