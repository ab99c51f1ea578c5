// Text that comes from data or commands (column names, ids, file names, output) must not be able
// to break the Markdown, open HTML, mention people or teams, reference issues, or add links and
// images. Everything data-derived goes through one of these functions before it reaches Markdown.
/** Longest piece of data text shown inline; longer text is cut with an ellipsis. */
const MAX_INLINE = 200;
// Characters that start emphasis, code, links, images, tables, strikethrough or math in GFM.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~$]/g;
// Control characters (C0 but tab and newlines, DEL, C1), Unicode line separators and bidirectional
// marks and overrides, which can hide, split or reorder text.
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ZWSP = '\u200b';
function clean(text, max = MAX_INLINE) {
    const flat = text
        .replace(INVISIBLE, '')
        .replace(/\r\n?|\n/g, ' ')
        .replace(/\t/g, ' ');
    return [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
}
/** Break what GitHub would turn into a mention, an issue or commit reference, or a link. */
function defuse(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, m => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\b([A-Za-z][A-Za-z0-9+.-]*):(?=[^\s])/g, (m, scheme) => /^(https?|ftp|mailto|javascript|data|file)$/i.test(scheme) ? `${scheme}${ZWSP}:` : m);
}
/** Data text as inline Markdown (also safe inside table cells and HTML elements). */
function escapeMarkdown(text, max = MAX_INLINE) {
    return defuse(clean(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_SPECIAL, ch => `\\${ch}`));
}
/** For our own sentences that quote data: escape everything but keep `code` spans as written. */
function escapeMessage(text) {
    return text
        .split(/(`[^`\n]*`)/)
        .map(part => part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? codeSpan(part.slice(1, -1))
        : escapeMarkdown(part, 2000))
        .join('');
}
/**
 * Data as a code span. Inside a code span Markdown and HTML are inert, but GFM still splits table
 * cells at `|`, so it is escaped, and a fence longer than any run of backticks inside is used.
 */
function codeSpan(text, max = MAX_INLINE) {
    const body = clean(text, max)
        .replace(/\|/g, '\\|')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
    if (body === '')
        return '` `';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || longest > 0 ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A fenced block for command output: a fence longer than any run of backticks inside. */
function codeBlock(text) {
    const body = text.replace(INVISIBLE, '').replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${body}\n${fence}`;
}
/** A label inside a Mermaid chart: letters, digits and a few safe signs only. */
function mermaidLabel(text) {
    return (clean(text, 40)
        .replace(/[^A-Za-z0-9 _.+\-≤<>%()]/g, '_')
        .replace(/[<>]/g, '_') || '_');
}

export { escapeMarkdown as a, codeBlock as b, codeSpan as c, escapeMessage as e, mermaidLabel as m };
