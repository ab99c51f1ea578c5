import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../src/core/errors.js'
import { globToRegExp as globRegExp } from '../src/core/glob.js'
import { serializeLock, type SnapshotLock } from '../src/snapshot/lockfile.js'
import { RowHashSpool, serializeRowHashes } from '../src/snapshot/rowhashes.js'
import { Profiler, validUtf8 } from '../src/snapshot/profile.js'
import { progressFor } from '../src/snapshot/progress.js'
import { forEachCsvRow, scanCsvFile, type RowSink, type TextRowSink } from '../src/snapshot/scan-csv.js'

async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-unit-'))
  const file = path.join(dir, name)
  await fs.writeFile(file, content)
  return file
}

async function fingerprintOf(text: string): Promise<string> {
  return (await scanCsvFile(await tempFile('t.csv', text))).profile.fingerprint
}

function oneRow(fields: string[]): { fingerprint: string; types: string[] } {
  const p = new Profiler(fields.map((_, i) => `c${i}`))
  const bytes = fields.map(f => Buffer.from(f))
  bytes.forEach((b, i) => p.field(i, b, 0, b.length))
  p.endRow()
  const r = p.result()
  return { fingerprint: r.fingerprint, types: r.columns.map(c => c.type) }
}

describe('canonical rows', () => {
  it('numbers are compared by value, labels by their bytes', () => {
    expect(oneRow(['60', '1.50', 'a']).fingerprint).toBe(oneRow(['60.0', '1.5', 'a']).fingerprint)
    expect(oneRow(['-0', '1e3']).fingerprint).toBe(oneRow(['0', '1000']).fingerprint)
    expect(oneRow(['-2.25']).fingerprint).toBe(oneRow(['-2.250']).fingerprint)
    expect(oneRow(['60']).fingerprint).not.toBe(oneRow(['61']).fingerprint)
    expect(oneRow(['a']).fingerprint).not.toBe(oneRow(['A']).fingerprint)
    expect(oneRow(['']).fingerprint).not.toBe(oneRow(['0']).fingerprint)
    expect(oneRow(['12345678901234567890']).fingerprint).toBe(
      oneRow(['1.2345678901234567890e19']).fingerprint
    )
  })

  it('infers the types the lock records', () => {
    expect(oneRow(['1', '2.5', 'true', 'FALSE', 'x', '', '1.', '+.5', '1e5', '-', '1e']).types).toEqual([
      'integer',
      'number',
      'boolean',
      'boolean',
      'string',
      'empty',
      'integer',
      'number',
      'integer',
      'string',
      'string'
    ])
  })

  it('the fingerprint ignores row order, line endings and quoting but not the values', async () => {
    const base = await fingerprintOf('id,name,x\n1,a,2.5\n2,"b, c",3\n')
    expect(await fingerprintOf('id,name,x\r\n2,"b, c",3\r\n1,a,2.5\r\n')).toBe(base)
    expect(await fingerprintOf('"id","name","x"\n"1","a","2.50"\n"2","b, c","3"')).toBe(base)
    expect(await fingerprintOf('id,name,x\n1,a,2.5\n2,"b, c",4\n')).not.toBe(base)
    expect(await fingerprintOf('id,name,x\n1,a,2.5\n1,a,2.5\n2,"b, c",3\n')).not.toBe(base)
  })

  it('escaped quotes and line breaks inside quotes are field content', async () => {
    const file = await tempFile('q.csv', 'id,text\n1,"say ""hi""\nthere"\n2,plain\n')
    const scan = await scanCsvFile(file, { idColumn: 'id', rowHashes: new RowHashSpool() })
    expect(scan.profile.rows).toBe(2)
    const sidecar = serializeRowHashes(scan.profile.rowHashes as RowHashSpool)
    expect(sidecar.split('\n').map(l => l.split('\t')[0])).toEqual([
      expect.stringMatching(/^#/),
      '1',
      '2',
      ''
    ])
    expect(await fingerprintOf('id,text\n2,plain\n1,"say ""hi""\nthere"\n')).toBe(scan.profile.fingerprint)
  })

  it('rows that cross the reader buffer give the same profile as in one piece', async () => {
    // About 12 MiB: several 4 MiB reads, so rows are cut at buffer edges.
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `${i},"label ${i % 97}",${(i * 0.25).toFixed(2)},${'x'.repeat(i % 40)}`
    )
    const header = 'id,label,value,pad\n'
    const forward = await scanCsvFile(await tempFile('f.csv', header + rows.join('\n') + '\n'))
    const backward = await scanCsvFile(
      await tempFile('b.csv', header + [...rows].reverse().join('\r\n') + '\r\n')
    )
    expect(forward.profile.rows).toBe(200_000)
    expect(backward.profile.fingerprint).toBe(forward.profile.fingerprint)
    expect(backward.profile.columns).toEqual(forward.profile.columns)
    expect(forward.profile.columns[2]).toMatchObject({
      type: 'number',
      min: 0,
      max: 49999.75,
      mean: 24999.875,
      count: 200_000
    })
    const distinct = forward.profile.columns[1].distinct
    expect(Math.abs(distinct - 97)).toBeLessThanOrEqual(3)
  })

  it('errors name the line, counting line breaks inside quotes', async () => {
    const file = await tempFile('e.csv', 'id,text\n1,"two\nlines"\n2,x,extra\n')
    const error = await scanCsvFile(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).line).toBe(4)
    expect((error as InputError).message).toBe(
      'malformed CSV: ragged row: expected 2 fields like the header, found 3'
    )
  })

  it('checks UTF-8 strictly', () => {
    expect(validUtf8(Buffer.from('héllo €𝄞'), 0, Buffer.byteLength('héllo €𝄞'))).toBe(true)
    for (const bad of [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80]]) {
      expect(validUtf8(Uint8Array.from(bad), 0, bad.length)).toBe(false)
    }
  })
})

