// The import graph of src/: every relative import and export, type-only and dynamic ones included,
// read with TypeScript's own pre-processor so no form of import statement is missed.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export type ImportGraph = Map<string, string[]>

/** Every .ts file under `root` (relative, forward slashes) → the files it imports, resolved. */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map()
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .map(f => f.split(path.sep).join('/'))
    .sort()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true)
    const targets = info.importedFiles
      .map(i => i.fileName)
      .filter(name => name.startsWith('.'))
      .map(name =>
        path.posix.normalize(path.posix.join(path.posix.dirname(file), name)).replace(/\.js$/, '.ts')
      )
      .filter(target => files.includes(target))
    graph.set(file, [...new Set(targets)].sort())
  }
  return graph
}

/** The strongly connected components with more than one file (or a file importing itself). */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (file: string): void => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number))
      } else if (onStack.has(next))
        low.set(file, Math.min(low.get(file) as number, index.get(next) as number))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop() as string
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : 1))
}
