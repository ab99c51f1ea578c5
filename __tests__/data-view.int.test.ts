import { promises as fs } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { parquetWriteFile } from 'hyparquet-writer'
import { loadConfig, parseConfig } from '../src/config/load.js'
import { hashFile } from '../src/core/files.js'
import type { FileLock } from '../src/snapshot/lockfile.js'
import { createLock } from '../src/snapshot/lock.js'
import { profileParquet } from '../src/snapshot/parquet.js'
import { scanCsvFile } from '../src/snapshot/scan-csv.js'
import { prepareDataView } from '../src/snapshot/view.js'
import { ROW_ORDER_SEED } from '../src/determinism/perturb.js'
import { EXAMPLE, copyFixture, runCli } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

// The data a pipeline reads ($REPRO_DATA_DIR, the built-in engine's files): url entries at their
// save_as paths, time-cut entries holding only the pinned rows, and the row-order run's shuffle.

async function tempRepo(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-view-'))
  await fs.mkdir(path.join(dir, '.git'))
  return dir
}

const COMMAND = 'pipeline:\n  engine: command\n  command: "true"\n  id_column: Id\n'

async function configIn(dir: string, snapshot: string, pipeline = COMMAND): Promise<string> {
  const file = path.join(dir, 'repro.yml')
  await fs.writeFile(file, `snapshot:\n${snapshot}${pipeline}`)
  return file
}

