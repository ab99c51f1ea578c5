import path from 'node:path'
import { auditDependencies } from '../src/deps/audit.js'
import { ROOT } from './helpers/workspace.js'

const DIR = path.join(ROOT, 'fixtures', 'lockfiles')

describe('a lockfile pins what its manifest leaves open', () => {
  test('pyproject `*` ranges pinned by the poetry.lock beside it are not reported as unpinned', async () => {
    const manifest = path.join(DIR, 'ames-housing-mlflow.pyproject.toml')
    const alone = await auditDependencies({ files: [manifest], root: ROOT, checkInstalled: false })
    const unpinnedAlone = alone.findings.filter(f => f.code === 'deps.unpinned')
    expect(unpinnedAlone.length).toBeGreaterThan(5)

    const withLock = await auditDependencies({
      files: [manifest, path.join(DIR, 'ames-housing-mlflow.poetry.lock')],
      root: ROOT,
      checkInstalled: false
    })
    const unpinned = withLock.findings.filter(f => f.code === 'deps.unpinned')
    // Dev tools the lock does not hold (none here) would still be reported; everything else is pinned.
    expect(unpinned.map(f => f.message)).toEqual([])
    const note = withLock.findings.find(f => f.code === 'deps.pinned-by-lock')
    expect(note).toMatchObject({
      status: 'pass',
      file: expect.stringContaining('ames-housing-mlflow.pyproject.toml')
    })
    expect(note?.message).toMatch(
      new RegExp(`^${unpinnedAlone.length} range\\(s\\) declared here are pinned by`)
    )
  })

  test('a lockfile of another project in the same folder pins nothing here', async () => {
    const result = await auditDependencies({
      files: [
        path.join(DIR, 'feature-engine.pyproject.toml'),
        path.join(DIR, 'ames-housing-mlflow.poetry.lock')
      ],
      root: ROOT,
      checkInstalled: false
    })
    expect(result.findings.some(f => f.code === 'deps.pinned-by-lock')).toBe(false)
    expect(result.findings.some(f => f.code === 'deps.unpinned')).toBe(true)
  })
})
