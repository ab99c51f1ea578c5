// A reader for the lock as `repro-audit lock` writes it: block mappings and sequences indented by
// two spaces, columns as one-line flow mappings, scalars plain or double-quoted. Every audit reads
// the lock first, and a general YAML parser runs cold there for tens of milliseconds on a lock of
// 20 KB; line-sized regular expressions run as native code. Anything outside that shape (anchors,
// tags, block scalars, single quotes, comments after values, tabs, YAML-only escapes) is
// `undefined` here, and the general readers take it.

type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

const LINE = /^( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?|(\{.*\}))$/
const FLOW_PAIR = / *([A-Za-z_][A-Za-z0-9_]*): ("(?:[^"\\]|\\.)*"|[^,{}[\]"']*?) *(,|\})/y
/** Characters that make a plain scalar something other than a string, or not plain at all. */
const NOT_PLAIN = /^([,[\]{}#&*!|>'"%@`]|[-?:]( |$))|: | #|:$|^\s|\s$/
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/

interface Frame {
  indent: number
  node: Record<string, Value> | Value[]
  /** The key whose value is the block that follows, for a `key:` line. */
  pendingKey?: string
}

/** The lock's value, or undefined when the text is not in the shape the writer produces. */
export function readWrittenLock(text: string): Record<string, Value> | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined
  const root: Record<string, Value> = {}
  const stack: Frame[] = [{ indent: -1, node: root }]
  for (const raw of text.split('\n')) {
    if (raw === '' || raw.startsWith('#')) continue
    const m = LINE.exec(raw)
    if (!m) return undefined
    const [, spaces, dash, key, rest, flow] = m
    if (!placeLine(stack, spaces.length, dash !== undefined, key, rest, flow)) return undefined
  }
  return stack.some(f => f.pendingKey !== undefined) ? undefined : root
}

/** Add one line to the tree; false when it does not fit the shape. */
function placeLine(
  stack: Frame[],
  indent: number,
  dash: boolean,
  key: string | undefined,
  rest: string | undefined,
  flow: string | undefined
): boolean {
  // A `key:` line's block starts on the next line: a mapping indented deeper, or a sequence.
  const top = stack[stack.length - 1]
  if (top.pendingKey !== undefined) {
    if (indent <= top.indent + 1) return false
    const child: Record<string, Value> | Value[] = dash ? [] : {}
    ;(top.node as Record<string, Value>)[top.pendingKey] = child
    top.pendingKey = undefined
    stack.push({ indent: dash ? indent : indent - 1, node: child })
  }
  while (stack.length > 1 && stack[stack.length - 1].indent > indent - (dash ? 0 : 1)) stack.pop()
  let frame = stack[stack.length - 1]
  if (dash) {
    if (!Array.isArray(frame.node) || frame.indent !== indent) return false
    if (flow !== undefined) {
      const item = flowMapping(flow)
      if (!item) return false
      frame.node.push(item)
      return true
    }
    const item: Record<string, Value> = {}
    frame.node.push(item)
    frame = { indent: indent + 1, node: item }
    stack.push(frame)
  } else if (Array.isArray(frame.node) || flow !== undefined || frame.indent !== indent - 1) return false
  const map = frame.node as Record<string, Value>
  if (key === undefined || key in map) return false
  if (rest === undefined) {
    frame.pendingKey = key
    return true
  }
  const value = scalar(rest)
  if (value === undefined) return false
  map[key] = value
  return true
}

function flowMapping(text: string): Record<string, Value> | undefined {
  const inner = text.slice(1)
  const out: Record<string, Value> = {}
  FLOW_PAIR.lastIndex = 0
  for (;;) {
    const m = FLOW_PAIR.exec(inner)
    if (!m || m[1] in out) return undefined
    const value = scalar(m[2])
    if (value === undefined) return undefined
    out[m[1]] = value
    if (m[3] === '}') return FLOW_PAIR.lastIndex === inner.length ? out : undefined
  }
}

/** A scalar by YAML 1.2's core schema, as the general readers resolve it. */
function scalar(text: string): Value | undefined {
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2 || JSON_ESCAPES.test(text)) return undefined
    try {
      return JSON.parse(text) as string
    } catch {
      return undefined
    }
  }
  if (text === '[]') return []
  if (text === '' || NOT_PLAIN.test(text)) return undefined
  if (/^(null|Null|NULL|~)$/.test(text)) return null
  if (/^(true|True|TRUE)$/.test(text)) return true
  if (/^(false|False|FALSE)$/.test(text)) return false
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text)
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text)
  // Other spellings some readers take for numbers (octal, hexadecimal, binary, digits with
  // underscores, infinities, NaN): the writer never makes them plain, so they go to the others.
  if (/^[-+]?(0[box]|[0-9][0-9_]*_|\.(inf|nan)$)/i.test(text)) return undefined
  return text
}
