// Small cases of every syntax, and pathological input: each gives a clear finding or an InputError.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { auditDependencies, changesSince, formatOf, loadDependencyFiles } from '../src/deps/audit.js'
import { parseCondaEnvironment, parseCondaLock, parseCondaSpec } from '../src/deps/conda.js'
import { parseDockerfile } from '../src/deps/docker.js'
import { parsePackageJson, parsePackageLock } from '../src/deps/npm.js'
import {
  parsePipfile,
  parsePipfileLock,
  parsePoetryLock,
  parsePyproject,
  parseUvLock
} from '../src/deps/python.js'
import { parseRequirements } from '../src/deps/requirements.js'
import { normalizePythonName, pep440Problem, versionDistance } from '../src/deps/versions.js'
import { InputError } from '../src/core/errors.js'
import { ROOT } from './helpers/workspace.js'

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-deps-'))
}

function brief(
  packages: { name: string; specifier: string; version?: string; pinned: boolean; line?: number }[]
) {
  return packages.map(p => [p.name, p.specifier, p.version ?? null, p.pinned, p.line ?? null])
}

describe('requirements syntax', () => {
  test('pins, ranges, ~=, ===, wildcards, extras, markers, comments, options and PEP 503 names', () => {
    const text = [
      '# a comment',
      '--index-url https://pypi.org/simple',
      'Django==4.2.1',
      'numpy>=1.21 , <2  # inline comment',
      'scipy~=1.11.3',
      'legacy===1.0-weird',
      'pandas==2.1.*',
      'Requests[socks,security]==2.31.0 ; python_version >= "3.8"',
      'Zope.Interface_Foo',
      'torch (>=2.0)',
      '--pre',
      ''
    ].join('\n')
    const parsed = parseRequirements(text)
    expect(brief(parsed.packages)).toEqual([
      ['django', '==4.2.1', '4.2.1', true, 3],
      ['numpy', '>=1.21,<2', null, false, 4],
      ['scipy', '~=1.11.3', null, false, 5],
      ['legacy', '===1.0-weird', '1.0-weird', true, 6],
      ['pandas', '==2.1.*', null, false, 7],
      ['requests', '==2.31.0', '2.31.0', true, 8],
      ['zope-interface-foo', '', null, false, 9],
      ['torch', '>=2.0', null, false, 10]
    ])
    expect(parsed.packages[5].marker).toBe('python_version >= "3.8"')
    expect(parsed.problems).toEqual([])
  })

  test('-r and -c includes, -e, VCS, URL and name @ url references', () => {
    const text = [
      '-r base.txt',
      '--requirement=more.txt',
      '-c constraints.txt',
      '-e git+https://github.com/org/lib.git@0123456789abcdef0123456789abcdef01234567#egg=Lib_Name',
      '-e .',
      './local/pkg',
      'mylib @ https://example.org/mylib-1.0.tar.gz',
      'https://files.example.org/packages/foo_bar-2.3.4-py3-none-any.whl',
      'git+https://github.com/org/other.git#egg=other'
    ].join('\n')
    const parsed = parseRequirements(text)
    expect(parsed.includes).toEqual([
      { kind: 'requirements', target: 'base.txt', line: 1 },
      { kind: 'requirements', target: 'more.txt', line: 2 },
      { kind: 'constraints', target: 'constraints.txt', line: 3 }
    ])
    expect(parsed.packages.map(p => [p.name, p.source, p.pinned, p.line])).toEqual([
      ['lib-name', 'editable', false, 4],
      ['mylib', 'url', false, 7],
      ['foo-bar', 'url', false, 8],
      ['other', 'vcs', false, 9]
    ])
  })

  test('--hash with line continuations keeps the line of the requirement', () => {
    const text = [
      'absl-py==2.5.0 \\',
      '    --hash=sha256:0c996f25c0490700fadabe6351630f6111534fa0ae252cc6d2014ea3b141135f \\',
      '    --hash=sha256:0f17b89f2a4eaaedc4f28c622998aa690564b3012a396a4ffad0821007fe03ba',
      '    # via -r build/test-requirements.txt',
      'six==1.16.0 --hash=sha256:abc'
    ].join('\n')
    expect(brief(parseRequirements(text).packages)).toEqual([
      ['absl-py', '==2.5.0', '2.5.0', true, 1],
      ['six', '==1.16.0', '1.16.0', true, 5]
    ])
  })

  test('pip freeze output, CRLF line ends included', () => {
    const text =
      'numpy==1.26.4\r\ntorch==2.1.0+cu118\r\n-e git+git@github.com:org/x.git@abc#egg=x\r\nmypkg @ file:///home/me/mypkg\r\n'
    expect(parseRequirements(text).packages.map(p => [p.name, p.version ?? null, p.pinned])).toEqual([
      ['numpy', '1.26.4', true],
      ['torch', '2.1.0+cu118', true],
      ['x', null, false],
      ['mypkg', null, false]
    ])
  })

  test('an invalid specifier such as <3.* is a finding with its line, not a crash', () => {
    const parsed = parseRequirements('ok==1.0\nhuggingface_sb3>=2.2.1, <3.*\nbad=>2.0\n!!!\n')
    expect(parsed.problems.map(p => [p.code, p.line, p.status])).toEqual([
      ['deps.invalid-specifier', 2, 'fail'],
      ['deps.invalid-specifier', 3, 'fail'],
      ['deps.unparsable', 4, 'fail']
    ])
    expect(parsed.problems[0].message).toContain('a wildcard is allowed only after == or !=')
  })

  test('PEP 440 specifier vectors of pypa/packaging: valid ones pass, invalid ones are refused', async () => {
    const vectors = JSON.parse(
      await fs.readFile(path.join(ROOT, 'fixtures', 'lockfiles', 'pep440-vectors.json'), 'utf8')
    ) as {
      valid_specifiers: string[]
      invalid_specifiers: string[]
    }
    for (const s of vectors.valid_specifiers) expect([s, pep440Problem(s)]).toEqual([s, undefined])
    // A bare version ("2.0") is refused as a specifier: in a requirements file it would not parse either.
    for (const s of vectors.invalid_specifiers) expect([s, typeof pep440Problem(s)]).toEqual([s, 'string'])
  })
})

