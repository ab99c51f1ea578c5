import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './workspace.js'

/** Debian's interpreter with scikit-learn and pandas (python3 on PATH may be a pyenv shim without them). */
export const PYTHON = process.env.REPRO_AUDIT_PYTHON || '/usr/bin/python3'
export const VARIANTS = path.join(ROOT, '__tests__', 'python')

/**
 * A fresh workspace holding the first `trainRows`/`testRows` rows of the Ames example in
 * data/train.csv and data/test.csv, and a repro.yml made of `config` (YAML text).
 */
export async function dataWorkspace(
  config: string,
  options: { trainRows?: number; testRows?: number } = {}
): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-command-'))
  await fs.mkdir(path.join(dir, 'data'))
  for (const [name, rows] of [
    ['train.csv', options.trainRows ?? 300],
    ['test.csv', options.testRows ?? 100]
  ] as const) {
    const lines = (
      await fs.readFile(path.join(ROOT, 'fixtures', 'house-prices', 'data', name), 'utf8')
    ).split('\n')
    await fs.writeFile(path.join(dir, 'data', name), lines.slice(0, rows + 1).join('\n') + '\n')
  }
  await fs.writeFile(path.join(dir, 'repro.yml'), config)
  return dir
}

/** The config of a command pipeline over the workspace's two data files. */
export function commandConfig(command: string, extra = ''): string {
  return [
    'snapshot:',
    '  id_column: Id',
    '  entries: [{ path: data/train.csv }, { path: data/test.csv }]',
    'pipeline:',
    '  engine: command',
    `  command: ${JSON.stringify(command)}`,
    '  id_column: Id',
    extra
  ].join('\n')
}
