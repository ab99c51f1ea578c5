import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { comparePredictions } from '../src/compare/predictions.js'
import { readCsvFile } from '../src/core/csv.js'
import { InputError } from '../src/core/errors.js'
import { EXAMPLE } from './helpers/workspace.js'
import { baselineFile } from './helpers/baseline.js'

const exact = { absolute: 0, relative: 0 }

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-pred-'))
}

async function write(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name)
  await fs.writeFile(file, text)
  return file
}

describe('comparePredictions: joined by id, streamed through hash partitions', () => {
  const baseline = baselineFile(path.join(EXAMPLE, 'baseline'), 'predictions.csv')

  it('the committed predictions against a reversed copy are bit-identical: rows are matched by id, not position', async () => {
    const dir = await tempDir()
    const [header, ...rows] = (await fs.readFile(baseline, 'utf8')).trimEnd().split('\n')
    const reversed = await write(dir, 'reversed.csv', [header, ...rows.reverse()].join('\r\n') + '\r\n')
    const { status, comparison } = await comparePredictions(baseline, reversed, {
      idColumn: 'Id',
      tolerance: () => exact,
      top: 5
    })
    expect(status).toBe('pass')
    expect(comparison).toMatchObject({ matched: 586, missingCount: 0, newCount: 0, partitions: 1 })
    expect(comparison.columns[0]).toMatchObject({
      column: 'prediction',
      kind: 'numeric',
      identical: 586,
      verdict: 'bit-identical',
      topChanged: []
    })
  })

  it('many partitions give exactly the result of one, for drift, missing and new ids', async () => {
    const dir = await tempDir()
    const [header, ...rows] = (await fs.readFile(baseline, 'utf8')).trimEnd().split('\n')
    const changed = rows
      .map((line, i) => {
        const [id, value] = line.split(',')
        return i % 50 === 0 ? `${id},${Number(value) * (1 + 1e-3 * (i + 1))}` : line
      })
      .filter((_, i) => i !== 3 && i !== 4)
    changed.push('999991,1', '999990,2')
    const current = await write(dir, 'current.csv', [header, ...changed.reverse()].join('\n') + '\n')
    const options = { idColumn: 'Id', tolerance: () => exact, top: 3 }
    const one = await comparePredictions(baseline, current, options)
    const many = await comparePredictions(baseline, current, {
      ...options,
      partitionBytes: 512,
      tempDir: dir
    })
    expect(many.comparison.partitions).toBeGreaterThan(20)
    expect({ ...many.comparison, partitions: 1 }).toEqual(one.comparison)
    expect(one.status).toBe('fail')
    const c = one.comparison
    expect(c).toMatchObject({ missingCount: 2, newCount: 2, newIds: ['999990', '999991'], matched: 584 })
    expect(c.missingIds).toEqual(
      [rows[3].split(',')[0], rows[4].split(',')[0]].sort((a, b) => Number(a) - Number(b))
    )
    expect(c.columns[0].beyondTolerance).toBe(12)
    expect(c.columns[0].verdict).toBe('drifted')
    expect(c.columns[0].topChanged).toHaveLength(3)
    const [first, second] = c.columns[0].topChanged
    expect(first.absDiff as number).toBeGreaterThanOrEqual(second.absDiff as number)
    expect(c.columns[0].diffHistogram.reduce((n, h) => n + h.count, 0)).toBe(12)
    // The spill files are gone.
    expect((await fs.readdir(dir)).filter(f => f.startsWith('repro-audit-join-'))).toEqual([])
  })

  it('a tolerance that holds is reported as "equal within", not bit-identical', async () => {
    const dir = await tempDir()
    const a = await write(dir, 'a.csv', 'id,p\n1,1.0\n2,2.0\n3,3\n')
    const b = await write(dir, 'b.csv', 'id,p\n3,3.0000000000001\n1,1\n2,2.0000000001\n')
    const strict = await comparePredictions(a, b, { idColumn: 'id', tolerance: () => exact, top: 10 })
    expect(strict.comparison.columns[0]).toMatchObject({
      identical: 1,
      beyondTolerance: 2,
      verdict: 'drifted'
    })
    const loose = await comparePredictions(a, b, {
      idColumn: 'id',
      tolerance: () => ({ absolute: 0, relative: 1e-9 }),
      top: 10
    })
    expect(loose.status).toBe('pass')
    expect(loose.comparison.columns[0]).toMatchObject({
      identical: 1,
      withinTolerance: 2,
      beyondTolerance: 0,
      verdict: 'equal within relative 1e-9'
    })
  })

  it('label columns list the changed labels with a confusion summary', async () => {
    const dir = await tempDir()
    const a = await write(
      dir,
      'a.csv',
      'id,label,score\na,cat,0.9\nb,dog,0.8\nc,cat,0.7\nd,cat,0.6\ne,1,0.5\n'
    )
    const b = await write(
      dir,
      'b.csv',
      'id,label,score\ne,1.0,0.5\nd,dog,0.6\nc,dog,0.7\nb,cat,0.8\na,cat,0.9\n'
    )
    const auto = await comparePredictions(a, b, { idColumn: 'id', tolerance: () => exact, top: 10 })
    const label = auto.comparison.columns.find(c => c.column === 'label')
    expect(label).toMatchObject({ kind: 'label', beyondTolerance: 3, identical: 2 })
    expect(label?.labels).toEqual({
      changed: 3,
      confusion: [
        { baseline: 'cat', current: 'dog', count: 2 },
        { baseline: 'dog', current: 'cat', count: 1 }
      ],
      otherPairs: 0
    })
    expect(auto.comparison.columns.find(c => c.column === 'score')).toMatchObject({
      kind: 'numeric',
      verdict: 'bit-identical'
    })
    // Declared as labels, "1" and "1.0" are different labels.
    const declared = await comparePredictions(a, b, {
      idColumn: 'id',
      tolerance: () => exact,
      top: 10,
      labels: ['label']
    })
    expect(declared.comparison.columns[0].labels?.changed).toBe(4)
  })

  it('quoted ids, a BOM and CRLF join like plain ones, in one partition or many', async () => {
    const dir = await tempDir()
    const a = await write(dir, 'a.csv', '\ufeffid,p\r\n"x,1",1\r\n"say ""hi""",2\r\nplain,3\r\n')
    const b = await write(dir, 'b.csv', 'id,p\nplain,3\n"say ""hi""",2\nx\u002c1,1\n')
    // b's last id is the unquoted text `x,1`, which is two fields: a ragged row.
    await expect(
      comparePredictions(a, b, { idColumn: 'id', tolerance: () => exact, top: 5 })
    ).rejects.toThrow(/ragged row/)
    const c = await write(dir, 'c.csv', 'id,p\nplain,3\n"say ""hi""",2\n"x,1",1\n')
    for (const partitionBytes of [undefined, 8]) {
      const r = await comparePredictions(a, c, {
        idColumn: 'id',
        tolerance: () => exact,
        top: 5,
        partitionBytes,
        tempDir: dir
      })
      expect(r.comparison).toMatchObject({ matched: 3, missingCount: 0, newCount: 0 })
      expect(r.comparison.columns[0].verdict).toBe('bit-identical')
    }
  })

  it('bad input is an InputError naming the file and line', async () => {
    const dir = await tempDir()
    const a = await write(dir, 'a.csv', 'id,p\n1,1\n2,2\n1,3\n')
    const b = await write(dir, 'b.csv', 'id,p\n1,1\n2,2\n')
    const noId = await write(dir, 'noid.csv', 'key,p\n1,1\n')
    const run = (x: string, y: string) =>
      comparePredictions(x, y, { idColumn: 'id', tolerance: () => exact, top: 5 })
    await expect(run(a, b)).rejects.toMatchObject({
      line: 4,
      file: a,
      message: expect.stringMatching(/id "1" appears more than once/)
    })
    await expect(run(b, a)).rejects.toMatchObject({ line: 4, file: a })
    await expect(run(b, noId)).rejects.toMatchObject({
      line: 1,
      file: noId,
      message: expect.stringMatching(/id column "id" not found/)
    })
    await expect(run(b, path.join(dir, 'absent.csv'))).rejects.toBeInstanceOf(InputError)
    const ragged = await write(dir, 'ragged.csv', 'id,p\n1,1\n2,2,2\n')
    await expect(run(b, ragged)).rejects.toMatchObject({
      line: 3,
      message: expect.stringMatching(/ragged row: expected 2 fields, found 3/)
    })
  })
})

