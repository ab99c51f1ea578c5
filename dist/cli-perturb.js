import { P as PERTURBATIONS } from './cli-commands.js';
export { R as ROW_ORDER_SEED } from './cli-commands.js';
import 'node:fs';
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

/**
 * Plan each requested perturbation once: what its runs change, or why it cannot be tried. The
 * built-in engine runs inside this process, so only the perturbations that reach it (its data and
 * its folder) apply to it.
 */
async function planPerturbations(requested, engine, context) {
    const plan = { tried: [], changes: new Map(), notTried: [] };
    // Plans probe the machine (locales, libfaketime): all at once, then gathered in registry order.
    const planned = await Promise.all(PERTURBATIONS.map(async (p) => {
        if (!requested.includes(p.name))
            return { notTried: 'not in determinism.perturbations' };
        if (engine === 'builtin' && !p.reachesBuiltin)
            return { notTried: 'does not reach the built-in engine, which runs inside repro-audit' };
        return p.plan(context);
    }));
    PERTURBATIONS.forEach((p, i) => {
        const one = planned[i];
        if ('notTried' in one)
            plan.notTried.push({ name: p.name, reason: one.notTried });
        else {
            plan.tried.push(p.name);
            plan.changes.set(p.name, one.change);
        }
    });
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
