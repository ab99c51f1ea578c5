import { h as allFindings } from './cli-commands.js';

// The findings in the order a reviewer reads them: causes first, worst first, each followed by the
// consequences it explains; accepted findings last. Shared by the Markdown and terminal renderers.
const RANK = { error: 0, fail: 1, warn: 2, pass: 3 };
function orderedFindings(result) {
    const all = allFindings(result).filter(f => f.status !== 'pass');
    const open = all.filter(f => !f.accepted);
    const codes = new Set(open.map(f => f.code));
    const isConsequence = (f) => f.causedBy !== undefined && codes.has(f.causedBy);
    const byRank = (a, b) => RANK[a.status] - RANK[b.status];
    // A cause ranks with its worst consequence, so "rows reordered" (warn) leads the drift (fail) it caused.
    const effective = (f) => {
        const worst = open.filter(c => c.causedBy === f.code).sort(byRank)[0];
        return worst && RANK[worst.status] < RANK[f.status] ? worst : f;
    };
    const heads = open.filter(f => !isConsequence(f)).sort((a, b) => byRank(effective(a), effective(b)));
    const listed = [];
    const placed = new Set();
    for (const head of heads) {
        listed.push({ finding: head, depth: 0 });
        if (placed.has(head.code))
            continue;
        placed.add(head.code);
        for (const c of open.filter(f => f.causedBy === head.code))
            listed.push({ finding: c, depth: 1 });
    }
    for (const f of all.filter(x => x.accepted))
        listed.push({ finding: f, depth: 0 });
    return listed;
}
/** " — accepted: reason (until 2026-12-31)", " · new", " · known": the triage marks of a finding. */
function triageNote(f) {
    if (f.accepted)
        return ` — accepted: ${f.accepted.reason}${f.accepted.until ? ` (until ${f.accepted.until})` : ''}`;
    return f.seen ? ` · ${f.seen}` : '';
}

export { orderedFindings as o, triageNote as t };
