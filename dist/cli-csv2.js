import { p as parseCsvRecords, r as readCsvFile, a as csvField } from './cli-csv.js';
import { I as InputError } from './cli-commands.js';

// Predictions in canonical form: the id column first, the other columns in the order the pipeline
// wrote them, rows sorted by id, values exactly as written. Two runs with the same predictions give
// the same text whatever order they wrote their rows in, so the text's digest is their identity.
async function readCanonicalCsv(file, idColumn) {
    let columns = [];
    let idIndex = -1;
    // id → the row as a canonical line (id first, fields quoted where needed).
    const lines = new Map();
    const handler = {
        header(names) {
            idIndex = names.indexOf(idColumn);
            if (idIndex < 0)
                throw new InputError(`id column "${idColumn}" not found in the predictions`, { file, line: 1 });
            columns = names.filter((_, i) => i !== idIndex);
        },
        row(fields, line, raw) {
            const id = fields[idIndex];
            if (lines.has(id))
                throw new InputError(`id ${id} appears more than once in the predictions`, { file, line });
            // A plain line with the id first is already canonical when no field has a space at its edge.
            const plain = raw !== undefined && idIndex === 0 && !/^\s|\s$|\s,|,\s/.test(raw);
            lines.set(id, plain ? raw : [id, ...fields.filter((_, i) => i !== idIndex)].map(quote).join(','));
        }
    };
    await readCsvFile(file, handler);
    // Default sort: UTF-16 code-unit order, the same on every machine and locale (as compareIds).
    const ids = [...lines.keys()].sort();
    const out = [[idColumn, ...columns].map(quote).join(',')];
    for (const id of ids)
        out.push(lines.get(id));
    return { columns, ids, text: out.join('\n') + '\n' };
}
/**
 * Read the canonical CSV this module wrote. Text without a quote (nearly always: ids and numbers)
 * is split on newlines and commas directly; text with a quote goes through csv-parse.
 */
function parseCanonicalCsv(text, idColumn, file) {
    let records;
    try {
        records = text.includes('"')
            ? parseCsvRecords(text, { ragged: false })
            : text
                .split('\n')
                .filter(line => line !== '')
                .map(line => line.split(','));
    }
    catch (error) {
        throw new InputError(`the embedded predictions are not valid CSV (${error.message})`, { file });
    }
    const [header, ...body] = records;
    if (!header || header[0] !== idColumn)
        throw new InputError(`the embedded predictions do not start with the id column "${idColumn}"`, { file });
    const rows = new Map();
    const ids = [];
    for (const record of body) {
        if (record.length !== header.length)
            throw new InputError(`the embedded predictions have a ragged row (id ${record[0]})`, { file });
        ids.push(record[0]);
        rows.set(record[0], record.slice(1));
    }
    return { idColumn, columns: header.slice(1), ids, rows };
}
/** Code-unit order: the same on every machine and locale. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function quote(field) {
    return csvField(field, { edgeSpace: true });
}

export { compareIds as c, parseCanonicalCsv as p, readCanonicalCsv as r };
