import { promises } from 'node:fs';
import path from 'node:path';
import { s as seedrandom } from './cli-view.js';
import { c as canonicalJsonPretty } from './cli-canonical-json.js';
import { d as parseCsvColumns, a as csvField } from './cli-csv.js';
import { I as InputError } from './cli-commands.js';
import { u as log, x as log1p, y as exp, z as expm1, A as pow } from './cli-describe.js';
import 'node:os';
import './cli.js';
import 'node:readline/promises';
import 'node:events';
import 'node:child_process';
import 'node:process';
import 'node:crypto';
import 'stream';
import 'process';
import 'buffer';
import 'node:util';
import './cli-outputs.js';
import './cli-glob.js';
import './cli-format.js';
import 'node:stream';
import 'node:stream/promises';

/** A small column store: what the built-in steps fit on and transform. */
class Frame {
    names;
    columns;
    rows;
    constructor(names, columns, rows) {
        this.names = names;
        this.columns = columns;
        this.rows = rows;
    }
    get(name, file) {
        const column = this.columns.get(name);
        if (!column)
            throw new InputError(`column "${name}" not found`, { file });
        return column;
    }
    numeric(name) {
        const column = this.get(name);
        if (column.kind !== 'number')
            throw new InputError(`column "${name}" holds labels where numbers are needed`);
        return column.values;
    }
    /** A new frame with the given columns replaced or appended, in order. */
    with(updates, remove = []) {
        const names = this.names.filter(n => !remove.includes(n));
        const columns = new Map(this.columns);
        for (const n of remove)
            columns.delete(n);
        for (const [name, column] of updates) {
            if (!columns.has(name))
                names.push(name);
            columns.set(name, column);
        }
        return new Frame(names, columns, this.rows);
    }
    select(names) {
        return new Frame(names, new Map(names.map(n => [n, this.get(n)])), this.rows);
    }
    /** Rows reordered by `order` (indices into this frame). */
    take(order) {
        const columns = new Map();
        for (const [name, c] of this.columns) {
            if (c.kind === 'number')
                columns.set(name, { kind: 'number', values: Float64Array.from(order, i => c.values[i]) });
            else
                columns.set(name, { kind: 'string', values: order.map(i => c.values[i]) });
        }
        return new Frame(this.names, columns, order.length);
    }
}
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Load a CSV into a frame: a column is numeric when every non-empty field is a number. */
async function readFrame(file) {
    let text;
    try {
        text = await promises.readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError('data file not found', { file });
        throw new InputError(`cannot read data file: ${error.message}`, { file });
    }
    const { names, raw } = parseCsvColumns(text, file);
    const columns = new Map();
    names.forEach((name, i) => {
        const values = raw[i];
        const numeric = values.every(v => v === '' || NUMBER.test(v)) && values.some(v => v !== '');
        columns.set(name, numeric
            ? { kind: 'number', values: Float64Array.from(values, v => (v === '' ? NaN : Number(v))) }
            : { kind: 'string', values: values.map(v => (v === '' ? null : v)) });
    });
    return new Frame(names, columns, raw[0]?.length ?? 0);
}
/** Row order sorted by the id column, so the input's row order cannot change what is learned. */
function orderById(frame, idColumn) {
    const ids = frame.get(idColumn);
    const order = Array.from({ length: frame.rows }, (_, i) => i);
    if (ids.kind === 'number')
        order.sort((a, b) => ids.values[a] - ids.values[b] || a - b);
    else
        order.sort((a, b) => compareText(ids.values[a] ?? '', ids.values[b] ?? '') || a - b);
    return order;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

const REGRESSION_METRICS = ['rmse', 'mae', 'r2', 'rmsle'];
const CLASSIFICATION_METRICS = ['accuracy', 'roc_auc', 'log_loss'];
/** One metric of predictions against the truth, each computed in row order. */
function metric(name, truth, predicted) {
    return CLASSIFICATION_METRICS.includes(name)
        ? classificationMetric(name, truth, predicted)
        : regressionMetric(name, truth, predicted);
}
/** Regression metrics, each computed by one pass in row order. */
function regressionMetric(name, truth, predicted) {
    const n = truth.length;
    let sum = 0;
    switch (name) {
        case 'rmse':
            for (let i = 0; i < n; i++)
                sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            return Math.sqrt(sum / n);
        case 'mae':
            for (let i = 0; i < n; i++)
                sum += Math.abs(truth[i] - predicted[i]);
            return sum / n;
        case 'rmsle':
            for (let i = 0; i < n; i++) {
                if (truth[i] < 0 || predicted[i] < 0)
                    throw new InputError('rmsle needs non-negative targets and predictions');
                const d = log1p(truth[i]) - log1p(predicted[i]);
                sum += d * d;
            }
            return Math.sqrt(sum / n);
        case 'r2': {
            let m = 0;
            for (let i = 0; i < n; i++)
                m += truth[i];
            m /= n;
            let ssTot = 0;
            for (let i = 0; i < n; i++) {
                sum += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
                ssTot += (truth[i] - m) * (truth[i] - m);
            }
            return 1 - sum / ssTot;
        }
        default:
            throw new InputError(`metric "${name}" is not a regression metric (${REGRESSION_METRICS.join(', ')})`);
    }
}
/** Binary classification metrics from 0/1 truth and the predicted probability of class 1. */
function classificationMetric(name, truth, probability) {
    const n = truth.length;
    switch (name) {
        case 'accuracy': {
            let right = 0;
            for (let i = 0; i < n; i++)
                if ((probability[i] > 0.5 ? 1 : 0) === truth[i])
                    right++;
            return right / n;
        }
        case 'log_loss': {
            let sum = 0;
            for (let i = 0; i < n; i++) {
                const p = Math.min(Math.max(probability[i], 1e-15), 1 - 1e-15);
                sum -= truth[i] === 1 ? log(p) : log(1 - p);
            }
            return sum / n;
        }
        case 'roc_auc': {
            // Mann-Whitney: average ranks of the positives, tied scores sharing their mean rank.
            const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a] - probability[b] || a - b);
            let positives = 0;
            let rankSum = 0;
            for (let start = 0; start < n;) {
                let end = start;
                while (end + 1 < n && probability[order[end + 1]] === probability[order[start]])
                    end++;
                const rank = (start + end) / 2 + 1;
                for (let k = start; k <= end; k++)
                    if (truth[order[k]] === 1) {
                        positives++;
                        rankSum += rank;
                    }
                start = end + 1;
            }
            const negatives = n - positives;
            if (positives === 0 || negatives === 0)
                throw new InputError('roc_auc needs both classes in the scored rows');
            return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
        }
        default:
            throw new InputError(`metric "${name}" is not a classification metric (${CLASSIFICATION_METRICS.join(', ')})`);
    }
}

// Dense linear algebra for the linear models. Loops run in a fixed order, so the floating-point
// result depends only on the inputs, never on scheduling or on the machine's BLAS.
/** Solve A x = b for a symmetric positive definite A (row-major n×n) by Cholesky. */
function solveCholesky(a, b, n) {
    const l = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = a[i * n + j];
            for (let k = 0; k < j; k++)
                sum -= l[i * n + k] * l[j * n + k];
            if (i === j) {
                if (!(sum > 1e-12 * Math.max(1, Math.abs(a[i * n + i]))))
                    return undefined;
                l[i * n + i] = Math.sqrt(sum);
            }
            else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let sum = b[i];
        for (let k = 0; k < i; k++)
            sum -= l[i * n + k] * y[k];
        y[i] = sum / l[i * n + i];
    }
    const x = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
        let sum = y[i];
        for (let k = i + 1; k < n; k++)
            sum -= l[k * n + i] * x[k];
        x[i] = sum / l[i * n + i];
    }
    return x;
}
/** Xᵀ X and Xᵀ y of column vectors, accumulated row by row in index order. */
function normalEquations(columns, y) {
    const p = columns.length;
    const n = y.length;
    const xtx = new Float64Array(p * p);
    const xty = new Float64Array(p);
    for (let i = 0; i < p; i++) {
        const ci = columns[i];
        for (let j = 0; j <= i; j++) {
            const cj = columns[j];
            let sum = 0;
            for (let r = 0; r < n; r++)
                sum += ci[r] * cj[r];
            xtx[i * p + j] = sum;
            xtx[j * p + i] = sum;
        }
        let sy = 0;
        for (let r = 0; r < n; r++)
            sy += ci[r] * y[r];
        xty[i] = sy;
    }
    return { xtx, xty };
}
function mean(values) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return sum / values.length;
}
function sigmoid(z) {
    return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
}

