// Dockerfile FROM lines: a base image named by tag can change under the same name; a digest cannot.
import type { DependencyPackage } from '../core/result.js'
import type { Parsed } from './text.js'

export function parseDockerfile(text: string): Parsed {
  const out: Parsed = { packages: [], problems: [] }
  const lines = text.split(/\r?\n/)
  const stages = new Set<string>()
  const args = new Map<string, string>()
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    let line = lines[i]
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, ' ') + lines[++i]
    line = line.trim()
    if (!line || line.startsWith('#')) continue
    const [instruction, ...rest] = line.split(/\s+/)
    const keyword = instruction.toUpperCase()
    if (keyword === 'ARG') {
      for (const a of rest) {
        const eq = a.indexOf('=')
        if (eq > 0) args.set(a.slice(0, eq), a.slice(eq + 1).replace(/^["']|["']$/g, ''))
      }
      continue
    }
    if (keyword !== 'FROM') continue
    const words = rest.filter(w => !w.startsWith('--'))
    const written = words[0]
    if (!written) {
      out.problems.push({
        status: 'fail',
        code: 'deps.unparsable',
        message: 'FROM names no image.',
        line: lineNo
      })
      continue
    }
    if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2].toLowerCase())
    const image = written.replace(/\$\{?(\w+)\}?/g, (m, name: string) => args.get(name) ?? m)
    if (stages.has(image.toLowerCase()) || image === 'scratch') continue
    out.packages.push(imagePackage(image, written, lineNo))
  }
  return out
}

function imagePackage(image: string, written: string, line: number): DependencyPackage {
  const at = image.indexOf('@')
  const digest = at >= 0 ? image.slice(at + 1) : undefined
  const reference = at >= 0 ? image.slice(0, at) : image
  const slash = reference.lastIndexOf('/')
  const colon = reference.lastIndexOf(':')
  const tag = colon > slash ? reference.slice(colon + 1) : undefined
  const name = colon > slash ? reference.slice(0, colon) : reference
  const pkg: DependencyPackage = {
    name,
    specifier: digest ? `@${digest}` : tag ? `:${tag}` : ':latest (implied)',
    pinned: Boolean(digest && /^sha256:[0-9a-f]{64}$/.test(digest)),
    line,
    ecosystem: 'docker'
  }
  if (tag) pkg.version = tag
  if (written.includes('$')) pkg.source = 'variable'
  return pkg
}