describe('versions', () => {
  test('PEP 503 names', () => {
    expect(normalizePythonName('Friendly.Bard__Name')).toBe('friendly-bard-name')
  })

  test('distance by PEP 440 and semver', () => {
    expect(versionDistance('python', '1.26.4', '2.0.0')).toBe('major')
    expect(versionDistance('python', '1.26', '1.27.0')).toBe('minor')
    expect(versionDistance('python', '1.26.4', '1.26.5')).toBe('patch')
    expect(versionDistance('python', '1.0rc1', '1.0')).toBe('pre-release')
    expect(versionDistance('python', '2.1.0+cu118', '2.1.0+cpu')).toBe('local')
    expect(versionDistance('python', '1.0', '1.0.0')).toBe('equal')
    expect(versionDistance('python', '1!1.0', '1.0')).toBe('epoch')
    expect(versionDistance('npm', '1.2.3', '1.3.0')).toBe('minor')
    expect(versionDistance('npm', '1.2.3-beta.1', '1.2.3')).toBe('pre-release')
  })
})

describe('structured formats', () => {
  test('pyproject.toml: PEP 621, extras, dependency groups and Poetry tables, with lines', () => {
    const text = `[project]
name = "demo"
dependencies = [
  "numpy==1.26.4",
  "pandas>=2",
]
[project.optional-dependencies]
docs = ["sphinx==7.2.6"]
[dependency-groups]
test = ["pytest>=8", { include-group = "docs" }]
[tool.poetry.dependencies]
python = "^3.10"
scipy = "1.11.4"
torch = { version = "^2.1", markers = "sys_platform == 'linux'" }
mylib = { git = "https://github.com/org/mylib", rev = "v1" }
[tool.poetry.group.dev.dependencies]
black = "==24.1.0"
`
    const parsed = parsePyproject(text, 'pyproject.toml')
    expect(parsed.packages.map(p => [p.name, p.specifier, p.pinned, p.line, p.group])).toEqual([
      ['numpy', '==1.26.4', true, 4, 'dependencies'],
      ['pandas', '>=2', false, 5, 'dependencies'],
      ['sphinx', '==7.2.6', true, 8, 'optional:docs'],
      ['pytest', '>=8', false, 10, 'group:test'],
      ['scipy', '1.11.4', true, 13, 'dependencies'],
      ['torch', '^2.1', false, 14, 'dependencies'],
      ['mylib', 'git: https://github.com/org/mylib@v1', false, 15, 'dependencies'],
      ['black', '==24.1.0', true, 17, 'group:dev']
    ])
  })

  test('poetry.lock and uv.lock: one locked version per [[package]], the project itself left out', () => {
    const poetry = parsePoetryLock(
      '[[package]]\nname = "Foo_Bar"\nversion = "1.0"\ncategory = "main"\n\n[[package]]\nname = "baz"\nversion = "2.0"\n',
      'poetry.lock'
    )
    expect(brief(poetry.packages)).toEqual([
      ['foo-bar', '==1.0', '1.0', true, 2],
      ['baz', '==2.0', '2.0', true, 7]
    ])
    const uv = parseUvLock(
      'version = 1\n[[package]]\nname = "me"\nversion = "0.1.0"\nsource = { editable = "." }\n[[package]]\nname = "numpy"\nversion = "2.0.0"\nsource = { registry = "https://pypi.org/simple" }\n',
      'uv.lock'
    )
    expect(brief(uv.packages)).toEqual([['numpy', '==2.0.0', '2.0.0', true, 7]])
  })

  test('Pipfile and Pipfile.lock', () => {
    const pipfile = parsePipfile(
      '[packages]\nrequests = "*"\nnumpy = "==1.26.4"\nme = { path = ".", editable = true }\n[dev-packages]\npytest = { version = ">=8" }\n',
      'Pipfile'
    )
    expect(brief(pipfile.packages)).toEqual([
      ['requests', '', null, false, 2],
      ['numpy', '==1.26.4', '1.26.4', true, 3],
      ['pytest', '>=8', null, false, 6]
    ])
    const lock = parsePipfileLock(
      JSON.stringify(
        {
          _meta: {},
          default: { numpy: { version: '==1.26.4' } },
          develop: { pytest: { version: '==8.0.0' } }
        },
        null,
        4
      ),
      'Pipfile.lock'
    )
    expect(brief(lock.packages)).toEqual([
      ['numpy', '==1.26.4', '1.26.4', true, 4],
      ['pytest', '==8.0.0', '8.0.0', true, 9]
    ])
  })

  test('conda specs, environment.yml with a pip list, conda-lock.yml', () => {
    expect(
      [
        parseCondaSpec('numpy=1.26'),
        parseCondaSpec('numpy==1.26.4'),
        parseCondaSpec('conda-forge::scipy=1.11.4=py311h64a7726_0'),
        parseCondaSpec('python 3.11.5 h955ad1f_0')
      ].map(p => [p?.name, p?.version ?? null, p?.pinned])
    ).toEqual([
      ['numpy', null, false],
      ['numpy', '1.26.4', true],
      ['scipy', '1.11.4', true],
      ['python', '3.11.5', true]
    ])
    const env = parseCondaEnvironment(
      'name: x\ndependencies:\n  - numpy==1.26.4\n  - pip\n  - pip:\n    - torch==2.1.0\n    - -r extra.txt\n',
      'environment.yml'
    )
    expect(env.packages.map(p => [p.name, p.ecosystem, p.pinned, p.line])).toEqual([
      ['numpy', 'conda', true, 3],
      ['pip', 'conda', false, 4],
      ['torch', 'python', true, 6]
    ])
    expect(env.includes).toEqual([{ kind: 'requirements', target: 'extra.txt', line: 7 }])
    const lock = parseCondaLock(
      'version: 1\npackage:\n- name: numpy\n  version: 1.26.4\n  manager: conda\n  platform: linux-64\n- name: Torch\n  version: 2.1.0\n  manager: pip\n  platform: linux-64\n',
      'conda-lock.yml'
    )
    expect(lock.packages.map(p => [p.name, p.ecosystem, p.version, p.platform, p.line])).toEqual([
      ['numpy', 'conda', '1.26.4', 'linux-64', 3],
      ['torch', 'python', '2.1.0', 'linux-64', 7]
    ])
  })

  test('package.json and package-lock.json v1, v2 and v3', () => {
    const pkg = parsePackageJson(
      JSON.stringify(
        {
          dependencies: { a: '1.2.3', b: '^1.0.0', c: 'file:../c', d: 'github:org/d' },
          devDependencies: { e: '=2.0.0', f: 'not a range!' }
        },
        null,
        2
      ),
      'package.json'
    )
    expect(brief(pkg.packages)).toEqual([
      ['a', '1.2.3', '1.2.3', true, 3],
      ['b', '^1.0.0', null, false, 4],
      ['d', 'github:org/d', null, false, 6],
      ['e', '=2.0.0', '2.0.0', true, 9],
      ['f', 'not a range!', null, false, 10]
    ])
    expect(pkg.problems.map(p => [p.code, p.line])).toEqual([['deps.invalid-specifier', 10]])
    for (const lockfileVersion of [2, 3]) {
      const text = JSON.stringify(
        {
          lockfileVersion,
          packages: {
            '': { name: 'me' },
            'node_modules/@s/a': { version: '1.0.0' },
            'node_modules/@s/a/node_modules/b': { version: '2.0.0', dev: true }
          }
        },
        null,
        2
      )
      expect(
        parsePackageLock(text, 'package-lock.json').packages.map(p => [p.name, p.version, p.location, p.line])
      ).toEqual([
        ['@s/a', '1.0.0', 'node_modules/@s/a', 7],
        ['b', '2.0.0', 'node_modules/@s/a/node_modules/b', 10]
      ])
    }
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } } }
      },
      null,
      2
    )
    expect(brief(parsePackageLock(v1, 'package-lock.json').packages)).toEqual([
      ['a', '1.0.0', '1.0.0', true, 4],
      ['b', '2.0.0', '2.0.0', true, 7]
    ])
    expect(() => parsePackageLock('{"lockfileVersion": 9}', 'package-lock.json')).toThrow(InputError)
  })

  test('Dockerfile FROM lines: tag versus digest, stages, ARG defaults', () => {
    const digest = 'sha256:' + 'a'.repeat(64)
    const text = `ARG PY=3.11\nFROM python:\${PY}-slim AS build\nFROM build\nFROM --platform=linux/amd64 \\\n  nvidia/cuda@${digest}\nFROM ubuntu\nFROM scratch\n`
    expect(parseDockerfile(text).packages.map(p => [p.name, p.specifier, p.pinned, p.line])).toEqual([
      ['python', ':3.11-slim', false, 2],
      ['nvidia/cuda', `@${digest}`, true, 4],
      ['ubuntu', ':latest (implied)', false, 6]
    ])
  })

  test('format detection by file name', () => {
    expect(
      [
        'requirements-dev.txt',
        'x.poetry.lock',
        'Pipfile',
        'Pipfile.lock',
        'conda-lock.yml',
        'environment.yaml',
        'Dockerfile',
        'api.Dockerfile',
        'npm-shrinkwrap.json'
      ].map(formatOf)
    ).toEqual([
      'requirements',
      'poetry.lock',
      'Pipfile',
      'Pipfile.lock',
      'conda-lock.yml',
      'conda-environment',
      'Dockerfile',
      'Dockerfile',
      'package-lock.json'
    ])
    expect(() => formatOf('settings.json')).toThrow(InputError)
  })
})

