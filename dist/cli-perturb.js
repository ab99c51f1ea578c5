import { P as PERTURBATIONS } from './cli-commands.js';
export { R as ROW_ORDER_SEED } from './cli-commands.js';
import 'node:fs';
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

/**
 * Plan each requested perturbation once: what its runs change, or why it cannot be tried. The
 * built-in engine runs inside this process, so only the perturbations that reach it (its data and
 * its folder) apply to it.
 */
async function planPerturbations(requested, engine, context) {
    const plan = { tried: [], changes: new Map(), notTried: [] };
    for (const p of PERTURBATIONS) {
        if (!requested.includes(p.name)) {
            plan.notTried.push({ name: p.name, reason: 'not in determinism.perturbations' });
            continue;
        }
        if (engine === 'builtin' && !p.reachesBuiltin) {
            plan.notTried.push({
                name: p.name,
                reason: 'does not reach the built-in engine, which runs inside repro-audit'
            });
            continue;
        }
        const planned = await p.plan(context);
        if ('notTried' in planned)
            plan.notTried.push({ name: p.name, reason: planned.notTried });
        else {
            plan.tried.push(p.name);
            plan.changes.set(p.name, planned.change);
        }
    }
    return plan;
}
/** A plain run: the settings as they are, in the config's own folder. */
function plainRun(id) {
    return { id, names: [], varied: 'none', env: {}, inView: false };
}
/** One run applying every perturbation of `names` at once. */
function perturbedRun(id, names, plan) {
    const changes = names.map(n => plan.changes.get(n));
    return {
        id,
        names: [...names],
        varied: changes.map(c => c.varied).join('; '),
        env: Object.assign({}, ...changes.map(c => c.env ?? {})),
        shuffleSeed: changes.find(c => c.shuffleSeed)?.shuffleSeed,
        inView: changes.some(c => c.shuffleSeed !== undefined || c.elsewhere === true)
    };
}
/** `perturbed-row-order`, `perturbed-hash-seed+timezone`, `perturbed-combined`. */
function runId(names, all) {
    if (names.length > 1 && names.length === all.length)
        return 'perturbed-combined';
    return `perturbed-${names.map(n => n.replace(/_/g, '-')).join('+')}`;
}

export { perturbedRun, plainRun, planPerturbations, runId };
