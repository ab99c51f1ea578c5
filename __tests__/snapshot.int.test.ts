import { promises as fs } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { audit } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { InputError } from '../src/core/errors.js'
import { FolderCache } from '../src/core/cache.js'
import { hashFile } from '../src/core/files.js'
import type { SnapshotFile, SnapshotSection } from '../src/core/result.js'
import { createLock } from '../src/snapshot/lock.js'
import { readLock, type FileLock } from '../src/snapshot/lockfile.js'
import { verifySnapshot } from '../src/snapshot/verify.js'
import { copyFixture, ROOT, runCli } from './helpers/workspace.js'
import { sidecarFile } from './helpers/baseline.js'

// Every case works on a private copy of fixtures/house-prices: the committed lock pins its data,
// the test alters the data the way a re-export or a database update would, and verify explains it.

const PARQUET = path.join(ROOT, 'fixtures', 'snapshot', 'train.parquet')

async function workspace(): Promise<{ dir: string; train: string; test: string; config: string }> {
  const dir = await copyFixture()
  return {
    dir,
    train: path.join(dir, 'data', 'train.csv'),
    test: path.join(dir, 'data', 'test.csv'),
    config: path.join(dir, 'repro.yml')
  }
}

async function verify(config: string): Promise<SnapshotSection> {
  return verifySnapshot(await loadConfig(config))
}

async function lines(file: string): Promise<{ header: string; rows: string[] }> {
  const all = (await fs.readFile(file, 'utf8')).split('\n').filter(l => l !== '')
  return { header: all[0], rows: all.slice(1) }
}

async function writeLines(file: string, header: string, rows: string[], eol = '\n'): Promise<void> {
  await fs.writeFile(file, [header, ...rows].join(eol) + eol)
}

function fileOf(section: SnapshotSection, key: string): SnapshotFile {
  const f = section.files.find(x => x.path === key)
  if (!f) throw new Error(`no ${key} in ${JSON.stringify(section.files.map(x => x.path))}`)
  return f
}

/** Column index in the example's header (they hold no commas inside quotes). */
function col(header: string, name: string): number {
  return header.split(',').indexOf(`"${name}"`)
}

function setField(row: string, index: number, value: string): string {
  const fields = row.split(',')
  fields[index] = value
  return fields.join(',')
}

async function writeConfig(dir: string, snapshot: string): Promise<string> {
  const file = path.join(dir, 'repro.yml')
  const text = await fs.readFile(file, 'utf8')
  const rest = text.slice(text.indexOf('\npipeline:'))
  await fs.writeFile(file, `name: house-prices\n${snapshot}${rest}`)
  return file
}

