import { h as allFindings, S as SECTION_KEYS } from './cli-commands.js';
import { formatInt, formatNumber, formatSigned, plural, formatBytes } from './cli-format.js';

const RANK = { skipped: -1, pass: 0, warn: 1, fail: 2, error: 3 };
function worst(...statuses) {
    let result = 'pass';
    for (const s of statuses)
        if (s !== 'skipped' && RANK[s] > RANK[result])
            result = s;
    return result;
}
function atLeast(status, threshold) {
    return RANK[status] >= RANK[threshold];
}
/** Exit status of the CLI and the action: 0 gate passed, 1 drift, 2 the audit could not run. */
function exitCodeFor(status, failOn) {
    if (status === 'error')
        return 2;
    if (failOn === 'never')
        return 0;
    return atLeast(status, failOn) ? 1 : 0;
}
const STATUS_MARK = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '🛑',
    skipped: '➖'
};

// Shared by the sections' headline rules (their `causes`) and the headline itself.
/** Next steps, in one place so the wording changes once (e.g. for a future `repro-audit accept`). */
const NEXT_STEP = {
    relock: 'If intended: `repro-audit lock` and `repro-audit baseline`, then commit.',
    relockOnly: 'If intended: `repro-audit lock` and commit.',
    rebaseline: 'If intended: `repro-audit baseline` and commit.',
    pin: 'Pin exact versions and commit.',
    install: 'Install the pinned versions, or pin the installed ones and commit.'
};
/** The findings that count: not accepted, warn or worse. */
function open(findings) {
    return findings.filter(f => !f.accepted && atLeast(f.status, 'warn'));
}
/** The findings of the result that `code` explains. */
function consequencesOf(result, code) {
    return open(allFindings(result)).filter(f => f.causedBy === code);
}
/** Whether the retrained predictions match the baseline (within tolerance), whatever else warns. */
function resultsReproduce(result) {
    return result.comparison.status === 'pass' || result.comparison.status === 'warn';
}
const lowerFirst = (s) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
/** "7", "7 and 41", "7, 41 and 90", "7, 41, 90 and 3 more". */
function listed(items, total = items.length, shown = 3) {
    const head = items.slice(0, shown);
    const rest = total - head.length;
    if (rest > 0)
        return `${head.join(', ')} and ${formatInt(rest)} more`;
    if (head.length < 2)
        return head.join('');
    return `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}`;
}

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

// Small Markdown building blocks shared by the report's sections.
/** Cut level of the section tables: they go last, after every detail and the chart. */
const TABLE_CUT = 5;
const ROWS_SHOWN = 20;
function details(summary, body) {
    return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>'].join('\n');
}
function table(head, rows, total = rows.length) {
    const lines = [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.slice(0, ROWS_SHOWN).map(r => `| ${r.join(' | ')} |`)
    ];
    if (total > Math.min(rows.length, ROWS_SHOWN))
        lines.push('', `_… ${formatInt(total - Math.min(rows.length, ROWS_SHOWN))} more in the JSON report._`);
    return lines.join('\n');
}
function heading(status, title) {
    return `### ${STATUS_MARK[status]} ${title}`;
}
const sha = (s) => (s ? codeSpan(s.slice(0, 12)) : '—');
/** Two values printed with as many digits as it takes to tell them apart (10 at least, up to 17). */
function distinguishing(a, b) {
    if (typeof a !== 'number' || typeof b !== 'number')
        return [String(a), String(b)];
    for (let digits = 10; digits < 17; digits++) {
        const pair = [formatNumber(a, digits), formatNumber(b, digits)];
        if (pair[0] !== pair[1] || a === b)
            return pair;
    }
    return [String(a), String(b)];
}
function valueText(v) {
    if (typeof v === 'number')
        return formatNumber(v, 10);
    if (typeof v === 'string')
        return escapeMarkdown(v);
    return codeSpan(JSON.stringify(v) ?? 'absent');
}

