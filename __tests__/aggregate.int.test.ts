// Result files of real runs, made here under different perturbations, aggregated by the CLI.
// Needs `npm run bundle` first.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { canonicalHash, canonicalJsonPretty } from '../src/core/canonical-json.js'
import { copyFixture, EXAMPLE, ROOT, runCli, type Completed } from './helpers/workspace.js'

const PYTHON_EXAMPLE = path.join(ROOT, 'fixtures', 'python-house-prices')

// The environments of a matrix this machine cannot be: each result file gets one of these in place
// of the fingerprint it recorded, so the aggregate reads the same on every machine.
const ENVIRONMENTS: Record<string, Record<string, string>> = {
  'ubuntu-latest-py3.11': {
    os: 'linux',
    arch: 'x64',
    cpu: 'AMD EPYC 7763 64-Core Processor',
    node: '24.11.1',
    python: '3.11.2',
    numpy: '1.24.2',
    scipy: '1.10.1',
    'scikit-learn': '1.2.1',
    pandas: '1.5.3',
    blas: 'openblas 0.3.21'
  },
  'ubuntu-24.04-arm-py3.11': {
    os: 'linux',
    arch: 'arm64',
    cpu: 'Neoverse-N2',
    node: '24.11.1',
    python: '3.11.2',
    numpy: '1.24.2',
    scipy: '1.10.1',
    'scikit-learn': '1.2.1',
    pandas: '1.5.3',
    blas: 'openblas 0.3.21'
  },
  'macos-latest-py3.12': {
    os: 'darwin',
    arch: 'arm64',
    cpu: 'Apple M1 (Virtual)',
    node: '24.11.1',
    python: '3.12.7',
    numpy: '1.26.4',
    scipy: '1.10.1',
    'scikit-learn': '1.2.1',
    pandas: '1.5.3',
    blas: 'accelerate'
  }
}
// The built-in pipeline records no Python: its jobs keep only the machine and Node.js.
const BUILTIN = (label: string): Record<string, string> => {
  const { os, arch, cpu, node } = ENVIRONMENTS[label]
  return { os, arch, cpu, node }
}

/** Result files by name: one per pipeline and matrix job. */
const FILES: Record<string, { label: string; environment: Record<string, string> }> = {
  'py-ubuntu-latest-py3.11.json': {
    label: 'ubuntu-latest-py3.11',
    environment: ENVIRONMENTS['ubuntu-latest-py3.11']
  },
  'py-ubuntu-24.04-arm-py3.11.json': {
    label: 'ubuntu-24.04-arm-py3.11',
    environment: ENVIRONMENTS['ubuntu-24.04-arm-py3.11']
  },
  'py-macos-latest-py3.12.json': {
    label: 'macos-latest-py3.12',
    environment: ENVIRONMENTS['macos-latest-py3.12']
  },
  'builtin-ubuntu-latest-py3.11.json': {
    label: 'ubuntu-latest-py3.11',
    environment: BUILTIN('ubuntu-latest-py3.11')
  },
  'builtin-macos-latest-py3.12.json': {
    label: 'macos-latest-py3.12',
    environment: BUILTIN('macos-latest-py3.12')
  }
}

let results: string
let work: string
const runs: Record<string, Completed> = {}

/** A copy of the Python example with fewer perturbed runs (thread count and hash seed), to be quick. */
async function pythonWorkspace(): Promise<string> {
  const dir = await copyFixture(PYTHON_EXAMPLE)
  const config = path.join(dir, 'repro.yml')
  const text = await fs.readFile(config, 'utf8')
  await fs.writeFile(
    config,
    text
      .replace(/perturbations: \[[^\]]*\]/, 'perturbations: [threads, hash_seed]')
      .replace('parallel: auto', 'parallel: 2')
  )
  return dir
}