describe('includes and pathological input', () => {
  test('includes resolve relative to the including file; cycles, missing and outside ones are findings', async () => {
    const root = await tempDir()
    const repo = path.join(root, 'repo')
    await fs.mkdir(path.join(repo, 'reqs'), { recursive: true })
    await fs.writeFile(
      path.join(repo, 'requirements.txt'),
      'numpy==1.26.4\n-r reqs/a.txt\n-r ../outside.txt\n-r missing.txt\n'
    )
    await fs.writeFile(path.join(repo, 'reqs', 'a.txt'), 'scipy==1.11.4\n-r b.txt\n')
    await fs.writeFile(path.join(repo, 'reqs', 'b.txt'), '-c ../requirements.txt\n-r a.txt\n')
    await fs.writeFile(path.join(root, 'outside.txt'), 'evil==1.0\n')
    const { loaded, findings } = await loadDependencyFiles([path.join(repo, 'requirements.txt')], repo)
    expect(loaded.map(l => [path.basename(l.file.path), l.format, l.file.packages.length])).toEqual([
      ['requirements.txt', 'requirements', 1],
      ['a.txt', 'requirements', 1],
      ['b.txt', 'requirements', 0]
    ])
    expect(findings.map(f => [f.code, path.basename(f.file ?? ''), f.line, f.status])).toEqual([
      ['deps.include-cycle', 'b.txt', 1, 'error'],
      ['deps.include-cycle', 'b.txt', 2, 'error'],
      ['deps.include-outside', 'requirements.txt', 3, 'error'],
      ['deps.include-missing', 'requirements.txt', 4, 'error']
    ])
    expect(findings[1].message).toMatch(/a\.txt → .*b\.txt → .*a\.txt/)
  })

  test('binary junk and a missing file are InputErrors naming the file', async () => {
    const dir = await tempDir()
    const junk = path.join(dir, 'requirements.txt')
    await fs.writeFile(junk, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x12]))
    await expect(loadDependencyFiles([junk], dir)).rejects.toThrow(/binary content/)
    await expect(loadDependencyFiles([path.join(dir, 'nope.txt')], dir)).rejects.toThrow(/not found/)
  })

  test('junk without NUL bytes and broken structured files give findings or line-numbered errors', async () => {
    const dir = await tempDir()
    const junk = path.join(dir, 'requirements.txt')
    await fs.writeFile(junk, '\u00ff\u00fe garbage ### \n%%%%\n}{][\n')
    const { findings } = await loadDependencyFiles([junk], dir)
    expect(findings.map(f => [f.code, f.line])).toEqual([
      ['deps.unparsable', 1],
      ['deps.unparsable', 2],
      ['deps.unparsable', 3]
    ])
    await fs.writeFile(junk, Array.from({ length: 5000 }, (_, i) => `%%junk ${i}%%`).join('\n'))
    const many = await loadDependencyFiles([junk], dir)
    expect(many.findings).toHaveLength(21)
    expect(many.findings[20].message).toBe(
      '4980 more lines are not requirements either; is this a dependency file?'
    )
    const toml = path.join(dir, 'pyproject.toml')
    await fs.writeFile(toml, '[project]\ndependencies = [\n')
    await expect(loadDependencyFiles([toml], dir)).rejects.toMatchObject({ file: toml, line: 3 })
    const json = path.join(dir, 'package.json')
    await fs.writeFile(json, '{\n  "dependencies": {\n    "a": 1,\n  }\n}\n')
    await expect(loadDependencyFiles([json], dir)).rejects.toMatchObject({ file: json })
  })

  test('a huge requirements file (200,000 lines) parses in one pass', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'requirements.txt')
    const lines = Array.from(
      { length: 200_000 },
      (_, i) => `pkg-${i}==1.${i % 100}.0 \\\n    --hash=sha256:${'0'.repeat(64)}`
    )
    await fs.writeFile(file, lines.join('\n') + '\n' + 'x'.repeat(1_000_000) + '\n' + '\\\n'.repeat(10_000))
    const { loaded, findings } = await loadDependencyFiles([file], dir)
    expect(loaded[0].file.packages).toHaveLength(200_001)
    expect(findings).toEqual([])
  })
})

