import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parquetWriteFile } from 'hyparquet-writer'
import {
  detectIdColumn,
  findDataFiles,
  looksLikeId,
  MAX_FILE_ENTRIES,
  uniqueIdColumns
} from '../src/init/data.js'
import { findCommand, importsOf } from '../src/init/pipeline.js'

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-init-unit-'))
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await fs.writeFile(path.join(dir, name), text)
  }
  return dir
}

describe('init: the training command', () => {
  it("prefers a dvc.yaml stage's cmd (the training stage), then a Makefile target, then train.py", async () => {
    const dvc =
      'stages:\n  prepare:\n    cmd: python prep.py\n  train_model:\n    cmd: python src/fit.py --seed 1\n'
    const make = 'all: train\n\ntrain: data/train.csv\n\tpython3 train.py\n'
    expect(await findCommand(await folder({ 'dvc.yaml': dvc, Makefile: make, 'train.py': '' }))).toEqual({
      command: 'python src/fit.py --seed 1',
      source: 'dvc.yaml stage "train_model"',
      script: 'src/fit.py'
    })
    expect(await findCommand(await folder({ Makefile: make, 'train.py': '' }))).toEqual({
      command: 'make train',
      source: 'Makefile target "train"'
    })
    expect(await findCommand(await folder({ 'src/train.py': '' }))).toMatchObject({
      command: 'python3 src/train.py'
    })
    expect(await findCommand(await folder({ 'notes.md': '' }))).toBeUndefined()
  })

  it('reads the top-level modules a script imports', async () => {
    const dir = await folder({
      'train.py':
        'import os, json\nimport numpy as np\nfrom sklearn.linear_model import Ridge\n  import pandas\nx = "import nothing"\n'
    })
    expect(await importsOf(path.join(dir, 'train.py'))).toEqual(['json', 'numpy', 'os', 'pandas', 'sklearn'])
  })
})

describe('init: data and id column', () => {
  it('finds CSV and Parquet files under the data folders; many files become one folder entry', async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_FILE_ENTRIES + 1 }, (_, i) => [`datasets/part-${i}.csv`, 'id\n1\n'])
    )
    const dir = await folder({
      'data/a.csv': 'id\n1\n',
      'data/raw/b.parquet': '',
      'data/readme.txt': '',
      ...many
    })
    const found = await findDataFiles(dir)
    expect(found.entries).toEqual([
      { path: 'data/a.csv', kind: 'path' },
      { path: 'data/raw/b.parquet', kind: 'path' },
      { path: 'datasets', kind: 'folder' }
    ])
    expect(found.files).toHaveLength(MAX_FILE_ENTRIES + 3)
  })

  it('the id column is named like an id and unique and non-empty in every file', async () => {
    expect(['id', 'Id', 'row_id', 'customerId', 'PassengerId', 'uuid'].every(looksLikeId)).toBe(true)
    expect(['idle', 'valid', 'width', 'Sale_Price'].some(looksLikeId)).toBe(false)
    const dir = await folder({
      'data/train.csv': 'house_id,Id,price\n1,10,5\n2,11,6\n3,12,7\n',
      'data/test.csv': 'house_id,Id,price\n4,13,5\n5,13,6\n'
    })
    // Id repeats in test.csv, so house_id is the one unique in both.
    expect(await detectIdColumn(dir, ['data/train.csv', 'data/test.csv'])).toBe('house_id')
    const none = await folder({ 'data/x.csv': 'id,v\n1,a\n,b\n' })
    expect(await detectIdColumn(none, ['data/x.csv'])).toBeUndefined()
  })

  it('reads the id column of a real Parquet file: unique and never null, voting with the CSV files', async () => {
    const dir = await folder({ 'data/train.csv': 'row_id,Id,v\n1,10,a\n2,11,b\n3,12,c\n' })
    const ids = [4, 5, 6, 7]
    parquetWriteFile({
      filename: path.join(dir, 'data', 'test.parquet'),
      columnData: [
        { name: 'row_id', data: ids, type: 'INT32' },
        { name: 'Id', data: [13, 13, 14, 15], type: 'INT32' }, // repeats here
        { name: 'customer_id', data: [1, null, 2, 3], type: 'INT32' }, // a null
        { name: 'amount', data: [1.5, 2.5, 3.5, 4.5], type: 'DOUBLE' }
      ]
    })
    expect(await uniqueIdColumns(path.join(dir, 'data', 'test.parquet'))).toEqual(['row_id'])
    expect(await detectIdColumn(dir, ['data/test.parquet', 'data/train.csv'])).toBe('row_id')
    expect((await findDataFiles(dir)).files).toEqual(['data/test.parquet', 'data/train.csv'])
  })
})
