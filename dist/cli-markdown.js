import { formatBytes, formatInt } from './cli-format.js';
import { a as escapeMessage, B as BODY_ORDER, b as escapeMarkdown, c as STATUS_MARK, S as SECTION_LIST, d as codeSpan } from './cli-index2.js';
import { o as orderedFindings, t as triageNote } from './cli-findings.js';

/** GitHub's limit for an issue or pull-request comment body, in characters. */
const COMMENT_LIMIT = 65_536;
const FINDINGS_SHOWN = 30;
/** An accepted finding: seen and decided on, not counted. */
const ACCEPTED_MARK = '☑️';
/**
 * The report as GitHub-flavoured Markdown: the verdict line first, the overview table and the
 * findings, then one small table per section with its evidence folded in <details>, and a
 * Mermaid chart when something drifted. Every piece of data text is escaped (escape.ts).
 */
function renderMarkdown(result, options = {}) {
    const parts = [
        { text: verdictLine(result) },
        { text: `**${escapeMessage(result.summary)}**` },
        { text: overviewTable(result) },
        ...findingsList(result),
        ...BODY_ORDER.flatMap(section => section.render(result[section.key], result)),
        { text: footer(result) }
    ].filter(p => p.text !== '');
    const size = options.unit === 'bytes' ? (s) => Buffer.byteLength(s, 'utf8') : (s) => s.length;
    const limit = options.limit ?? Infinity;
    const join = (ps) => ps.map(p => p.text).join('\n\n') + '\n';
    let kept = parts;
    const cut = [];
    // Room for the note that says what was cut.
    const reserve = 600 + (options.fullReport ? size(options.fullReport) * 2 : 0);
    const order = [...new Set(parts.filter(p => p.cut !== undefined).map(p => p.cut))].sort((a, b) => a - b);
    for (const level of order) {
        if (size(join(kept)) <= limit - (cut.length ? reserve : 0))
            break;
        // Within a level, cut from the end of the report backwards, one part at a time.
        for (let i = kept.length - 1; i >= 0 && size(join(kept)) > limit - reserve; i--) {
            if (kept[i].cut === level) {
                if (kept[i].name)
                    cut.unshift(kept[i].name);
                kept = kept.filter((_, j) => j !== i);
            }
        }
    }
    if (cut.length) {
        const where = options.fullReport
            ? ` The full report is in ${escapeMarkdown(options.fullReport, 400)}.`
            : '';
        const note = `> [!NOTE]\n> Shortened to stay within GitHub's ${options.unit === 'bytes' ? `${formatBytes(limit)} job-summary` : `${formatInt(limit)}-character comment`} limit; left out: ${cut.map(c => escapeMarkdown(c)).join(', ')}.${where}`;
        kept = [...kept.slice(0, -1), { text: note }, kept[kept.length - 1]];
    }
    let text = join(kept);
    // Last resort (a pathological findings list): hard cut, still ending in a complete line.
    if (size(text) > limit) {
        const tail = `\n\n_Report cut at GitHub's size limit.${options.fullReport ? ` The full report is in ${escapeMarkdown(options.fullReport, 400)}.` : ''}_\n`;
        while (size(text) + size(tail) > limit)
            text = text.slice(0, Math.floor(text.length * 0.9));
        text = text.slice(0, text.lastIndexOf('\n')) + tail;
    }
    return text;
}
function verdictLine(r) {
    return `## ${STATUS_MARK[r.status]} repro-audit · ${escapeMarkdown(r.audit)} · ${r.command}: ${r.status.toUpperCase()}`;
}
function overviewTable(r) {
    const rows = SECTION_LIST.map(section => {
        const status = r[section.key].status;
        return `| ${section.title} | ${STATUS_MARK[status]} ${status} | ${escapeMessage(section.summary(r[section.key], r))} |`;
    });
    return ['| Check | Status | Result |', '| --- | --- | --- |', ...rows].join('\n');
}
function findingsList(r) {
    const listed = orderedFindings(r);
    if (listed.length === 0)
        return [];
    const line = ({ finding: f, depth }) => {
        const where = f.file ? ` (${codeSpan(f.line ? `${f.file}:${f.line}` : f.file)})` : '';
        const mark = f.accepted ? ACCEPTED_MARK : STATUS_MARK[f.status];
        const indent = depth ? '  - ↳ ' : '- ';
        // An accepted finding is decided on: its note says so, new or not.
        const seen = f.seen === 'new' && !f.accepted ? ' · **new**' : '';
        const note = seen ? '' : escapeMessage(triageNote(f));
        return `${indent}${mark} ${escapeMessage(f.message)}${where}${seen}${note}`;
    };
    const shown = listed.slice(0, FINDINGS_SHOWN).map(line);
    if (listed.length > FINDINGS_SHOWN)
        shown.push(`- … and ${listed.length - FINDINGS_SHOWN} more in the JSON report`);
    const parts = [{ text: ['### Findings', '', ...shown.slice(0, 10)].join('\n') }];
    if (shown.length > 10)
        parts.push({
            text: shown.slice(10).join('\n'),
            name: `findings after the tenth (${shown.length - 10})`,
            cut: 3
        });
    return parts;
}
function footer(r) {
    return `<sub>Gate: fail-on ${r.gate.failOn} → exit ${r.gate.exitCode} · config ${escapeMarkdown(r.config)} · repro-audit ${escapeMarkdown(r.tool.version)}</sub>`;
}

export { COMMENT_LIMIT as C, renderMarkdown as r };