// The comparison's tables and details, shared by the comparison itself and the intended change.
/** A change the pull request makes on purpose. */
const INTENDED_MARK = '✏️';
/** `intended`: the base branch's baseline against the pull request's, where a change is the point, not drift. */
function predictionsTable(p, intended = false) {
    const rows = p.columns.map(c => [
        escapeMarkdown(c.column),
        formatInt(c.rows),
        formatInt(c.identical),
        formatInt(c.withinTolerance),
        formatInt(c.beyondTolerance),
        c.kind === 'label' ? '—' : formatNumber(c.maxAbsDiff),
        c.kind === 'label' ? '—' : formatNumber(c.maxRelDiff, 4),
        c.beyondTolerance > 0 && intended
            ? `${INTENDED_MARK} changed`
            : `${c.beyondTolerance > 0 ? STATUS_MARK.fail : STATUS_MARK.pass} ${escapeMarkdown(c.verdict)}`
    ]);
    const lost = [
        p.missingColumns.length ? `missing columns: ${p.missingColumns.map(c => codeSpan(c)).join(', ')}` : '',
        p.newColumns.length ? `new columns (not compared): ${p.newColumns.map(c => codeSpan(c)).join(', ')}` : ''
    ].filter(Boolean);
    return [
        `**Predictions**, joined by ${codeSpan(p.idColumn)}: ${formatInt(p.matched)} matched, ${formatInt(p.missingCount)} missing, ${formatInt(p.newCount)} new${lost.length ? `; ${lost.join('; ')}` : ''}.`,
        '',
        table([
            'Column',
            'Rows',
            'Bit-identical',
            'Within tolerance',
            'Beyond',
            'Max abs diff',
            'Max rel diff',
            'Verdict'
        ], rows)
    ].join('\n');
}
function metricsTable(metrics, intended = false) {
    const rows = metrics.map(m => [
        escapeMarkdown(m.name),
        formatNumber(m.baseline),
        formatNumber(m.current),
        m.diff === null ? '—' : formatSigned(m.diff),
        m.relativeDiff === null ? '—' : formatNumber(m.relativeDiff, 3),
        toleranceText(m.tolerance),
        intended && m.status !== 'pass'
            ? `${INTENDED_MARK} changed`
            : `${STATUS_MARK[m.status]} ${escapeMarkdown(m.verdict)}`
    ]);
    return [
        '**Metrics**',
        '',
        table(['Metric', 'Baseline', 'Current', 'Difference', 'Relative', 'Tolerance', 'Verdict'], rows)
    ].join('\n');
}
function toleranceText(t) {
    const parts = [];
    if (t.absolute > 0)
        parts.push(`abs ${formatNumber(t.absolute)}`);
    if (t.relative > 0)
        parts.push(`rel ${formatNumber(t.relative)}`);
    const text = parts.length ? parts.join(' or ') : 'exact';
    return t.better ? `${text}, ${t.better} is better` : text;
}
function artifactsTable(artifacts) {
    const rows = artifacts.map(a => {
        const what = [
            a.parameters?.length ? plural(a.parameters.length, 'parameter') : '',
            a.features ? 'feature list' : '',
            a.diffCount ? plural(a.diffCount, 'learned value') : '',
            a.withinTolerance && a.tolerance
                ? `${plural(a.withinTolerance, 'learned value')} within ${toleranceText(a.tolerance)}`
                : ''
        ]
            .filter(Boolean)
            .join(', ');
        return [
            escapeMarkdown(a.path),
            `${STATUS_MARK[a.status]} ${a.change}${what ? `: ${what}` : ''}`,
            sha(a.baselineSha256),
            sha(a.currentSha256)
        ];
    });
    return ['**Artifacts**', '', table(['Artifact', 'Change', 'Baseline sha256', 'Current sha256'], rows)].join('\n');
}
function comparisonDetails(p, artifacts) {
    const body = [...predictionDetails(p), ...artifacts.flatMap(artifactDetails)];
    while (body.length && body[body.length - 1] === '')
        body.pop();
    return body;
}
/** Most-changed rows, changed labels, missing and new ids. */
function predictionDetails(p) {
    const body = [];
    for (const c of p?.columns ?? []) {
        if (c.topChanged.length) {
            body.push(`Most changed in ${codeSpan(c.column)}:`, '', table(['Id', 'Baseline', 'Current', 'Abs diff'], c.topChanged.map(t => {
                const [before, after] = distinguishing(t.baseline, t.current);
                return [
                    escapeMarkdown(t.id),
                    typeof t.baseline === 'number' ? before : valueText(t.baseline),
                    typeof t.current === 'number' ? after : valueText(t.current),
                    t.absDiff === null ? 'label' : formatNumber(t.absDiff)
                ];
            })), '');
        }
        if (c.labels?.confusion.length) {
            const rows = c.labels.confusion.map(x => [
                escapeMarkdown(x.baseline),
                escapeMarkdown(x.current),
                formatInt(x.count)
            ]);
            if (c.labels.otherPairs)
                rows.push(['(other pairs)', '', formatInt(c.labels.otherPairs)]);
            body.push(`Changed labels in ${codeSpan(c.column)} (${formatInt(c.labels.changed)}):`, '', table(['Baseline', 'Current', 'Rows'], rows), '');
        }
    }
    if (p?.missingIds.length)
        body.push(`Missing ids (${formatInt(p.missingCount)}): ${p.missingIds.map(id => escapeMarkdown(id)).join(', ')}${p.missingCount > p.missingIds.length ? ', …' : ''}`, '');
    if (p?.newIds.length)
        body.push(`New ids (${formatInt(p.newCount)}): ${p.newIds.map(id => escapeMarkdown(id)).join(', ')}${p.newCount > p.newIds.length ? ', …' : ''}`, '');
    return body;
}
/** Changed parameters, the feature list and learned values of one artifact. */
function artifactDetails(a) {
    const body = [];
    {
        if (a.parameters?.length)
            body.push(`Parameters changed in ${codeSpan(a.path)}:`, '', ...a.parameters.map(d => `- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`), '');
        const f = a.features;
        if (f) {
            const lines = [
                `Feature list in ${codeSpan(a.path)}: ${f.baselineCount} → ${plural(f.currentCount, 'feature')}.`
            ];
            if (f.added.length)
                lines.push(`- added: ${f.added.map(x => codeSpan(x)).join(', ')}`);
            if (f.removed.length)
                lines.push(`- removed: ${f.removed.map(x => codeSpan(x)).join(', ')}`);
            if (f.firstMoved)
                lines.push(`- order changed: position ${f.firstMoved.position} was ${codeSpan(f.firstMoved.baseline)}, now ${codeSpan(f.firstMoved.current)}`);
            body.push(...lines, '');
        }
        if (a.diffs?.length) {
            body.push(`Learned values changed in ${codeSpan(a.path)} (${formatInt(a.diffCount ?? a.diffs.length)}${(a.diffCount ?? 0) > a.diffs.length ? `, first ${a.diffs.length} shown` : ''}):`, '');
            body.push(...a.diffs.map(d => `- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`), '');
        }
    }
    return body;
}
/**
 * A Mermaid bar chart, drawn inline by GitHub: the distribution of prediction differences of the
 * most-drifted numeric column, or, when only metrics moved, each metric's relative change.
 */
function driftChart(comparison) {
    const p = comparison.predictions;
    const drifted = (p?.columns ?? []).filter((c) => c.diffHistogram.length > 0 && c.beyondTolerance > 0);
    const c = [...drifted].sort((a, b) => b.beyondTolerance - a.beyondTolerance)[0];
    // One bar is no chart: the table already says it.
    if (c && c.diffHistogram.length > 1) {
        const labels = c.diffHistogram.map(h => (h.exponent > 308 ? '"∞"' : `"≤1e${h.exponent}"`));
        const counts = c.diffHistogram.map(h => h.count);
        return [
            '```mermaid',
            'xychart-beta',
            `    title "|difference| of ${mermaidLabel(c.column)}, rows per decade"`,
            `    x-axis [${labels.join(', ')}]`,
            `    y-axis "rows" 0 --> ${Math.max(...counts)}`,
            `    bar [${counts.join(', ')}]`,
            '```'
        ].join('\n');
    }
    const moved = comparison.metrics.filter(m => m.status !== 'pass' && m.diff !== null && m.baseline !== null && m.baseline !== 0);
    if (moved.length < 2)
        return '';
    const pct = moved.map(m => Number(((m.diff / Math.abs(m.baseline)) * 100).toPrecision(4)));
    const lo = Math.min(0, ...pct);
    const hi = Math.max(0, ...pct);
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Metric change, % of the baseline value"',
        `    x-axis [${moved.map(m => `"${mermaidLabel(m.name)}"`).join(', ')}]`,
        `    y-axis "% change" ${lo} --> ${hi === lo ? lo + 1 : hi}`,
        `    bar [${pct.join(', ')}]`,
        '```'
    ].join('\n');
}