describe('row-order shuffle', () => {
  const rows = Array.from({ length: 60 }, (_, i) => (i === 7 ? `${i},"two\nlines, quoted"` : `${i},v${i}`))

  it.each([
    ['one bucket', undefined],
    ['several bucket files', 64]
  ])(
    'moves whole rows, quoted line breaks included, in a seeded order that is the same every time (%s)',
    async (_name, bucketBytes) => {
      const dir = await tempRepo()
      await fs.writeFile(path.join(dir, 'data.csv'), ['Id,Note', ...rows].join('\n')) // no final newline
      const config = parseConfig(
        'snapshot:\n  entries: [{ path: data.csv }]\n' + COMMAND,
        path.join(dir, 'repro.yml')
      )
      const a = await prepareDataView({ config }, { shuffleSeed: ROW_ORDER_SEED, bucketBytes })
      const b = await prepareDataView({ config }, { shuffleSeed: ROW_ORDER_SEED, bucketBytes })
      const textA = await fs.readFile(path.join(a.dir, 'data.csv'), 'utf8')
      expect(await fs.readFile(path.join(b.dir, 'data.csv'), 'utf8')).toBe(textA)
      expect(textA.startsWith('Id,Note\n')).toBe(true)
      expect(textA).toContain('7,"two\nlines, quoted"\n')
      const shuffled = textA.replace('"two\nlines', '"two lines').trimEnd().split('\n').slice(1)
      const flat = rows.map(r => r.replace('\n', ' '))
      expect(shuffled).not.toEqual(flat)
      expect([...shuffled].sort()).toEqual([...flat].sort())
      // The shuffle reads the same rows: the order-insensitive fingerprint is unchanged.
      const [before, after] = await Promise.all([
        scanCsvFile(path.join(dir, 'data.csv')),
        scanCsvFile(path.join(a.dir, 'data.csv'))
      ])
      expect(after.profile.fingerprint).toBe(before.profile.fingerprint)
      expect(after.profile.ordered).not.toBe(before.profile.ordered)
      await a.cleanup()
      await b.cleanup()
      await expect(fs.access(a.dir)).rejects.toThrow()
    }
  )

  it('a small file shuffled in memory gets the order one bucket file gives, bytes unchanged', async () => {
    const dir = await tempRepo()
    // Non-ASCII bytes, CRLF, a quoted line break and a last row without a line break.
    const body = Array.from({ length: 400 }, (_, i) => `${i},"Zürich ${i}","x\r\ny",€${i}`)
    await fs.writeFile(path.join(dir, 'data.csv'), ['Id,City,Note,Price', ...body].join('\r\n'))
    const config = parseConfig(
      'snapshot:\n  entries: [{ path: data.csv }]\n' + COMMAND,
      path.join(dir, 'repro.yml')
    )
    const memory = await prepareDataView({ config }, { shuffleSeed: ROW_ORDER_SEED })
    const bucket = await prepareDataView({ config }, { shuffleSeed: ROW_ORDER_SEED, inMemoryBytes: 0 })
    try {
      const bytes = await fs.readFile(path.join(memory.dir, 'data.csv'))
      expect(bytes.equals(await fs.readFile(path.join(bucket.dir, 'data.csv')))).toBe(true)
      const text = bytes.toString('utf8')
      expect(text.startsWith('Id,City,Note,Price\r\n')).toBe(true)
      expect(text.endsWith('\r\n')).toBe(true)
      const rows = text
        .slice(0, -2)
        .split(/\r\n(?=\d)/)
        .slice(1)
      expect(rows).not.toEqual(body)
      expect([...rows].sort()).toEqual([...body].sort())
    } finally {
      await memory.cleanup()
      await bucket.cleanup()
    }
  })

  it('shuffles every CSV file of folder entries, keeps Parquet files and links everything else', async () => {
    const dir = await tempRepo()
    await fs.mkdir(path.join(dir, 'parts'))
    await fs.writeFile(path.join(dir, 'parts', 'a.csv'), ['Id,X', ...rows.slice(0, 30)].join('\r\n') + '\r\n')
    await fs.writeFile(path.join(dir, 'parts', 'b.csv'), ['Id,X', ...rows.slice(30)].join('\n') + '\n')
    await fs.copyFile(path.join(EXAMPLE, '..', 'snapshot', 'train.parquet'), path.join(dir, 'train.parquet'))
    await fs.writeFile(path.join(dir, 'parts', 'notes.txt'), 'not data\n')
    await fs.writeFile(path.join(dir, 'train.py'), 'print(1)\n')
    const config = await loadConfig(
      await configIn(dir, '  entries:\n    - folder: parts\n    - path: train.parquet\n')
    )
    const view = await prepareDataView({ config }, { shuffleSeed: ROW_ORDER_SEED })
    try {
      for (const name of ['a.csv', 'b.csv']) {
        const [before, after] = await Promise.all([
          scanCsvFile(path.join(dir, 'parts', name)),
          scanCsvFile(path.join(view.dir, 'parts', name))
        ])
        expect(after.profile.rows).toBe(before.profile.rows)
        expect(after.profile.fingerprint).toBe(before.profile.fingerprint)
        expect(after.profile.ordered).not.toBe(before.profile.ordered)
      }
      expect(view.unshuffled).toBe(1)
      // CRLF files stay CRLF.
      expect((await fs.readFile(path.join(view.dir, 'parts', 'a.csv'), 'utf8')).split('\r\n')).toHaveLength(
        32
      )
      expect((await hashFile(path.join(view.dir, 'train.parquet'))).sha256).toBe(
        (await hashFile(path.join(dir, 'train.parquet'))).sha256
      )
      expect(await fs.readFile(path.join(view.dir, 'parts', 'notes.txt'), 'utf8')).toBe('not data\n')
      expect(await fs.readFile(path.join(view.dir, 'train.py'), 'utf8')).toBe('print(1)\n')
      expect((await fs.lstat(path.join(view.dir, 'train.py'))).isSymbolicLink()).toBe(true)
    } finally {
      await view.cleanup()
    }
    // The repository's own files are untouched.
    expect((await fs.readFile(path.join(dir, 'parts', 'b.csv'), 'utf8')).split('\n').slice(1, 4)).toEqual([
      '30,v30',
      '31,v31',
      '32,v32'
    ])
  })
})