describe('snapshot verify on the example data', () => {
  it('passes on the committed lock through the byte-hash fast path', async () => {
    const { config } = await workspace()
    const section = await verify(config)
    expect(section.status).toBe('pass')
    expect(section.files.map(f => [f.path, f.change])).toEqual([
      ['data/train.csv', 'unchanged'],
      ['data/test.csv', 'unchanged']
    ])
    expect(section.findings).toEqual([])
  })

  it('the same rows in another order: reordered (warn)', async () => {
    const { config, train } = await workspace()
    const { header, rows } = await lines(train)
    await writeLines(train, header, [...rows].reverse())
    const section = await verify(config)
    expect(section.status).toBe('warn')
    const f = fileOf(section, 'data/train.csv')
    expect(f).toMatchObject({
      change: 'changed',
      status: 'warn',
      kinds: ['reordered'],
      rows: 2344,
      lockedRows: 2344
    })
    expect(f.fingerprint).toBe(f.lockedFingerprint)
    expect(f.sha256).not.toBe(f.lockedSha256)
    expect(section.findings[0]).toMatchObject({ status: 'warn', code: 'snapshot.reordered' })
    expect(section.findings[0].message).toContain('the same 2,344 rows in another order')
  })

  it('CRLF line endings: re-encoded (warn), naming the line endings', async () => {
    const { config, train } = await workspace()
    const { header, rows } = await lines(train)
    await writeLines(train, header, rows, '\r\n')
    const section = await verify(config)
    expect(section.status).toBe('warn')
    expect(fileOf(section, 'data/train.csv').kinds).toEqual(['re-encoded'])
    expect(section.findings[0].message).toContain('line endings LF → CRLF')
  })

  it('other quoting and number formatting: re-encoded (warn)', async () => {
    const { config, train } = await workspace()
    const { header, rows } = await lines(train)
    // Unquote every label, quote every number, and write 2 as 2.0 in one column.
    const area = col(header, 'Lot_Area')
    const requoted = rows.map(r =>
      r
        .split(',')
        .map((f, i) => (f.startsWith('"') ? f.slice(1, -1) : i === area ? `"${f}.0"` : `"${f}"`))
        .join(',')
    )
    await writeLines(train, header, requoted)
    const section = await verify(config)
    expect(section.status).toBe('warn')
    const f = fileOf(section, 'data/train.csv')
    expect(f.kinds).toEqual(['re-encoded'])
    expect(f.fingerprint).toBe(f.lockedFingerprint)
  })

  it('rows added: fail, with the first new ids', async () => {
    const { config, train, test } = await workspace()
    const { header, rows } = await lines(train)
    const extra = (await lines(test)).rows.slice(0, 3)
    await writeLines(train, header, [...rows, ...extra])
    const section = await verify(config)
    expect(section.status).toBe('fail')
    const f = fileOf(section, 'data/train.csv')
    expect(f).toMatchObject({
      kinds: ['rows-added'],
      rowsAdded: 3,
      rowsRemoved: 0,
      rowsChanged: 0,
      rows: 2347
    })
    const ids = extra.map(r => r.split(',')[0])
    expect(f.ids?.added).toEqual([...ids].sort((a, b) => Number(a) - Number(b)))
    expect(section.findings[0].message).toMatch(/3 rows added \(2,344 → 2,347\); first new Ids: /)
  })

  it('rows removed: fail, with the removed ids', async () => {
    const { config, train } = await workspace()
    const { header, rows } = await lines(train)
    const removed = [rows[10], rows[500]].map(r => r.split(',')[0])
    await writeLines(
      train,
      header,
      rows.filter((_, i) => i !== 10 && i !== 500)
    )
    const section = await verify(config)
    const f = fileOf(section, 'data/train.csv')
    expect(f).toMatchObject({ status: 'fail', kinds: ['rows-removed'], rowsRemoved: 2 })
    expect(f.ids?.removed).toEqual(removed.sort((a, b) => Number(a) - Number(b)))
    expect(section.findings[0].code).toBe('snapshot.rows-removed')
  })

  it('values changed: fail, naming the rows, the column and its statistics before → after', async () => {
    const { config, train } = await workspace()
    const { header, rows } = await lines(train)
    const area = col(header, 'Gr_Liv_Area')
    const changed = [3, 4, 7]
    const altered = rows.map((r, i) => (changed.includes(i) ? setField(r, area, '9999') : r))
    await writeLines(train, header, altered)
    const section = await verify(config)
    const f = fileOf(section, 'data/train.csv')
    expect(f).toMatchObject({
      status: 'fail',
      kinds: ['values-changed'],
      rowsChanged: 3,
      rowsAdded: 0,
      rowsRemoved: 0
    })
    expect(f.ids?.changed).toEqual(changed.map(i => rows[i].split(',')[0]))
    expect(f.columns?.map(c => c.column)).toEqual(['Gr_Liv_Area'])
    const drift = f.columns?.[0]
    expect(drift?.after.max).toBe(9999)
    expect(drift?.before.max).toBeLessThan(9999)
    expect(section.findings[0].message).toMatch(
      /values changed in 3 rows \(Ids \d+, \d+, \d+\); column whose values differ: Gr_Liv_Area \(.*max [\d.]+ → 9999/
    )
  })

  it('values changed without an id column: the columns and their statistics', async () => {
    const { dir, train } = await workspace()
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n'
    )
    await createLock(await loadConfig(config))
    const { header, rows } = await lines(train)
    const price = col(header, 'Sale_Price')
    await writeLines(
      train,
      header,
      rows.map((r, i) => (i === 0 ? setField(r, price, '1') : r))
    )
    const section = await verify(config)
    const f = fileOf(section, 'data/train.csv')
    expect(f.kinds).toEqual(['values-changed'])
    expect(f.columns?.map(c => c.column)).toEqual(['Sale_Price'])
    expect(section.findings[0].message).toMatch(
      /row count unchanged \(2,344\); column whose values differ: Sale_Price \(min \d+ → 1, mean/
    )
  })

  it('rows added without an id column: counted from the row counts', async () => {
    const { dir, train, test } = await workspace()
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n'
    )
    await createLock(await loadConfig(config))
    const { header, rows } = await lines(train)
    await writeLines(train, header, [...rows, ...(await lines(test)).rows.slice(0, 3)])
    const section = await verify(config)
    expect(fileOf(section, 'data/train.csv')).toMatchObject({
      status: 'fail',
      kinds: ['rows-added'],
      rowsAdded: 3
    })
    expect(section.findings[0].message).toContain('3 rows added (2,344 → 2,347; name an id_column')
  })

  it('schema changes: added, removed, renamed, retyped and reordered columns each fail', async () => {
    const cases: [string, (h: string, r: string[]) => [string, string[]], RegExp][] = [
      ['added', (h, r) => [`${h},"Extra"`, r.map(x => `${x},1`)], /column\(s\) added: Extra/],
      [
        'removed',
        (h, r) => [h.split(',').slice(0, -1).join(','), r.map(x => x.split(',').slice(0, -1).join(','))],
        /column\(s\) removed: Latitude/
      ],
      [
        'renamed',
        (h, r) => [h.replace('"Gr_Liv_Area"', '"Living_Area"'), r],
        /renamed: Gr_Liv_Area → Living_Area/
      ],
      [
        'retyped',
        (h, r) => [h, r.map((x, i) => (i === 0 ? setField(x, col(h, 'Lot_Area'), '"large"') : x))],
        /retyped: Lot_Area integer → string/
      ],
      [
        'reordered',
        (h, r) => {
          const swap = (line: string): string => {
            const f = line.split(',')
            ;[f[1], f[2]] = [f[2], f[1]]
            return f.join(',')
          }
          return [swap(h), r.map(swap)]
        },
        /columns reordered/
      ]
    ]
    for (const [name, alter, message] of cases) {
      const { config, train } = await workspace()
      const { header, rows } = await lines(train)
      const [h, r] = alter(header, rows)
      await writeLines(train, h, r)
      const section = await verify(config)
      const f = fileOf(section, 'data/train.csv')
      expect([name, f.status, f.kinds?.[0]]).toEqual([name, 'fail', 'schema-changed'])
      expect(section.findings[0].message).toMatch(message)
    }
  })

  it('the Markdown report shows the classification, the rows by id and the statistics', async () => {
    const { config, train, test } = await workspace()
    const { header, rows } = await lines(train)
    const area = col(header, 'Gr_Liv_Area')
    await writeLines(train, header, [
      ...rows.map((r, i) => (i === 0 ? setField(r, area, '9999') : r)),
      (await lines(test)).rows[0]
    ])
    const result = await audit(await loadConfig(config), 'verify')
    expect(result.status).toBe('fail')
    const md = renderMarkdown(result)
    expect(md).toMatch(
      /\| data\/train\.csv \| ❌ rows-added, values-changed \| [\d.]+ MiB → [\d.]+ MiB \| 2,344 → 2,345 \|/
    )
    expect(md).toMatch(/Rows by id: added 1: \d+; changed 1: 1\./)
    // Statistics of the rows the lock also holds: only the changed value moved.
    expect(md).toMatch(/\| Gr\\_Liv\\_Area \| 2344 \| 0 \| \d+ \| \d+ → 9999 \| [\d.]+ → [\d.]+ \|/)
    expect(result.snapshot.findings[1].message).toMatch(
      /values changed in 1 row \(Ids 1\); column whose values differ: Gr_Liv_Area \(max \d+ → 9999/
    )
  })

  it('a missing data file is an error finding', async () => {
    const { config, test } = await workspace()
    await fs.rm(test)
    const section = await verify(config)
    expect(section.status).toBe('error')
    expect(fileOf(section, 'data/test.csv').change).toBe('missing')
  })
})

describe('snapshot lock', () => {
  it('writes a byte-identical lock and sidecars for identical data', async () => {
    const { dir, config } = await workspace()
    const committed = await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')
    await createLock(await loadConfig(config))
    expect(await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')).toBe(committed)
    const lock = await readLock(path.join(dir, 'repro.lock'))
    const train = lock?.entries.find(e => (e as FileLock).path === 'data/train.csv') as FileLock
    expect(train).toMatchObject({
      format: 'csv',
      rows: 2344,
      newline: 'lf',
      id_column: 'Id',
      row_hashes: expect.stringMatching(/^repro\.lock\.d\/[0-9a-f]{16}\/data\/train\.csv\.rows\.tsv$/)
    })
    expect(train.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(train.columns.find(c => c.name === 'Gr_Liv_Area')).toMatchObject({
      type: 'integer',
      count: 2344,
      missing: 0
    })
    const sidecar = await fs.readFile(sidecarFile(dir, 'data/train.csv'), 'utf8')
    expect(sidecar.trim().split('\n')).toHaveLength(2345)
  })

  it('folder and glob entries list their files; added and removed files are reported', async () => {
    const { dir } = await workspace()
    const parts = path.join(dir, 'parts')
    await fs.mkdir(parts)
    const { header, rows } = await lines(path.join(dir, 'data', 'train.csv'))
    await writeLines(path.join(parts, 'a.csv'), header, rows.slice(0, 100))
    await writeLines(path.join(parts, 'b.csv'), header, rows.slice(100, 200))
    await fs.writeFile(path.join(parts, 'README.txt'), 'not data\n')
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - folder: parts\n    - glob: "parts/*.csv"\n'
    )
    const lock = await createLock(await loadConfig(config))
    const folder = lock.entries.find(e => 'folder' in e)
    expect(folder).toMatchObject({
      folder: 'parts',
      nfiles: 2,
      files: [
        { path: 'parts/a.csv', rows: 100 },
        { path: 'parts/b.csv', rows: 100 }
      ]
    })
    expect(lock.entries.find(e => 'glob' in e)).toMatchObject({ glob: 'parts/*.csv', nfiles: 2 })
    expect((await verify(config)).status).toBe('pass')

    await fs.rm(path.join(parts, 'a.csv'))
    await writeLines(path.join(parts, 'c.csv'), header, rows.slice(200, 210))
    const section = await verify(config)
    expect(section.status).toBe('fail')
    const changes = section.files.filter(f => f.entry === 'parts').map(f => [f.path, f.change])
    expect(changes).toEqual([
      ['parts/b.csv', 'unchanged'],
      ['parts/c.csv', 'added'],
      ['parts/a.csv', 'removed']
    ])
    expect(section.findings.map(f => f.code)).toEqual(
      expect.arrayContaining(['snapshot.file-added', 'snapshot.file-removed'])
    )
  })

  it('Parquet: the same fingerprint and statistics as the CSV it was written from', async () => {
    const { dir } = await workspace()
    await fs.copyFile(PARQUET, path.join(dir, 'data', 'train.parquet'))
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - path: data/train.parquet\n'
    )
    const lock = await createLock(await loadConfig(config))
    const csv = lock.entries.find(e => (e as FileLock).path === 'data/train.csv') as FileLock
    const parquet = lock.entries.find(e => (e as FileLock).path === 'data/train.parquet') as FileLock
    expect(parquet).toMatchObject({ format: 'parquet', rows: 2344 })
    expect(parquet.fingerprint).toBe(csv.fingerprint)
    expect(parquet.columns).toEqual(csv.columns)
    expect((await verify(config)).status).toBe('pass')
  })

  it('time cut: rows after as_of are not pinned; appended rows verify, a changed old row fails', async () => {
    const { dir } = await workspace()
    const events = path.join(dir, 'data', 'events.csv')
    const day = (d: number): string => `2026-01-${String(d).padStart(2, '0')}T12:00:00Z`
    const old = Array.from({ length: 20 }, (_, i) => `${i + 1},${day(1 + (i % 10))},${(i * 1.5).toFixed(1)}`)
    await writeLines(events, 'id,updated_at,amount', old)
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - path: data/events.csv\n      id_column: id\n      as_of: { column: updated_at, until: "2026-01-05T23:59:59Z" }\n'
    )
    const lock = await createLock(await loadConfig(config))
    const pinned = lock.entries.find(e => (e as FileLock).path === 'data/events.csv') as FileLock
    expect(pinned).toMatchObject({ rows: 10, as_of: { column: 'updated_at', until: '2026-01-05T23:59:59Z' } })

    const appended = [...old, `21,${day(20)},99.0`, `22,${day(21)},1.0`]
    await writeLines(events, 'id,updated_at,amount', appended)
    let section = await verify(config)
    expect(section.status).toBe('pass')
    expect(fileOf(section, 'data/events.csv')).toMatchObject({
      change: 'unchanged',
      rows: 10,
      ignoredRows: 12
    })

    const rewritten = appended.map((r, i) => (i === 2 ? r.replace(/,[\d.]+$/, ',1234.5') : r))
    await writeLines(events, 'id,updated_at,amount', rewritten)
    section = await verify(config)
    const f = fileOf(section, 'data/events.csv')
    expect(f).toMatchObject({
      status: 'fail',
      kinds: ['values-changed'],
      rowsChanged: 1,
      ids: { changed: ['3'] }
    })
  })
})