// Headline rules of the comparison: changed parameters or features (causes), drifted predictions,
// metrics and artifacts (consequences, unless nothing explains them), equality within tolerance,
// and a baseline the pull request updates on purpose.
const PREDICTION_CODES = [
    'predictions.drift',
    'predictions.labels-changed',
    'predictions.missing-ids',
    'predictions.new-ids',
    'predictions.missing-columns'
];
const MAY_EXPLAIN = ['environment.may-explain', 'dependencies.may-explain'];
function comparisonCauses(c, result) {
    const findings = open(c.findings);
    const causes = [...parameterCauses(c, findings), ...resultCauses(c, findings, result)];
    const pass = passCause(c);
    if (pass)
        causes.push(pass);
    return causes;
}
/** `model.params.max_depth` → `max_depth 8 → 6`. */
function parameterText(d) {
    const name = d.path.split('.').pop() ?? d.path;
    const value = (v) => (v === undefined ? 'absent' : JSON.stringify(v));
    return `${name} ${value(d.baseline)} → ${value(d.current)}`;
}
function parameterCauses(c, findings) {
    const causes = [];
    const has = (code) => findings.some(f => f.code === code && !f.causedBy);
    if (has('parameters.changed')) {
        const diffs = c.artifacts.flatMap(a => a.parameters ?? []);
        const plain = `parameters changed since the baseline (${listed(diffs.map(parameterText))})`;
        const codes = ['parameters.changed', 'pipeline.config-changed'];
        causes.push({
            status: 'fail',
            order: 20,
            text: `Not reproduced: ${plain}`,
            plain,
            next: NEXT_STEP.rebaseline,
            codes
        });
    }
    else if (has('pipeline.config-changed')) {
        const plain = 'the pipeline section of the config changed since the baseline';
        const status = worst(...findings.filter(f => f.code === 'pipeline.config-changed').map(f => f.status));
        const text = `${status === 'fail' ? 'Not reproduced' : 'Reproduced'}; ${plain}`;
        causes.push({
            status,
            order: 22,
            text,
            plain,
            next: NEXT_STEP.rebaseline,
            codes: ['pipeline.config-changed']
        });
    }
    if (has('features.changed')) {
        const a = c.artifacts.find(x => x.features);
        const f = a?.features;
        const what = f
            ? [
                f.added.length ? `added ${listed(f.added)}` : '',
                f.removed.length ? `removed ${listed(f.removed)}` : '',
                f.reordered ? 'reordered' : ''
            ]
                .filter(Boolean)
                .join('; ')
            : '';
        const plain = `the feature list changed since the baseline${what ? ` (${what})` : ''}`;
        causes.push({
            status: 'fail',
            order: 21,
            text: `Not reproduced: ${plain}`,
            plain,
            next: NEXT_STEP.rebaseline,
            codes: ['features.changed']
        });
    }
    return causes;
}
/** Drifted predictions, metrics or artifacts that no finding explains. */
function resultCauses(c, findings, result) {
    const unexplained = findings.filter(f => !f.causedBy);
    const predictions = unexplained.filter(f => PREDICTION_CODES.includes(f.code));
    const hints = findings.filter(f => MAY_EXPLAIN.includes(f.code));
    if (predictions.length) {
        const plain = `${predictionText(c)}${hintText(result)}`;
        const codes = [...PREDICTION_CODES, ...MAY_EXPLAIN, 'metrics.drift', 'artifacts.changed'];
        return [
            {
                status: 'fail',
                order: 40,
                text: `Not reproduced: ${plain}`,
                plain,
                next: NEXT_STEP.rebaseline,
                codes
            }
        ];
    }
    const metrics = unexplained.filter(f => f.code === 'metrics.drift');
    const moved = c.metrics.filter(m => m.status !== 'pass');
    if (metrics.length && moved.length) {
        const status = worst(...metrics.map(f => f.status));
        const list = listed(moved.map(m => `${m.name} ${formatNumber(m.baseline)} → ${formatNumber(m.current)}`));
        const plain = `${moved.length === 1 ? 'metric' : 'metrics'} ${list}${hintText(result)}`;
        const better = `${moved.length === 1 ? 'metric' : 'metrics'} improved: ${list}`;
        const text = status === 'fail' ? `Not reproduced: ${plain}` : `Reproduced; ${better}`;
        return [
            {
                status,
                order: 45,
                text,
                plain,
                next: NEXT_STEP.rebaseline,
                codes: ['metrics.drift', ...(hints.length ? MAY_EXPLAIN : [])]
            }
        ];
    }
    return [];
}
/** "28 of 1,114 predictions differ beyond tolerance (max |difference| 0.0123)". */
function predictionText(c) {
    const p = c.predictions;
    if (!p)
        return 'the predictions changed';
    const parts = [];
    const rows = p.rowsChanged ?? Math.max(0, ...p.columns.map(col => col.beyondTolerance));
    if (rows) {
        const numeric = p.columns.filter(col => col.kind === 'numeric' && col.beyondTolerance > 0);
        const max = numeric.length
            ? ` (max |difference| ${formatNumber(Math.max(...numeric.map(x => x.maxAbsDiff)), 4)})`
            : '';
        parts.push(`${formatInt(rows)} of ${plural(p.matched, 'prediction')} differ beyond tolerance${max}`);
    }
    if (p.missingCount)
        parts.push(`${plural(p.missingCount, 'id')} of the baseline have no prediction`);
    if (p.newCount)
        parts.push(`${plural(p.newCount, 'id')} are new`);
    if (p.missingColumns.length)
        parts.push(`prediction columns ${listed(p.missingColumns)} are missing`);
    return parts.length ? listed(parts, parts.length, parts.length) : 'the predictions changed';
}
/** What else changed since the baseline, which may explain a drift nothing else explains. */
function hintText(result) {
    const deps = result.dependencies.changes ?? [];
    const env = result.environment.differences;
    const hints = [
        ...deps.map(d => `${d.name} ${d.baseline} → ${d.current}`),
        ...env.map(d => `${d.key} ${d.baseline} → ${d.current}`)
    ];
    return hints.length ? `; changed since the baseline: ${listed(hints)}` : '';
}
function passCause(c) {
    const ic = c.intendedChange;
    if (ic?.change === 'changed') {
        const plain = intendedText(ic);
        return {
            status: 'pass',
            order: 0,
            leads: true,
            text: `Baseline updated in this pull request: ${plain}`,
            plain,
            codes: []
        };
    }
    const p = c.predictions;
    if (!p || c.status !== 'pass')
        return undefined;
    const within = p.columns.filter(col => col.withinTolerance > 0);
    if (!within.length)
        return undefined;
    const rows = Math.max(...within.map(col => col.withinTolerance));
    const max = Math.max(...within.map(col => col.maxAbsDiff));
    const plain = `equal within tolerance (${formatInt(rows)} of ${plural(p.matched, 'prediction')} differ by at most ${formatNumber(max, 4)})`;
    return { status: 'pass', order: 50, text: `Reproduced: ${plain}`, plain, codes: [] };
}
/** "1,114 of 1,114 predictions change; rmse 0.12 → 0.13; parameters max_depth 8 → 6". */
function intendedText(ic) {
    const parts = [];
    const p = ic.predictions;
    if (p) {
        const rows = p.rowsChanged ?? Math.max(0, ...p.columns.map(col => col.beyondTolerance));
        parts.push(`${formatInt(rows)} of ${plural(p.matched, 'prediction')} change`);
    }
    const moved = ic.metrics.filter(m => m.status !== 'pass');
    if (moved.length)
        parts.push(listed(moved.map(m => `${m.name} ${formatNumber(m.baseline)} → ${formatNumber(m.current)}`)));
    const params = ic.artifacts.flatMap(a => a.parameters ?? []);
    if (params.length)
        parts.push(`parameters ${listed(params.map(parameterText))}`);
    return parts.join('; ') || 'the baseline files change';
}