describe('audit findings', () => {
  test('unpinned (warn), duplicates (warn or fail), conflicting pins across files (fail), image by tag (warn)', async () => {
    const dir = await tempDir()
    await fs.writeFile(
      path.join(dir, 'requirements.txt'),
      'numpy==1.26.4\nscipy>=1.0\nscipy>=1.2\ntorch==2.0.0\ntorch==2.1.0\ncoverage==7.1; python_version < "3.10"\ncoverage==7.2; python_version >= "3.10"\n'
    )
    await fs.writeFile(path.join(dir, 'requirements-prod.txt'), 'numpy==1.26.3\n')
    await fs.writeFile(path.join(dir, 'Dockerfile'), 'FROM python:3.11-slim\n')
    const section = await auditDependencies({
      files: ['requirements.txt', 'requirements-prod.txt', 'Dockerfile'].map(f => path.join(dir, f)),
      root: dir
    })
    expect(section.status).toBe('fail')
    expect(section.findings.map(f => [f.code, f.status, path.basename(f.file ?? ''), f.line])).toEqual([
      ['deps.unpinned', 'warn', 'requirements.txt', 2],
      ['deps.unpinned', 'warn', 'requirements.txt', 3],
      ['deps.image-by-tag', 'warn', 'Dockerfile', 1],
      ['deps.duplicate', 'warn', 'requirements.txt', 3],
      ['deps.duplicate', 'fail', 'requirements.txt', 5],
      ['deps.conflict', 'fail', 'requirements-prod.txt', 1]
    ])
    expect(section.versions).toEqual({
      'python:coverage': '7.1',
      'python:numpy': '1.26.4',
      'python:torch': '2.0.0'
    })
  })

  test('changes since the baseline are listed with their distance', async () => {
    const dir = await tempDir()
    await fs.writeFile(path.join(dir, 'requirements.txt'), 'numpy==2.0.0\nscipy==1.11.4\n')
    const section = await auditDependencies({
      files: [path.join(dir, 'requirements.txt')],
      root: dir,
      baseline: { 'python:numpy': '1.26.4', 'python:pandas': '2.1.0', 'python:scipy': '1.11.4' }
    })
    expect(section.changes).toEqual([
      { name: 'python:numpy', baseline: '1.26.4', current: '2.0.0', distance: 'major' },
      { name: 'python:pandas', baseline: '2.1.0', current: '—' }
    ])
    expect(section.findings.map(f => [f.code, f.status, f.line ?? null])).toEqual([
      ['deps.changed-since-baseline', 'warn', 1],
      ['deps.changed-since-baseline', 'warn', null]
    ])
    expect(changesSince({ 'npm:a': '1.0.0' }, { 'npm:a': '1.0.0' })).toEqual([])
  })
})

