// Conda: environment.yml (conda match specs, with a nested pip list) and conda-lock.yml.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { InputError } from '../core/errors.js'
import type { DependencyPackage } from '../core/result.js'
import { parseRequirementString } from './requirements.js'
import { asRecord, type Parsed } from './text.js'
import { normalizePythonName } from './versions.js'

function readYaml(
  text: string,
  file: string
): { doc: ReturnType<typeof parseDocument>; lineOf: (node: Node | null | undefined) => number | undefined } {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false })
  const error = doc.errors[0]
  if (error)
    throw new InputError(`not valid YAML: ${error.message.split('\n')[0]}`, {
      file,
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col
    })
  return { doc, lineOf: node => (node?.range ? counter.linePos(node.range[0]).line : undefined) }
}

/**
 * One conda match spec: `name`, `name=1.2` (1.2.*), `name==1.2.3`, `name>=1.2`, `name 1.2.3 build`,
 * `name=1.2.3=build`, optionally prefixed by `channel::`. Exact only with `==`, or `=` plus a build.
 */
export function parseCondaSpec(raw: string, line?: number): DependencyPackage | undefined {
  let text = raw.trim()
  if (!text) return undefined
  text = text.replace(/^[^\s:]+::/, '')
  const bracket = text.indexOf('[')
  if (bracket > 0) text = text.slice(0, bracket).trim()
  const m = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)\s*(.*)$/.exec(text)
  if (!m) return undefined
  const name = m[1].toLowerCase()
  const rest = m[2].trim()
  const pkg: DependencyPackage = { name, specifier: rest, pinned: false, line, ecosystem: 'conda' }
  const parts = rest.startsWith('=') && !rest.startsWith('==') ? rest.slice(1).split('=') : rest.split(/\s+/)
  if (rest.startsWith('==') && !/[*,|<>!]/.test(rest.slice(2))) {
    pkg.version = rest.slice(2).trim()
    pkg.pinned = true
  } else if (
    parts.length >= 2 &&
    parts[0] &&
    !/[*,|<>!=]/.test(parts[0]) &&
    parts[1] &&
    !parts[1].includes('*')
  ) {
    // `name=1.2.3=build` or `name 1.2.3 build`: one version and one build.
    pkg.version = parts[0]
    pkg.pinned = true
  }
  return pkg
}

export function parseCondaEnvironment(text: string, file: string): Parsed {
  const { doc, lineOf } = readYaml(text, file)
  const out: Parsed = { packages: [], problems: [] }
  if (!isMap(doc.contents))
    throw new InputError('a conda environment file must be a mapping with a `dependencies` list', { file })
  const deps = doc.get('dependencies', true)
  if (deps === undefined || deps === null) return out
  if (!isSeq(deps))
    throw new InputError('`dependencies` must be a list', { file, line: lineOf(deps as Node) })
  for (const item of deps.items as Node[]) {
    if (isScalar(item)) {
      const pkg = parseCondaSpec(String(item.value), lineOf(item))
      if (pkg) out.packages.push({ ...pkg, group: 'conda' })
      else
        out.problems.push({
          status: 'fail',
          code: 'deps.unparsable',
          message: `"${String(item.value)}" is not a conda package spec.`,
          line: lineOf(item)
        })
    } else if (isMap(item)) {
      const pip = item.get('pip', true)
      if (!isSeq(pip)) continue
      for (const entry of pip.items as Node[]) {
        if (!isScalar(entry)) continue
        const value = String(entry.value).trim()
        const line = lineOf(entry)
        const include = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S.*)$/.exec(value)
        if (include && line) {
          out.includes = [
            ...(out.includes ?? []),
            {
              kind: /^(-c|--constraint)$/.test(include[1]) ? 'constraints' : 'requirements',
              target: include[2].trim(),
              line
            }
          ]
        }
        if (value.startsWith('-')) continue // other pip options (`--index-url`, …) declare no package
        const result = parseRequirementString(value, line)
        if ('problem' in result) out.problems.push(result.problem)
        else if (result.pkg) {
          out.packages.push({ ...result.pkg, group: 'pip' })
          if (result.specifierProblem) out.problems.push(result.specifierProblem)
        }
      }
    }
  }
  return out
}

/** conda-lock.yml (version 1): one entry per package and platform, conda or pip managed. */
export function parseCondaLock(text: string, file: string): Parsed {
  const { doc, lineOf } = readYaml(text, file)
  const out: Parsed = { packages: [], problems: [] }
  const list = isMap(doc.contents) ? doc.get('package', true) : undefined
  if (!isSeq(list)) throw new InputError('a conda-lock file needs a `package` list', { file })
  for (const node of list.items as Node[]) {
    if (!isMap(node)) continue
    const entry = asRecord(node.toJSON())
    const line = lineOf(node.get('name', true) as Node) ?? lineOf(node)
    if (typeof entry.name !== 'string') throw new InputError('a package entry has no name', { file, line })
    const version = entry.version === undefined || entry.version === null ? undefined : String(entry.version)
    const pip = entry.manager === 'pip'
    out.packages.push({
      name: pip ? normalizePythonName(entry.name) : entry.name.toLowerCase(),
      specifier: version ? `==${version}` : '',
      version,
      pinned: Boolean(version),
      line,
      ecosystem: pip ? 'python' : 'conda',
      platform: typeof entry.platform === 'string' ? entry.platform : undefined,
      group: typeof entry.category === 'string' ? entry.category : undefined
    })
  }
  return out
}