const TITLE$3 = 'Comparison';
const DETAIL_CUT$5 = 2;
const CHART_CUT = 4;
const comparisonSection = {
    key: 'comparison',
    title: TITLE$3,
    detailCut: DETAIL_CUT$5,
    bodyOrder: 0,
    causes: comparisonCauses,
    summary(c) {
        if (c.status === 'skipped' || !c.predictions)
            return c.findings[0]?.message ?? 'not compared';
        const p = c.predictions;
        const verdicts = p.columns.map(col => `${col.column} ${col.verdict}`).join(', ');
        const metrics = c.metrics.filter(m => m.status !== 'pass').length;
        return `${formatInt(p.matched)} predictions: ${verdicts || 'no common columns'}; ${metrics === 0 ? `${plural(c.metrics.length, 'metric')} ${c.metrics.length === 1 ? 'holds' : 'hold'}` : `${plural(metrics, 'metric')} changed`}`;
    },
    render(c) {
        if (c.status === 'skipped' || !(c.predictions || c.metrics.length || c.artifacts.length))
            return [];
        const tables = [];
        if (c.predictions)
            tables.push(predictionsTable(c.predictions));
        if (c.metrics.length)
            tables.push(metricsTable(c.metrics));
        if (c.artifacts.length)
            tables.push(artifactsTable(c.artifacts));
        const parts = [
            { text: heading(c.status, TITLE$3) },
            { text: tables.join('\n\n'), name: 'comparison tables', cut: TABLE_CUT }
        ];
        const chart = driftChart(c);
        if (chart)
            parts.push({ text: chart, name: 'the chart', cut: CHART_CUT });
        const body = comparisonDetails(c.predictions, c.artifacts);
        if (body.length)
            parts.push({
                text: details('Most-changed rows, ids and values', body),
                name: 'comparison details (most-changed ids, value diffs)',
                cut: DETAIL_CUT$5
            });
        return [...parts, ...intendedChangeParts(c)];
    },
    terminal(c) {
        const lines = [];
        if (c.predictions && c.predictions.columns.some(col => col.identical < col.rows)) {
            lines.push({ text: '' });
            for (const col of c.predictions.columns) {
                lines.push({
                    status: col.beyondTolerance > 0 ? 'fail' : 'pass',
                    text: `${col.column}: ${formatInt(col.identical)} bit-identical, ${formatInt(col.withinTolerance)} within tolerance, ${formatInt(col.beyondTolerance)} beyond${col.kind === 'numeric' && col.maxAbsDiff > 0 ? `; max |diff| ${formatNumber(col.maxAbsDiff)}` : ''}`
                });
                for (const t of col.topChanged.slice(0, 5)) {
                    const [before, after] = distinguishing(t.baseline, t.current);
                    lines.push({ text: `      ${t.id}: ${before} → ${after}` });
                }
            }
        }
        const moved = c.metrics.filter(m => m.status !== 'pass');
        if (moved.length)
            lines.push({ text: '' });
        for (const m of moved)
            lines.push({
                status: m.status,
                text: `${m.name}: ${formatNumber(m.baseline)} → ${formatNumber(m.current)} (${m.diff === null ? '—' : formatSigned(m.diff)})`
            });
        if (c.intendedChange)
            lines.push({ text: '' }, { text: `  ${c.intendedChange.message}` });
        return lines;
    }
};
/** With a base ref: the base branch's baseline against the pull request's. */
function intendedChangeParts(c) {
    const ic = c.intendedChange;
    if (!ic)
        return [];
    const parts = [
        {
            text: `#### Intended change: baseline of ${codeSpan(ic.ref)} → this pull request's\n\n${escapeMessage(ic.message)}`
        }
    ];
    if (ic.change !== 'changed')
        return parts;
    // The parameter diff is the point of an intended change: shown, not folded.
    const params = ic.artifacts.flatMap(a => (a.parameters ?? []).map(d => ({ file: a.path, d })));
    if (params.length)
        parts.push({
            text: `Parameters: ${params.map(({ d }) => `${codeSpan(d.path)} ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`).join(', ')}`
        });
    const t = [];
    if (ic.predictions)
        t.push(predictionsTable(ic.predictions, true));
    if (ic.metrics.length)
        t.push(metricsTable(ic.metrics, true));
    parts.push({ text: t.join('\n\n'), name: 'intended-change tables', cut: TABLE_CUT });
    const b = comparisonDetails(ic.predictions, ic.artifacts);
    if (b.length)
        parts.push({
            text: details('Intended change in detail', b),
            name: 'intended-change details',
            cut: DETAIL_CUT$5
        });
    return parts;
}

function dependencyCauses(d, result) {
    const findings = open(d.findings);
    const causes = findings
        .filter(f => f.code === 'deps.installed-differs' || f.code === 'deps.installed-outside-range')
        .map(f => installedCause(d, f, result));
    const unpinned = findings.filter(f => f.code === 'deps.unpinned' || f.code === 'deps.image-by-tag');
    if (unpinned.length) {
        const plain = `${plural(unpinned.length, 'requirement')} ${unpinned.length === 1 ? 'is' : 'are'} not pinned exactly (${listed(unpinned.map(f => f.package ?? f.code))})`;
        causes.push({
            status: 'warn',
            order: 65,
            text: `Reproduced; ${plain}`,
            plain,
            next: NEXT_STEP.pin,
            codes: ['deps.unpinned', 'deps.image-by-tag']
        });
    }
    const changed = d.changes ?? [];
    if (changed.length && findings.some(f => f.code === 'deps.changed-since-baseline')) {
        const plain = `${plural(changed.length, 'package version')} changed since the baseline (${listed(changed.map(c => `${c.name} ${c.baseline} → ${c.current}`))})`;
        causes.push({
            status: 'warn',
            order: 62,
            text: `Reproduced; ${plain}`,
            plain,
            next: NEXT_STEP.rebaseline,
            codes: ['deps.changed-since-baseline']
        });
    }
    return causes;
}
/** "pandas 1.5.3 is installed where requirements.txt:2 pins 2.0.3". */
function installedCause(d, f, result) {
    const p = findPackage(d, f);
    const where = `${f.file ?? 'the requirements'}${f.line ? `:${f.line}` : ''}`;
    const plain = p?.installed
        ? f.code === 'deps.installed-differs'
            ? `${p.name} ${p.installed} is installed where ${where} pins ${p.version ?? p.specifier}`
            : `${p.name} ${p.installed} is installed where ${where} asks for ${p.specifier}`
        : f.message.replace(/\.$/, '');
    const text = resultsReproduce(result) ? `Results reproduce, but ${plain}` : `Not reproduced: ${plain}`;
    return { status: f.status, order: 60, text, plain, next: NEXT_STEP.install, codes: [f.code] };
}
function findPackage(d, f) {
    const files = d.files.filter(x => !f.file || x.path === f.file);
    for (const file of files) {
        const p = file.packages.find(x => x.name === f.package && (f.line === undefined || x.line === f.line));
        if (p)
            return p;
    }
    return undefined;
}

