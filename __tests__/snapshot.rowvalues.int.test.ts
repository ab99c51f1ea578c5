// Changed values, old → new: the lock keeps a gzip of the locked rows beside the row-hash sidecar,
// and verify reads the first changed rows back from it. Real copies of the Ames example.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Ajv } from 'ajv'
import { audit } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import { InputError } from '../src/core/errors.js'
import type { AuditResult, SnapshotFile } from '../src/core/result.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderTerminal } from '../src/report/terminal.js'
import { renderJson } from '../src/report/write.js'
import { createLock } from '../src/snapshot/lock.js'
import { verifySnapshot } from '../src/snapshot/verify.js'
import { editCsv } from './helpers/baseline.js'
import { copyFixture, ROOT } from './helpers/workspace.js'

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(await fs.readFile(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'))
)

const config = (dir: string): string => path.join(dir, 'repro.yml')
const train = (dir: string): string => path.join(dir, 'data', 'train.csv')

/** The copy of the locked rows that the lock in `dir` names for data/train.csv, or undefined. */
async function valuesFile(dir: string): Promise<string | undefined> {
  const text = await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')
  const entry = text.slice(text.indexOf('path: data/train.csv\n'))
  const m = /^ {4}row_values: (\S+)$/m.exec(entry.slice(0, entry.indexOf('columns:')))
  return m ? path.join(dir, m[1]) : undefined
}

/** Add one to a column of the rows with these ids (the file's own bytes otherwise kept). */
async function bump(dir: string, column: string, ids: string[]): Promise<void> {
  const header = (await fs.readFile(train(dir), 'utf8')).split('\n')[0].split(',')
  const at = header.indexOf(`"${column}"`)
  await editCsv(train(dir), rows =>
    rows.map(r => (ids.includes(r[0]) ? r.map((v, i) => (i === at ? String(Number(v) + 1) : v)) : r))
  )
}

async function verify(dir: string): Promise<AuditResult> {
  const result = await audit(await loadConfig(config(dir)), 'verify')
  validate(JSON.parse(renderJson(result)))
  expect(validate.errors ?? []).toEqual([])
  return result
}

const trainFile = (r: AuditResult): SnapshotFile | undefined =>
  r.snapshot.files.find(f => f.path === 'data/train.csv')

describe('changed values, locked → now', () => {
  it('two cells in two rows: both shown in JSON, Markdown and the terminal, and named in the headline', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)))
    await bump(dir, 'Lot_Area', ['7'])
    await bump(dir, 'Gr_Liv_Area', ['41'])
    const result = await verify(dir)
    expect(trainFile(result)).toMatchObject({
      rowsChanged: 2,
      cellRows: 2,
      idColumn: 'Id',
      cells: [
        { id: '7', column: 'Lot_Area', old: '4920', new: '4921' },
        { id: '41', column: 'Gr_Liv_Area', old: '1541', new: '1542' }
      ]
    })
    expect(result.summary).toBe(
      'The data does not match the lock: data/train.csv changed in 2 rows (Ids 7 and 41; columns Lot_Area and Gr_Liv_Area). If intended: `repro-audit lock` and `repro-audit baseline`, then commit.'
    )
    const md = renderMarkdown(result)
    expect(md).toContain('Changed values of `data/train.csv`, locked → now (2 changed rows):')
    expect(md).toContain('| 7 | Lot\\_Area | `4920` | `4921` |')
    expect(md).toContain('| 41 | Gr\\_Liv\\_Area | `1541` | `1542` |')
    const terminal = renderTerminal(result, { colour: false })
    expect(terminal).toContain('  data/train.csv: changed values, locked → now (2 changed rows)\n')
    expect(terminal).toContain('      Id 7 · Lot_Area: 4920 → 4921\n')
    expect(terminal).toContain('      Id 41 · Gr_Liv_Area: 1541 → 1542\n')
  })

  it('the first five changed rows are read back; the count of the rest is said', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)))
    const ids = (await fs.readFile(train(dir), 'utf8'))
      .split('\n')
      .slice(1, 9)
      .map(l => l.split(',')[0])
    await bump(dir, 'Lot_Area', ids)
    const f = trainFile(await verify(dir))
    expect(f?.rowsChanged).toBe(8)
    expect(f?.cellRows).toBe(5)
    expect(f?.cells?.map(c => c.id)).toEqual([...ids].sort((a, b) => Number(a) - Number(b)).slice(0, 5))
    const md = renderMarkdown(await verify(dir))
    expect(md).toContain('locked → now (the first 5 of 8 changed rows):')
  })

  it('data text in values is cut and escaped: one line, no Markdown, no mention, no workflow command', async () => {
    const dir = await copyFixture()
    const text = await fs.readFile(train(dir), 'utf8')
    const lines = text.split('\n')
    const header = lines[0].split(',')
    const zoning = header.indexOf('"MS_Zoning"')
    const edit = (value: string): void => {
      const row = lines[3].split(',')
      row[zoning] = value
      lines[3] = row.join(',')
    }
    edit('"plain"')
    await fs.writeFile(train(dir), lines.join('\n'))
    await createLock(await loadConfig(config(dir)))
    edit(`"| @team <b>x</b>\n::error::boom ${'y'.repeat(300)}"`)
    await fs.writeFile(train(dir), lines.join('\n'))
    const result = await verify(dir)
    const cell = trainFile(result)?.cells?.[0]
    expect(cell?.old).toBe('plain')
    expect([...(cell?.new ?? '')]).toHaveLength(200)
    const md = renderMarkdown(result)
    const row = md.split('\n').find(l => l.includes('`plain`')) ?? ''
    expect(row).toContain('\\|')
    expect(row).not.toMatch(/@team/)
    expect(row).toContain('…`')
    const terminal = renderTerminal(result, { colour: false })
    const line = terminal.split('\n').find(l => l.includes('MS_Zoning: plain →')) ?? ''
    expect(line).toContain('\\n::error::boom')
    expect(terminal.split('\n').some(l => /^\s*::/.test(l))).toBe(false)
  })

  it('above the size limit the lock keeps no copy, says why, and verify says so in one line', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)), { rowValuesLimit: 4096 })
    const lock = await fs.readFile(path.join(dir, 'repro.lock'), 'utf8')
    expect(lock).toContain('row_values_skipped: the compressed copy of the locked rows is over 4 KiB')
    expect(await valuesFile(dir)).toBeUndefined()
    const sets = await fs.readdir(path.join(dir, 'repro.lock.d'), { recursive: true })
    expect(sets.filter(f => f.endsWith('.gz') || f.endsWith('.tmp'))).toEqual([])
    await bump(dir, 'Lot_Area', ['7'])
    const result = await verify(dir)
    expect(trainFile(result)).toMatchObject({
      rowsChanged: 1,
      cellsUnavailable:
        'the lock did not keep the locked values: the compressed copy of the locked rows is over 4 KiB'
    })
    expect(trainFile(result)?.cells).toBeUndefined()
    expect(renderMarkdown(result)).toContain(
      'Changed values of `data/train.csv` are not shown: the lock did not keep the locked values: the compressed copy of the locked rows is over 4 KiB.'
    )
    expect(renderTerminal(result, { colour: false })).toContain(
      '  data/train.csv: changed values not shown: the lock did not keep the locked values'
    )
  })

  it('a lock written before values were kept still verifies, and says why no values are shown', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)))
    const lockFile = path.join(dir, 'repro.lock')
    const old = (await fs.readFile(lockFile, 'utf8'))
      .split('\n')
      .filter(l => !l.includes('row_values'))
      .join('\n')
    await fs.writeFile(lockFile, old)
    expect((await verify(dir)).status).toBe('pass')
    await bump(dir, 'Lot_Area', ['7', '41'])
    const result = await verify(dir)
    expect(result.status).toBe('fail')
    expect(trainFile(result)).toMatchObject({
      rowsChanged: 2,
      ids: { changed: ['7', '41'] },
      cellsUnavailable: expect.stringMatching(
        /^the lock was written before repro-audit kept the locked values/
      )
    })
    expect(result.summary).toMatch(
      /^The data does not match the lock: data\/train\.csv changed in 2 rows \(Ids 7 and 41; column Lot_Area\)/
    )
  })

  it('a missing or damaged copy is an input error that names it, as a missing sidecar is', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)))
    await bump(dir, 'Lot_Area', ['7'])
    const copy = (await valuesFile(dir)) as string
    const good = await fs.readFile(copy)
    await fs.writeFile(copy, 'not gzip')
    const damaged = await verifySnapshot(await loadConfig(config(dir))).catch((e: unknown) => e)
    expect(damaged).toBeInstanceOf(InputError)
    expect((damaged as InputError).file).toBe(copy)
    expect((damaged as InputError).message).toMatch(
      /^the copy of the locked rows cannot be read \(damaged gzip data/
    )
    await fs.rm(copy)
    const missing = await verifySnapshot(await loadConfig(config(dir))).catch((e: unknown) => e)
    expect((missing as InputError).message).toMatch(
      /^the copy of the locked rows named in the lock is missing/
    )
    await fs.writeFile(copy, good)
    expect((await verifySnapshot(await loadConfig(config(dir)))).status).toBe('fail')
  })

  it('a copy path in the lock that leads outside the repository is refused', async () => {
    const dir = await copyFixture()
    await createLock(await loadConfig(config(dir)))
    const lockFile = path.join(dir, 'repro.lock')
    const text = await fs.readFile(lockFile, 'utf8')
    await fs.writeFile(lockFile, text.replace(/row_values: \S+/, 'row_values: ../../etc/passwd'))
    await expect(verifySnapshot(await loadConfig(config(dir)))).rejects.toThrow(
      /row_values: "\.\.\/\.\.\/etc\/passwd" points outside the repository; refused/
    )
  })

  it('locking twice gives byte-identical files; the copy holds the locked rows as read', async () => {
    const dir = await copyFixture()
    const snapshot = async (): Promise<Record<string, string>> => {
      const out: Record<string, string> = {}
      const files = await fs.readdir(path.join(dir, 'repro.lock.d'), { recursive: true })
      for (const f of ['repro.lock', ...files.map(f => path.join('repro.lock.d', f))]) {
        const abs = path.join(dir, f)
        if ((await fs.stat(abs)).isFile()) out[f] = (await fs.readFile(abs)).toString('base64')
      }
      return out
    }
    await createLock(await loadConfig(config(dir)))
    const first = await snapshot()
    await fs.rm(path.join(dir, 'repro.lock.d'), { recursive: true })
    await createLock(await loadConfig(config(dir)))
    expect(await snapshot()).toEqual(first)
    const gz = await fs.readFile((await valuesFile(dir)) as string)
    expect(gz[9]).toBe(255) // the operating system byte: "unknown", the same on every machine
    expect(gunzipSync(gz).equals(await fs.readFile(train(dir)))).toBe(true)
  })
})