async function runJob(dir: string, file: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  runs[file] = await runCli(
    [
      'run',
      '--config',
      path.join(dir, 'repro.yml'),
      '--label',
      FILES[file].label,
      '--result-file',
      path.join(results, file)
    ],
    { env }
  )
}

/** Change a result file as a test needs it and sign it again, the way a job would have written it. */
async function rewrite(file: string, change: (r: Record<string, unknown>) => void): Promise<void> {
  const r = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>
  delete r.digest
  change(r)
  await fs.writeFile(file, canonicalJsonPretty({ ...r, digest: canonicalHash(r) }))
}

/** Put the matrix environment in place of this machine's, in the result and in its report. */
async function fixEnvironment(file: string): Promise<void> {
  const { environment } = FILES[file]
  await rewrite(path.join(results, file), r => {
    r.environment = environment
    const report = r.result as {
      environment: { status: string; current: unknown; findings: unknown[]; differences: unknown[] }
    }
    report.environment = {
      ...report.environment,
      status: 'pass',
      current: environment,
      findings: [],
      differences: []
    }
  })
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-aggregate-'))
  results = path.join(work, 'results')
  const research = await pythonWorkspace()
  const production = await pythonWorkspace()
  const drifted = await pythonWorkspace()
  // A deliberate change of the model: what a different build of the pipeline in production does.
  const script = path.join(drifted, 'train.py')
  await fs.writeFile(
    script,
    (await fs.readFile(script, 'utf8')).replace('learning_rate=0.08', 'learning_rate=0.081')
  )
  const builtinA = await copyFixture(EXAMPLE)
  const builtinB = await copyFixture(EXAMPLE)
  await Promise.all([
    runJob(research, 'py-ubuntu-latest-py3.11.json'),
    // Thread counts and the hash seed varied from outside: the audit pins them for every run.
    runJob(production, 'py-ubuntu-24.04-arm-py3.11.json', {
      OMP_NUM_THREADS: '2',
      OPENBLAS_NUM_THREADS: '2',
      MKL_NUM_THREADS: '2',
      PYTHONHASHSEED: '12345'
    })
  ])
  await runJob(drifted, 'py-macos-latest-py3.12.json')
  await runJob(builtinA, 'builtin-ubuntu-latest-py3.11.json')
  await runJob(builtinB, 'builtin-macos-latest-py3.12.json', { TZ: 'Asia/Tokyo', LC_ALL: 'C' })
  for (const file of Object.keys(FILES)) await fixEnvironment(file)
}, 600_000)

async function copyResults(...files: string[]): Promise<string> {
  const dir = await fs.mkdtemp(path.join(work, 'subset-'))
  for (const file of files) await fs.copyFile(path.join(results, file), path.join(dir, file))
  return dir
}

