import { formatNumber } from './cli-format.js';

/** Equal within tolerance when either bound holds; both 0 means exact. NaN equals NaN. */
function withinTolerance(a, b, tol) {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b)))
        return true;
    const diff = Math.abs(a - b);
    if (!Number.isFinite(diff))
        return false;
    return diff <= tol.absolute || diff <= tol.relative * Math.max(Math.abs(a), Math.abs(b));
}
function relativeDiff(a, b) {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
function describeTolerance(tol) {
    const parts = [];
    if (tol.absolute > 0)
        parts.push(`absolute ${formatNumber(tol.absolute)}`);
    if (tol.relative > 0)
        parts.push(`relative ${formatNumber(tol.relative)}`);
    return parts.length ? parts.join(' or ') : 'exact';
}

export { describeTolerance as d, relativeDiff as r, withinTolerance as w };