describe('entries and the lock file', () => {
  it('matches globs the usual way', () => {
    const re = globRegExp('data/**/*.csv')
    expect(['data/a.csv', 'data/x/y/b.csv'].every(p => re.test(p))).toBe(true)
    expect(['data/a.parquet', 'other/a.csv'].some(p => re.test(p))).toBe(false)
    expect(globRegExp('data/part-?.csv').test('data/part-1.csv')).toBe(true)
    expect(globRegExp('data/*.csv').test('data/x/a.csv')).toBe(false)
  })

  it('serializes in a stable order, one line per column', () => {
    const lock: SnapshotLock = {
      schemaVersion: 2,
      entries: [
        {
          path: 'b.csv',
          format: 'csv',
          size: 2,
          sha256: 'bb',
          rows: 1,
          fingerprint: 'f',
          ordered: 'o',
          columns: [
            {
              name: 'x',
              type: 'integer',
              count: 1,
              missing: 0,
              min: 1,
              max: 1,
              mean: 1,
              distinct: 1,
              digest: 'd'
            }
          ]
        },
        {
          folder: 'parts',
          sha256: 'cc',
          size: 3,
          nfiles: 1,
          files: [{ path: 'parts/a.csv', format: 'csv', size: 3, sha256: 'aa', rows: 0, columns: [] }]
        }
      ]
    }
    const text = serializeLock(lock)
    expect(text).toBe(serializeLock({ ...lock, entries: [...lock.entries].reverse() }))
    expect(text).toContain('  - path: b.csv\n')
    expect(text).toContain(
      '      - { name: x, type: integer, count: 1, missing: 0, min: 1, max: 1, mean: 1, distinct: 1, digest: d }\n'
    )
    expect(text.indexOf('path: b.csv')).toBeLessThan(text.indexOf('folder: parts'))
    const spool = new RowHashSpool()
    spool.add('2', 2, 0xf)
    spool.add('10', 10, 0xff)
    spool.add('a\tb', 3, 0)
    expect(serializeRowHashes(spool)).toBe(
      '# repro-audit row hashes: id<TAB>row hash, sorted by id. Written by `repro-audit lock`.\n' +
        '10\t0000000a000000ff\n2\t000000020000000f\n"a\\tb"\t0000000300000000\n'
    )
  })
})