function selectColumns(frame, selector, reserved, step) {
    if (Array.isArray(selector)) {
        for (const name of selector) {
            if (!frame.columns.has(name))
                throw new InputError(`step ${step}: column "${name}" does not exist at this point of the pipeline`);
            if (reserved.has(name))
                throw new InputError(`step ${step}: column "${name}" is the id or the target and cannot be transformed`);
        }
        return selector;
    }
    return frame.names.filter(name => {
        if (reserved.has(name))
            return false;
        const kind = frame.get(name).kind;
        return selector === 'all' || (selector === 'numeric' ? kind === 'number' : kind === 'string');
    });
}
class Impute {
    strategy;
    selector;
    value;
    label;
    indicator;
    missingValue;
    kind = 'impute';
    fills = new Map();
    samples = new Map();
    indicators = [];
    seed = 0;
    constructor(strategy, selector, value, label, indicator, 
    /** A value that also counts as missing, as scikit-learn's `missing_values` (0 for an unknown frontage). */
    missingValue) {
        this.strategy = strategy;
        this.selector = selector;
        this.value = value;
        this.label = label;
        this.indicator = indicator;
        this.missingValue = missingValue;
        if (strategy === 'constant' && value === undefined)
            throw new InputError('step impute: strategy "constant" needs a `value`');
    }
    fit(frame, context) {
        this.seed = context.seed;
        for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
            const column = frame.get(name);
            const observed = column.kind === 'number'
                ? [...column.values].filter(v => !Number.isNaN(v) && v !== this.missingValue)
                : column.values.filter(v => v !== null && v !== this.missingValue);
            if (this.indicator && observed.length < frame.rows)
                this.indicators.push(name);
            if (observed.length === 0 && this.strategy !== 'constant' && this.strategy !== 'missing_label') {
                throw new InputError(`step impute: column "${name}" has no observed values to learn a ${this.strategy} from`);
            }
            switch (this.strategy) {
                case 'mean':
                case 'median':
                    if (column.kind !== 'number')
                        throw new InputError(`step impute: strategy "${this.strategy}" needs numbers, but "${name}" holds labels`);
                    this.fills.set(name, this.strategy === 'mean' ? mean(observed) : median(observed));
                    break;
                case 'most_frequent':
                    this.fills.set(name, mostFrequent(observed));
                    break;
                case 'constant':
                    this.fills.set(name, this.value);
                    break;
                case 'missing_label':
                    if (column.kind !== 'string')
                        throw new InputError(`step impute: strategy "missing_label" is for labels, but "${name}" holds numbers`);
                    this.fills.set(name, this.label);
                    break;
                case 'random':
                    this.samples.set(name, distribution(observed));
                    break;
            }
        }
    }
    transform(frame) {
        const updates = [];
        const gap = this.missingValue;
        for (const [name, fill] of this.fills)
            updates.push([name, fillColumn(frame.get(name), () => fill, name, gap)]);
        for (const [name, dist] of this.samples) {
            // One generator per column, seeded from the pipeline seed: the same rows get the same draws.
            const rng = seedrandom(`${this.seed}:impute:${name}`);
            const total = dist.weights[dist.weights.length - 1];
            updates.push([
                name,
                fillColumn(frame.get(name), () => dist.values[firstAbove(dist.weights, rng() * total)], name, gap)
            ]);
        }
        for (const name of this.indicators) {
            const c = frame.get(name);
            const flags = Float64Array.from({ length: frame.rows }, (_, i) => (c.kind === 'number' ? Number.isNaN(c.values[i]) : c.values[i] === null) || c.values[i] === gap
                ? 1
                : 0);
            updates.push([`${name}_na`, { kind: 'number', values: flags }]);
        }
        return frame.with(updates);
    }
    params() {
        return {
            strategy: this.strategy,
            columns: this.selector,
            value: this.value ?? null,
            indicator: this.indicator,
            missingValue: this.missingValue ?? null
        };
    }
    learned() {
        const fill = {};
        for (const [k, v] of this.fills)
            fill[k] = v;
        const sample = {};
        for (const [k, v] of this.samples)
            sample[k] = { values: v.values, cumulativeCounts: v.weights };
        return { fill, sample, indicators: this.indicators, seed: this.seed };
    }
    restore(learned) {
        const l = learned;
        this.fills = new Map(Object.entries(l.fill));
        this.samples = new Map(Object.entries(l.sample).map(([k, v]) => [k, { values: v.values, weights: v.cumulativeCounts }]));
        this.indicators = l.indicators;
        this.seed = l.seed;
    }
}
function fillColumn(column, fill, name, gap) {
    if (column.kind === 'number') {
        const values = Float64Array.from(column.values);
        for (let i = 0; i < values.length; i++) {
            if (Number.isNaN(values[i]) || values[i] === gap) {
                const v = fill();
                if (typeof v !== 'number')
                    throw new InputError(`step impute: cannot fill numeric column "${name}" with the label ${JSON.stringify(v)}`);
                values[i] = v;
            }
        }
        return { kind: 'number', values };
    }
    return { kind: 'string', values: column.values.map(v => (v === null || v === gap ? String(fill()) : v)) };
}
function median(values) {
    const sorted = Float64Array.from(values).sort();
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The most frequent value; ties go to the smallest, as scikit-learn's SimpleImputer does. */
function mostFrequent(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let best = values[0];
    let bestCount = -1;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && compareValues(v, best) < 0)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}
function distribution(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const keys = [...counts.keys()].sort(compareValues);
    let running = 0;
    return { values: keys, weights: keys.map(k => (running += counts.get(k))) };
}
/** Index of the first cumulative count above u (binary search). */
function firstAbove(cumulative, u) {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
function compareValues(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
}
// ---- one-hot encoding ---------------------------------------------------------------------------
class OneHot {
    selector;
    dropFirst;
    kind = 'one_hot';
    categories = new Map();
    constructor(selector, dropFirst) {
        this.selector = selector;
        this.dropFirst = dropFirst;
    }
    fit(frame, context) {
        for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
            const column = frame.get(name);
            const labels = column.kind === 'number'
                ? [...column.values].filter(v => !Number.isNaN(v)).map(String)
                : column.values.filter((v) => v !== null);
            this.categories.set(name, [...new Set(labels)].sort(compareText));
        }
    }
    transform(frame) {
        const updates = [];
        for (const [name, categories] of this.categories) {
            const column = frame.get(name);
            const labels = column.kind === 'number'
                ? [...column.values].map(v => (Number.isNaN(v) ? null : String(v)))
                : column.values;
            // Unknown and missing labels encode as all zeros, as scikit-learn's handle_unknown="ignore".
            for (const category of categories.slice(this.dropFirst ? 1 : 0)) {
                updates.push([
                    `${name}_${category}`,
                    { kind: 'number', values: Float64Array.from(labels, l => (l === category ? 1 : 0)) }
                ]);
            }
        }
        return frame.with(updates, [...this.categories.keys()]);
    }
    params() {
        return { columns: this.selector, dropFirst: this.dropFirst };
    }
    learned() {
        return { categories: Object.fromEntries(this.categories) };
    }
    restore(learned) {
        this.categories = new Map(Object.entries(learned.categories));
    }
}
// ---- scaling ------------------------------------------------------------------------------------
class Scale {
    method;
    selector;
    kind = 'scale';
    centers = new Map();
    scales = new Map();
    constructor(method, selector) {
        this.method = method;
        this.selector = selector;
    }
    fit(frame, context) {
        for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
            const column = frame.get(name);
            if (column.kind !== 'number')
                throw new InputError(`step scale: column "${name}" holds labels; encode it first`);
            const values = [...column.values].filter(v => !Number.isNaN(v));
            let center;
            let scale;
            if (this.method === 'standard') {
                center = mean(values);
                let ss = 0;
                for (const v of values)
                    ss += (v - center) * (v - center);
                scale = Math.sqrt(ss / values.length);
            }
            else if (this.method === 'minmax') {
                center = Math.min(...values);
                scale = Math.max(...values) - center;
            }
            else {
                const sorted = Float64Array.from(values).sort();
                center = quantile(sorted, 0.5);
                scale = quantile(sorted, 0.75) - quantile(sorted, 0.25);
            }
            // A constant column keeps its values' spread of 1, as scikit-learn does, instead of dividing by 0.
            this.centers.set(name, center);
            this.scales.set(name, scale === 0 || !Number.isFinite(scale) ? 1 : scale);
        }
    }
    transform(frame) {
        const updates = [];
        for (const [name, center] of this.centers) {
            const scale = this.scales.get(name);
            updates.push([name, { kind: 'number', values: frame.numeric(name).map(v => (v - center) / scale) }]);
        }
        return frame.with(updates);
    }
    params() {
        return { method: this.method, columns: this.selector };
    }
    learned() {
        return { center: Object.fromEntries(this.centers), scale: Object.fromEntries(this.scales) };
    }
    restore(learned) {
        const l = learned;
        this.centers = new Map(Object.entries(l.center));
        this.scales = new Map(Object.entries(l.scale));
    }
}
/** Linear interpolation between order statistics, numpy's default percentile method. */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
// ---- column selection ---------------------------------------------------------------------------
class Columns {
    kind;
    names;
    present = [];
    constructor(kind, names) {
        this.kind = kind;
        this.names = names;
    }
    fit(frame, context) {
        selectColumns(frame, this.names, context.reserved, this.kind);
        this.present =
            this.kind === 'drop'
                ? this.names
                : frame.names.filter(n => this.names.includes(n) || context.reserved.has(n));
    }
    transform(frame) {
        return this.kind === 'drop'
            ? frame.with([], this.present)
            : frame.select(this.present.filter(n => frame.columns.has(n)));
    }
    params() {
        return { columns: this.names };
    }
    learned() {
        return { columns: this.present };
    }
    restore(learned) {
        this.present = learned.columns;
    }
}

function labels(column) {
    return column.kind === 'string'
        ? column.values
        : Array.from(column.values, v => (Number.isNaN(v) ? null : String(v)));
}
/** Labels seen in fewer than `tolerance` of the training rows become one `label` ("Rare"). */
class RareLabels {
    selector;
    tolerance;
    label;
    kind = 'rare_labels';
    frequent = new Map();
    constructor(selector, tolerance, label) {
        this.selector = selector;
        this.tolerance = tolerance;
        this.label = label;
    }
    fit(frame, context) {
        for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
            const counts = new Map();
            for (const v of labels(frame.get(name)))
                if (v !== null)
                    counts.set(v, (counts.get(v) ?? 0) + 1);
            const keep = [...counts].filter(([, c]) => c / frame.rows >= this.tolerance).map(([v]) => v);
            this.frequent.set(name, keep.sort(compareText));
        }
    }
    transform(frame) {
        const updates = [];
        for (const [name, keep] of this.frequent) {
            const known = new Set(keep);
            updates.push([
                name,
                {
                    kind: 'string',
                    values: labels(frame.get(name)).map(v => (v === null ? null : known.has(v) ? v : this.label))
                }
            ]);
        }
        return frame.with(updates);
    }
    params() {
        return { columns: this.selector, tolerance: this.tolerance, label: this.label };
    }
    learned() {
        return { frequent: Object.fromEntries(this.frequent) };
    }
    restore(learned) {
        this.frequent = new Map(Object.entries(learned.frequent));
    }
}
/**
 * Labels replaced by their rank when ordered by the mean target (0 for the lowest mean); ties are
 * ordered by label. A label not seen in training, or a missing one, encodes as `unknown` (-1).
 */
