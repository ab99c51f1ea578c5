// Guards that keep loading a config linear in its size, whatever the file holds: a size cap read
// from the file's stat, one pass of yaml's lexer for nesting depth and key count before parsing,
// and our own duplicate-key check (yaml's is quadratic: 40,000 keys took 74 s).
import { CST, isMap, isPair, isScalar, isSeq, Lexer, visit, type Document, type Node } from 'yaml'
import { InputError } from '../core/errors.js'

/** Largest config accepted; real configs are a few KiB. */
export const MAX_CONFIG_BYTES = 1 << 20
/** Most mapping keys in one config. */
export const MAX_CONFIG_KEYS = 100_000
/** Deepest nesting of collections (yaml's composer recurses and overflows near 1,000). */
export const MAX_CONFIG_DEPTH = 100

type Where = { file: string; line: number; column: number }

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

/**
 * One pass over yaml's tokens: refuse nesting deeper than MAX_CONFIG_DEPTH and more keys than
 * MAX_CONFIG_KEYS before the parser (which recurses) sees them.
 */
export function checkConfigShape(text: string, file: string): void {
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw tooLarge(file)
  const at = (offset: number): Where => ({ file, ...lineColumn(text, offset) })
  const indents: number[] = []
  let offset = 0
  let flow = 0
  let lineStart = true
  let onLine = 0
  let keys = 0
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token)
    if (type === 'newline') {
      lineStart = true
      onLine = 0
    } else if (lineStart && flow === 0) {
      const indent = type === 'space' ? token.length : 0
      while (indents.length && indents[indents.length - 1] > indent) indents.pop()
      if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent)
      lineStart = type === 'space'
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') onLine++
    if (type === 'map-value-ind' && ++keys > MAX_CONFIG_KEYS)
      throw new InputError(
        `the config has more than ${MAX_CONFIG_KEYS.toLocaleString('en-US')} keys`,
        at(offset)
      )
    if (indents.length + onLine + flow > MAX_CONFIG_DEPTH)
      throw new InputError(`the config is nested more than ${MAX_CONFIG_DEPTH} levels deep`, at(offset))
    offset += token.length
  }
}

export function tooLarge(file: string): InputError {
  return new InputError(
    `the config is larger than 1 MiB (${MAX_CONFIG_BYTES} bytes); is this the right file?`,
    {
      file
    }
  )
}

/**
 * Duplicate keys, found with one Set per mapping (linear), reported at the second occurrence with
 * the key's path.
 */
export function checkDuplicateKeys(doc: Document, file: string, position: (offset: number) => Where): void {
  const walk = (node: unknown, where: string): void => {
    if (isMap(node)) {
      const seen = new Set<string>()
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key)
        const at = where ? `${where}.${key}` : key
        if (seen.has(key)) {
          const offset = (pair.key as Node | null)?.range?.[0] ?? 0
          throw new InputError(`duplicate key "${at}"`, position(offset))
        }
        seen.add(key)
        walk(pair.value, at)
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${where}[${i}]`))
    else if (isPair(node)) walk(node.value, where)
  }
  walk(doc.contents, '')
}

/** The first alias in the document, to point at when aliases expand too far. */
export function firstAliasOffset(doc: Document): number | undefined {
  let found: number | undefined
  visit(doc, {
    Alias(_, node) {
      found = node.range?.[0]
      return visit.BREAK
    }
  })
  return found
}
