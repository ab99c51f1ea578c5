import { o as orderedFindings, t as triageNote } from './cli-findings.js';
import { n as notACommand, o as oneLine } from './cli-commands.js';
import { S as SECTION_LIST } from './cli-index2.js';
import 'node:fs';
import 'node:path';
import 'process';
import 'buffer';
import 'node:crypto';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';

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
    for (const section of SECTION_LIST) {
        const status = result[section.key].status;
        if (status === 'skipped')
            continue;
        lines.push(`  ${paint(status, `${MARKS[status]} ${status.padEnd(5)}`)} ${section.title.padEnd(13)} ${safe(section.summary(result[section.key], result))}`);
    }
    for (const section of SECTION_LIST)
        for (const line of section.terminal?.(result[section.key], result) ?? [])
            lines.push(line.status ? `  ${paint(line.status, MARKS[line.status])} ${safe(line.text)}` : safe(line.text));
    const findings = orderedFindings(result);
    if (findings.length) {
        lines.push('');
        for (const { finding: f, depth } of findings.slice(0, 20)) {
            const where = f.file ? ` [${safe(f.file)}${f.line ? `:${f.line}` : ''}]` : '';
            const mark = f.accepted ? '~' : paint(f.status, MARKS[f.status]);
            lines.push(`  ${depth ? '  ↳ ' : ''}${mark} ${safe(f.message)}${where}${safe(triageNote(f))}`);
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
