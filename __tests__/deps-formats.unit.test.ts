import { FORMATS, formatOfFile, isDiscoverable } from '../src/deps/formats/index.js'

describe('dependency-format registry', () => {
  test('names are unique and every lock names manifests that are in the list', () => {
    const names = FORMATS.map(f => f.name)
    expect(new Set(names).size).toBe(names.length)
    for (const f of FORMATS) for (const manifest of f.locks ?? []) expect(names).toContain(manifest)
    expect(FORMATS.filter(f => f.locks).every(f => f.isLock)).toBe(true)
  })

  test("each format's usual file name is recognised as that format (include-only ones aside)", () => {
    for (const f of FORMATS) {
      if (f.constrainsOnly) continue
      expect([f.example, formatOfFile(`some/dir/${f.example}`).name]).toEqual([f.example, f.name])
    }
  })

  test('init proposes usual dependency files and not data or config files', () => {
    expect(
      [
        'requirements.txt',
        'requirements-dev.in',
        'pyproject.toml',
        'poetry.lock',
        'Dockerfile',
        'environment.yml'
      ].map(isDiscoverable)
    ).toEqual([true, true, true, true, true, true])
    expect(['repro.yml', 'train.csv', 'notes.txt', 'settings.json'].map(isDiscoverable)).toEqual([
      false,
      false,
      false,
      false
    ])
  })
})