class OrdinalTarget {
    selector;
    unknown;
    kind = 'ordinal_target';
    codes = new Map();
    constructor(selector, unknown) {
        this.selector = selector;
        this.unknown = unknown;
    }
    fit(frame, context) {
        for (const name of selectColumns(frame, this.selector, context.reserved, this.kind)) {
            const sums = new Map();
            labels(frame.get(name)).forEach((v, i) => {
                if (v === null)
                    return;
                const s = sums.get(v) ?? { sum: 0, count: 0 };
                s.sum += context.target[i];
                s.count++;
                sums.set(v, s);
            });
            const order = [...sums]
                .map(([v, s]) => ({ v, mean: s.sum / s.count }))
                .sort((a, b) => a.mean - b.mean || compareText(a.v, b.v));
            this.codes.set(name, Object.fromEntries(order.map((o, i) => [o.v, i])));
        }
    }
    transform(frame) {
        const updates = [];
        for (const [name, codes] of this.codes) {
            const values = Float64Array.from(labels(frame.get(name)), v => v !== null && Object.hasOwn(codes, v) ? codes[v] : this.unknown);
            updates.push([name, { kind: 'number', values }]);
        }
        return frame.with(updates);
    }
    params() {
        return { columns: this.selector, unknown: this.unknown };
    }
    learned() {
        return { codes: Object.fromEntries(this.codes) };
    }
    restore(learned) {
        this.codes = new Map(Object.entries(learned.codes));
    }
}
/** A fixed label → number table; labels outside it (and missing ones) become `other`, or stay missing. */
class MapLabels {
    columns;
    mapping;
    other;
    kind = 'map';
    applied = [];
    constructor(columns, mapping, other) {
        this.columns = columns;
        this.mapping = mapping;
        this.other = other;
    }
    fit(frame, context) {
        this.applied = selectColumns(frame, this.columns, context.reserved, this.kind);
        for (const name of this.applied) {
            const unmapped = labels(frame.get(name)).find(v => v !== null && !Object.hasOwn(this.mapping, v));
            if (unmapped !== undefined && this.other === undefined) {
                throw new InputError(`step map: column "${name}" has the label ${JSON.stringify(unmapped)}, which the mapping lacks; add it or set \`other\``);
            }
        }
    }
    transform(frame) {
        const fallback = this.other ?? NaN;
        return frame.with(this.applied.map(name => [
            name,
            {
                kind: 'number',
                values: Float64Array.from(labels(frame.get(name)), v => v !== null && Object.hasOwn(this.mapping, v) ? this.mapping[v] : fallback)
            }
        ]));
    }
    params() {
        return { columns: this.columns, mapping: this.mapping, other: this.other ?? null };
    }
    learned() {
        return { columns: this.applied };
    }
    restore(learned) {
        this.applied = learned.columns;
    }
}

// Power transforms with a fitted lambda (Yeo-Johnson, Box-Cox). The lambda maximises the
// log-likelihood of a normal fit, found with Brent's method from the bracket (-2, 2), step for
// step as SciPy's optimize.brent does, so the lambdas agree with scikit-learn's PowerTransformer.
const EPS = 2.220446049250313e-16;
const TINY = 2.2250738585072014e-308;
// (b^λ − 1)/λ as expm1(λ·log b)/λ: the same value without the cancellation of b^λ − 1 when λ·log b
// is small, which made the likelihood (and so Brent's lambda) hang on the last bit of pow.
function yeoJohnson(x, lambda) {
    return yeoJohnsonOfLog(x, log1p(Math.abs(x)), lambda);
}
/** Yeo-Johnson of x given log1p(|x|), which the fit computes once for all its trial lambdas. */
function yeoJohnsonOfLog(x, logAbs1p, lambda) {
    if (x >= 0)
        return Math.abs(lambda) < EPS ? logAbs1p : expm1(lambda * logAbs1p) / lambda;
    return Math.abs(lambda - 2) > EPS ? -expm1((2 - lambda) * logAbs1p) / (2 - lambda) : -logAbs1p;
}
function boxCox(x, lambda) {
    return lambda === 0 ? log(x) : expm1(lambda * log(x)) / lambda;
}
/**
 * NumPy's pairwise summation (blocks of 128 summed with 8 accumulators, halves above that), so the
 * likelihood is rounded as in NumPy and Brent's steps land on the same lambda.
 */
function pairwiseSum(a, start = 0, n = a.length) {
    if (n < 8) {
        let res = 0;
        for (let i = start; i < start + n; i++)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        const r = [
            a[start],
            a[start + 1],
            a[start + 2],
            a[start + 3],
            a[start + 4],
            a[start + 5],
            a[start + 6],
            a[start + 7]
        ];
        let i = 8;
        for (; i < n - (n % 8); i += 8)
            for (let j = 0; j < 8; j++)
                r[j] += a[start + i + j];
        let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[start + i];
        return res;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2);
}
/** Population variance as numpy's var(): pairwise mean, then the pairwise sum of squared deviations. */
function variance(values) {
    const m = pairwiseSum(values) / values.length;
    const sq = values.map(v => (v - m) * (v - m));
    return pairwiseSum(sq) / values.length;
}
function fitYeoJohnson(x) {
    const logs = x.map(v => log1p(Math.abs(v)));
    const logSum = pairwiseSum(x.map((v, i) => Math.sign(v) * logs[i]));
    const out = new Float64Array(x.length);
    return brent(lambda => {
        for (let i = 0; i < x.length; i++)
            out[i] = yeoJohnsonOfLog(x[i], logs[i], lambda);
        const v = variance(out);
        if (v < TINY)
            return Infinity;
        return -(-(x.length / 2) * log(v) + (lambda - 1) * logSum);
    });
}
function fitBoxCox(x) {
    const logs = x.map(v => log(v));
    const logSum = pairwiseSum(logs);
    const out = new Float64Array(x.length);
    return brent(lambda => {
        // SciPy's boxcox_llf: the variance of x^λ/λ (the −1/λ offset cannot change it).
        if (lambda === 0)
            out.set(logs);
        else
            for (let i = 0; i < x.length; i++)
                out[i] = pow(x[i], lambda) / lambda;
        return -((lambda - 1) * logSum - (x.length / 2) * log(variance(out)));
    });
}
const GOLD = 1.618034;
const CG = 0.381966;
/** Bracket a minimum downhill from (xa, xb), as scipy.optimize.bracket. */
function bracket(f, xa0, xb0) {
    let xa = xa0;
    let xb = xb0;
    let fa = f(xa);
    let fb = f(xb);
    if (fa < fb)
        [xa, xb, fa, fb] = [xb, xa, fb, fa];
    let xc = xb + GOLD * (xb - xa);
    let fc = f(xc);
    for (let iter = 0; fc < fb; iter++) {
        if (iter > 1000)
            throw new Error('no minimum found while bracketing the power-transform lambda');
        const tmp1 = (xb - xa) * (fb - fc);
        const tmp2 = (xb - xc) * (fb - fa);
        const val = tmp2 - tmp1;
        const denom = Math.abs(val) < 1e-21 ? 2e-21 : 2 * val;
        let w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
        const wlim = xb + 110 * (xc - xb);
        let fw;
        if ((w - xc) * (xb - w) > 0) {
            fw = f(w);
            if (fw < fc)
                return [xb, w, xc];
            if (fw > fb)
                return [xa, xb, w];
            w = xc + GOLD * (xc - xb);
            fw = f(w);
        }
        else if ((w - wlim) * (wlim - xc) >= 0) {
            w = wlim;
            fw = f(w);
        }
        else if ((w - wlim) * (xc - w) > 0) {
            fw = f(w);
            if (fw < fc) {
                xb = xc;
                xc = w;
                w = xc + GOLD * (xc - xb);
                fb = fc;
                fc = fw;
                fw = f(w);
            }
        }
        else {
            w = xc + GOLD * (xc - xb);
            fw = f(w);
        }
        xa = xb;
        xb = xc;
        xc = w;
        fa = fb;
        fb = fc;
        fc = fw;
    }
    return [xa, xb, xc];
}
/** Brent's parabolic-interpolation minimiser (tol 1.48e-8), as scipy.optimize.brent. */
function brent(f, brack = [-2, 2]) {
    const tol = 1.48e-8;
    const [xa, xb, xc] = bracket(f, brack[0], brack[1]);
    let x = xb;
    let w = xb;
    let v = xb;
    let fx = f(x);
    let fw = fx;
    let fv = fx;
    let a = xa < xc ? xa : xc;
    let b = xa < xc ? xc : xa;
    let deltax = 0;
    let rat = 0;
    for (let iter = 0; iter < 500; iter++) {
        const tol1 = tol * Math.abs(x) + 1e-11;
        const tol2 = 2 * tol1;
        const xmid = 0.5 * (a + b);
        if (Math.abs(x - xmid) < tol2 - 0.5 * (b - a))
            break;
        if (Math.abs(deltax) <= tol1) {
            deltax = x >= xmid ? a - x : b - x;
            rat = CG * deltax;
        }
        else {
            const tmp1 = (x - w) * (fx - fv);
            let tmp2 = (x - v) * (fx - fw);
            let p = (x - v) * tmp2 - (x - w) * tmp1;
            tmp2 = 2 * (tmp2 - tmp1);
            if (tmp2 > 0)
                p = -p;
            tmp2 = Math.abs(tmp2);
            const dxTemp = deltax;
            deltax = rat;
            if (p > tmp2 * (a - x) && p < tmp2 * (b - x) && Math.abs(p) < Math.abs(0.5 * tmp2 * dxTemp)) {
                rat = p / tmp2;
                const u = x + rat;
                if (u - a < tol2 || b - u < tol2)
                    rat = xmid - x >= 0 ? tol1 : -tol1;
            }
            else {
                deltax = x >= xmid ? a - x : b - x;
                rat = CG * deltax;
            }
        }
        const u = Math.abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat;
        const fu = f(u);
        if (fu > fx) {
            if (u < x)
                a = u;
            else
                b = u;
            if (fu <= fw || w === x) {
                v = w;
                w = u;
                fv = fw;
                fw = fu;
            }
            else if (fu <= fv || v === x || v === w) {
                v = u;
                fv = fu;
            }
        }
        else {
            if (u >= x)
                a = x;
            else
                b = x;
            v = w;
            w = x;
            x = u;
            fv = fw;
            fw = fx;
            fx = fu;
        }
    }
    return x;
}

