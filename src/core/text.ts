// Messages and log lines quote data (ids, column names, file names, what a pipeline printed). One
// message must stay one line: a raw newline in data would let it start a line of its own, which
// the GitHub runner reads as a workflow command (`::add-mask::`, `::error::`, ...), and bidi
// overrides reorder what a terminal shows. These helpers make such text inert.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Every control and bidi character as a visible escape (`\n`, `\x1b`, `\u202e`): one line, shown as is. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, ch => {
    const named = NAMED[ch]
    if (named) return named
    const code = ch.charCodeAt(0)
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/**
 * A line the GitHub runner would take for a workflow command: `::` after optional white space. Only
 * the edges emit commands (through @actions/core); a line of ours that starts with data gets its
 * first colon escaped.
 */
export function notACommand(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1\\:')
}

/** Text for a log or terminal line: one line, and never a workflow command. */
export function logLine(text: string): string {
  return notACommand(oneLine(text))
}
