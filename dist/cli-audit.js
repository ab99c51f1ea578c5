import { a as audit } from './cli-audit2.js';
import { writeReports } from './cli-write.js';
import 'node:fs';
import 'node:path';
import './cli-canonical-json.js';
import 'node:crypto';
import './cli-commands.js';
import 'process';
import 'buffer';
import 'node:child_process';
import 'node:util';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:process';
import './cli-index2.js';
import './cli-format.js';
import './cli-describe.js';
import './cli-outputs.js';
import './cli-glob.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-csv.js';
import 'stream';
import './cli-tolerance.js';
import 'node:zlib';
import './cli-markdown.js';
import './cli-findings.js';

/** The whole audit job both edges run: audit (or accept), then the report files, then the portable result. */
async function runAuditJob(config, command, options) {
    const { reportName, resultFile, knownReport, ...auditOptions } = options;
    let reference;
    const result = command === 'accept'
        ? await (await import('./cli-accept.js')).accept(config, { progress: auditOptions.progress, secrets: auditOptions.secrets })
        : await audit(config, command, {
            ...auditOptions,
            known: knownReport
                ? await (await import('./cli-read.js')).readKnownReport(knownReport)
                : undefined,
            onReference: outputs => (reference = outputs)
        });
    const reports = reportName
        ? await writeReports(result, config.reportDir, { root: config.snapshot.root, name: reportName })
        : undefined;
    const job = resultFile
        ? await (await import('./cli-job.js')).writeJobResult(result, config, reference, { ...resultFile, secrets: auditOptions.secrets })
        : undefined;
    return { result, reports, job };
}

export { runAuditJob };