describe('remote snapshot entries', () => {
  let server: http.Server
  let base = ''
  const hits: string[] = []
  let body: Buffer
  let flaky = 0

  beforeAll(async () => {
    body = await fs.readFile(path.join(ROOT, 'fixtures', 'house-prices', 'data', 'test.csv'))
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '')
      if (req.url === '/flaky.csv' && flaky-- > 0) {
        res.writeHead(503).end('try again')
        return
      }
      if (req.url === '/test.csv' || req.url === '/flaky.csv') {
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': body.length })
        res.end(body)
        return
      }
      res.writeHead(404).end('not found')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  it('downloads, verifies and caches a url pinned by sha256', async () => {
    const { dir } = await workspace()
    const { sha256 } = await hashFile(path.join(dir, 'data', 'test.csv'))
    const config = await writeConfig(
      dir,
      `snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - url: ${base}/test.csv\n      sha256: ${sha256}\n`
    )
    hits.length = 0
    const lock = await createLock(await loadConfig(config))
    const remote = lock.entries.find(e => (e as FileLock).url !== undefined) as FileLock
    expect(remote).toMatchObject({ url: `${base}/test.csv`, sha256, rows: 586, format: 'csv' })
    expect(await fs.readFile(path.join(dir, '.repro-audit', 'cache', `${sha256}.csv`))).toEqual(body)
    const section = await verify(config)
    expect(section.status).toBe('pass')
    expect(hits).toEqual(['/test.csv'])
  })

  it('retries a failing server, and a shared cache is filled', async () => {
    const { dir } = await workspace()
    const { sha256 } = await hashFile(path.join(dir, 'data', 'test.csv'))
    const shared = new FolderCache(path.join(dir, 'shared-cache'))
    const config = await writeConfig(
      dir,
      `snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - url: ${base}/flaky.csv\n      sha256: ${sha256}\n`
    )
    flaky = 1
    hits.length = 0
    await createLock(await loadConfig(config), { cache: shared })
    expect(hits).toEqual(['/flaky.csv', '/flaky.csv'])
    expect(await shared.restore(`repro-audit-snapshot-${sha256}`, path.join(dir, 'copy.csv'))).toBe(true)
  })

  it('a download with other bytes is never used, and the lock is left untouched', async () => {
    const { dir } = await workspace()
    const before = await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')
    const config = await writeConfig(
      dir,
      `snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - url: ${base}/test.csv\n      sha256: "${'0'.repeat(64)}"\n`
    )
    await expect(createLock(await loadConfig(config))).rejects.toThrow(
      /has sha256 [0-9a-f]{64}, not the pinned 0{64}; it was not used/
    )
    expect(await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')).toBe(before)
    await expect(fs.readdir(path.join(dir, '.repro-audit', 'cache'))).resolves.toEqual([])
  })

  it('an unreachable or missing file is a clear error naming the url', async () => {
    const { dir } = await workspace()
    const config = await writeConfig(
      dir,
      `snapshot:\n  entries:\n    - path: data/train.csv\n    - path: data/test.csv\n    - url: ${base}/nope.csv\n      sha256: ${'a'.repeat(64)}\n`
    )
    const error = await loadConfig(config)
      .then(c => createLock(c))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).format()).toBe(
      `${base}/nope.csv: cannot download the snapshot: HTTP 404 Not Found`
    )
  })
})