const TITLE$2 = 'Dependencies';
const DETAIL_CUT$4 = 0;
const dependenciesSection = {
    key: 'dependencies',
    title: TITLE$2,
    detailCut: DETAIL_CUT$4,
    bodyOrder: 4,
    causes: dependencyCauses,
    summary(d) {
        if (d.status === 'skipped')
            return 'no dependency files configured';
        const packages = d.files.reduce((n, f) => n + f.packages.length, 0);
        const unpinned = d.files.reduce((n, f) => n + f.packages.filter(p => !p.pinned).length, 0);
        const differ = d.findings.filter(f => f.code === 'deps.installed-differs' || f.code === 'deps.installed-outside-range').length;
        const changed = d.changes?.length ? `; ${formatInt(d.changes.length)} changed since the baseline` : '';
        return `${plural(packages, 'package')} in ${plural(d.files.length, 'file')}; ${formatInt(unpinned)} not pinned exactly${differ ? `; ${plural(differ, 'installed version')} ${differ === 1 ? 'differs' : 'differ'}` : ''}${changed}`;
    },
    render(d) {
        if (!d.files.length)
            return [];
        const rows = d.files.map(f => [
            escapeMarkdown(f.path),
            escapeMarkdown(f.format),
            formatInt(f.packages.length),
            formatInt(f.packages.filter(x => !x.pinned).length)
        ]);
        const parts = [
            { text: heading(d.status, TITLE$2) },
            {
                text: table(['File', 'Format', 'Packages', 'Not pinned exactly'], rows),
                name: 'dependencies table',
                cut: TABLE_CUT
            }
        ];
        const body = dependencyDetails(d);
        if (body.length)
            parts.push({ text: details('Dependency details', body), name: 'dependency details', cut: DETAIL_CUT$4 });
        return parts;
    }
};
function dependencyDetails(d) {
    const body = [];
    if (d.installedFrom?.length)
        body.push(`Installed versions read with ${d.installedFrom.map(x => escapeMarkdown(x)).join(', ')}.`, '');
    for (const f of d.files)
        body.push(...notablePackages(f));
    const changes = d.changes ?? [];
    if (changes.length) {
        body.push('Changed since the baseline:', '', table(['Package', 'Baseline', 'This run', 'Distance'], changes
            .slice(0, 50)
            .map(c => [
            escapeMarkdown(c.name),
            escapeMarkdown(c.baseline),
            escapeMarkdown(c.current),
            c.distance ?? '—'
        ]), changes.length), '');
    }
    return body;
}
const isLock = (format) => format.endsWith('.lock') || format === 'package-lock.json' || format === 'conda-lock.yml';
/** Unpinned declarations (lock files pin by nature) and installed versions that differ. */
function notablePackages(f) {
    const notable = f.packages.filter(x => (!x.pinned && !isLock(f.format)) || (x.distance && x.distance !== 'equal'));
    if (!notable.length)
        return [];
    const from = f.includedFrom ? ` (included from ${codeSpan(f.includedFrom)})` : '';
    return [
        `${codeSpan(f.path)}${from}:`,
        '',
        table(['Package', 'Declared', 'Installed', 'Line'], notable
            .slice(0, 50)
            .map(x => [
            escapeMarkdown(x.name),
            codeSpan(x.specifier || '(any)'),
            x.installed
                ? `${escapeMarkdown(x.installed)}${x.distance && x.distance !== 'equal' ? ` (${x.distance})` : ''}`
                : '—',
            x.line === undefined ? '—' : String(x.line)
        ]), notable.length),
        ''
    ];
}

/**
 * The perturbations left out, those sharing a reason named together with it once:
 * `hash_seed (does not reach X)`, `timezone (does not reach X)` become
 * `hash_seed, timezone (they do not reach X)`. The JSON report keeps them one by one. Groups keep
 * the order of their first perturbation.
 */
function groupNotTried(notTried) {
    const groups = new Map();
    for (const { name, reason } of notTried) {
        const names = groups.get(reason);
        if (names)
            names.push(name);
        else
            groups.set(reason, [name]);
    }
    return [...groups].map(([reason, names]) => {
        // "does not reach" is said of one perturbation; several "do not reach".
        const said = names.length > 1 ? reason.replace(/^does not /, 'they do not ') : reason;
        return `${names.join(', ')} (${said})`;
    });
}

function determinismCauses(d, result) {
    return open(d.findings).flatMap((f) => {
        if (!f.code.startsWith('determinism.'))
            return [];
        const name = f.code.slice('determinism.'.length);
        if (name === 'repeat') {
            const plain = 'two runs with the same inputs gave different predictions (unseeded randomness)';
            return [
                {
                    status: f.status,
                    order: 30,
                    text: `Not reproduced: ${plain}`,
                    plain,
                    codes: [f.code],
                    next: 'Seed every random step.'
                }
            ];
        }
        const check = d.checks.find(c => c.name === name && c.outcome === 'changed');
        const plain = `results change ${changePhrase(check)}`;
        const text = resultsReproduce(result) ? `Reproduced, but ${plain}` : `Not reproduced: ${plain}`;
        return [{ status: f.status, order: 30, text, plain, codes: [f.code], next: explanation(check) }];
    });
}
/** "changes with PYTHONHASHSEED: the code depends on …" → "with PYTHONHASHSEED". */
function changePhrase(check) {
    const head = (check?.cause ?? '').split(':')[0].trim();
    if (!head.startsWith('change'))
        return `with ${check?.perturbation ?? 'a perturbation'} (${head || 'no cause named'})`;
    const phrase = head.replace(/^changes?\s+/, '').replace(/^when the input rows/, 'when input rows');
    return phrase || `with ${check?.perturbation ?? 'a perturbation'}`;
}
/** The part after the colon says what in the code to look for. */
function explanation(check) {
    const i = check?.cause?.indexOf(':') ?? -1;
    if (!check?.cause || i < 0)
        return undefined;
    const why = check.cause.slice(i + 1).trim();
    return why ? `Likely: ${why}.` : undefined;
}

