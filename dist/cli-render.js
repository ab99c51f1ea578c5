import { c as canonicalJsonPretty } from './cli-canonical-json.js';
import { S as SECTION_KEYS, l as logLine } from './cli-commands.js';
import { formatNumber, formatInt } from './cli-format.js';
import { c as STATUS_MARK, a as escapeMessage, b as escapeMarkdown, d as codeSpan, s as sectionTitle } from './cli-index2.js';
import { c as compareIds } from './cli-csv2.js';

const AGGREGATE_SCHEMA_VERSION = 1;
const CHECK_KEYS = SECTION_KEYS;

// The aggregate as Markdown (the one sticky comment of a matrix), terminal text and JSON, with the
// conventions of the single-job report: verdict first, data escaped, numbers formatted alike.
/** Environment keys shown as columns, in this order, when any job recorded them. */
const ENV_COLUMNS = [
    ['os', 'OS'],
    ['arch', 'Arch'],
    ['python', 'Python'],
    ['node', 'Node'],
    ['numpy', 'numpy'],
    ['scipy', 'scipy'],
    ['scikit-learn', 'scikit-learn'],
    ['pandas', 'pandas'],
    ['torch', 'torch'],
    ['blas', 'BLAS'],
    ['cpu', 'CPU']
];
const AGREEMENT_MARK = {
    reference: '🔬 reference',
    'bit-identical': '✅ bit-identical',
    'within tolerance': '✅ within tolerance',
    drifted: '❌ drifted',
    'not comparable': '🛑 not comparable',
    'no predictions': '🛑 no predictions'
};
function renderAggregateJson(result) {
    return canonicalJsonPretty(result);
}
function renderAggregateMarkdown(result, options = {}) {
    const head = [
        `## ${STATUS_MARK[result.status]} repro-audit · matrix of ${result.jobs} job(s): ${result.status.toUpperCase()}`,
        '',
        `**${escapeMessage(result.summary)}**`
    ];
    if (result.audits.length > 1) {
        head.push('', '| Audit | Status | Jobs | Result |', '| --- | --- | --- | --- |');
        for (const a of result.audits)
            head.push(`| ${escapeMarkdown(a.audit)} | ${STATUS_MARK[a.status]} ${a.status} | ${a.jobs.length} | ${escapeMessage(a.summary)} |`);
    }
    const foot = [
        '',
        `<sub>repro-audit ${escapeMarkdown(result.tool.version)} · aggregate of ${result.jobs} result file(s) · gate: fail on ${result.gate.failOn}</sub>`
    ];
    const limit = options.limit ?? Infinity;
    const blocks = result.audits.flatMap(a => groupBlocks(a, result.audits.length > 1));
    let size = [...head, ...foot].join('\n').length + 2;
    const kept = [];
    let cut = 0;
    for (const block of blocks) {
        if (size + block.length + 2 <= limit - 300) {
            kept.push(block);
            size += block.length + 2;
        }
        else
            cut++;
    }
    const note = cut
        ? [
            '',
            `_${cut} part(s) left out to stay within GitHub's size limit${options.fullReport ? `; the full aggregate is in ${escapeMarkdown(options.fullReport)}` : ''}._`
        ]
        : [];
    return [...head, ...kept.flatMap(b => ['', b]), ...note, ...foot].join('\n') + '\n';
}
function groupBlocks(g, titled) {
    const intro = [];
    if (titled)
        intro.push(`### ${STATUS_MARK[g.status]} ${escapeMarkdown(g.audit)}`, '');
    else
        intro.push(`### ${escapeMarkdown(g.audit)}`, '');
    if (titled)
        intro.push(`**${escapeMessage(g.summary)}**`, '');
    const how = g.referenceDeclared
        ? 'declared'
        : 'none was declared, so the first label in sorted order; name one with `--reference` or the `reference` input';
    intro.push(`Reference (research) environment: ${codeSpan(g.reference)} (${how}). The others (production) must reproduce its predictions.`);
    const blocks = [[...intro, '', matrixTable(g)].join('\n')];
    const findings = g.findings.filter(f => f.status !== 'pass');
    if (findings.length) {
        const order = { error: 0, fail: 1, warn: 2, pass: 3 };
        const sorted = [...findings].sort((a, b) => order[a.status] - order[b.status]);
        const lines = sorted.slice(0, 30).map(f => `- ${STATUS_MARK[f.status]} ${escapeMessage(f.message)}`);
        if (sorted.length > 30)
            lines.push(`- … and ${sorted.length - 30} more in the JSON aggregate`);
        blocks.push(['#### Findings', '', ...lines].join('\n'));
    }
    if (g.pairs.length)
        blocks.push(pairTable(g));
    const causes = g.pairs.filter(p => p.verdict !== 'bit-identical' && p.verdict !== 'not comparable');
    if (causes.length)
        blocks.push(causeDetails(causes));
    return blocks;
}
function matrixTable(g) {
    const env = ENV_COLUMNS.filter(([key]) => g.jobs.some(j => j.environment[key] !== undefined));
    const checks = CHECK_KEYS.filter(k => g.jobs.some(j => j.checks[k] !== 'skipped'));
    const header = [
        'Environment',
        ...env.map(([, title]) => title),
        ...checks.map(k => sectionTitle(k)),
        'Predictions vs reference'
    ];
    const rows = g.jobs.map(j => {
        const cells = [
            `${codeSpan(j.label)}`,
            ...env.map(([key]) => (j.environment[key] === undefined ? '—' : escapeMarkdown(j.environment[key]))),
            ...checks.map(k => mark(j.checks[k])),
            AGREEMENT_MARK[j.agreement]
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}
function mark(status) {
    return `${STATUS_MARK[status]} ${status}`;
}
function pairTable(g) {
    const rows = g.pairs.map(p => {
        const comparable = p.verdict !== 'not comparable';
        const who = p.involvesReference ? `${codeSpan(p.b)} vs reference` : `${codeSpan(p.a)} vs ${codeSpan(p.b)}`;
        const rows = p.verdict === 'not comparable'
            ? '—'
            : `${formatInt(p.rowsDiffering)} of ${formatInt(p.matched + p.onlyInA + p.onlyInB)}`;
        const verdict = p.verdict === 'within tolerance' ? `within tolerance (${p.tolerance})` : p.verdict;
        const cause = p.verdict === 'not comparable'
            ? escapeMessage(p.reason ?? '')
            : p.suspects.length
                ? p.suspects
                    .slice(0, 2)
                    .map(s => `${escapeMarkdown(s.key)} ${escapeMarkdown(s.a)} → ${escapeMarkdown(s.b)}`)
                    .join('; ')
                : p.verdict === 'bit-identical'
                    ? ''
                    : 'no environment difference recorded';
        return `| ${who} | ${STATUS_MARK[p.status]} ${verdict} | ${rows} | ${comparable ? formatNumber(p.maxAbsDiff, 4) : '—'} | ${comparable ? formatNumber(p.maxRelDiff, 4) : '—'} | ${cause} |`;
    });
    return [
        '#### Prediction agreement',
        '',
        '| Pair | Verdict | Rows differing | Max abs diff | Max rel diff | Most likely cause |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows
    ].join('\n');
}
function causeDetails(pairs) {
    const body = [];
    for (const p of pairs) {
        body.push(`**${escapeMarkdown(p.a)} → ${escapeMarkdown(p.b)}** (${p.verdict}${p.columns.length ? `; columns ${p.columns.map(c => codeSpan(c)).join(', ')}` : ''}):`, '');
        if (p.suspects.length) {
            body.push('| Rank | Kind | Key | ' + escapeMarkdown(p.a) + ' | ' + escapeMarkdown(p.b) + ' |', '| --- | --- | --- | --- | --- |');
            for (const s of p.suspects)
                body.push(`| ${s.rank} | ${s.kind} | ${escapeMarkdown(s.key)} | ${escapeMarkdown(s.a)} | ${escapeMarkdown(s.b)} |`);
            body.push('');
        }
        for (const e of p.evidence)
            body.push(`- ${escapeMessage(e)}`);
        if (p.evidence.length)
            body.push('');
    }
    return [
        '<details>',
        '<summary>Environment differences behind the disagreements</summary>',
        '',
        ...body,
        '</details>'
    ].join('\n');
}
const TERMINAL_MARKS = {
    pass: '✔',
    warn: '!',
    fail: '✘',
    error: '✘',
    skipped: '-'
};
function renderAggregateTerminal(result) {
    const lines = [`repro-audit aggregate · ${result.jobs} job(s)`];
    for (const g of result.audits) {
        lines.push('', `${TERMINAL_MARKS[g.status]} ${g.status.padEnd(5)} ${g.audit} · reference ${g.reference}${g.referenceDeclared ? '' : ' (first label; none declared)'}`);
        const width = Math.max(...g.jobs.map(j => j.label.length));
        for (const j of g.jobs) {
            const env = ['os', 'arch', 'python', 'numpy', 'blas']
                .filter(k => j.environment[k])
                .map(k => (k === 'os' || k === 'arch' ? j.environment[k] : `${k} ${j.environment[k]}`));
            lines.push(`  ${TERMINAL_MARKS[j.status]} ${j.label.padEnd(width)}  ${j.agreement.padEnd(16)} job ${j.status.padEnd(5)} ${env.join(', ')}`);
        }
        for (const p of [...g.pairs].sort((x, y) => Number(y.involvesReference) - Number(x.involvesReference) || compareIds(x.a, y.a))) {
            if (p.verdict === 'bit-identical')
                continue;
            const cause = p.suspects.length
                ? `; likely ${p.suspects
                    .slice(0, 3)
                    .map(s => `${s.key} ${s.a} → ${s.b}`)
                    .join(', ')}`
                : '';
            const detail = p.verdict === 'not comparable'
                ? p.reason
                : `${p.rowsDiffering} row(s) differ, max abs diff ${formatNumber(p.maxAbsDiff)}`;
            lines.push(`    ${p.a} vs ${p.b}: ${p.verdict} (${detail})${cause}`);
        }
    }
    lines.push('', `${result.status.toUpperCase()}  ${result.summary}`);
    // Labels, names and versions come from other jobs' result files: one line each, never a command.
    return lines.map(logLine).join('\n') + '\n';
}

var render = /*#__PURE__*/Object.freeze({
    __proto__: null,
    renderAggregateJson: renderAggregateJson,
    renderAggregateMarkdown: renderAggregateMarkdown,
    renderAggregateTerminal: renderAggregateTerminal
});

export { AGGREGATE_SCHEMA_VERSION as A, CHECK_KEYS as C, renderAggregateMarkdown as a, render as b, renderAggregateJson as r };