describe('progress', () => {
  const big = 1024 * 1024 * 1024

  it('prints a few plain lines in CI logs', () => {
    const out: string[] = []
    const progress = progressFor('reading big.csv', big, { isTTY: false, write: t => out.push(t) })
    for (let b = 0; b <= big; b += big / 64) progress?.(b)
    expect(out.map(l => l.replace(/%.*\n$/, ''))).toEqual([
      'reading big.csv: 0',
      'reading big.csv: 25',
      'reading big.csv: 50',
      'reading big.csv: 75',
      'reading big.csv: 100'
    ])
    expect(out[4]).toBe('reading big.csv: 100% (1 GiB of 1 GiB)\n')
  })

  it('redraws one bar on a terminal, and stays quiet for small files', () => {
    const out: string[] = []
    const progress = progressFor('reading big.csv', big, { isTTY: true, write: t => out.push(t) })
    progress?.(big / 2)
    progress?.(big)
    expect(out[0]).toMatch(/^\rreading big\.csv \[#{15}-{15}\] {2}50% 512 MiB \/ 1 GiB$/)
    expect(out[1]).toMatch(/100% 1 GiB \/ 1 GiB\n$/)
    expect(
      progressFor('small.csv', 10 * 1024 * 1024, { isTTY: true, write: () => undefined })
    ).toBeUndefined()
  })
})

describe("rows without a profile (the shuffle's reader)", () => {
  /** The rows a reader hands out, as text, with the chunk size forced small by a long file. */
  function collector(): { sink: RowSink & TextRowSink; rows: string[] } {
    const rows: string[] = []
    return {
      rows,
      sink: {
        row: bytes => void rows.push(bytes.toString('utf8')),
        // The text is the row's bytes one to a character.
        rowText: text => void rows.push(Buffer.from(text, 'latin1').toString('utf8')),
        flush: async () => {}
      }
    }
  }

  it('splits rows exactly where the profiling reader does: LF, CRLF, lone CR, quotes, blank lines', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-rows-'))
    try {
      const body = [
        'id,name,note\n',
        '1,a,plain\n',
        '2,b,"quoted, with comma"\r\n',
        '\n',
        '3,c,"two\nlines"\n',
        '4,d,lone cr\r',
        '5,e,"say ""hi"""\n',
        '"7","g","crlf\r\ninside, and a ""quote"""\r\n',
        '\r\n',
        '6,f,last without newline'
      ]
      // Repeated past one 4 MiB chunk, so rows also straddle the reader's buffer.
      const file = path.join(dir, 'mixed.csv')
      const rows = body.slice(1).join('')
      await fs.writeFile(file, body[0] + `${rows}\n`.repeat(60_000) + rows)
      const profiled = collector()
      await scanCsvFile(file, { rows: profiled.sink })
      // Both ways of finding rows: as text (a regular expression), as bytes (quote parity).
      const plain = collector()
      await forEachCsvRow(file, { rows: plain.sink })
      const bytes = collector()
      await forEachCsvRow(file, { rows: { row: bytes.sink.row, flush: bytes.sink.flush } })
      expect(plain.rows.length).toBe(profiled.rows.length)
      expect(plain.rows).toEqual(profiled.rows)
      expect(bytes.rows).toEqual(profiled.rows)
      expect(plain.rows.slice(0, 3)).toEqual([
        'id,name,note\n',
        '1,a,plain\n',
        '2,b,"quoted, with comma"\r\n'
      ])
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  it('still refuses an unbalanced quote, with its line', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-rows-'))
    try {
      const file = path.join(dir, 'bad.csv')
      await fs.writeFile(file, 'id,x\n1,a\n2,"open\n3,c\n')
      await expect(forEachCsvRow(file, { rows: collector().sink })).rejects.toMatchObject({
        name: 'InputError',
        line: 3
      })
      // Quoted line breaks before it count as lines: the bad row is still named at its own line.
      await fs.writeFile(file, '"id","x"\n"1","a\nb\nc"\n"2","d"\n3,"open\n4,e\n')
      await expect(forEachCsvRow(file, { rows: collector().sink })).rejects.toMatchObject({
        name: 'InputError',
        line: 6
      })
      const { row, flush } = collector().sink
      await expect(forEachCsvRow(file, { rows: { row, flush } })).rejects.toMatchObject({ line: 6 })
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
