import { formatBytes, formatInt, formatNumber, formatSigned } from './cli-format.js';
import { S as STATUS_MARK } from './cli-status.js';
import { e as escapeMessage, a as escapeMarkdown, c as codeSpan, b as codeBlock, m as mermaidLabel } from './cli-escape.js';
import { S as SECTION_TITLES, s as sectionSummary, g as groupNotTried } from './cli-summaries.js';

/** GitHub's limit for an issue or pull-request comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
const FINDINGS_SHOWN = 30;
const ROWS_SHOWN = 20;
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
        ...sectionParts(result),
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
    const rows = Object.keys(SECTION_TITLES).map(key => {
        const status = r[key].status;
        return `| ${SECTION_TITLES[key]} | ${STATUS_MARK[status]} ${status} | ${escapeMessage(sectionSummary(r, key))} |`;
    });
    return ['| Check | Status | Result |', '| --- | --- | --- |', ...rows].join('\n');
}
function allFindings(r) {
    return Object.keys(SECTION_TITLES).flatMap(key => r[key].findings);
}
function findingsList(r) {
    const findings = allFindings(r).filter(f => f.status !== 'pass');
    if (findings.length === 0)
        return [];
    const order = { error: 0, fail: 1, warn: 2, pass: 3 };
    const sorted = [...findings].sort((a, b) => order[a.status] - order[b.status]);
    const line = (f) => {
        const where = f.file ? ` (${codeSpan(f.line ? `${f.file}:${f.line}` : f.file)})` : '';
        return `- ${STATUS_MARK[f.status]} ${escapeMessage(f.message)}${where}`;
    };
    const shown = sorted.slice(0, FINDINGS_SHOWN).map(line);
    if (sorted.length > FINDINGS_SHOWN)
        shown.push(`- … and ${sorted.length - FINDINGS_SHOWN} more in the JSON report`);
    const parts = [{ text: ['### Findings', '', ...shown.slice(0, 10)].join('\n') }];
    if (shown.length > 10)
        parts.push({
            text: shown.slice(10).join('\n'),
            name: `findings after the tenth (${shown.length - 10})`,
            cut: 3
        });
    return parts;
}
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
function heading(r, key) {
    const status = r[key].status;
    return `### ${STATUS_MARK[status]} ${SECTION_TITLES[key]}`;
}
const sha = (s) => (s ? codeSpan(s.slice(0, 12)) : '—');
function sectionParts(r) {
    const parts = [];
    // Cut order: details of the least telling sections first (higher index = cut later).
    const detailCut = { environment: 0, runs: 0, dependencies: 0, determinism: 1, snapshot: 1, comparison: 2 };
    const tableCut = 5;
    if (r.comparison.status !== 'skipped' &&
        (r.comparison.predictions || r.comparison.metrics.length || r.comparison.artifacts.length)) {
        parts.push({ text: heading(r, 'comparison') });
        const c = r.comparison;
        const tables = [];
        if (c.predictions)
            tables.push(predictionsTable(c.predictions));
        if (c.metrics.length)
            tables.push(metricsTable(c.metrics));
        if (c.artifacts.length)
            tables.push(artifactsTable(c.artifacts));
        parts.push({ text: tables.join('\n\n'), name: 'comparison tables', cut: tableCut });
        const chart = driftChart(r);
        if (chart)
            parts.push({ text: chart, name: 'the chart', cut: 4 });
        const body = comparisonDetails(c.predictions, c.artifacts);
        if (body.length)
            parts.push({
                text: details('Most-changed rows, ids and values', body),
                name: 'comparison details (most-changed ids, value diffs)',
                cut: detailCut.comparison
            });
        const ic = c.intendedChange;
        if (ic) {
            parts.push({
                text: `#### Intended change: baseline of ${codeSpan(ic.ref)} → this pull request's\n\n${escapeMessage(ic.message)}`
            });
            if (ic.change === 'changed') {
                const t = [];
                if (ic.predictions)
                    t.push(predictionsTable(ic.predictions));
                if (ic.metrics.length)
                    t.push(metricsTable(ic.metrics));
                parts.push({ text: t.join('\n\n'), name: 'intended-change tables', cut: tableCut });
                const b = comparisonDetails(ic.predictions, ic.artifacts);
                if (b.length)
                    parts.push({
                        text: details('Intended change in detail', b),
                        name: 'intended-change details',
                        cut: detailCut.comparison
                    });
            }
        }
    }
    if (r.snapshot.files.length) {
        parts.push({ text: heading(r, 'snapshot') });
        const changed = r.snapshot.files.filter(f => f.change !== 'unchanged');
        const shown = changed.length ? changed : r.snapshot.files;
        const rows = shown.map(f => {
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
        parts.push({
            text: table(['File', 'Status', 'Size', 'Rows'], rows),
            name: 'snapshot table',
            cut: tableCut
        });
        const notes = r.snapshot.files.flatMap(f => {
            const n = snapshotNotes(f);
            return n.length ? ['', `${codeSpan(f.path)}:`, ...n.flatMap(x => ['', x])] : [];
        });
        if (notes.length) {
            parts.push({
                text: details('What changed in the data', notes.slice(1)),
                name: 'snapshot changes (ids, schema, column statistics)',
                cut: detailCut.snapshot
            });
        }
        const all = r.snapshot.files.map(f => [
            escapeMarkdown(f.path),
            sha(f.lockedSha256 ?? f.sha256),
            sha(f.sha256)
        ]);
        parts.push({
            text: details(`All ${r.snapshot.files.length} file(s) of ${escapeMarkdown(r.snapshot.lock)}`, [
                table(['File', 'Locked sha256', 'sha256'], all)
            ]),
            name: 'snapshot details',
            cut: detailCut.snapshot
        });
    }
    if (r.determinism.checks.length) {
        parts.push({ text: heading(r, 'determinism') });
        const rows = r.determinism.checks.map(c => [
            escapeMarkdown(c.name),
            escapeMarkdown(c.perturbation),
            `${STATUS_MARK[c.status]} ${c.outcome}`,
            c.rowsChanged === undefined ? '—' : formatInt(c.rowsChanged),
            formatNumber(c.maxAbsDiff),
            formatNumber(c.maxRelDiff),
            escapeMarkdown(c.cause ?? '')
        ]);
        parts.push({
            text: table(['Check', 'Varied', 'Outcome', 'Rows changed', 'Max abs diff', 'Max rel diff', 'Cause'], rows),
            name: 'determinism table',
            cut: tableCut
        });
        if (r.determinism.notTried.length)
            parts.push({
                text: `Not tried: ${groupNotTried(r.determinism.notTried)
                    .map(x => escapeMarkdown(x))
                    .join(', ')}.`,
                name: 'determinism notes',
                cut: detailCut.determinism
            });
    }
    if (r.runs.runs.length) {
        const settings = Object.entries(r.runs.settings)
            .map(([k, v]) => codeSpan(`${k}=${v}`))
            .join(' ');
        const rows = r.runs.runs.map(x => [
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
        for (const x of r.runs.runs.filter(run => run.output)) {
            body.push('', `Last lines printed by ${codeSpan(x.id)}:`, '', codeBlock(x.output ?? ''));
        }
        parts.push({
            text: details(`Runs: ${r.runs.runs.length} of the ${escapeMarkdown(r.runs.engine)} pipeline`, body),
            name: 'runs',
            cut: detailCut.runs
        });
    }
    if (r.dependencies.files.length) {
        parts.push({ text: heading(r, 'dependencies') });
        const rows = r.dependencies.files.map(f => [
            escapeMarkdown(f.path),
            escapeMarkdown(f.format),
            formatInt(f.packages.length),
            formatInt(f.packages.filter(x => !x.pinned).length)
        ]);
        parts.push({
            text: table(['File', 'Format', 'Packages', 'Not pinned exactly'], rows),
            name: 'dependencies table',
            cut: tableCut
        });
        const body = [];
        if (r.dependencies.installedFrom?.length) {
            body.push(`Installed versions read with ${r.dependencies.installedFrom.map(x => escapeMarkdown(x)).join(', ')}.`, '');
        }
        const isLock = (format) => format.endsWith('.lock') || format === 'package-lock.json' || format === 'conda-lock.yml';
        for (const f of r.dependencies.files) {
            // Unpinned declarations (lock files pin by nature) and installed versions that differ.
            const notable = f.packages.filter(x => (!x.pinned && !isLock(f.format)) || (x.distance && x.distance !== 'equal'));
            if (!notable.length)
                continue;
            const from = f.includedFrom ? ` (included from ${codeSpan(f.includedFrom)})` : '';
            body.push(`${codeSpan(f.path)}${from}:`, '', table(['Package', 'Declared', 'Installed', 'Line'], notable
                .slice(0, 50)
                .map(x => [
                escapeMarkdown(x.name),
                codeSpan(x.specifier || '(any)'),
                x.installed
                    ? `${escapeMarkdown(x.installed)}${x.distance && x.distance !== 'equal' ? ` (${x.distance})` : ''}`
                    : '—',
                x.line === undefined ? '—' : String(x.line)
            ]), notable.length), '');
        }
        const changes = r.dependencies.changes ?? [];
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
        if (body.length)
            parts.push({
                text: details('Dependency details', body),
                name: 'dependency details',
                cut: detailCut.dependencies
            });
    }
    const env = r.environment;
    if (Object.keys(env.current).length) {
        const keys = [...new Set([...Object.keys(env.current), ...Object.keys(env.baseline ?? {})])].sort();
        const rows = keys.map(k => [
            escapeMarkdown(k),
            escapeMarkdown(env.baseline?.[k] ?? '—'),
            escapeMarkdown(env.current[k] ?? '—')
        ]);
        const title = env.differences.length
            ? `Environment: ${env.differences.length} difference(s) from the baseline's`
            : 'Environment';
        parts.push({
            text: details(title, [table(['', 'Baseline', 'This run'], rows)]),
            name: 'environment',
            cut: detailCut.environment
        });
    }
    return parts;
}
function predictionsTable(p) {
    const rows = p.columns.map(c => [
        escapeMarkdown(c.column),
        formatInt(c.rows),
        formatInt(c.identical),
        formatInt(c.withinTolerance),
        formatInt(c.beyondTolerance),
        c.kind === 'label' ? '—' : formatNumber(c.maxAbsDiff),
        c.kind === 'label' ? '—' : formatNumber(c.maxRelDiff, 4),
        `${c.beyondTolerance > 0 ? STATUS_MARK.fail : STATUS_MARK.pass} ${escapeMarkdown(c.verdict)}`
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
function metricsTable(metrics) {
    const rows = metrics.map(m => [
        escapeMarkdown(m.name),
        formatNumber(m.baseline),
        formatNumber(m.current),
        m.diff === null ? '—' : formatSigned(m.diff),
        m.relativeDiff === null ? '—' : formatNumber(m.relativeDiff, 3),
        toleranceText(m.tolerance),
        `${STATUS_MARK[m.status]} ${escapeMarkdown(m.verdict)}`
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
            a.parameters?.length ? `${a.parameters.length} parameter(s)` : '',
            a.features ? 'feature list' : '',
            a.diffCount ? `${formatInt(a.diffCount)} learned value(s)` : '',
            a.withinTolerance && a.tolerance
                ? `${formatInt(a.withinTolerance)} learned value(s) within ${toleranceText(a.tolerance)}`
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
/** Time cut, schema change, rows by id and column statistics before → after, for one file. */
function snapshotNotes(f) {
    const notes = [];
    if (f.asOf)
        notes.push(`Time cut: rows up to ${escapeMarkdown(f.asOf)}; ${formatInt(f.ignoredRows ?? 0)} later row(s) ignored.`);
    if (f.schema) {
        const s = f.schema;
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
        notes.push(`Schema: ${parts.join('; ')}.`);
    }
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
    if (f.columns?.length) {
        const stat = (v) => (v === undefined ? '—' : formatNumber(v));
        const pair = (a, b) => a === b ? stat(b) : `${stat(a)} → ${stat(b)}`;
        notes.push(table(['Column', 'Count', 'Missing', 'Min', 'Max', 'Mean', 'Distinct (est.)'], f.columns.map(c => [
            escapeMarkdown(c.column),
            pair(c.before.count, c.after.count),
            pair(c.before.missing, c.after.missing),
            pair(c.before.min, c.after.min),
            pair(c.before.max, c.after.max),
            pair(c.before.mean, c.after.mean),
            pair(c.before.distinct, c.after.distinct)
        ])));
    }
    return notes;
}
function valueText(v) {
    if (typeof v === 'number')
        return formatNumber(v, 10);
    if (typeof v === 'string')
        return escapeMarkdown(v);
    return codeSpan(JSON.stringify(v) ?? 'absent');
}
function comparisonDetails(p, artifacts) {
    const body = [];
    for (const c of p?.columns ?? []) {
        if (c.topChanged.length) {
            body.push(`Most changed in ${codeSpan(c.column)}:`, '', table(['Id', 'Baseline', 'Current', 'Abs diff'], c.topChanged.map(t => [
                escapeMarkdown(t.id),
                valueText(t.baseline),
                valueText(t.current),
                t.absDiff === null ? 'label' : formatNumber(t.absDiff)
            ])), '');
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
    for (const a of artifacts) {
        if (a.parameters?.length)
            body.push(`Parameters changed in ${codeSpan(a.path)}:`, '', ...a.parameters.map(d => `- ${codeSpan(d.path)}: ${codeSpan(JSON.stringify(d.baseline) ?? 'absent')} → ${codeSpan(JSON.stringify(d.current) ?? 'absent')}`), '');
        const f = a.features;
        if (f) {
            const lines = [
                `Feature list in ${codeSpan(a.path)}: ${f.baselineCount} → ${f.currentCount} feature(s).`
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
    while (body.length && body[body.length - 1] === '')
        body.pop();
    return body;
}
/**
 * A Mermaid bar chart, drawn inline by GitHub: the distribution of prediction differences of the
 * most-drifted numeric column, or, when only metrics moved, each metric's relative change.
 */
function driftChart(r) {
    const p = r.comparison.predictions;
    const drifted = (p?.columns ?? []).filter((c) => c.diffHistogram.length > 0 && c.beyondTolerance > 0);
    if (drifted.length) {
        const c = [...drifted].sort((a, b) => b.beyondTolerance - a.beyondTolerance)[0];
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
    const moved = r.comparison.metrics.filter(m => m.status !== 'pass' && m.diff !== null && m.baseline !== null && m.baseline !== 0);
    if (!moved.length)
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
function footer(r) {
    return `<sub>Gate: fail-on ${r.gate.failOn} → exit ${r.gate.exitCode} · config ${escapeMarkdown(r.config)} · repro-audit ${escapeMarkdown(r.tool.version)}</sub>`;
}

export { COMMENT_LIMIT, SUMMARY_LIMIT, renderMarkdown };