function observed(values) {
    return values.filter(v => !Number.isNaN(v));
}
/**
 * log, log1p, Yeo-Johnson or Box-Cox. The power transforms learn one lambda per column; with
 * `standardize` they also learn the mean and standard deviation of the transformed column
 * (scikit-learn's PowerTransformer standardises by default, this step only when asked).
 */
class Transform {
    method;
    selector;
    standardize;
    kind = 'transform';
    applied = [];
    lambdas = new Map();
    moments = new Map();
    constructor(method, selector, standardize) {
        this.method = method;
        this.selector = selector;
        this.standardize = standardize;
    }
    fit(frame, context) {
        this.applied = selectColumns(frame, this.selector, context.reserved, this.kind);
        for (const name of this.applied) {
            const values = observed(frame.numeric(name));
            const bound = this.method === 'log' || this.method === 'box_cox' ? 0 : this.method === 'log1p' ? -1 : -Infinity;
            if (values.some(v => v <= bound)) {
                throw new InputError(`step transform: ${this.method} needs values above ${bound}, but column "${name}" has ${values.find(v => v <= bound)}`);
            }
            if (this.method === 'yeo_johnson')
                this.lambdas.set(name, fitYeoJohnson(values));
            if (this.method === 'box_cox')
                this.lambdas.set(name, fitBoxCox(values));
            if (this.standardize) {
                const t = values.map(v => this.apply(name, v));
                let sum = 0;
                for (const v of t)
                    sum += v;
                const mean = sum / t.length;
                let ss = 0;
                for (const v of t)
                    ss += (v - mean) * (v - mean);
                const std = Math.sqrt(ss / t.length);
                this.moments.set(name, { mean, std: std === 0 ? 1 : std });
            }
        }
    }
    apply(name, v) {
        switch (this.method) {
            case 'log':
                return v > 0 ? log(v) : NaN;
            case 'log1p':
                return v > -1 ? log1p(v) : NaN;
            case 'yeo_johnson':
                return yeoJohnson(v, this.lambdas.get(name));
            case 'box_cox':
                return v > 0 ? boxCox(v, this.lambdas.get(name)) : NaN;
        }
    }
    transform(frame) {
        return frame.with(this.applied.map(name => {
            const m = this.moments.get(name);
            const values = frame.numeric(name).map(v => {
                const t = this.apply(name, v);
                return m ? (t - m.mean) / m.std : t;
            });
            return [name, { kind: 'number', values }];
        }));
    }
    params() {
        return { method: this.method, columns: this.selector, standardize: this.standardize };
    }
    learned() {
        return {
            columns: this.applied,
            lambda: Object.fromEntries(this.lambdas),
            moments: Object.fromEntries(this.moments)
        };
    }
    restore(learned) {
        const l = learned;
        this.applied = l.columns;
        this.lambdas = new Map(Object.entries(l.lambda));
        this.moments = new Map(Object.entries(l.moments));
    }
}
/**
 * A step that maps every value of its columns on its own: it learns only which columns it applies
 * to, so fitting and restoring are the same for every such step.
 */
class PerValue {
    selector;
    applied = [];
    constructor(selector) {
        this.selector = selector;
    }
    fit(frame, context) {
        this.applied = selectColumns(frame, this.selector, context.reserved, this.kind);
    }
    transform(frame) {
        return frame.with(this.applied.map(name => [name, { kind: 'number', values: frame.numeric(name).map(v => this.map(v)) }]));
    }
    learned() {
        return { columns: this.applied };
    }
    restore(learned) {
        this.applied = learned.columns;
    }
}
/** 1 where the value is above the threshold, else 0 (missing stays missing). */
class Binarize extends PerValue {
    threshold;
    kind = 'binarize';
    constructor(selector, threshold) {
        super(selector);
        this.threshold = threshold;
    }
    map(v) {
        return Number.isNaN(v) ? NaN : v > this.threshold ? 1 : 0;
    }
    params() {
        return { columns: this.selector, threshold: this.threshold };
    }
}
/** Values held inside [min, max]. */
class Clip extends PerValue {
    min;
    max;
    kind = 'clip';
    constructor(selector, min, max) {
        super(selector);
        this.min = min;
        this.max = max;
    }
    map(v) {
        return v < this.min ? this.min : v > this.max ? this.max : v;
    }
    params() {
        return {
            columns: this.selector,
            min: this.min === -Infinity ? null : this.min,
            max: this.max === Infinity ? null : this.max
        };
    }
}
/** A new column `name` = left − right or left / right; a zero divisor gives a missing value. */
class Derive {
    name;
    op;
    left;
    right;
    drop;
    kind = 'derive';
    constructor(name, op, left, right, drop) {
        this.name = name;
        this.op = op;
        this.left = left;
        this.right = right;
        this.drop = drop;
    }
    fit(frame, context) {
        selectColumns(frame, [this.left, this.right, ...this.drop], context.reserved, this.kind);
        if (context.reserved.has(this.name))
            throw new InputError(`step derive: "${this.name}" is the id or the target`);
    }
    transform(frame) {
        const a = frame.numeric(this.left);
        const b = frame.numeric(this.right);
        const values = this.op === 'difference' ? a.map((v, i) => v - b[i]) : a.map((v, i) => (b[i] === 0 ? NaN : v / b[i]));
        const column = { kind: 'number', values };
        return frame.with([[this.name, column]], this.drop.filter(n => n !== this.name));
    }
    params() {
        return { name: this.name, op: this.op, left: this.left, right: this.right, drop: this.drop };
    }
    learned() {
        return {};
    }
    restore() { }
}

// Decision trees and the ensembles built from them. Trees grow level by level: for each feature the
// rows are swept once in a presorted order, every open node of the level collecting its own running
// sums, so a level costs O(rows × features) and the sums always run in the same order.
function featureCount(option, p) {
    if (option === 'sqrt')
        return Math.max(1, Math.floor(Math.sqrt(p)));
    if (option === 'log2')
        return Math.max(1, 31 - Math.clz32(p)); // floor(log2 p), exactly
    return Math.min(p, Math.max(1, option <= 1 ? Math.floor(option * p) : Math.floor(option)));
}
/** Row indices sorted by each feature's value, ties by row index: computed once per fit. */
function presort(columns) {
    return columns.map(c => Int32Array.from(Array.from({ length: c.length }, (_, i) => i).sort((a, b) => c[a] - c[b] || a - b)));
}
/** Whether a node may split: not too deep, enough weight, and impurity above rounding noise. */
function splittable(s, depth, options) {
    const mean = s.sum / s.w;
    const impurity = s.sumSq / s.w - mean * mean;
    return (depth < options.maxDepth &&
        s.w >= options.minSamplesSplit &&
        s.w >= 2 * options.minSamplesLeaf &&
        impurity > 2.220446049250313e-16 * Math.max(1, mean * mean));
}
/** Each of `m` open nodes draws its own subset of `perNode` of the `p` features (a partial Fisher-Yates shuffle). */
function featureSubsets(m, p, perNode, rng) {
    const uses = new Uint8Array(m * p);
    for (let s = 0; s < m; s++) {
        const pool = Array.from({ length: p }, (_, j) => j);
        for (let d = 0; d < perNode; d++) {
            const pick = d + Math.floor(rng() * (p - d));
            [pool[d], pool[pick]] = [pool[pick], pool[d]];
            uses[s * p + pool[d]] = 1;
        }
    }
    return uses;
}
/**
 * The best split of every open node, in one pass per feature over the presorted rows: the split
 * score is the between-groups sum of squares, and a threshold lies halfway between two values.
 */
function bestSplits(rows, totalW, totalSum, minLeaf) {
    const { columns, sorted, weights, weighted, rowSlot, uses } = rows;
    const n = rowSlot.length;
    const p = columns.length;
    const m = totalW.length;
    const bestScore = new Float64Array(m).fill(-Infinity);
    const bestFeature = new Int32Array(m).fill(-1);
    const bestThreshold = new Float64Array(m);
    const leftW = new Float64Array(m);
    const leftSum = new Float64Array(m);
    const last = new Float64Array(m);
    for (let f = 0; f < p; f++) {
        leftW.fill(0);
        leftSum.fill(0);
        const x = columns[f];
        const order = sorted[f];
        for (let r = 0; r < n; r++) {
            const i = order[r];
            const s = rowSlot[i];
            if (s < 0 || uses[s * p + f] === 0)
                continue;
            const v = x[i];
            if (leftW[s] > 0 && v > last[s]) {
                const wl = leftW[s];
                const wr = totalW[s] - wl;
                if (wl >= minLeaf && wr >= minLeaf) {
                    const sr = totalSum[s] - leftSum[s];
                    const score = (leftSum[s] * leftSum[s]) / wl + (sr * sr) / wr;
                    if (score > bestScore[s]) {
                        bestScore[s] = score;
                        bestFeature[s] = f;
                        let t = (last[s] + v) / 2;
                        if (t === v)
                            t = last[s];
                        bestThreshold[s] = t;
                    }
                }
            }
            leftW[s] += weights[i];
            leftSum[s] += weighted[i];
            last[s] = v;
        }
    }
    return { bestScore, bestFeature, bestThreshold };
}
/**
 * Grow a least-squares tree on `target` with row `weights` (bootstrap counts; 0 leaves a row out).
 * For a 0/1 target this is the Gini tree: both criteria rank the splits of a binary target alike.
 * Returns the tree and each row's leaf (-1 for rows left out).
 */