describe('time-cut entries', () => {
  const header = 'id,updated_at,price,city'
  const pinned = Array.from(
    { length: 12 },
    (_, i) => `${i + 1},2026-01-${String(i + 1).padStart(2, '0')}T08:00:00Z,${100 + i},"Ames, IA"`
  )
  const later = ['13,2026-02-01T00:00:00Z,999,Boone', '14,2026-03-01T00:00:00Z,998,Nevada']

  it('a CSV entry holds only the pinned rows, byte for byte, with the fingerprint the lock pinned', async () => {
    const dir = await tempRepo()
    await fs.mkdir(path.join(dir, 'data'))
    const file = path.join(dir, 'data', 'events.csv')
    // Later rows are interleaved: a table updated in place, not only appended to.
    await fs.writeFile(
      file,
      [header, ...pinned.slice(0, 6), later[0], ...pinned.slice(6), later[1]].join('\n') + '\n'
    )
    await fs.writeFile(path.join(dir, 'data', 'features.json'), '{"keep": true}\n')
    const config = await loadConfig(
      await configIn(
        dir,
        '  entries:\n    - path: data/events.csv\n      as_of: { column: updated_at, until: "2026-01-31T23:59:59Z" }\n'
      )
    )
    const lock = await createLock(config)
    const view = await prepareDataView({ config })
    try {
      expect(view.dir).not.toBe(config.dir)
      const cut = path.join(view.dir, 'data', 'events.csv')
      expect(await fs.readFile(cut, 'utf8')).toBe([header, ...pinned].join('\n') + '\n')
      const scan = await scanCsvFile(cut)
      expect(scan.profile.fingerprint).toBe((lock.entries[0] as FileLock).fingerprint)
      expect(scan.profile.rows).toBe(12)
      // Files beside the entry are reachable through the view.
      expect(await fs.readFile(path.join(view.dir, 'data', 'features.json'), 'utf8')).toBe('{"keep": true}\n')
    } finally {
      await view.cleanup()
    }
  })

  it('a Parquet entry is rewritten with the source schema and only the pinned rows', async () => {
    const dir = await tempRepo()
    const file = path.join(dir, 'events.parquet')
    const all = [...pinned, ...later].map(line => {
      const [id, at, price] = line.split(',')
      return { id: Number(id), at: new Date(at), price: Number(price), city: Number(id) % 2 ? 'Ames' : null }
    })
    parquetWriteFile({
      filename: file,
      columnData: [
        { name: 'id', data: all.map(r => r.id), type: 'INT32' },
        { name: 'updated_at', data: all.map(r => r.at), type: 'TIMESTAMP' },
        { name: 'price', data: all.map(r => r.price), type: 'DOUBLE' },
        { name: 'city', data: all.map(r => r.city), type: 'STRING' }
      ]
    })
    const config = await loadConfig(
      await configIn(
        dir,
        '  entries:\n    - path: events.parquet\n      as_of: { column: updated_at, until: "2026-01-31T23:59:59Z" }\n'
      )
    )
    const lock = await createLock(config)
    const view = await prepareDataView({ config })
    try {
      const cut = path.join(view.dir, 'events.parquet')
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(cut) })
      expect(rows).toEqual(
        all.slice(0, 12).map(r => ({ id: r.id, updated_at: r.at, price: r.price, city: r.city }))
      )
      const profile = await profileParquet(cut)
      expect(profile.fingerprint).toBe((lock.entries[0] as FileLock).fingerprint)
      expect(profile.columns.map(c => c.type)).toEqual((lock.entries[0] as FileLock).columns.map(c => c.type))
    } finally {
      await view.cleanup()
    }
  })

  it('a grown table still trains on the pinned rows: the run passes against the baseline', async () => {
    const dir = await tempRepo()
    await fs.mkdir(path.join(dir, 'data'))
    const table = path.join(dir, 'data', 'events.csv')
    await fs.writeFile(table, [header, ...pinned].join('\n') + '\n')
    await fs.writeFile(path.join(dir, 'data', 'score.csv'), 'id\n1\n2\n3\n')
    // A pipeline that predicts the mean price of every row it is given: a leaked row shows.
    await fs.writeFile(
      path.join(dir, 'mean.mjs'),
      [
        "import fs from 'node:fs'",
        "import path from 'node:path'",
        'const data = process.env.REPRO_DATA_DIR',
        "const rows = fs.readFileSync(path.join(data, 'data', 'events.csv'), 'utf8').trim().split('\\n').slice(1)",
        "const prices = rows.map(r => Number(r.split(',')[2]))",
        'const mean = prices.reduce((a, b) => a + b, 0) / prices.length',
        "const ids = fs.readFileSync(path.join(data, 'data', 'score.csv'), 'utf8').trim().split('\\n').slice(1)",
        "fs.writeFileSync(path.join(process.env.REPRO_OUTPUT_DIR, 'predictions.csv'), 'id,prediction\\n' + ids.map(i => `${i},${mean}`).join('\\n') + '\\n')"
      ].join('\n')
    )
    const configFile = await configIn(
      dir,
      '  entries:\n    - path: data/events.csv\n      id_column: id\n      as_of: { column: updated_at, until: "2026-01-31T23:59:59Z" }\n    - path: data/score.csv\n',
      `pipeline:\n  engine: command\n  command: "${process.execPath} mean.mjs"\n  id_column: id\ndeterminism:\n  runs: 1\n  perturbations: [row_order]\n`
    )
    expect((await runCli(['lock', '--config', configFile])).code).toBe(0)
    expect((await runCli(['baseline', '--config', configFile])).code).toBe(0)
    const baseline = await fs.readFile(baselineFile(path.join(dir, 'baseline'), 'predictions.csv'), 'utf8')
    expect(baseline).toBe('id,prediction\n1,105.5\n2,105.5\n3,105.5\n')

    await fs.appendFile(table, later.join('\n') + '\n')
    const grown = await runCli(['run', '--config', configFile, '--json'])
    expect(grown.code).toBe(0)
    const result = JSON.parse(grown.stdout) as { status: string; comparison: { status: string } }
    expect(result.status).toBe('pass')
    expect(result.comparison.status).toBe('pass')

    // A changed old row is a snapshot failure, and the pipeline sees the change.
    await fs.writeFile(
      table,
      [header, ...pinned.slice(1), '1,2026-01-01T08:00:00Z,500,"Ames, IA"', ...later].join('\n') + '\n'
    )
    const changed = await runCli(['run', '--config', configFile, '--json'])
    expect(changed.code).toBe(1)
    const failed = JSON.parse(changed.stdout) as {
      snapshot: { status: string }
      comparison: { status: string }
    }
    expect(failed.snapshot.status).toBe('fail')
    expect(failed.comparison.status).toBe('fail')
  })
})

