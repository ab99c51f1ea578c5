const RANK = { skipped: -1, pass: 0, warn: 1, fail: 2, error: 3 };
function worst(...statuses) {
    let result = 'pass';
    for (const s of statuses)
        if (s !== 'skipped' && RANK[s] > RANK[result])
            result = s;
    return result;
}
function atLeast(status, threshold) {
    return RANK[status] >= RANK[threshold];
}
/** Exit status of the CLI and the action: 0 gate passed, 1 drift, 2 the audit could not run. */
function exitCodeFor(status, failOn) {
    if (status === 'error')
        return 2;
    if (failOn === 'never')
        return 0;
    return atLeast(status, failOn) ? 1 : 0;
}
const STATUS_MARK = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '🛑',
    skipped: '➖'
};

export { STATUS_MARK as S, atLeast as a, exitCodeFor as e, worst as w };