function growTree(columns, sorted, target, weights, options, rng) {
    const n = target.length;
    const p = columns.length;
    const tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const stats = [];
    const nodeOf = new Int32Array(n).fill(-1);
    const newNode = () => {
        tree.feature.push(-1);
        tree.threshold.push(0);
        tree.left.push(-1);
        tree.right.push(-1);
        tree.value.push(0);
        stats.push({ w: 0, sum: 0, sumSq: 0 });
        return tree.feature.length - 1;
    };
    const root = newNode();
    for (let i = 0; i < n; i++) {
        if (weights[i] > 0) {
            nodeOf[i] = root;
            stats[root].w += weights[i];
            stats[root].sum += weights[i] * target[i];
            stats[root].sumSq += weights[i] * target[i] * target[i];
        }
    }
    const perNode = featureCount(options.maxFeatures, p);
    const weighted = weights.map((w, i) => w * target[i]);
    let frontier = [root];
    for (let depth = 0; frontier.length > 0; depth++) {
        for (const k of frontier)
            tree.value[k] = stats[k].w > 0 ? stats[k].sum / stats[k].w : 0;
        const open = frontier.filter(k => splittable(stats[k], depth, options));
        if (open.length === 0)
            break;
        const slotOf = new Int32Array(tree.feature.length).fill(-1);
        open.forEach((k, i) => (slotOf[k] = i));
        const m = open.length;
        const uses = featureSubsets(m, p, perNode, rng);
        // Per level: each row's slot among the open nodes, and each open node's totals.
        const rowSlot = new Int32Array(n).fill(-1);
        for (let i = 0; i < n; i++)
            if (nodeOf[i] >= 0)
                rowSlot[i] = slotOf[nodeOf[i]];
        const { bestScore, bestFeature, bestThreshold } = bestSplits({ columns, sorted, weights, weighted, rowSlot, uses }, Float64Array.from(open, k => stats[k].w), Float64Array.from(open, k => stats[k].sum), options.minSamplesLeaf);
        const next = [];
        const split = new Map();
        open.forEach((k, s) => {
            const st = stats[k];
            const parent = (st.sum * st.sum) / st.w;
            const sse = st.sumSq - parent;
            if (bestFeature[s] < 0 || !(bestScore[s] - parent > 1e-12 * Math.max(sse, 1e-300)))
                return;
            const l = newNode();
            const r = newNode();
            tree.feature[k] = bestFeature[s];
            tree.threshold[k] = bestThreshold[s];
            tree.left[k] = l;
            tree.right[k] = r;
            split.set(k, { f: bestFeature[s], t: bestThreshold[s], l, r });
            next.push(l, r);
        });
        for (let i = 0; i < n; i++) {
            const sp = nodeOf[i] >= 0 ? split.get(nodeOf[i]) : undefined;
            if (!sp)
                continue;
            const child = columns[sp.f][i] <= sp.t ? sp.l : sp.r;
            nodeOf[i] = child;
            const st = stats[child];
            st.w += weights[i];
            st.sum += weights[i] * target[i];
            st.sumSq += weights[i] * target[i] * target[i];
        }
        frontier = next;
    }
    return { tree, leafOf: nodeOf };
}
function leafIndex(tree, columns, i) {
    let node = 0;
    while (tree.feature[node] >= 0)
        node = columns[tree.feature[node]][i] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
    return node;
}
function predictTree(tree, columns, out, scale = 1) {
    for (let i = 0; i < out.length; i++)
        out[i] += scale * tree.value[leafIndex(tree, columns, i)];
}
function treeOptionsJson(o) {
    return {
        max_depth: Number.isFinite(o.maxDepth) ? o.maxDepth : null,
        min_samples_split: o.minSamplesSplit,
        min_samples_leaf: o.minSamplesLeaf,
        max_features: o.maxFeatures
    };
}
class TreeModel {
    features = [];
    trees = [];
    restore(learned) {
        const l = learned;
        this.features = l.features;
        this.trees = l.trees;
    }
}
/** One tree; for a classification its leaves hold the share of class 1. */
class DecisionTree extends TreeModel {
    task;
    options;
    seed;
    type = 'decision_tree';
    constructor(task, options, seed) {
        super();
        this.task = task;
        this.options = options;
        this.seed = seed;
    }
    fit(features, columns, y) {
        this.features = features;
        const rng = seedrandom(`${this.seed}:tree`);
        this.trees = [
            growTree(columns, presort(columns), y, new Float64Array(y.length).fill(1), this.options, rng).tree
        ];
    }
    predict(columns) {
        const out = new Float64Array(columns[0]?.length ?? 0);
        predictTree(this.trees[0], columns, out);
        return out;
    }
    params() {
        return { ...treeOptionsJson(this.options), seed: this.seed };
    }
    learned() {
        return { features: this.features, trees: this.trees };
    }
}
/** Trees on seeded bootstrap samples, each node drawing a seeded feature subset; predictions averaged. */
class RandomForest extends TreeModel {
    task;
    options;
    count;
    bootstrap;
    seed;
    type = 'random_forest';
    constructor(task, options, count, bootstrap, seed) {
        super();
        this.task = task;
        this.options = options;
        this.count = count;
        this.bootstrap = bootstrap;
        this.seed = seed;
    }
    fit(features, columns, y) {
        this.features = features;
        const sorted = presort(columns);
        const n = y.length;
        this.trees = [];
        for (let t = 0; t < this.count; t++) {
            const rng = seedrandom(`${this.seed}:forest:${t}`);
            const weights = new Float64Array(n);
            if (this.bootstrap)
                for (let i = 0; i < n; i++)
                    weights[Math.floor(rng() * n)]++;
            else
                weights.fill(1);
            this.trees.push(growTree(columns, sorted, y, weights, this.options, rng).tree);
        }
    }
    predict(columns) {
        const out = new Float64Array(columns[0]?.length ?? 0);
        for (const tree of this.trees)
            predictTree(tree, columns, out);
        return out.map(v => v / this.trees.length);
    }
    params() {
        return {
            ...treeOptionsJson(this.options),
            n_estimators: this.count,
            bootstrap: this.bootstrap,
            seed: this.seed
        };
    }
    learned() {
        return { features: this.features, trees: this.trees };
    }
}
/**
 * Gradient boosting: squared error for a regression (starting from the mean), log-loss for a binary
 * classification (starting from the log-odds, leaves set by one Newton step), as scikit-learn's
 * GradientBoostingRegressor/Classifier. `subsample` < 1 draws a seeded share of rows for each tree.
 */
class GradientBoosting extends TreeModel {
    task;
    options;
    count;
    rate;
    subsample;
    seed;
    type = 'gradient_boosting';
    init = 0;
    constructor(task, options, count, rate, subsample, seed) {
        super();
        this.task = task;
        this.options = options;
        this.count = count;
        this.rate = rate;
        this.subsample = subsample;
        this.seed = seed;
    }
    fit(features, columns, y) {
        this.features = features;
        const classification = this.task === 'classification';
        const n = y.length;
        let sum = 0;
        for (let i = 0; i < n; i++)
            sum += y[i];
        const mean = sum / n;
        this.init = classification ? log(mean / (1 - mean)) : mean;
        const raw = new Float64Array(n).fill(this.init);
        const sorted = presort(columns);
        const residual = new Float64Array(n);
        this.trees = [];
        for (let t = 0; t < this.count; t++) {
            for (let i = 0; i < n; i++)
                residual[i] = y[i] - (classification ? sigmoid(raw[i]) : raw[i]);
            const rng = seedrandom(`${this.seed}:boost:${t}`);
            const weights = new Float64Array(n).fill(1);
            if (this.subsample < 1) {
                weights.fill(0);
                const order = Array.from({ length: n }, (_, i) => i);
                const take = Math.max(1, Math.floor(this.subsample * n));
                for (let d = 0; d < take; d++) {
                    const pick = d + Math.floor(rng() * (n - d));
                    [order[d], order[pick]] = [order[pick], order[d]];
                    weights[order[d]] = 1;
                }
            }
            const { tree, leafOf } = growTree(columns, sorted, residual, weights, this.options, rng);
            if (classification) {
                const num = new Float64Array(tree.value.length);
                const den = new Float64Array(tree.value.length);
                for (let i = 0; i < n; i++) {
                    const leaf = leafOf[i];
                    if (leaf < 0)
                        continue;
                    const prob = y[i] - residual[i];
                    num[leaf] += residual[i];
                    den[leaf] += prob * (1 - prob);
                }
                for (let k = 0; k < tree.value.length; k++)
                    if (tree.feature[k] < 0)
                        tree.value[k] = Math.abs(den[k]) < 1e-150 ? 0 : num[k] / den[k];
            }
            predictTree(tree, columns, raw, this.rate);
            this.trees.push(tree);
        }
    }
    predict(columns) {
        const out = new Float64Array(columns[0]?.length ?? 0).fill(this.init);
        for (const tree of this.trees)
            predictTree(tree, columns, out, this.rate);
        return this.task === 'classification' ? out.map(sigmoid) : out;
    }
    params() {
        return {
            ...treeOptionsJson(this.options),
            n_estimators: this.count,
            learning_rate: this.rate,
            subsample: this.subsample,
            seed: this.seed
        };
    }
    learned() {
        return { features: this.features, init: this.init, trees: this.trees };
    }
    restore(learned) {
        super.restore(learned);
        this.init = learned.init;
    }
}

/** Models that are a weighted sum of the features. */
class Linear {
    features = [];
    coef = new Float64Array(0);
    intercept = 0;
    linear(columns) {
        const n = columns[0]?.length ?? 0;
        const out = new Float64Array(n).fill(this.intercept);
        for (let j = 0; j < this.coef.length; j++) {
            const c = columns[j];
            const w = this.coef[j];
            for (let i = 0; i < n; i++)
                out[i] += c[i] * w;
        }
        return out;
    }
    /** Columns and target centred on their means: the intercept is fitted apart from the weights. */
    centre(columns, y) {
        const means = columns.map(c => mean(c));
        const yMean = mean(y);
        return { means, yMean, x: columns.map((c, j) => c.map(v => v - means[j])), yc: y.map(v => v - yMean) };
    }
    /** Keep the weights and put the intercept back: ȳ − x̄·w. */
    settle(features, coef, means, yMean) {
        this.features = features;
        this.coef = coef;
        let dot = 0;
        for (let j = 0; j < coef.length; j++)
            dot += means[j] * coef[j];
        this.intercept = yMean - dot;
    }
    learned() {
        return {
            intercept: this.intercept,
            coef: Object.fromEntries(this.features.map((f, j) => [f, this.coef[j]]))
        };
    }
    restore(learned, features) {
        const l = learned;
        this.intercept = l.intercept;
        this.features = features;
        this.coef = Float64Array.from(features, f => l.coef[f]);
    }
}
/**
 * Linear least squares with an L2 penalty on the coefficients (not the intercept), solved on
 * centred data through the normal equations, as scikit-learn's Ridge with the Cholesky solver.
 */