describe('bad input: a clear error naming file and line, the lock untouched', () => {
  const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'unbalanced quote',
      async dir => edit(dir, (h, r) => [h, r.map((x, i) => (i === 4 ? x.replace('"Pave"', '"Pave') : x))]),
      /train\.csv:6: malformed CSV: .*(unbalanced|quote)/
    ],
    [
      'ragged row',
      async dir => edit(dir, (h, r) => [h, r.map((x, i) => (i === 9 ? `${x},1` : x))]),
      /train\.csv:11: malformed CSV: ragged row: expected 75 fields like the header, found 76/
    ],
    [
      'empty file',
      async dir => fs.writeFile(path.join(dir, 'data', 'train.csv'), ''),
      /train\.csv:1: empty CSV file/
    ],
    [
      'byte-order mark',
      async dir =>
        fs.writeFile(
          path.join(dir, 'data', 'train.csv'),
          Buffer.concat([
            Buffer.from([0xef, 0xbb, 0xbf]),
            await fs.readFile(path.join(dir, 'data', 'train.csv'))
          ])
        ),
      /train\.csv:1: .*byte-order mark/
    ],
    [
      'invalid UTF-8',
      async dir => {
        const file = path.join(dir, 'data', 'train.csv')
        const text = await fs.readFile(file)
        const at = text.indexOf('"Pave"', text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1))
        text[at + 1] = 0xff
        await fs.writeFile(file, text)
      },
      /train\.csv:4: malformed CSV: invalid UTF-8 in field 6/
    ],
    [
      'missing file',
      async dir => fs.rm(path.join(dir, 'data', 'train.csv')),
      /train\.csv: data file not found/
    ],
    [
      'a folder where a file is expected',
      async dir => {
        await fs.rm(path.join(dir, 'data', 'train.csv'))
        await fs.mkdir(path.join(dir, 'data', 'train.csv'))
      },
      /train\.csv: expected a data file, found a folder/
    ],
    [
      'a link that leaves the repository',
      async dir => {
        const outside = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'outside-')), 'train.csv')
        await fs.rename(path.join(dir, 'data', 'train.csv'), outside)
        await fs.symlink(outside, path.join(dir, 'data', 'train.csv'))
      },
      // Refused when the config is read: the entry's key, line and column, and the link.
      /repro\.yml:\d+:\d+: snapshot\.entries\[0\]\.path: "data\/train\.csv" leads outside the repository through the link .*train\.csv/
    ]
  ]

  async function edit(dir: string, f: (h: string, r: string[]) => [string, string[]]): Promise<void> {
    const file = path.join(dir, 'data', 'train.csv')
    const { header, rows } = await lines(file)
    const [h, r] = f(header, rows)
    await writeLines(file, h, r)
  }

  it.each(cases)('%s', async (_name, damage, message) => {
    const { dir, config } = await workspace()
    const lockBefore = await fs.readFile(path.join(dir, 'repro.lock'))
    await damage(dir)
    const error = await loadConfig(config)
      .then(c => createLock(c))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).format()).toMatch(message)
    expect(await fs.readFile(path.join(dir, 'repro.lock'))).toEqual(lockBefore)
  })

  it('the CLI exits 2 with one line naming file and line, and keeps the lock', async () => {
    const { dir, config } = await workspace()
    const lockBefore = await fs.readFile(path.join(dir, 'repro.lock'))
    await edit(dir, (h, r) => [h, r.map((x, i) => (i === 9 ? `${x},1` : x))])
    const result = await runCli(['lock', '--config', config], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/data\/train\.csv:11: malformed CSV: ragged row/)
    expect(await fs.readFile(path.join(dir, 'repro.lock'))).toEqual(lockBefore)
  })

  it('a path that leaves the repository is refused when the config is read', async () => {
    const { dir } = await workspace()
    const config = await writeConfig(
      dir,
      'snapshot:\n  entries:\n    - path: ../outside.csv\n    - path: data/train.csv\n    - path: data/test.csv\n'
    )
    await expect(loadConfig(config)).rejects.toThrow(/leaves the repository/)
  })
})