const TITLE$1 = 'Determinism';
const DETAIL_CUT$3 = 1;
const determinismSection = {
    key: 'determinism',
    title: TITLE$1,
    detailCut: DETAIL_CUT$3,
    bodyOrder: 2,
    causes: determinismCauses,
    summary(d) {
        if (d.status === 'skipped')
            return 'not checked';
        const changed = d.checks.filter(c => c.outcome === 'changed');
        const head = changed.length === 0
            ? `${plural(d.checks.length, 'check')} reproduced`
            : `${formatInt(changed.length)} of ${plural(d.checks.length, 'check')} changed results`;
        const t = d.trainings;
        const cost = t
            ? `; ${plural(t.count, 'training')}, ${formatNumber(t.cpuSeconds, 3)} s CPU, ${formatNumber(t.wallSeconds, 3)} s wall`
            : '';
        const notTried = d.notTried.length ? `; not tried: ${groupNotTried(d.notTried).join(', ')}` : '';
        return `${head}${cost}${notTried}`;
    },
    render(d) {
        if (!d.checks.length)
            return [];
        const rows = d.checks.map(c => [
            escapeMarkdown(c.name),
            escapeMarkdown(c.perturbation),
            `${STATUS_MARK[c.status]} ${c.outcome}`,
            c.rowsChanged === undefined ? '—' : formatInt(c.rowsChanged),
            formatNumber(c.maxAbsDiff),
            formatNumber(c.maxRelDiff),
            escapeMarkdown(c.cause ?? '')
        ]);
        const parts = [
            { text: heading(d.status, TITLE$1) },
            {
                text: table(['Check', 'Varied', 'Outcome', 'Rows changed', 'Max abs diff', 'Max rel diff', 'Cause'], rows),
                name: 'determinism table',
                cut: TABLE_CUT
            }
        ];
        if (d.notTried.length)
            parts.push({
                text: `Not tried: ${groupNotTried(d.notTried)
                    .map(x => escapeMarkdown(x))
                    .join(', ')}.`,
                name: 'determinism notes',
                cut: DETAIL_CUT$3
            });
        return parts;
    }
};

const DETAIL_CUT$2 = 0;
const environmentSection = {
    key: 'environment',
    title: 'Environment',
    detailCut: DETAIL_CUT$2,
    bodyOrder: 5,
    causes(e) {
        const risky = open(e.findings);
        if (!risky.length || !e.differences.length)
            return [];
        const plain = `the environment differs from the baseline's (${listed(e.differences.map(d => `${d.key} ${d.baseline} → ${d.current}`))})`;
        const status = worst(...risky.map(f => f.status));
        return [{ status, order: 70, text: `Reproduced; ${plain}`, plain, codes: risky.map(f => f.code) }];
    },
    summary(e) {
        if (e.status === 'skipped')
            return 'not recorded';
        const where = [
            e.current.os,
            e.current.arch,
            e.current.node && `node ${e.current.node}`,
            e.current.python && `python ${e.current.python}`
        ]
            .filter(Boolean)
            .join(', ');
        return e.differences.length
            ? `${where}; ${plural(e.differences.length, 'difference')} from the baseline's`
            : where;
    },
    render(env) {
        if (!Object.keys(env.current).length)
            return [];
        const keys = [...new Set([...Object.keys(env.current), ...Object.keys(env.baseline ?? {})])].sort();
        const rows = keys.map(k => [
            escapeMarkdown(k),
            escapeMarkdown(env.baseline?.[k] ?? '—'),
            escapeMarkdown(env.current[k] ?? '—')
        ]);
        const title = env.differences.length
            ? `Environment: ${plural(env.differences.length, 'difference')} from the baseline's`
            : 'Environment';
        return [
            {
                text: details(title, [table(['', 'Baseline', 'This run'], rows)]),
                name: 'environment',
                cut: DETAIL_CUT$2
            }
        ];
    }
};

const DETAIL_CUT$1 = 0;
const runsSection = {
    key: 'runs',
    title: 'Runs',
    detailCut: DETAIL_CUT$1,
    bodyOrder: 3,
    summary(r) {
        if (r.status === 'skipped')
            return 'not run';
        return `${plural(r.runs.length, 'run')} of the ${r.engine} pipeline`;
    },
    render(r) {
        if (!r.runs.length)
            return [];
        return [
            {
                text: details(`Runs: ${formatInt(r.runs.length)} of the ${escapeMarkdown(r.engine)} pipeline`, runsBody(r)),
                name: 'runs',
                cut: DETAIL_CUT$1
            }
        ];
    }
};
function runsBody(r) {
    const settings = Object.entries(r.settings)
        .map(([k, v]) => codeSpan(`${k}=${v}`))
        .join(' ');
    const rows = r.runs.map(x => [
        escapeMarkdown(x.id),
        escapeMarkdown(x.perturbation),
        `${STATUS_MARK[x.status]} ${x.status}`,
        sha(x.predictionsSha256)
    ]);
    const body = [
        `Every run had ${settings}.`,
        '',
        table(['Run', 'Varied', 'Status', 'Predictions sha256'], rows)
    ];
    // A failed run's last lines of output are the first thing a reader needs.
    for (const x of r.runs.filter(run => run.output))
        body.push('', `Last lines printed by ${codeSpan(x.id)}:`, '', codeBlock(x.output ?? ''));
    return body;
}

