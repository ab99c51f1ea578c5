import { I as InputError } from './cli-commands.js';
import { w as withinTolerance, r as relativeDiff } from './cli-tolerance.js';

// The prediction join with tolerance, shared by the baseline comparison (compare/predictions.ts)
// and the cross-environment aggregate (aggregate/aggregate.ts): how a field is read as a value,
// how two values of one cell compare under a tolerance, and the join of two row sets by id.
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
/** A field as a number when it is one (including inf and nan as Python writes them), else text. */
function parseValue(field) {
    if (field === '')
        return field;
    const v = +field;
    if (v === v) {
        const first = field.charCodeAt(0);
        const last = field.charCodeAt(field.length - 1);
        if (first <= 32 || last <= 32)
            return field;
        if (first === 48 && field.length > 2 && /[xob]/i.test(field[1]))
            return field;
        return v;
    }
    const m = SPECIAL.exec(field);
    if (!m)
        return field;
    if (m[2].toLowerCase() === 'nan')
        return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
}
function diffCell(baseline, current, tolerance) {
    if (baseline === current ||
        (typeof baseline === 'number' &&
            typeof current === 'number' &&
            Number.isNaN(baseline) &&
            Number.isNaN(current)))
        return { kind: 'identical' };
    if (typeof baseline !== 'number' || typeof current !== 'number')
        return { kind: 'text' };
    const abs = Math.abs(baseline - current);
    return {
        kind: 'numeric',
        absDiff: Number.isNaN(abs) ? Infinity : abs,
        relDiff: relativeDiff(baseline, current),
        within: withinTolerance(baseline, current, tolerance)
    };
}
/** Join two row sets by id, never by position. */
function joinById(baseline, current, visit) {
    for (const [id, row] of baseline) {
        const other = current.get(id);
        if (other === undefined)
            visit.onlyInBaseline(id);
        else
            visit.matched(id, row, other);
    }
    for (const id of current.keys())
        if (!baseline.has(id))
            visit.onlyInCurrent(id);
}
/** Rows keyed by id; an id seen twice is an InputError naming the file and the line. */
function rowsById(records, file) {
    const rows = new Map();
    for (const { id, row, line } of records) {
        if (rows.has(id))
            throw new InputError(`id ${JSON.stringify(id)} appears more than once in the predictions`, {
                file,
                line
            });
        rows.set(id, row);
    }
    return rows;
}

export { diffCell as d, joinById as j, parseValue as p, rowsById as r };
