// Text that comes from data or commands (column names, ids, file names, output) must not be able
// to break the Markdown, open HTML, mention people or add links and images.

// Characters that start emphasis, code, links, images, tables or strikethrough in GFM.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIAL, ch => `\\${ch}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/(:)(\/\/)|\b(www)\./gi, (m, colon, slashes, www) => (www ? `${www}\u200b.` : `${colon}\u200b${slashes}`))
    .replace(/\r?\n/g, ' ')
}

/** For our own sentences that quote data: escape everything but keep `code` spans as written. */
export function escapeMessage(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map(part => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('')
}

export function codeSpan(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
  return clean.includes('`') ? `\`\` ${clean.replace(/`{2,}/g, '`')} \`\`` : `\`${clean}\``
}

/** A fenced block for command output: a fence longer than any run of backticks inside. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b')}\n${fence}`
}