describe('environment comparison', () => {
  test('a changed numerical library warns, a changed machine or a newly recorded key is noted', async () => {
    const { compareEnvironment } = await import('../src/deps/environment.js')
    const section = compareEnvironment(
      { cpu: 'B', numpy: '2.0.0', blas: 'openblas 0.3.21' },
      { cpu: 'A', numpy: '1.26.4' }
    )
    expect(section.status).toBe('warn')
    expect(section.findings.map(f => [f.code, f.status])).toEqual([
      ['environment.newly-recorded', 'pass'],
      ['environment.machine-changed', 'pass'],
      ['environment.changed', 'warn']
    ])
    expect(section.differences.map(d => d.key)).toEqual(['blas', 'cpu', 'numpy'])
  })

  test('a Node upgrade is noted, not a warning: the built-in engine computes the same bits on 20, 22 and 24', async () => {
    const { compareEnvironment } = await import('../src/deps/environment.js')
    const section = compareEnvironment(
      { node: '24.11.0', python: '3.11.2' },
      { node: '20.19.0', python: '3.11.2' }
    )
    expect(section.status).toBe('pass')
    expect(section.findings).toEqual([
      {
        status: 'pass',
        code: 'environment.node-changed',
        message:
          "node differs from the baseline's: 20.19.0 → 24.11.0 (the built-in engine's results do not depend on the Node version)."
      }
    ])
  })
})