// Changed values of a data file, locked → now, for the Markdown and the terminal. The values are
// data: every one is cut and escaped, one line each.
/** Most cells listed per file. */
const CELLS_SHOWN = 10;
/** Longest value shown; longer ones end in an ellipsis (the JSON keeps up to 200 characters). */
const VALUE_SHOWN = 60;
const cut = (text) => {
    const chars = [...text];
    return chars.length > VALUE_SHOWN ? `${chars.slice(0, VALUE_SHOWN - 1).join('')}…` : text;
};
/** "first 2 changed rows", "first 5 of 40 changed rows". */
function rowsRead(f) {
    const read = f.cellRows ?? 0;
    const total = f.rowsChanged ?? read;
    return total > read
        ? `the first ${formatInt(read)} of ${plural(total, 'changed row')}`
        : plural(read, 'changed row');
}
/** The Markdown of one file's changed values, or its one-line reason why none are shown. */
function cellsMarkdown(f) {
    if (f.cellsUnavailable)
        return [`Changed values of ${codeSpan(f.path)} are not shown: ${escapeMessage(f.cellsUnavailable)}.`];
    if (!f.cells?.length)
        return [];
    const value = (v) => (v === '' ? '_empty_' : codeSpan(cut(v)));
    const rows = f.cells.map(c => [escapeMarkdown(c.id), escapeMarkdown(c.column), value(c.old), value(c.new)]);
    return [
        `Changed values of ${codeSpan(f.path)}, locked → now (${rowsRead(f)}):`,
        table([escapeMarkdown(f.idColumn ?? 'Id'), 'Column', 'Locked', 'Now'], rows.slice(0, CELLS_SHOWN), rows.length)
    ];
}
/** The terminal lines of one file's changed values. */
function cellsTerminal(f) {
    if (f.cellsUnavailable)
        return [{ text: `  ${f.path}: changed values not shown: ${f.cellsUnavailable}` }];
    if (!f.cells?.length)
        return [];
    // The terminal renderer makes every line safe (control characters shown escaped).
    const value = (v) => (v === '' ? '(empty)' : cut(v));
    const lines = [{ text: `  ${f.path}: changed values, locked → now (${rowsRead(f)})` }];
    for (const c of f.cells.slice(0, CELLS_SHOWN))
        lines.push({
            text: `      ${f.idColumn ?? 'id'} ${c.id} · ${c.column}: ${value(c.old)} → ${value(c.new)}`
        });
    if (f.cells.length > CELLS_SHOWN)
        lines.push({ text: `      … ${f.cells.length - CELLS_SHOWN} more (--json)` });
    return lines;
}

const SAME_ROWS = new Set(['reordered', 're-encoded']);
function snapshotCauses(s, result) {
    const causes = [];
    for (const f of s.files) {
        const findings = open(s.findings).filter(x => x.file === undefined || sameFile(x.file, f.path));
        const kinds = (f.kinds ?? []).filter(k => findings.some(x => x.code === `snapshot.${k}`));
        if (!kinds.length)
            continue;
        const codes = kinds.map(k => `snapshot.${k}`);
        if (kinds.every(k => SAME_ROWS.has(k)))
            causes.push(sameRowsCause(f, kinds, codes, result));
        else
            causes.push(changedCause(f, codes));
    }
    return causes;
}
/** Finding files are shown relative to the working folder; snapshot paths to the config. */
const sameFile = (shown, key) => shown === key || shown.endsWith(`/${key}`);
function changedCause(f, codes) {
    const plain = `${f.path} ${changeText(f)}`;
    return { status: 'fail', order: 10, text: `Not reproduced: ${plain}`, plain, next: NEXT_STEP.relock, codes };
}
/** "changed in 2 rows (Ids 7 and 41; column Lot_Area)", "has 3 new rows and 1 fewer", "changed its columns (…)". */
function changeText(f) {
    const parts = [];
    if (f.rowsChanged) {
        const ids = f.ids?.changed.length ? `Ids ${listed(f.ids.changed, f.rowsChanged)}` : '';
        const names = changedColumns(f);
        const cols = names.length ? `${names.length === 1 ? 'column' : 'columns'} ${listed(names)}` : '';
        const detail = [ids, cols].filter(Boolean).join('; ');
        parts.push(`changed in ${plural(f.rowsChanged, 'row')}${detail ? ` (${detail})` : ''}`);
    }
    if (f.rowsAdded)
        parts.push(`gained ${plural(f.rowsAdded, 'row')}`);
    if (f.rowsRemoved)
        parts.push(`lost ${plural(f.rowsRemoved, 'row')}`);
    if (f.schema)
        parts.push(`changed its columns (${schemaText(f.schema)})`);
    if (!parts.length)
        parts.push(f.change === 'changed' ? 'changed since it was locked' : `is ${f.change}`);
    return listed(parts, parts.length, parts.length);
}
/**
 * The columns whose values changed: from the column statistics, or else (rows were also removed, so
 * the statistics compare different rows) from the changed values, when every changed row was read.
 */
function changedColumns(f) {
    if (f.columns?.length)
        return f.columns.map(c => c.column);
    if (!f.cells?.length || (f.cellRows ?? 0) < (f.rowsChanged ?? 0))
        return [];
    return [...new Set(f.cells.map(c => c.column))];
}
function schemaText(s) {
    return [
        s.added.length ? `added ${listed(s.added)}` : '',
        s.removed.length ? `removed ${listed(s.removed)}` : '',
        s.renamed.length ? `renamed ${listed(s.renamed.map(r => `${r.from} → ${r.to}`))}` : '',
        s.retyped.length ? `retyped ${listed(s.retyped.map(r => `${r.column} ${r.from} → ${r.to}`))}` : '',
        s.reordered ? 'reordered' : ''
    ]
        .filter(Boolean)
        .join('; ');
}
/**
 * Same rows, other order or bytes. Alone it is a warning ("only reordered"); when the predictions
 * moved with it (their findings name it as the cause) the two are one story, told as a failure.
 */
function sameRowsCause(f, kinds, codes, result) {
    const what = kinds.includes('reordered')
        ? `the rows of ${f.path} were reordered`
        : `${f.path} was re-encoded`;
    const after = codes.flatMap(code => consequencesOf(result, code));
    if (after.length) {
        const status = worst(...after.map(x => x.status));
        const rows = result.comparison.predictions?.rowsChanged;
        const moved = rows ? `${plural(rows, 'prediction')} changed with them` : 'the results changed with them';
        const plain = `${what} and ${moved}: the pipeline depends on the order of its input`;
        return { status, order: 10, text: `Not reproduced: ${plain}`, plain, next: NEXT_STEP.relock, codes };
    }
    const only = kinds.includes('reordered')
        ? `the rows of ${f.path} were only reordered`
        : `${f.path} was only re-encoded (same values)`;
    return {
        status: 'warn',
        order: 10,
        text: `Reproduced; ${only}`,
        plain: only,
        next: NEXT_STEP.relockOnly,
        codes
    };
}

