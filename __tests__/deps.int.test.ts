// Installed versus declared, with a real Python: /usr/bin/python3 carries Debian's numpy, scipy,
// scikit-learn and pandas. The expected versions are read from that Python itself, not written here.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { auditDependencies } from '../src/deps/audit.js'
import { environmentFingerprint } from '../src/deps/environment.js'

const PYTHON = '/usr/bin/python3'
const run = promisify(execFile)

async function installed(name: string): Promise<string> {
  const { stdout } = await run(PYTHON, [
    '-c',
    `import importlib.metadata as m; print(m.version(${JSON.stringify(name)}))`
  ])
  return stdout.trim()
}

function bump(version: string, part: 0 | 1): string {
  const parts = version.split('.').map(Number)
  parts[part] += 1
  for (let i = part + 1; i < parts.length; i++) parts[i] = 0
  return parts.join('.')
}

describe('installed versus declared, through a real Python', () => {
  test('a wrong pin fails with its distance; an unpinned one is told the version to pin to; a range that excludes the installed version fails', async () => {
    const numpy = await installed('numpy')
    const scipy = await installed('scipy')
    const pandas = await installed('pandas')
    const sklearn = await installed('scikit-learn')
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-deps-int-'))
    const file = path.join(dir, 'requirements.txt')
    await fs.writeFile(
      file,
      [
        `numpy==${bump(numpy, 0)}`,
        `SciPy==${bump(scipy, 1)}`,
        `scikit_learn==${sklearn}`,
        'pandas',
        `pandas-stubs-never-installed==1.0`,
        `numpy-financial; sys_platform == "win32"`
      ].join('\n') + '\n'
    )
    const section = await auditDependencies({ files: [file], root: dir, python: PYTHON })

    expect(section.installedFrom).toEqual([`pip inspect (${PYTHON})`])
    const packages = section.files[0].packages
    expect(packages.map(p => [p.name, p.installed ?? null, p.distance ?? null])).toEqual([
      ['numpy', numpy, 'major'],
      ['scipy', scipy, 'minor'],
      ['scikit-learn', sklearn, null],
      ['pandas', pandas, null],
      ['pandas-stubs-never-installed', null, null],
      ['numpy-financial', null, null]
    ])
    expect(section.findings.map(f => [f.code, f.status, f.line])).toEqual([
      ['deps.installed-differs', 'fail', 1],
      ['deps.installed-differs', 'fail', 2],
      ['deps.not-installed', 'warn', 5],
      ['deps.unpinned', 'warn', 4],
      ['deps.unpinned', 'warn', 6]
    ])
    expect(section.findings[0].message).toBe(
      `numpy is declared as ${bump(numpy, 0)} but ${numpy} is installed (major difference), read with pip inspect (${PYTHON}).`
    )
    expect(section.findings[3].message).toContain(`pin it to pandas==${pandas}, the installed version`)
    expect(section.status).toBe('fail')
    expect(section.versions?.['python:numpy']).toBe(numpy)

    await fs.writeFile(file, `numpy>=${bump(numpy, 0)}\n`)
    const outside = await auditDependencies({ files: [file], root: dir, python: PYTHON })
    expect(outside.findings.map(f => [f.code, f.status])).toEqual([
      ['deps.installed-outside-range', 'fail'],
      ['deps.unpinned', 'warn']
    ])
  })

  test('markers are evaluated by that Python, and locks may list one name per platform or Python version', async () => {
    const numpy = await installed('numpy')
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-deps-int-'))
    const req = path.join(dir, 'requirements.txt')
    await fs.writeFile(
      req,
      `numpy==${numpy}; python_version >= "3"\nnumpy==0.1; python_version < "3"\nscipy==0.1; sys_platform == "no-such-platform"\n`
    )
    const lock = path.join(dir, 'conda-lock.yml')
    const entry = (version: string, platform: string): string =>
      `- name: numpy\n  version: ${version}\n  manager: conda\n  platform: ${platform}\n`
    await fs.writeFile(
      lock,
      `version: 1\npackage:\n${entry(numpy, 'linux-64')}${entry('0.1', 'osx-arm64')}${entry(numpy, 'linux-aarch64')}`
    )
    const uv = path.join(dir, 'uv.lock')
    const pkg = (version: string): string =>
      `[[package]]\nname = "numpy"\nversion = "${version}"\nsource = { registry = "https://pypi.org/simple" }\n`
    await fs.writeFile(uv, `version = 1\n${pkg('0.1')}${pkg(numpy)}`)
    const section = await auditDependencies({ files: [req, lock, uv], root: dir, python: PYTHON })
    expect(section.findings.filter(f => f.status !== 'pass')).toEqual([])
    expect(section.status).toBe('pass')
  })

  test('the fingerprint records the runtime, the numerical libraries and the BLAS', async () => {
    const env = await environmentFingerprint(PYTHON)
    expect(Object.keys(env).sort()).toEqual(
      expect.arrayContaining([
        'arch',
        'blas',
        'cpu',
        'node',
        'numpy',
        'os',
        'pandas',
        'python',
        'scikit-learn',
        'scipy'
      ])
    )
    expect(env.numpy).toBe(await installed('numpy'))
    expect(env.node).toBe(process.versions.node)
    // The probe loads numpy's core extension without importing numpy: the BLAS it names must be the
    // one a real `import numpy` brings into the process.
    const { stdout } = await run(PYTHON, [
      '-c',
      'import numpy, threadpoolctl; print(" + ".join(sorted({i["internal_api"] + " " + (i.get("version") or "") for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"})).strip())'
    ])
    // (A reference BLAS that threadpoolctl does not know is named from numpy's build instead.)
    if (stdout.trim()) expect(env.blas).toBe(stdout.trim())
  })

  test('versions come from the first metadata folder on sys.path, as importlib.metadata finds them', async () => {
    // Shadowing folders on PYTHONPATH (first on sys.path): a dist-info folder, an egg-info file with
    // a Python tag, a differently spelled name; scipy stays the real one.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-meta-'))
    const meta = (name: string, version: string): string =>
      `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`
    try {
      await fs.mkdir(path.join(dir, 'numpy-9.9.9.dist-info'))
      await fs.writeFile(path.join(dir, 'numpy-9.9.9.dist-info', 'METADATA'), meta('numpy', '9.9.9'))
      await fs.writeFile(path.join(dir, 'scikit_learn-7.7.7-py3.11.egg-info'), meta('scikit-learn', '7.7.7'))
      await fs.mkdir(path.join(dir, 'Pandas-8.8.8.egg-info'))
      await fs.writeFile(path.join(dir, 'Pandas-8.8.8.egg-info', 'PKG-INFO'), meta('pandas', '8.8.8'))
      const saved = process.env.PYTHONPATH
      process.env.PYTHONPATH = dir
      let env: Record<string, string>
      let expected: Record<string, string>
      try {
        env = await environmentFingerprint(PYTHON)
        const { stdout } = await run(
          PYTHON,
          [
            '-c',
            'import json, importlib.metadata as m; print(json.dumps({n: m.version(n) for n in ("numpy", "scipy", "scikit-learn", "pandas")}))'
          ],
          { env: { ...process.env } }
        )
        expected = JSON.parse(stdout) as Record<string, string>
      } finally {
        if (saved === undefined) delete process.env.PYTHONPATH
        else process.env.PYTHONPATH = saved
      }
      expect(expected).toMatchObject({ numpy: '9.9.9', 'scikit-learn': '7.7.7', pandas: '8.8.8' })
      expect({
        numpy: env.numpy,
        scipy: env.scipy,
        'scikit-learn': env['scikit-learn'],
        pandas: env.pandas
      }).toEqual(expected)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  test('a Python that does not exist is an InputError, not a crash', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-deps-int-'))
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy==1.0\n')
    await expect(
      auditDependencies({
        files: [path.join(dir, 'requirements.txt')],
        root: dir,
        python: path.join(dir, 'no-python')
      })
    ).rejects.toThrow(/was not found/)
  })
})