class LinearModel extends Linear {
    type;
    alpha;
    constructor(type, alpha) {
        super();
        this.type = type;
        this.alpha = alpha;
    }
    fit(features, columns, y) {
        const { means, yMean, x, yc } = this.centre(columns, y);
        const p = features.length;
        const { xtx, xty } = normalEquations(x, yc);
        for (let j = 0; j < p; j++)
            xtx[j * p + j] += this.alpha;
        const coef = solveCholesky(xtx, xty, p);
        if (!coef) {
            throw new InputError(`model ${this.type}: the features are collinear, so the fit has no unique solution; use ridge with alpha > 0 or one_hot with drop_first`);
        }
        this.settle(features, coef, means, yMean);
    }
    predict(columns) {
        return this.linear(columns);
    }
    params() {
        return this.type === 'ridge' ? { alpha: this.alpha } : {};
    }
}
/**
 * Lasso: minimises ‖y − Xw‖² / (2n) + alpha‖w‖₁ by cyclic coordinate descent on centred data,
 * with scikit-learn's stopping rule: when the largest coefficient update is below tol relative to
 * the largest coefficient, stop once the duality gap is below tol·‖y‖².
 */
class Lasso extends Linear {
    alpha;
    maxIter;
    tol;
    type = 'lasso';
    iterations = 0;
    constructor(alpha, maxIter, tol) {
        super();
        this.alpha = alpha;
        this.maxIter = maxIter;
        this.tol = tol;
    }
    fit(features, columns, y) {
        const n = y.length;
        const p = features.length;
        const { means, yMean, x, yc } = this.centre(columns, y);
        const l1 = this.alpha * n;
        const { w, iterations } = n >= p ? cdGram(x, yc, l1, this.maxIter, this.tol) : cdResidual(x, yc, l1, this.maxIter, this.tol);
        this.iterations = iterations;
        this.settle(features, w, means, yMean);
    }
    predict(columns) {
        return this.linear(columns);
    }
    params() {
        return { alpha: this.alpha, max_iter: this.maxIter, tol: this.tol };
    }
    learned() {
        return { ...super.learned(), iterations: this.iterations };
    }
}
/** Dot product with four running sums (a fixed order that pipelines the additions), then the tail. */
function dot(a, b) {
    const n = a.length;
    const m = n - (n % 4);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < m; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    let s = s0 + s1 + (s2 + s3);
    for (let i = m; i < n; i++)
        s += a[i] * b[i];
    return s;
}
const softThreshold = (t, l1) => Math.sign(t) * Math.max(Math.abs(t) - l1, 0);
/**
 * Coordinate descent on the residual, as scikit-learn's enet_coordinate_descent: each update costs
 * a pass over the rows. Used when there are more features than rows.
 */
function cdResidual(x, y, l1, maxIter, tol) {
    const n = y.length;
    const p = x.length;
    const w = new Float64Array(p);
    const norms = x.map(c => dot(c, c));
    const r = Float64Array.from(y);
    const gapTol = tol * dot(y, y);
    let iter = 0;
    for (; iter < maxIter; iter++) {
        let wMax = 0;
        let dwMax = 0;
        for (let j = 0; j < p; j++) {
            if (norms[j] === 0)
                continue;
            const c = x[j];
            const old = w[j];
            if (old !== 0)
                for (let i = 0; i < n; i++)
                    r[i] += old * c[i];
            const next = softThreshold(dot(c, r), l1) / norms[j];
            w[j] = next;
            if (next !== 0)
                for (let i = 0; i < n; i++)
                    r[i] -= next * c[i];
            dwMax = Math.max(dwMax, Math.abs(next - old));
            wMax = Math.max(wMax, Math.abs(next));
        }
        if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
            if (dualityGap(x, r, y, w, l1) < gapTol)
                break;
        }
    }
    return { w, iterations: Math.min(iter + 1, maxIter) };
}
/**
 * The same descent on the Gram matrix XᵀX, as scikit-learn's enet_coordinate_descent_gram (its
 * `precompute=True`): the same updates and stopping rule, each update costing a pass over the
 * features instead of the rows.
 */
function cdGram(x, y, l1, maxIter, tol) {
    const p = x.length;
    const h = new Float64Array(p * p);
    const q = new Float64Array(p);
    for (let j = 0; j < p; j++) {
        q[j] = dot(x[j], y);
        for (let k = 0; k <= j; k++)
            h[j * p + k] = h[k * p + j] = dot(x[j], x[k]);
    }
    const yNorm2 = dot(y, y);
    const gapTol = tol * yNorm2;
    const w = new Float64Array(p);
    const hw = new Float64Array(p);
    let iter = 0;
    for (; iter < maxIter; iter++) {
        let wMax = 0;
        let dwMax = 0;
        for (let j = 0; j < p; j++) {
            const hjj = h[j * p + j];
            if (hjj === 0)
                continue;
            const old = w[j];
            const next = softThreshold(q[j] - hw[j] + hjj * old, l1) / hjj;
            if (next !== old) {
                const delta = next - old;
                for (let k = 0; k < p; k++)
                    hw[k] += delta * h[k * p + j];
            }
            w[j] = next;
            dwMax = Math.max(dwMax, Math.abs(next - old));
            wMax = Math.max(wMax, Math.abs(next));
        }
        if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
            let dualNorm = 0;
            let l1Norm = 0;
            let qw = 0;
            let whw = 0;
            for (let j = 0; j < p; j++) {
                dualNorm = Math.max(dualNorm, Math.abs(q[j] - hw[j]));
                l1Norm += Math.abs(w[j]);
                qw += q[j] * w[j];
                whw += w[j] * hw[j];
            }
            const rNorm2 = yNorm2 + whw - 2 * qw;
            let scale = 1;
            let gap = rNorm2;
            if (dualNorm > l1) {
                scale = l1 / dualNorm;
                gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
            }
            gap += l1 * l1Norm - scale * yNorm2 + scale * qw;
            if (gap < gapTol)
                break;
        }
    }
    return { w, iterations: Math.min(iter + 1, maxIter) };
}
function dualityGap(x, r, y, w, l1) {
    let dualNorm = 0;
    let l1Norm = 0;
    for (let j = 0; j < x.length; j++) {
        dualNorm = Math.max(dualNorm, Math.abs(dot(x[j], r)));
        l1Norm += Math.abs(w[j]);
    }
    const rNorm2 = dot(r, r);
    let gap;
    let scale = 1;
    if (dualNorm > l1) {
        scale = l1 / dualNorm;
        gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
    }
    else
        gap = rNorm2;
    return gap + l1 * l1Norm - scale * dot(r, y);
}
/**
 * Binary logistic regression with an L2 penalty: minimises ½‖w‖² + C·Σ log-loss (the intercept is
 * not penalised), the optimum scikit-learn's lbfgs solver approaches. Solved by Newton's method with
 * a backtracking line search until the gradient vanishes to rounding, so the optimum is exact.
 */