describe('url entries', () => {
  let server: http.Server
  let base = ''
  let train: Buffer

  beforeAll(async () => {
    train = await fs.readFile(path.join(EXAMPLE, 'data', 'train.csv'))
    server = http.createServer((req, res) => {
      if (req.url === '/exports/ames-train.csv') {
        res.writeHead(200, { 'content-type': 'text/csv', 'content-length': train.length }).end(train)
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

  it('the built-in engine trains on the verified download at save_as and reproduces the example', async () => {
    const dir = await copyFixture()
    await fs.rm(path.join(dir, 'data', 'train.csv'))
    const configFile = path.join(dir, 'repro.yml')
    const { sha256 } = await hashFile(path.join(EXAMPLE, 'data', 'train.csv'))
    const text = await fs.readFile(configFile, 'utf8')
    await fs.writeFile(
      configFile,
      text.replace(
        '    - path: data/train.csv\n',
        `    - url: ${base}/exports/ames-train.csv\n      sha256: ${sha256}\n      save_as: data/train.csv\n`
      )
    )
    expect((await runCli(['lock', '--config', configFile])).code).toBe(0)
    const run = await runCli(['run', '--config', configFile, '--json'])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      comparison: { predictions: { columns: { verdict: string }[] } }
    }
    // The committed baseline was trained on the local copy of the same bytes.
    expect(result.comparison.predictions.columns.map(c => c.verdict)).toEqual(['bit-identical'])
    // The download lives in the cache, never in the repository.
    await expect(fs.access(path.join(dir, 'data', 'train.csv'))).rejects.toThrow()
  })

  it('a url without a file name needs save_as, and save_as may not shadow another entry', async () => {
    const dir = await tempRepo()
    const sha = 'a'.repeat(64)
    expect(() =>
      parseConfig(
        `snapshot:\n  entries:\n    - url: ${base}/exports/?table=sales\n      sha256: ${sha}\n${COMMAND}`,
        path.join(dir, 'repro.yml')
      )
    ).toThrow(/snapshot\.entries\[0\]: the url does not end in a file name; give save_as/)
    expect(() =>
      parseConfig(
        `snapshot:\n  entries:\n    - path: data/train.csv\n    - url: ${base}/train.csv\n      sha256: ${sha}\n      save_as: data/train.csv\n${COMMAND}`,
        path.join(dir, 'repro.yml')
      )
    ).toThrow(/would be read at "data\/train\.csv", where another entry already is/)
    expect(() =>
      parseConfig(
        `snapshot:\n  entries:\n    - path: a.csv\n      save_as: b.csv\n${COMMAND}`,
        path.join(dir, 'repro.yml')
      )
    ).toThrow(/save_as: only url entries are saved for the pipeline/)
    expect(() =>
      parseConfig(
        `snapshot:\n  entries:\n    - url: ${base}/x.csv\n      sha256: ${sha}\n      save_as: ../../outside.csv\n${COMMAND}`,
        path.join(dir, 'repro.yml')
      )
    ).toThrow(/leaves the repository/)
  })
})
