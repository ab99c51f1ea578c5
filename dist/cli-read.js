import { promises } from 'node:fs';
import { I as InputError } from './cli-commands.js';
import { b as SCHEMA_VERSION, S as SECTION_KEYS } from './cli-result.js';
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

const STATUSES = ['pass', 'warn', 'fail', 'error'];
/**
 * Read a report.json written by an earlier run, for `mode: post`. In the fork-safe pattern the file
 * comes from an artifact that the pull request's own workflow produced, so it is untrusted: its
 * shape is checked here and every string in it is escaped by the Markdown renderer.
 */
async function readReportFile(file) {
    let text;
    try {
        text = await promises.readFile(file, 'utf8');
    }
    catch (error) {
        throw new InputError(`cannot read the report: ${error.message}`, { file });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`the report is not JSON: ${error.message}`, { file });
    }
    const problem = shapeProblem(data);
    if (problem)
        throw new InputError(`not a repro-audit report: ${problem}`, { file });
    return data;
}
function shapeProblem(data) {
    if (!isObject(data))
        return 'the top level is not an object';
    if (data.schemaVersion !== SCHEMA_VERSION)
        return `schemaVersion is ${JSON.stringify(data.schemaVersion)}, expected ${SCHEMA_VERSION}`;
    if (!STATUSES.includes(data.status))
        return `status is ${JSON.stringify(data.status)}`;
    for (const key of ['audit', 'command', 'config', 'summary'])
        if (typeof data[key] !== 'string')
            return `"${key}" is not a string`;
    if (!isObject(data.gate) || !isObject(data.tool))
        return '"gate" or "tool" is missing';
    for (const key of SECTION_KEYS) {
        const section = data[key];
        if (!isObject(section) || typeof section.status !== 'string' || !Array.isArray(section.findings))
            return `section "${key}" is missing or has no findings list`;
        if (!section.findings.every(f => isObject(f) && typeof f.message === 'string' && STATUSES.includes(f.status)))
            return `a finding in "${key}" is malformed`;
    }
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The base branch's report, to mark findings known or new: undefined when there is none (the first
 * run on a repository), an InputError naming the file when it is there but is not a report.
 */
async function readKnownReport(file) {
    if (!file)
        return undefined;
    try {
        await promises.access(file);
    }
    catch {
        return undefined;
    }
    return readReportFile(file);
}

export { readKnownReport, readReportFile };