class Logistic extends Linear {
    c;
    maxIter;
    type = 'logistic';
    iterations = 0;
    constructor(c, maxIter) {
        super();
        this.c = c;
        this.maxIter = maxIter;
    }
    fit(features, columns, y) {
        this.features = features;
        const n = y.length;
        const p = features.length;
        const q = p + 1;
        const w = new Float64Array(q);
        const z = new Float64Array(n);
        const objective = (v) => {
            linearScores(columns, v, z);
            let loss = 0;
            for (let i = 0; i < n; i++)
                loss += softplus(z[i]) - y[i] * z[i];
            let pen = 0;
            for (let j = 0; j < p; j++)
                pen += v[j] * v[j];
            return 0.5 * pen + this.c * loss;
        };
        let f = objective(w);
        let iter = 0;
        for (; iter < this.maxIter; iter++) {
            linearScores(columns, w, z);
            const g = new Float64Array(q);
            const h = new Float64Array(q * q);
            const resid = new Float64Array(n);
            const weight = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                const prob = sigmoid(z[i]);
                resid[i] = prob - y[i];
                weight[i] = prob * (1 - prob);
            }
            const col = (j) => (j < p ? columns[j] : undefined);
            for (let a = 0; a < q; a++) {
                const ca = col(a);
                let s = 0;
                for (let i = 0; i < n; i++)
                    s += (ca ? ca[i] : 1) * resid[i];
                g[a] = this.c * s + (a < p ? w[a] : 0);
                for (let b = 0; b <= a; b++) {
                    const cb = col(b);
                    let hs = 0;
                    for (let i = 0; i < n; i++)
                        hs += (ca ? ca[i] : 1) * (cb ? cb[i] : 1) * weight[i];
                    const v = this.c * hs + (a === b && a < p ? 1 : 0);
                    h[a * q + b] = v;
                    h[b * q + a] = v;
                }
            }
            let gMax = 0;
            for (const v of g)
                gMax = Math.max(gMax, Math.abs(v));
            if (gMax < 1e-10 * Math.max(1, this.c * n * 1e-3))
                break;
            const step = solveCholesky(h, g, q);
            if (!step)
                throw new InputError('model logistic: the Hessian is singular; the features are degenerate');
            let t = 1;
            let candidate = new Float64Array(q);
            let fNew = f;
            for (let k = 0; k < 60; k++) {
                candidate = w.map((v, j) => v - t * step[j]);
                fNew = objective(candidate);
                if (fNew <= f)
                    break;
                t /= 2;
            }
            if (!(fNew <= f))
                break;
            const moved = candidate.some((v, j) => v !== w[j]);
            w.set(candidate);
            f = fNew;
            if (!moved)
                break;
        }
        this.iterations = iter;
        this.coef = w.slice(0, p);
        this.intercept = w[p];
    }
    predict(columns) {
        return this.linear(columns).map(sigmoid);
    }
    params() {
        return { C: this.c, max_iter: this.maxIter };
    }
    learned() {
        return { ...super.learned(), iterations: this.iterations };
    }
}
function linearScores(columns, w, out) {
    const p = columns.length;
    out.fill(w[p]);
    for (let j = 0; j < p; j++) {
        const c = columns[j];
        const wj = w[j];
        for (let i = 0; i < out.length; i++)
            out[i] += c[i] * wj;
    }
}
function softplus(z) {
    return z > 0 ? z + log1p(exp(-z)) : log1p(exp(z));
}
function num(spec, key, fallback) {
    return spec[key] ?? fallback;
}
/** Build a model from its config entry; the task decides the loss of the tree models. */
function createModel(spec, task, seed) {
    const classification = task === 'classification';
    const linearOnly = (type) => {
        if (classification)
            throw new InputError(`model ${type} is a regression; for a classification use logistic, decision_tree, random_forest or gradient_boosting`);
    };
    switch (spec.type) {
        case 'linear':
            linearOnly('linear');
            return new LinearModel('linear', 0);
        case 'ridge':
            linearOnly('ridge');
            return new LinearModel('ridge', num(spec, 'alpha', 1));
        case 'lasso':
            linearOnly('lasso');
            return new Lasso(num(spec, 'alpha', 1), num(spec, 'max_iter', 1000), num(spec, 'tol', 1e-4));
        case 'logistic':
            if (!classification)
                throw new InputError('model logistic needs `task: classification`');
            return new Logistic(num(spec, 'C', 1), num(spec, 'max_iter', 100));
        case 'decision_tree':
            return new DecisionTree(task, treeOptions(spec, 1), seed);
        case 'random_forest':
            return new RandomForest(task, treeOptions(spec, classification ? 'sqrt' : 1), num(spec, 'n_estimators', 100), spec.bootstrap !== false, seed);
        case 'gradient_boosting':
            return new GradientBoosting(task, { ...treeOptions(spec, 1), maxDepth: num(spec, 'max_depth', 3) }, num(spec, 'n_estimators', 100), num(spec, 'learning_rate', 0.1), num(spec, 'subsample', 1), seed);
        default:
            throw new InputError(`unknown model type "${spec.type}"`);
    }
}
function treeOptions(spec, maxFeatures) {
    return {
        maxDepth: spec.max_depth ?? Infinity,
        minSamplesSplit: num(spec, 'min_samples_split', 2),
        minSamplesLeaf: num(spec, 'min_samples_leaf', 1),
        maxFeatures: spec.max_features ?? maxFeatures
    };
}

/**
 * Keep the features an L1 model (lasso on the training target) gives a weight of at least
 * `threshold` (1e-5, scikit-learn's SelectFromModel default for L1 models); drop the rest.
 */
class SelectL1 {
    alpha;
    threshold;
    maxIter;
    tol;
    kind = 'select_l1';
    kept = [];
    weights = {};
    constructor(alpha, threshold, maxIter, tol) {
        this.alpha = alpha;
        this.threshold = threshold;
        this.maxIter = maxIter;
        this.tol = tol;
    }
    fit(frame, context) {
        const names = frame.names.filter(n => !context.reserved.has(n));
        const columns = names.map(name => {
            const c = frame.get(name);
            if (c.kind !== 'number' || c.values.some(v => Number.isNaN(v))) {
                throw new InputError(`step select_l1: feature "${name}" is not numeric and complete at this point; encode and impute before selecting`);
            }
            return c.values;
        });
        const lasso = new Lasso(this.alpha, this.maxIter, this.tol);
        lasso.fit(names, columns, context.target);
        const coef = lasso.learned().coef;
        this.weights = coef;
        this.kept = names.filter(n => Math.abs(coef[n]) >= this.threshold);
    }
    transform(frame) {
        return frame.select(this.kept);
    }
    params() {
        return { alpha: this.alpha, threshold: this.threshold, max_iter: this.maxIter, tol: this.tol };
    }
    learned() {
        return { kept: this.kept, weights: this.weights };
    }
    restore(learned) {
        const l = learned;
        this.kept = l.kept;
        this.weights = l.weights;
    }
}

/** Build a step from its config entry, `{ kind: options }`. */
function createStep(spec) {
    const [kind, options = {}] = Object.entries(spec)[0];
    const columns = (fallback) => options.columns ?? fallback;
    switch (kind) {
        case 'impute': {
            const strategy = options.strategy;
            const fallback = strategy === 'mean' || strategy === 'median'
                ? 'numeric'
                : strategy === 'missing_label'
                    ? 'categorical'
                    : 'all';
            return new Impute(strategy, columns(fallback), options.value, options.label ?? 'Missing', options.indicator === true, options.missing_value);
        }
        case 'rare_labels':
            return new RareLabels(columns('categorical'), options.tolerance ?? 0.01, options.label ?? 'Rare');
        case 'one_hot':
            return new OneHot(columns('categorical'), options.drop_first === true);
        case 'ordinal_target':
            return new OrdinalTarget(columns('categorical'), options.unknown ?? -1);
        case 'map':
            return new MapLabels(options.columns, options.mapping, options.other);
        case 'transform':
            return new Transform(options.method, columns('numeric'), options.standardize === true);
        case 'binarize':
            return new Binarize(columns('numeric'), options.threshold ?? 0);
        case 'clip':
            return new Clip(columns('numeric'), options.min ?? -Infinity, options.max ?? Infinity);
        case 'derive':
            return new Derive(options.name, options.op, options.left, options.right, options.drop ?? []);
        case 'scale':
            return new Scale(options.method, columns('numeric'));
        case 'select_l1':
            return new SelectL1(options.alpha ?? 0.001, options.threshold ?? 1e-5, options.max_iter ?? 1000, options.tol ?? 1e-4);
        case 'drop':
        case 'keep':
            return new Columns(kind, options.columns);
        default:
            throw new InputError(`unknown pipeline step "${kind}"`);
    }
}

class FittedPipeline {
    settings;
    inputs;
    steps;
    features;
    model;
    trainRows;
    constructor(settings, inputs, steps, features, model, trainRows) {
        this.settings = settings;
        this.inputs = inputs;
        this.steps = steps;
        this.features = features;
        this.model = model;
        this.trainRows = trainRows;
    }
    /** Learn every step, then the model, from `train` (rows already in id order) and its target `y`. */
    static fit(settings, train, y, file) {
        const reserved = new Set([settings.idColumn, settings.target]);
        let frame = withoutReserved(train, reserved);
        const inputs = Object.fromEntries(frame.names.map(n => [n, frame.get(n).kind]));
        const context = {
            reserved,
            seed: settings.seed,
            target: forward(settings.targetTransform, y, file)
        };
        const steps = settings.steps.map(createStep);
        for (const step of steps) {
            step.fit(frame, context);
            frame = step.transform(frame);
        }
        const features = frame.names;
        const model = createModel(settings.model, settings.task, settings.seed);
        model.fit(features, featureMatrix(frame, features, file), context.target);
        return new FittedPipeline(settings, inputs, steps, features, model, train.rows);
    }
    /** Rebuild a fitted pipeline from the JSON `toJson()` wrote; nothing is retrained. */
    static fromJson(doc, file) {
        const d = doc;
        if (d.engine !== 'builtin' || !Array.isArray(d.steps) || typeof d.model !== 'object') {
            throw new InputError('not a fitted pipeline of the built-in engine', { file });
        }
        const settings = {
            task: d.task,
            seed: d.seed,
            idColumn: d.idColumn,
            target: d.target,
            targetTransform: d.targetTransform,
            steps: d.steps.map(s => ({ [s.kind]: s.spec })),
            model: d.model.spec,
            classes: d.classes ?? undefined
        };
        const steps = settings.steps.map(createStep);
        steps.forEach((step, i) => step.restore(d.steps[i].learned));
        const model = createModel(settings.model, settings.task, settings.seed);
        model.restore(d.model.learned, d.features);
        return new FittedPipeline(settings, d.inputs, steps, d.features, model, d.trainRows);
    }
    /**
     * Predictions for `frame`: the value for a regression (back on the target's scale), the
     * probability of the positive class for a classification.
     */
    predict(frame, file) {
        let current = conform(withoutReserved(frame, new Set([this.settings.idColumn, this.settings.target])), this.inputs, file);
        for (const step of this.steps)
            current = step.transform(current);
        return inverse(this.settings.targetTransform, this.model.predict(featureMatrix(current, this.features, file)));
    }
    toJson() {
        const s = this.settings;
        return {
            engine: 'builtin',
            format: 1,
            task: s.task,
            seed: s.seed,
            idColumn: s.idColumn,
            target: s.target,
            targetTransform: s.targetTransform,
            classes: s.classes ?? null,
            trainRows: this.trainRows,
            inputs: this.inputs,
            steps: this.steps.map((step, i) => ({
                index: i,
                kind: step.kind,
                spec: Object.values(s.steps[i])[0],
                params: step.params(),
                learned: step.learned()
            })),
            features: this.features,
            model: {
                type: this.model.type,
                spec: s.model,
                params: this.model.params(),
                learned: this.model.learned()
            }
        };
    }
}
function withoutReserved(frame, reserved) {
    return frame.with([], [...reserved].filter(n => frame.columns.has(n)));
}
/**
 * Give the scoring data the training data's columns and kinds: a column the pipeline needs must be
 * there, an empty column reads as missing numbers, numbers where labels were trained become labels.
 */