describe('repro-audit aggregate over real result files', () => {
  it('every job wrote its result; the drifted script fails its own audit', () => {
    expect(runs['py-ubuntu-latest-py3.11.json']).toMatchObject({ code: 0, stderr: '' })
    expect(runs['py-ubuntu-24.04-arm-py3.11.json']).toMatchObject({ code: 0, stderr: '' })
    expect(runs['py-macos-latest-py3.12.json'].code).toBe(1)
    expect(runs['builtin-ubuntu-latest-py3.11.json']).toMatchObject({ code: 0, stderr: '' })
    expect(runs['builtin-macos-latest-py3.12.json']).toMatchObject({ code: 0, stderr: '' })
    expect(runs['py-ubuntu-latest-py3.11.json'].stdout).toContain('(label ubuntu-latest-py3.11)')
  })

  it('gives the right pairwise verdicts, a section per pipeline, and exit status 1 for the drift', async () => {
    const out = path.join(work, 'out')
    const result = await runCli(['aggregate', results, '--json', '--output', out, '--expect', '5'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout)
    expect(json).toMatchObject({ kind: 'repro-audit-aggregate', status: 'fail', jobs: 5 })
    expect(json.audits.map((a: { audit: string }) => a.audit)).toEqual([
      'house-prices',
      'python-house-prices'
    ])
    const [builtin, python] = json.audits
    expect(builtin).toMatchObject({
      status: 'pass',
      reference: 'macos-latest-py3.12',
      referenceDeclared: false
    })
    expect(builtin.pairs).toEqual([
      expect.objectContaining({
        a: 'macos-latest-py3.12',
        b: 'ubuntu-latest-py3.11',
        verdict: 'bit-identical',
        matched: 586
      })
    ])
    expect(python.reference).toBe('macos-latest-py3.12')
    const verdicts = Object.fromEntries(
      python.pairs.map((p: { a: string; b: string; verdict: string }) => [`${p.a} ~ ${p.b}`, p.verdict])
    )
    expect(verdicts).toEqual({
      'macos-latest-py3.12 ~ ubuntu-24.04-arm-py3.11': 'drifted',
      'macos-latest-py3.12 ~ ubuntu-latest-py3.11': 'drifted',
      'ubuntu-24.04-arm-py3.11 ~ ubuntu-latest-py3.11': 'bit-identical'
    })
    const drift = python.pairs[0]
    expect(drift.rowsDiffering).toBeGreaterThan(500)
    expect(drift.maxAbsDiff).toBeGreaterThan(1)
    // Numerical libraries and BLAS first, then the runtime, then OS and architecture, then the CPU.
    expect(drift.suspects.map((s: { key: string }) => s.key)).toEqual([
      'blas',
      'numpy',
      'python',
      'os',
      'cpu'
    ])
    expect(drift.evidence).toContain('artifact(s) differ too: feature-importances.json, params.json')
    expect(await fs.readFile(path.join(out, 'aggregate.json'), 'utf8')).toBe(result.stdout)
  })

  it('the declared reference is the research environment the others must match', async () => {
    const out = path.join(work, 'declared')
    const result = await runCli([
      'aggregate',
      results,
      '--reference',
      'ubuntu-24.04-arm-py3.11',
      '--output',
      out
    ])
    // house-prices has no job of that label: the reference must exist in every audit.
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /the reference "ubuntu-24.04-arm-py3.11" is not among the jobs of audit "house-prices"/
    )

    const python = await copyResults(
      'py-ubuntu-latest-py3.11.json',
      'py-ubuntu-24.04-arm-py3.11.json',
      'py-macos-latest-py3.12.json'
    )
    const ok = await runCli(['aggregate', python, '--reference', 'ubuntu-latest-py3.11', '--output', out])
    expect(ok.code).toBe(1)
    expect(ok.stdout).toContain('python-house-prices · reference ubuntu-latest-py3.11')
    const markdown = await fs.readFile(path.join(out, 'aggregate.md'), 'utf8')
    expect(markdown).toContain('Reference (research) environment: `ubuntu-latest-py3.11` (declared)')
    expect(markdown).toMatch(/\| `ubuntu-24\.04-arm-py3\.11` vs reference \| ✅ bit-identical \| 0 of 586 \|/)
    expect(markdown).toMatch(/\| `macos-latest-py3\.12` vs reference \| ❌ drifted \| 586 of 586 \|/)
    expect(markdown).toContain(
      'Predictions of macos-latest-py3.12 drifted from the reference ubuntu-latest-py3.11'
    )
  })

  it('the aggregate Markdown (snapshot) is byte-identical whatever the order of the files', async () => {
    const a = path.join(work, 'order-a')
    const b = path.join(work, 'order-b')
    const files = Object.keys(FILES).map(f => path.join(results, f))
    const reference = ['--reference', 'ubuntu-latest-py3.11']
    expect((await runCli(['aggregate', ...files, ...reference, '--output', a])).code).toBe(1)
    expect((await runCli(['aggregate', ...[...files].reverse(), ...reference, '--output', b])).code).toBe(1)
    const markdown = await fs.readFile(path.join(a, 'aggregate.md'), 'utf8')
    expect(await fs.readFile(path.join(b, 'aggregate.md'), 'utf8')).toBe(markdown)
    expect(await fs.readFile(path.join(b, 'aggregate.json'), 'utf8')).toBe(
      await fs.readFile(path.join(a, 'aggregate.json'), 'utf8')
    )
    expect(markdown.replace(/repro-audit \d+\.\d+\.\d+\S*/, 'repro-audit VERSION')).toMatchSnapshot()
  })

  it('a missing job result is exit status 2 naming the files that are there', async () => {
    const two = await copyResults('py-ubuntu-latest-py3.11.json', 'py-ubuntu-24.04-arm-py3.11.json')
    const counted = await runCli(['aggregate', two, '--expect', '3'])
    expect(counted.code).toBe(2)
    expect(counted.stderr).toBe(
      'repro-audit: expected 3 job result(s), found 2 (py-ubuntu-24.04-arm-py3.11.json, py-ubuntu-latest-py3.11.json): 1 job result(s) missing\n'
    )
    const named = await runCli([
      'aggregate',
      two,
      '--expect-labels',
      'ubuntu-latest-py3.11,macos-latest-py3.12'
    ])
    expect(named.code).toBe(2)
    expect(named.stderr).toMatch(
      /^repro-audit: no result for job\(s\) "macos-latest-py3.12" among the 2 result file\(s\)/
    )
  })

  it('results from a different config or baseline are refused, naming the file', async () => {
    // A real run of the same pipeline with another prediction tolerance in its config.
    const other = await copyFixture(EXAMPLE)
    const config = path.join(other, 'repro.yml')
    await fs.writeFile(
      config,
      (await fs.readFile(config, 'utf8')).replace('relative: 1.0e-9', 'relative: 1.0e-6')
    )
    const dir = await copyResults('builtin-ubuntu-latest-py3.11.json')
    const otherConfig = path.join(dir, 'z-other-config.json')
    expect(
      (await runCli(['run', '--config', config, '--label', 'zz-other-config', '--result-file', otherConfig]))
        .code
    ).toBe(0)
    const refused = await runCli(['aggregate', dir])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /^repro-audit: .*z-other-config\.json: comes from a different config than builtin-ubuntu-latest-py3\.11\.json \(audit "house-prices", config sha256 [0-9a-f]{12} versus [0-9a-f]{12}\)/
    )

    // A real run against a baseline that was rewritten (another machine's fingerprint in it).
    const rebaselined = await copyFixture(EXAMPLE)
    const manifest = path.join(rebaselined, 'baseline', 'baseline.json')
    await fs.writeFile(
      manifest,
      (await fs.readFile(manifest, 'utf8')).replace(/"cpu": "[^"]*"/, '"cpu": "another machine"')
    )
    const dir2 = await copyResults('builtin-ubuntu-latest-py3.11.json')
    const otherBaseline = path.join(dir2, 'z-other-baseline.json')
    await runCli([
      'run',
      '--config',
      path.join(rebaselined, 'repro.yml'),
      '--label',
      'zz-other-baseline',
      '--result-file',
      otherBaseline
    ])
    const refused2 = await runCli(['aggregate', dir2])
    expect(refused2.code).toBe(2)
    expect(refused2.stderr).toMatch(
      /z-other-baseline\.json: was compared with a different baseline than builtin-ubuntu-latest-py3\.11\.json/
    )
  })

  it('a truncated, damaged, foreign or newer file is exit status 2 naming the file', async () => {
    const dir = await copyResults('builtin-ubuntu-latest-py3.11.json', 'builtin-macos-latest-py3.12.json')
    const file = path.join(dir, 'builtin-macos-latest-py3.12.json')
    const text = await fs.readFile(file, 'utf8')

    await fs.writeFile(file, text.slice(0, Math.floor(text.length / 2)))
    let r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /builtin-macos-latest-py3\.12\.json:\d+: not valid JSON, the file is corrupted or truncated/
    )

    // One character of the embedded predictions changed: still JSON, but the digest fails.
    const json = JSON.parse(text)
    const data: string = json.predictions.data
    json.predictions.data = data.slice(0, 100) + (data[100] === 'A' ? 'B' : 'A') + data.slice(101)
    await fs.writeFile(file, JSON.stringify(json))
    r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/builtin-macos-latest-py3\.12\.json: the digest does not match the content/)

    // Signed again after the damage: the predictions' own digest still catches it.
    await fs.writeFile(file, text)
    await rewrite(file, res => {
      const p = res.predictions as { data: string }
      p.data = data.slice(0, 100) + (data[100] === 'A' ? 'B' : 'A') + data.slice(101)
    })
    r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /builtin-macos-latest-py3\.12\.json: the (embedded predictions are corrupted|predictions do not match their digest)/
    )

    await fs.writeFile(file, text)
    await rewrite(file, res => {
      res.resultSchemaVersion = 2
    })
    r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /builtin-macos-latest-py3\.12\.json: result schema version 2 is not supported; this repro-audit reads version 1/
    )

    await fs.copyFile(path.join(EXAMPLE, 'baseline', 'baseline.json'), file)
    r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/builtin-macos-latest-py3\.12\.json: not a repro-audit result file/)
  })

  it('a job whose pipeline crashed is shown without predictions; the aggregate is an error (exit 2)', async () => {
    const crashed = await pythonWorkspace()
    await fs.writeFile(path.join(crashed, 'train.py'), 'raise SystemExit("cannot load the model")\n')
    const dir = await copyResults('py-ubuntu-latest-py3.11.json', 'py-ubuntu-24.04-arm-py3.11.json')
    const job = await runCli([
      'run',
      '--config',
      path.join(crashed, 'repro.yml'),
      '--label',
      'windows-latest-py3.12',
      '--result-file',
      path.join(dir, 'crashed.json')
    ])
    expect(job.code).toBe(2)
    const out = path.join(dir, 'out')
    const r = await runCli([
      'aggregate',
      path.join(dir, 'crashed.json'),
      path.join(dir, 'py-ubuntu-latest-py3.11.json'),
      path.join(dir, 'py-ubuntu-24.04-arm-py3.11.json'),
      '--reference',
      'ubuntu-latest-py3.11',
      '--output',
      out
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^repro-audit: Job windows-latest-py3\.12: The audit could not run: Run run-1 failed: .*run-1\.log: the command exited with status 1\.\n$/
    )
    const markdown = await fs.readFile(path.join(out, 'aggregate.md'), 'utf8')
    expect(markdown).toMatch(/^## 🛑 repro-audit · matrix of 3 job\(s\): ERROR/)
    expect(markdown).toContain(
      '| `windows-latest-py3.12` vs reference | 🛑 not comparable | — | — | — | no predictions from windows-latest-py3.12 (its run failed) |'
    )
    expect(markdown).toContain(
      '| `ubuntu-24.04-arm-py3.11` vs reference | ✅ bit-identical | 0 of 586 | 0 | 0 |  |'
    )
    // No pair between the crashed job and the other production job: its failure is said once.
    expect(markdown).not.toContain('`windows-latest-py3.12` vs `ubuntu-24.04-arm-py3.11`')
  })

  it('two jobs with one label are refused, naming both files', async () => {
    const dir = await copyResults('builtin-ubuntu-latest-py3.11.json')
    await fs.copyFile(path.join(results, 'builtin-ubuntu-latest-py3.11.json'), path.join(dir, 'copy.json'))
    const r = await runCli(['aggregate', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /copy\.json: job label "ubuntu-latest-py3.11" of audit "house-prices" is also used by builtin-ubuntu-latest-py3\.11\.json/
    )
  })
})
