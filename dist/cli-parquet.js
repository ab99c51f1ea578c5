import { promises } from 'node:fs';
import { asyncBufferFromFile, parquetRead } from './cli-node.js';
import { I as InputError } from './cli-commands.js';
import { P as Profiler, R as RowProblem } from './cli-describe.js';
import { p as parquetMetadataAsync } from './cli-utils.js';
import 'fs';
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
import './cli-canonical-json.js';
import './cli-outputs.js';
import './cli-glob.js';
import './cli-format.js';
import 'node:stream';
import 'node:stream/promises';
import './cli-csv.js';
import 'stream';

// Parquet files through hyparquet, one row group at a time (memory is bounded by the largest row
// group). Values are handed to the same profiler as CSV fields: numbers by value, everything else
// as the UTF-8 text a CSV writer would produce, so a table gets one fingerprint in both formats.
const encoder = new TextEncoder();
async function profileParquet(file, options = {}) {
    const handle = await promises.open(file, 'r').catch(() => {
        throw new InputError('data file not found', { file });
    });
    const magic = Buffer.alloc(4);
    try {
        await handle.read(magic, 0, 4, 0);
    }
    finally {
        await handle.close();
    }
    if (magic.toString('latin1') !== 'PAR1')
        throw new InputError('not a Parquet file (no PAR1 magic bytes)', { file, line: 1 });
    const buffer = await asyncBufferFromFile(file);
    let metadata;
    try {
        metadata = await parquetMetadataAsync(buffer);
    }
    catch (error) {
        throw new InputError(`unreadable Parquet metadata: ${error.message}`, { file });
    }
    const root = metadata.schema[0];
    const names = [];
    let k = 1;
    for (let c = 0; c < (root.num_children ?? 0); c++) {
        const element = metadata.schema[k];
        names.push(element.name);
        k += 1 + countDescendants(metadata.schema, k);
    }
    let profiler;
    try {
        profiler = new Profiler(names, options);
    }
    catch (error) {
        if (error instanceof RowProblem)
            throw new InputError(error.message, { file });
        throw error;
    }
    options.rows?.start(metadata);
    let rowStart = 0;
    let done = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        try {
            await parquetRead({
                file: buffer,
                metadata,
                rowStart,
                rowEnd,
                rowFormat: 'array',
                onComplete: r => (rows = r)
            });
        }
        catch (error) {
            throw new InputError(`unreadable Parquet data: ${error.message}`, { file });
        }
        const kept = [];
        for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            profiler.resetRow();
            for (let c = 0; c < names.length; c++) {
                if (!addValue(profiler, c, row[c]))
                    throw new InputError(`invalid UTF-8 in column "${names[c]}" of row ${rowStart + r + 1}`, { file });
            }
            try {
                if (profiler.endRow() && options.rows)
                    kept.push(row);
            }
            catch (error) {
                if (error instanceof RowProblem)
                    throw new InputError(`row ${rowStart + r + 1}: ${error.message}`, { file });
                throw error;
            }
        }
        if (options.rows)
            await options.rows.rows(kept);
        done += Number(group.total_compressed_size ?? group.total_byte_size);
        options.progress?.(Math.min(done, buffer.byteLength));
        rowStart = rowEnd;
    }
    const profile = profiler.result();
    profile.newline = 'none';
    return profile;
}
function countDescendants(schema, index) {
    let total = 0;
    const children = schema[index].num_children ?? 0;
    let k = index + 1;
    for (let c = 0; c < children; c++) {
        const below = countDescendants(schema, k);
        total += 1 + below;
        k += 1 + below;
    }
    return total;
}
function addValue(profiler, col, value) {
    if (value === null || value === undefined) {
        profiler.missingValue(col);
        if (profiler.wantsText(col))
            profiler.setText(col, '');
        return true;
    }
    if (typeof value === 'number' && Number.isFinite(value)) {
        profiler.number(col, value, Number.isInteger(value));
        if (profiler.wantsText(col))
            profiler.setText(col, String(value));
        return true;
    }
    if (typeof value === 'bigint' &&
        value <= BigInt(Number.MAX_SAFE_INTEGER) &&
        value >= BigInt(Number.MIN_SAFE_INTEGER)) {
        profiler.number(col, Number(value), true);
        if (profiler.wantsText(col))
            profiler.setText(col, String(value));
        return true;
    }
    let bytes;
    let text;
    if (value instanceof Uint8Array) {
        bytes = value;
        text = Buffer.from(value).toString('utf8');
    }
    else {
        text =
            value instanceof Date
                ? value.toISOString()
                : typeof value === 'object'
                    ? JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? String(v) : v))
                    : String(value);
        bytes = encoder.encode(text);
    }
    if (profiler.wantsText(col))
        profiler.setText(col, text);
    return profiler.field(col, bytes, 0, bytes.length);
}

export { profileParquet };
