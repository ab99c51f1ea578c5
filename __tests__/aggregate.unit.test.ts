import { promises as fs } from 'node:fs'
import path from 'node:path'
import { comparePair, suspects } from '../src/aggregate/aggregate.js'
import { parseCanonicalCsv, readCanonicalCsv, type PredictionTable } from '../src/aggregate/csv.js'
import { defaultLabel, defaultResultName } from '../src/aggregate/label.js'
import {
  loadPredictions,
  readResultFile,
  writeResultFile,
  type PortableResult
} from '../src/aggregate/result-file.js'
import { audit } from '../src/audit/audit.js'
import { loadConfig } from '../src/config/load.js'
import { canonicalHash } from '../src/core/canonical-json.js'
import { InputError } from '../src/core/errors.js'
import type { RunOutputs } from '../src/pipeline/outputs.js'
import { copyFixture } from './helpers/workspace.js'

const TOLERANCE = { default: { absolute: 0, relative: 1e-9 }, columns: {} }

function job(
  label: string,
  environment: Record<string, string> = {}
): { file: string; result: PortableResult } {
  const result = {
    label,
    environment,
    tolerance: TOLERANCE,
    artifacts: [],
    metrics: {}
  } as unknown as PortableResult
  return { file: `${label}.json`, result }
}

function table(csv: string): PredictionTable {
  return parseCanonicalCsv(csv, 'Id', 'test.json')
}

describe('comparePair', () => {
  const ref = job('ref', { os: 'linux', numpy: '1.26.4' })
  const prod = job('prod', { os: 'darwin', numpy: '2.1.3' })

  it('bit-identical, within the recorded tolerance, or drifted, with the rows and the largest difference', () => {
    const base = table('Id,p\n1,100\n2,200\n3,300\n')
    const same = comparePair(
      ref,
      prod,
      new Map([
        ['ref', base],
        ['prod', table('Id,p\n1,100\n2,200\n3,300\n')]
      ]),
      true
    )
    expect(same).toMatchObject({
      verdict: 'bit-identical',
      status: 'pass',
      matched: 3,
      identical: 3,
      suspects: []
    })

    const close = comparePair(
      ref,
      prod,
      new Map([
        ['ref', base],
        ['prod', table('Id,p\n1,100.00000000001\n2,200\n3,300\n')]
      ]),
      true
    )
    expect(close).toMatchObject({
      verdict: 'within tolerance',
      status: 'pass',
      withinTolerance: 1,
      rowsDiffering: 0,
      tolerance: 'relative 1e-9'
    })
    expect(close.maxAbsDiff).toBe(100.00000000001 - 100)
    expect(close.suspects.map(s => s.key)).toEqual(['numpy', 'os'])

    const far = comparePair(
      ref,
      prod,
      new Map([
        ['ref', base],
        ['prod', table('Id,p\n1,101\n2,200\n4,300\n')]
      ]),
      true
    )
    expect(far).toMatchObject({
      verdict: 'drifted',
      status: 'fail',
      rowsDiffering: 3,
      onlyInA: 1,
      onlyInB: 1,
      maxAbsDiff: 1,
      columns: ['p']
    })
    // Between two production environments a drift warns; the reference pairs decide the verdict.
    expect(
      comparePair(
        ref,
        prod,
        new Map([
          ['ref', base],
          ['prod', table('Id,p\n1,101\n2,200\n3,300\n')]
        ]),
        false
      ).status
    ).toBe('warn')
  })

  it('a column tolerance from the config applies to that column', () => {
    const wide = job('ref')
    wide.result.tolerance = {
      default: { absolute: 0, relative: 0 },
      columns: { p: { absolute: 0.5, relative: 0 } }
    }
    const pair = comparePair(
      wide,
      prod,
      new Map([
        ['ref', table('Id,p,q\n1,1,a\n')],
        ['prod', table('Id,p,q\n1,1.4,a\n')]
      ]),
      true
    )
    expect(pair.verdict).toBe('within tolerance')
    const text = comparePair(
      wide,
      prod,
      new Map([
        ['ref', table('Id,p,q\n1,1,a\n')],
        ['prod', table('Id,p,q\n1,1,b\n')]
      ]),
      true
    )
    expect(text).toMatchObject({ verdict: 'drifted', columns: ['q'] })
  })

  it('a job without predictions is not comparable', () => {
    const pair = comparePair(
      ref,
      prod,
      new Map([
        ['ref', table('Id,p\n1,1\n')],
        ['prod', undefined]
      ]),
      true
    )
    expect(pair).toMatchObject({
      verdict: 'not comparable',
      status: 'error',
      reason: 'no predictions from prod (its run failed)'
    })
  })
})

