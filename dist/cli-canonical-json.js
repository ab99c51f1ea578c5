import { createHash } from 'node:crypto';

// Canonical JSON: keys sorted, no insignificant white space, numbers in JavaScript's shortest
// round-trip form. Two values that mean the same serialise to the same bytes, so they hash alike.
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
/** Pretty but still canonical: sorted keys, two-space indent, trailing newline. */
function canonicalJsonPretty(value) {
    return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
function sha256Hex(text) {
    return createHash('sha256').update(text).digest('hex');
}
function canonicalHash(value) {
    return sha256Hex(canonicalJson(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
        // JSON has no NaN or infinities; keep them distinguishable instead of collapsing to null.
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    }
    return value;
}

export { canonicalHash as a, canonicalJson as b, canonicalJsonPretty as c, sha256Hex as s };
