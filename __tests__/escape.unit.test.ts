import { codeBlock, codeSpan, escapeMarkdown, escapeMessage, mermaidLabel } from '../src/report/escape.js'

const ZWSP = '\u200b'
const HOSTILE = [
  '@octocat',
  '@org/team',
  'see #123 and GH-45',
  '[click](https://evil.example/x)',
  '![img](http://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open>',
  '| a | b |',
  '**bold** _it_ ~~gone~~ `code`',
  'www.evil.example and mailto:me@evil.example',
  '$x^2$ and $$y$$',
  'line1\nline2\r\nline3',
  'bidi \u202eoverride\u202c and \u0007bell',
  '\\| escaped pipe',
  '&lt;already&gt; &amp;'
]

/** GFM table cell splits: pipes that are not escaped by a backslash. */
const cellSplits = (line: string): number => [...line.matchAll(/(?<!\\)\|/g)].length

describe('escaping data-derived text', () => {
  it.each(HOSTILE)('escapeMarkdown(%j) cannot mention, link, open HTML or break a table row', input => {
    const out = escapeMarkdown(input)
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toMatch(/#\d/)
    expect(out).not.toMatch(/[<>]/)
    expect(out).not.toMatch(/\n|\r/)
    expect(out).not.toMatch(/https?:\/\//)
    expect(out).not.toMatch(/(?<!\\)[[\]`*_~|$]/)
    expect(out).not.toMatch(/\bwww\./)
    expect(out).not.toMatch(/[\u202a-\u202e]/)
    expect(out).not.toContain(String.fromCharCode(7))
    expect(cellSplits(`| ${out} |`)).toBe(2)
  })

  it('keeps ordinary text readable', () => {
    expect(escapeMarkdown('Gr_Liv_Area')).toBe('Gr\\_Liv\\_Area')
    expect(escapeMarkdown('data/train.csv')).toBe('data/train.csv')
    expect(escapeMarkdown('user@example.com')).toBe(`user@${ZWSP}example.com`)
    expect(escapeMarkdown('x'.repeat(500))).toHaveLength(200)
  })

  it.each(HOSTILE)('codeSpan(%j) is one inline code span that does not split a table cell', input => {
    const out = codeSpan(input)
    expect(out).not.toMatch(/\n/)
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(cellSplits(`| ${out} |`)).toBe(2)
    const fence = /^`+/.exec(out)?.[0] ?? ''
    expect(out.endsWith(fence)).toBe(true)
    // No run of backticks inside is as long as the fence.
    const inner = out.slice(fence.length, out.length - fence.length)
    expect([...inner.matchAll(/`+/g)].every(m => m[0].length < fence.length)).toBe(true)
  })

  it('escapeMessage keeps our code spans and escapes everything around them', () => {
    expect(escapeMessage('Run `repro-audit baseline` for <b>@team</b>')).toBe(
      `Run \`repro-audit baseline\` for &lt;b&gt;@${ZWSP}team&lt;/b&gt;`
    )
  })

  it('codeBlock uses a fence longer than any backtick run inside', () => {
    const block = codeBlock('a ```` b @user')
    expect(block.startsWith('`````text\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
    expect(block).toContain(`@${ZWSP}user`)
  })

  it('Mermaid labels keep only safe characters', () => {
    expect(mermaidLabel('rmse"] \n click A call evil()')).toBe('rmse__   click A call evil()')
    expect(mermaidLabel('a<b>c')).toBe('a_b_c')
  })
})
