import { readFileSync } from 'node:fs'
import path from 'node:path'
import { importCycles, importGraph, type ImportGraph } from './helpers/imports.js'
import { ROOT } from './helpers/workspace.js'

const SRC = path.join(ROOT, 'src')

/** The graph between top-level folders of src/ (a file at the top is its own node). */
function folderGraph(files: ImportGraph): ImportGraph {
  const folder = (file: string): string => file.split('/')[0]
  const graph: ImportGraph = new Map()
  for (const [file, targets] of files) {
    const from = folder(file)
    const edges = new Set(graph.get(from) ?? [])
    for (const target of targets) if (folder(target) !== from) edges.add(folder(target))
    graph.set(from, [...edges].sort())
  }
  return graph
}

describe('import structure of src/', () => {
  const files = importGraph(SRC)

  it('reads the imports of every source file, type-only and dynamic ones included', () => {
    expect(files.get('pipeline/builtin/trees.ts')).toContain('pipeline/builtin/model.ts')
    expect(files.get('index.ts')).toEqual(['main.ts'])
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
          ['c.ts', ['c.ts']]
        ])
      )
    ).toEqual([['a.ts', 'b.ts'], ['c.ts']])
  })

  it('has no import cycle between files', () => {
    expect(importCycles(files).map(cycle => cycle.join(' ⇄ '))).toEqual([])
  })

  it('has no import cycle between folders', () => {
    expect(importCycles(folderGraph(files)).map(cycle => cycle.join(' ⇄ '))).toEqual([])
  })

  it('hands each stage only its part of the config: no AuditConfig in snapshot, compare or pipeline', () => {
    const stages = [...files.keys()].filter(f => /^(snapshot|compare|pipeline)\//.test(f))
    expect(stages.length).toBeGreaterThan(10)
    const whole = stages.filter(f => /\bAuditConfig\b/.test(readFileSync(path.join(SRC, f), 'utf8')))
    expect(whole).toEqual([])
  })
})