const TITLE = 'Snapshot';
const DETAIL_CUT = 1;
const snapshotSection = {
    key: 'snapshot',
    title: TITLE,
    detailCut: DETAIL_CUT,
    bodyOrder: 1,
    causes: snapshotCauses,
    summary(s) {
        if (s.status === 'skipped')
            return 'not checked';
        const changed = s.files.filter(f => f.change !== 'unchanged');
        if (s.files.length === 0)
            return s.findings[0]?.message ?? 'no files';
        return changed.length === 0
            ? `${plural(s.files.length, 'file')} ${s.files.length === 1 ? 'matches' : 'match'} the lock`
            : `${formatInt(changed.length)} of ${plural(s.files.length, 'file')} ${changed.length === 1 ? 'differs' : 'differ'} from the lock: ${changed.map(f => (f.kinds?.length ? `${f.path} (${f.kinds.join(', ')})` : f.path)).join(', ')}`;
    },
    render(s) {
        if (!s.files.length)
            return [];
        const parts = [
            { text: heading(s.status, TITLE) },
            {
                text: table(['File', 'Status', 'Size', 'Rows'], changedRows(s)),
                name: 'snapshot table',
                cut: TABLE_CUT
            }
        ];
        // Changed values stay in view: they are what a reviewer checks first.
        const values = s.files.flatMap(cellsMarkdown);
        if (values.length)
            parts.push({ text: values.join('\n\n'), name: 'changed values (old → new)', cut: DETAIL_CUT });
        const notes = s.files.flatMap(f => {
            const n = snapshotNotes(f);
            return n.length ? ['', `${codeSpan(f.path)}:`, ...n.flatMap(x => ['', x])] : [];
        });
        if (notes.length)
            parts.push({
                text: details('What changed in the data', notes.slice(1)),
                name: 'snapshot changes (ids, schema, column statistics)',
                cut: DETAIL_CUT
            });
        const all = s.files.map(f => [escapeMarkdown(f.path), sha(f.lockedSha256 ?? f.sha256), sha(f.sha256)]);
        parts.push({
            text: details(`${s.files.length === 1 ? 'The file' : `All ${formatInt(s.files.length)} files`} of ${escapeMarkdown(s.lock)}`, [table(['File', 'Locked sha256', 'sha256'], all)]),
            name: 'snapshot details',
            cut: DETAIL_CUT
        });
        return parts;
    },
    terminal(s) {
        const lines = s.files.flatMap(cellsTerminal);
        return lines.length ? [{ text: '' }, ...lines] : [];
    }
};
/** One row per changed file (every file when none changed): status, size and rows, locked → now. */
function changedRows(s) {
    const changed = s.files.filter(f => f.change !== 'unchanged');
    return (changed.length ? changed : s.files).map(f => {
        const size = f.lockedSize !== undefined && f.lockedSize !== f.size
            ? `${formatBytes(f.lockedSize)} → ${formatBytes(f.size ?? 0)}`
            : f.size !== undefined
                ? formatBytes(f.size)
                : '—';
        const count = f.lockedRows !== undefined && f.lockedRows !== f.rows
            ? `${formatInt(f.lockedRows)} → ${f.rows === undefined ? '?' : formatInt(f.rows)}`
            : f.rows !== undefined
                ? formatInt(f.rows)
                : '—';
        const change = f.kinds?.length ? f.kinds.join(', ') : f.change;
        const name = f.entry
            ? `${escapeMarkdown(f.path)} (in ${escapeMarkdown(f.entry)})`
            : escapeMarkdown(f.path);
        return [name, `${STATUS_MARK[f.status]} ${change}`, size, count];
    });
}
/** Time cut, schema change, rows by id and column statistics before → after, for one file. */
function snapshotNotes(f) {
    const notes = [];
    if (f.asOf)
        notes.push(`Time cut: rows up to ${escapeMarkdown(f.asOf)}; ${plural(f.ignoredRows ?? 0, 'later row')} ignored.`);
    if (f.schema)
        notes.push(schemaNote(f.schema));
    if (f.ids) {
        const list = (label, values, total) => values.length
            ? `${label} ${formatInt(total ?? values.length)}: ${values.map(x => escapeMarkdown(x)).join(', ')}${(total ?? 0) > values.length ? ', …' : ''}`
            : '';
        const parts = [
            list('added', f.ids.added, f.rowsAdded),
            list('removed', f.ids.removed, f.rowsRemoved),
            list('changed', f.ids.changed, f.rowsChanged)
        ].filter(Boolean);
        if (parts.length)
            notes.push(`Rows by id: ${parts.join('; ')}.`);
    }
    if (f.columns?.length)
        notes.push(statisticsTable(f));
    return notes;
}
function schemaNote(s) {
    const parts = [
        s.added.length ? `added ${s.added.map(x => codeSpan(x)).join(', ')}` : '',
        s.removed.length ? `removed ${s.removed.map(x => codeSpan(x)).join(', ')}` : '',
        s.renamed.length
            ? `renamed ${s.renamed.map(x => `${codeSpan(x.from)} → ${codeSpan(x.to)}`).join(', ')}`
            : '',
        s.retyped.length
            ? `retyped ${s.retyped.map(x => `${codeSpan(x.column)} ${x.from} → ${x.to}`).join(', ')}`
            : '',
        s.reordered ? 'reordered' : ''
    ].filter(Boolean);
    return `Schema: ${parts.join('; ')}.`;
}
function statisticsTable(f) {
    const stat = (v) => (v === undefined ? '—' : formatNumber(v));
    const pair = (a, b) => a === b ? stat(b) : `${stat(a)} → ${stat(b)}`;
    return table(['Column', 'Count', 'Missing', 'Min', 'Max', 'Mean', 'Distinct (est.)'], (f.columns ?? []).map(c => [
        escapeMarkdown(c.column),
        pair(c.before.count, c.after.count),
        pair(c.before.missing, c.after.missing),
        pair(c.before.min, c.after.min),
        pair(c.before.max, c.after.max),
        pair(c.before.mean, c.after.mean),
        pair(c.before.distinct, c.after.distinct)
    ]));
}

// The report's sections: one module each, listed here once. Every renderer iterates this list, so a
// new section is one module plus its entry here (the compiler refuses a result section left out).
const REPORT_SECTIONS = {
    snapshot: snapshotSection,
    runs: runsSection,
    determinism: determinismSection,
    comparison: comparisonSection,
    dependencies: dependenciesSection,
    environment: environmentSection
};
/** The sections in the overview's order. */
const SECTION_LIST = SECTION_KEYS.map(key => REPORT_SECTIONS[key]);
/** The sections in the order their evidence appears in the Markdown body. */
const BODY_ORDER = [...SECTION_LIST].sort((a, b) => a.bodyOrder - b.bodyOrder);
function sectionTitle(key) {
    return REPORT_SECTIONS[key].title;
}

export { BODY_ORDER as B, REPORT_SECTIONS as R, SECTION_LIST as S, escapeMessage as a, escapeMarkdown as b, STATUS_MARK as c, codeSpan as d, exitCodeFor as e, intendedText as i, lowerFirst as l, open as o, resultsReproduce as r, sectionTitle as s, worst as w };