describe('suspects', () => {
  it('ranks numerical libraries and BLAS first, then the runtime, the OS and architecture, the CPU', () => {
    const a = {
      os: 'linux',
      arch: 'x64',
      cpu: 'EPYC',
      python: '3.11.2',
      numpy: '1.26.4',
      blas: 'openblas 0.3.27',
      xgboost: '2.1.0'
    }
    const b = {
      os: 'darwin',
      arch: 'arm64',
      cpu: 'M1',
      python: '3.12.7',
      numpy: '2.1.3',
      blas: 'accelerate',
      xgboost: '2.1.0'
    }
    expect(suspects(a, b).map(s => [s.rank, s.key])).toEqual([
      [1, 'blas'],
      [1, 'numpy'],
      [2, 'python'],
      [3, 'arch'],
      [3, 'os'],
      [4, 'cpu']
    ])
    expect(suspects(a, { ...a })).toEqual([])
  })
})

describe('labels', () => {
  it('default from the runner, else the fingerprint; file names made safe', () => {
    expect(
      defaultLabel(
        { os: 'linux', arch: 'x64', python: '3.12.3' },
        { RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' }
      )
    ).toBe('linux-arm64-py3.12.3')
    expect(defaultLabel({ os: 'darwin', arch: 'arm64', node: '24.11.1' }, {})).toBe(
      'darwin-arm64-node24.11.1'
    )
    expect(defaultResultName('macos latest / py3.12')).toBe('repro-result-macos_latest_py3.12.json')
  })
})

describe('result files', () => {
  it('canonical predictions: sorted by id, the same digest whatever the row order', async () => {
    const dir = await copyFixture()
    const a = path.join(dir, 'a.csv')
    const b = path.join(dir, 'b.csv')
    await fs.writeFile(a, 'Id,p,label\n2,0.5,"x,y"\n1,0.25,z\n')
    await fs.writeFile(b, 'Id,p,label\n1,0.25,z\n2,0.5,"x,y"\n')
    const ta = await readCanonicalCsv(a, 'Id')
    expect(ta.text).toBe('Id,p,label\n1,0.25,z\n2,0.5,"x,y"\n')
    expect((await readCanonicalCsv(b, 'Id')).text).toBe(ta.text)
  })

  it('predictions over the embed limit go into a file beside the result, which must come along', async () => {
    const dir = await copyFixture()
    const config = await loadConfig(path.join(dir, 'repro.yml'))
    let reference: RunOutputs | undefined
    const result = await audit(config, 'run', { onReference: o => (reference = o) })
    const file = path.join(dir, 'results', 'job.json')
    const written = await writeResultFile(file, result, config, reference, { label: 'job', embedLimit: 100 })
    expect(written.predictions).toMatchObject({
      file: 'job.predictions.csv.gz',
      rows: 586,
      idColumn: 'Id',
      columns: ['prediction']
    })
    expect(written.predictions?.data).toBeUndefined()
    const read = await readResultFile(file)
    const table = await loadPredictions(file, read)
    expect(table?.ids).toHaveLength(586)

    // Signed but incomplete (a hand-made file): refused by name, not a crash later on.
    const { digest: _, environment: __, ...rest } = read
    const broken = path.join(dir, 'results', 'broken.json')
    await fs.writeFile(broken, JSON.stringify({ ...rest, digest: canonicalHash(rest) }))
    await expect(readResultFile(broken)).rejects.toThrow('"environment" must map names to version strings')

    await fs.rm(path.join(dir, 'results', 'job.predictions.csv.gz'))
    await expect(loadPredictions(file, read)).rejects.toThrow(InputError)
    await expect(loadPredictions(file, read)).rejects.toThrow(
      /job\.predictions\.csv\.gz it refers to is missing/
    )
  })
})
