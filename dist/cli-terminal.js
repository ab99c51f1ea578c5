import { formatInt, formatNumber, formatSigned } from './cli-format.js';
import { n as notACommand, o as oneLine } from './cli-commands.js';
import { S as SECTION_TITLES, s as sectionSummary } from './cli-summaries.js';
import 'node:fs';
import 'node:os';
import 'node:path';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:util';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';

const COLOURS = {
    pass: [32, 39],
    warn: [33, 39],
    fail: [31, 39],
    error: [35, 39],
    skipped: [90, 39]
};
const MARKS = { pass: '✔', warn: '!', fail: '✘', error: '✘', skipped: '-' };
/** Data text for a terminal: control and bidi characters (escape sequences included) shown escaped. */
const safe = oneLine;
/**
 * Short terminal summary: colour on a TTY, plain text otherwise. `fullReport` names the report
 * file written beside it, if any, where the findings left out here can be read.
 */
function renderTerminal(result, options) {
    const paint = (status, text) => options.colour ? `\x1b[${COLOURS[status][0]}m${text}\x1b[${COLOURS[status][1]}m` : text;
    const lines = [`repro-audit ${result.command} · ${safe(result.audit)}`];
    for (const key of Object.keys(SECTION_TITLES)) {
        const status = result[key].status;
        if (status === 'skipped')
            continue;
        lines.push(`  ${paint(status, `${MARKS[status]} ${status.padEnd(5)}`)} ${SECTION_TITLES[key].padEnd(13)} ${safe(sectionSummary(result, key))}`);
    }
    const c = result.comparison;
    if (c.predictions && c.predictions.columns.some(col => col.identical < col.rows)) {
        lines.push('');
        for (const col of c.predictions.columns) {
            const status = col.beyondTolerance > 0 ? 'fail' : 'pass';
            lines.push(`  ${paint(status, MARKS[status])} ${safe(col.column)}: ${formatInt(col.identical)} bit-identical, ${formatInt(col.withinTolerance)} within tolerance, ${formatInt(col.beyondTolerance)} beyond; max |diff| ${formatNumber(col.maxAbsDiff)}`);
            for (const t of col.topChanged.slice(0, 5))
                lines.push(`      ${safe(t.id)}: ${safe(String(t.baseline))} → ${safe(String(t.current))}`);
        }
    }
    const moved = c.metrics.filter(m => m.status !== 'pass');
    if (moved.length) {
        lines.push('');
        for (const m of moved)
            lines.push(`  ${paint(m.status, MARKS[m.status])} ${safe(m.name)}: ${formatNumber(m.baseline)} → ${formatNumber(m.current)} (${m.diff === null ? '—' : formatSigned(m.diff)})`);
    }
    if (c.intendedChange)
        lines.push('', `  ${safe(c.intendedChange.message)}`);
    const findings = Object.keys(SECTION_TITLES)
        .flatMap(k => result[k].findings)
        .filter(f => f.status !== 'pass');
    if (findings.length) {
        lines.push('');
        for (const f of findings.slice(0, 20)) {
            const where = f.file ? ` [${safe(f.file)}${f.line ? `:${f.line}` : ''}]` : '';
            lines.push(`  ${paint(f.status, MARKS[f.status])} ${safe(f.message)}${where}`);
        }
        if (findings.length > 20)
            lines.push(`  … ${findings.length - 20} more ${options.fullReport ? `in ${safe(options.fullReport)}` : '(--json lists them all)'}`);
    }
    lines.push('', `${paint(result.status, result.status.toUpperCase())}  ${safe(result.summary)}`);
    // A line that starts with data (an id, after the indent) must not read as a workflow command
    // when the CLI runs in a GitHub workflow.
    return lines.map(notACommand).join('\n') + '\n';
}

export { renderTerminal };