describe('reading a small CSV whole', () => {
  async function rowsOf(file: string): Promise<string[][]> {
    const rows: string[][] = []
    await readCsvFile(file, { header: names => void rows.push(names), row: fields => void rows.push(fields) })
    return rows
  }

  it('splits quote-free text as the parser does, and a ragged row reads the same on both paths', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-csv-'))
    const plain = await write(dir, 'plain.csv', 'Id,p\r\n1,0.5\r\n\r\n2,1e3\r\n')
    const quoted = await write(dir, 'quoted.csv', '"Id","p"\n"1","0.5"\n"2","1e3"\n')
    const oldMac = await write(dir, 'old-mac.csv', 'Id,p\r1,0.5\r2,1e3\r')
    const expected = [
      ['Id', 'p'],
      ['1', '0.5'],
      ['2', '1e3']
    ]
    for (const file of [plain, quoted, oldMac]) expect(await rowsOf(file)).toEqual(expected)
    const message = async (text: string): Promise<string> => {
      const outcome = await rowsOf(await write(dir, 'ragged.csv', text)).catch((e: Error) => e)
      return outcome instanceof Error ? outcome.message : 'no error'
    }
    expect(await message('Id,p\n1,0.5\n2\n')).toBe('malformed CSV: ragged row: expected 2 fields, got 1')
    expect(await message('"Id","p"\n"1","0.5"\n"2"\n')).toBe(
      'malformed CSV: ragged row: expected 2 fields, got 1'
    )
  })
})