function conform(frame, inputs, file) {
    const updates = [];
    for (const [name, kind] of Object.entries(inputs)) {
        const column = frame.columns.get(name);
        if (!column)
            throw new InputError(`column "${name}", which the pipeline was trained with, is missing from the scoring data`, { file });
        if (column.kind === kind)
            continue;
        if (kind === 'string')
            updates.push([
                name,
                {
                    kind: 'string',
                    values: Array.from(column.values, v => (Number.isNaN(v) ? null : String(v)))
                }
            ]);
        else if (column.values.every(v => v === null))
            updates.push([name, { kind: 'number', values: new Float64Array(frame.rows).fill(NaN) }]);
        else
            throw new InputError(`column "${name}" held numbers in training but holds labels (such as ${JSON.stringify(column.values.find(v => v !== null))}) here`, { file });
    }
    const extra = frame.names.filter(n => !Object.hasOwn(inputs, n));
    return frame.with(updates, extra).select(Object.keys(inputs));
}
function featureMatrix(frame, features, file) {
    return features.map(name => {
        const column = frame.get(name, file);
        if (column.kind !== 'number') {
            throw new InputError(`feature "${name}" still holds labels when it reaches the model; add an encoding step (one_hot, ordinal_target or map)`, { file });
        }
        const gap = column.values.findIndex(v => Number.isNaN(v));
        if (gap >= 0)
            throw new InputError(`feature "${name}" still has missing values when it reaches the model (row ${gap + 1} in id order); add an impute step`, { file });
        return column.values;
    });
}
function forward(transform, y, file) {
    if (transform === 'none')
        return y;
    if (y.some(v => (transform === 'log' ? v <= 0 : v <= -1))) {
        throw new InputError(`target_transform ${transform} needs targets above ${transform === 'log' ? 0 : -1}`, { file });
    }
    return y.map(v => (transform === 'log' ? log(v) : log1p(v)));
}
function inverse(transform, y) {
    if (transform === 'none')
        return y;
    return y.map(v => (transform === 'log' ? exp(v) : expm1(v)));
}

const FITTED_PIPELINE_FILE = 'fitted-pipeline.json';
/**
 * Train the declared pipeline on the training entry, predict the scoring entry, and write
 * predictions.csv, metrics.json and fitted-pipeline.json into `outDir`.
 */
async function runBuiltin(config, dataDir, outDir) {
    const spec = config.pipeline;
    const trainFile = path.join(dataDir, spec.train);
    const scoreFile = path.join(dataDir, spec.score);
    const [trainRaw, scoreRaw] = await Promise.all([readFrame(trainFile), readFrame(scoreFile)]);
    for (const [frame, file] of [
        [trainRaw, trainFile],
        [scoreRaw, scoreFile]
    ])
        checkIds(frame, spec.idColumn, file);
    if (!trainRaw.columns.has(spec.target))
        throw new InputError(`target column "${spec.target}" not found`, { file: trainFile });
    // Rows are sorted by id before anything is learned: the order rows arrive in cannot matter.
    const train = trainRaw.take(orderById(trainRaw, spec.idColumn));
    const score = scoreRaw.take(orderById(scoreRaw, spec.idColumn));
    const settings = pipelineSettings(spec, train, trainFile);
    const y = encodeTarget(settings, train, trainFile);
    const metrics = {};
    if (spec.evaluation)
        Object.assign(metrics, evaluate(settings, spec, train, y, trainFile));
    const fitted = FittedPipeline.fit(settings, train, y, trainFile);
    const predicted = fitted.predict(score, scoreFile);
    if (score.columns.has(spec.target)) {
        const truth = encodeTarget(settings, score, scoreFile);
        for (const name of spec.metrics)
            metrics[name] = metric(name, truth, predicted);
    }
    await promises.mkdir(outDir, { recursive: true });
    const predictionsFile = path.join(outDir, 'predictions.csv');
    await promises.writeFile(predictionsFile, predictionsCsv(settings, score, predicted));
    await promises.writeFile(path.join(outDir, 'metrics.json'), canonicalJsonPretty(metrics));
    await promises.writeFile(path.join(outDir, FITTED_PIPELINE_FILE), canonicalJsonPretty(fitted.toJson()));
    return {
        dir: outDir,
        predictions: predictionsFile,
        idColumn: spec.idColumn,
        metrics,
        artifacts: [FITTED_PIPELINE_FILE]
    };
}
/**
 * The production path: score `dataFile` with a saved fitted-pipeline.json, no retraining. Writes
 * the same predictions file the training run wrote for the same rows.
 */
async function predictWithFitted(fittedFile, dataFile, outFile) {
    let doc;
    try {
        doc = JSON.parse(await promises.readFile(fittedFile, 'utf8'));
    }
    catch (error) {
        throw new InputError(`cannot read the fitted pipeline: ${error.message}`, { file: fittedFile });
    }
    const fitted = FittedPipeline.fromJson(doc, fittedFile);
    const raw = await readFrame(dataFile);
    checkIds(raw, fitted.settings.idColumn, dataFile);
    const frame = raw.take(orderById(raw, fitted.settings.idColumn));
    const predicted = fitted.predict(frame, dataFile);
    await promises.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
    await promises.writeFile(outFile, predictionsCsv(fitted.settings, frame, predicted));
    return { rows: frame.rows };
}
function pipelineSettings(spec, train, file) {
    const settings = {
        task: spec.task,
        seed: spec.seed,
        idColumn: spec.idColumn,
        target: spec.target,
        targetTransform: spec.targetTransform,
        steps: spec.steps,
        model: spec.model
    };
    if (spec.task !== 'classification')
        return settings;
    if (spec.targetTransform !== 'none')
        throw new InputError('target_transform applies to a regression only', { file });
    const labels = new Set();
    const column = train.get(spec.target);
    for (const v of column.values)
        if (v !== null && !(typeof v === 'number' && Number.isNaN(v)))
            labels.add(String(v));
    const classes = [...labels].sort(compareText);
    if (classes.length !== 2)
        throw new InputError(`a classification needs exactly two labels in "${spec.target}", found ${classes.length}: ${classes.slice(0, 5).join(', ')}`, { file });
    const positive = spec.positiveLabel ?? classes[1];
    if (!classes.includes(positive))
        throw new InputError(`positive_label "${positive}" is not a label of "${spec.target}" (${classes.join(', ')})`, { file });
    settings.classes = [classes.find(c => c !== positive), positive];
    return settings;
}
/** The target as numbers: the value for a regression, 1 for the positive label and 0 otherwise for a classification. */
function encodeTarget(settings, frame, file) {
    const column = frame.get(settings.target);
    const missing = Array.from(column.values).findIndex(v => v === null || (typeof v === 'number' && Number.isNaN(v)));
    if (missing >= 0)
        throw new InputError(`target column "${settings.target}" has a missing value (row ${missing + 1} in id order)`, { file });
    if (!settings.classes) {
        if (column.kind !== 'number')
            throw new InputError(`target column "${settings.target}" holds labels; set task: classification or use a numeric target`, { file });
        return column.values;
    }
    const [negative, positive] = settings.classes;
    return Float64Array.from(column.values, v => {
        const label = String(v);
        if (label !== negative && label !== positive)
            throw new InputError(`target label "${label}" was not seen in training (${negative}, ${positive})`, {
                file
            });
        return label === positive ? 1 : 0;
    });
}
/**
 * Seeded holdout or k-fold evaluation on the training rows: the whole pipeline is refit on each
 * training part and scored on the rows held out. Metrics are named `holdout_<metric>` or `cv_<metric>`
 * (the mean over folds).
 */
function evaluate(settings, spec, train, y, file) {
    const evaluation = spec.evaluation;
    const n = train.rows;
    const rng = seedrandom(`${settings.seed}:split`);
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
    }
    const folds = [];
    if (evaluation.method === 'holdout')
        folds.push(order.slice(0, Math.max(1, Math.round(evaluation.testSize * n))));
    else
        for (let f = 0; f < evaluation.folds; f++)
            folds.push(order.slice(Math.floor((f * n) / evaluation.folds), Math.floor(((f + 1) * n) / evaluation.folds)));
    const prefix = evaluation.method === 'holdout' ? 'holdout' : 'cv';
    const sums = {};
    for (const held of folds) {
        const isHeld = new Uint8Array(n);
        for (const i of held)
            isHeld[i] = 1;
        const fitRows = order.filter(i => !isHeld[i]).sort((a, b) => a - b);
        const testRows = [...held].sort((a, b) => a - b);
        const fitted = FittedPipeline.fit(settings, train.take(fitRows), Float64Array.from(fitRows, i => y[i]), file);
        const predicted = fitted.predict(train.take(testRows), file);
        const truth = Float64Array.from(testRows, i => y[i]);
        for (const name of spec.metrics)
            sums[name] = (sums[name] ?? 0) + metric(name, truth, predicted);
    }
    return Object.fromEntries(spec.metrics.map(name => [`${prefix}_${name}`, sums[name] / folds.length]));
}
function checkIds(frame, idColumn, file) {
    if (!frame.columns.has(idColumn))
        throw new InputError(`id column "${idColumn}" not found`, { file });
    const ids = frame.get(idColumn);
    const seen = new Set();
    for (let i = 0; i < frame.rows; i++) {
        const id = ids.values[i];
        if (id === null || (typeof id === 'number' && Number.isNaN(id))) {
            throw new InputError(`row ${i + 1} has no value in the id column "${idColumn}"`, { file, line: i + 2 });
        }
        if (seen.has(id))
            throw new InputError(`id ${String(id)} appears more than once in "${idColumn}"`, { file });
        seen.add(id);
    }
}
/**
 * Numbers in JavaScript's shortest round-trip form: parsing the file gives back the exact doubles.
 * A classification writes the predicted label and the probability of the positive label.
 */
function predictionsCsv(settings, score, predicted) {
    const ids = score.get(settings.idColumn);
    const classes = settings.classes;
    const lines = [
        classes
            ? `${csvField(settings.idColumn)},prediction,probability`
            : `${csvField(settings.idColumn)},prediction`
    ];
    for (let i = 0; i < score.rows; i++) {
        const id = csvField(String(ids.values[i]));
        lines.push(classes
            ? `${id},${csvField(predicted[i] > 0.5 ? classes[1] : classes[0])},${String(predicted[i])}`
            : `${id},${String(predicted[i])}`);
    }
    return lines.join('\n') + '\n';
}

export { FITTED_PIPELINE_FILE, predictWithFitted, runBuiltin };
