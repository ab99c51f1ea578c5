import path from 'node:path';
import { c as canonicalJsonPretty } from './cli-canonical-json.js';
import { b as requireWritableInside, w as writeFileAtomic } from './cli-commands.js';
import { r as renderMarkdown, C as COMMENT_LIMIT } from './cli-markdown.js';
import 'node:crypto';
import 'node:fs';
import 'process';
import 'buffer';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-format.js';
import './cli-index2.js';
import './cli-findings.js';

/** The JSON result with sorted keys: identical inputs give identical bytes, but for `timing`. */
function renderJson(result) {
    return canonicalJsonPretty(result);
}
/**
 * Write `<name>.json` and `<name>.md` into `dir`, each replaced in one rename. `run` writes
 * report.*, `verify` verify-report.*, so a verify never replaces the last run's report.
 */
async function writeReports(result, dir, options = {}) {
    const name = options.name ?? 'report';
    // The report folder is checked again here: pipeline code ran since the config was loaded.
    if (options.root)
        requireWritableInside(options.root, dir, 'the report folder');
    const json = path.join(dir, `${name}.json`);
    const markdown = path.join(dir, `${name}.md`);
    await writeFileAtomic(json, renderJson(result));
    await writeFileAtomic(markdown, renderMarkdown(result, { limit: COMMENT_LIMIT, fullReport: `${name}.json` }));
    return { json, markdown };
}

export { renderJson, writeReports };
