import { promises, realpathSync, lstatSync, readlinkSync, existsSync, constants } from 'node:fs';
import path from 'node:path';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import { g as getDefaultExportFromCjs } from './cli.js';

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

// Messages and log lines quote data (ids, column names, file names, what a pipeline printed). One
// message must stay one line: a raw newline in data would let it start a line of its own, which
// the GitHub runner reads as a workflow command (`::add-mask::`, `::error::`, ...), and bidi
// overrides reorder what a terminal shows. These helpers make such text inert.
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every control and bidi character as a visible escape (`\n`, `\x1b`, `\u202e`): one line, shown as is. */
function oneLine(text) {
    return text.replace(UNSAFE, ch => {
        const named = NAMED[ch];
        if (named)
            return named;
        const code = ch.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/**
 * A line the GitHub runner would take for a workflow command: `::` after optional white space. Only
 * the edges emit commands (through @actions/core); a line of ours that starts with data gets its
 * first colon escaped.
 */
function notACommand(line) {
    return line.replace(/^(\s*):(?=:)/, '$1\\:');
}
/** Text for a log or terminal line: one line, and never a workflow command. */
function logLine(text) {
    return notACommand(oneLine(text));
}

/**
 * Input the audit cannot work with (bad usage, config or data). The edges turn it into exit
 * status 2 and a one-line reason that names the file and, where known, the line and column.
 */
class InputError extends Error {
    file;
    line;
    column;
    /** Every mistake found, when there are several (a config with two typos); this one is the first. */
    all;
    constructor(message, where = {}, all) {
        // Messages quote data (ids, column names, parser errors about file content): one line, always.
        super(oneLine(message));
        this.name = 'InputError';
        this.file = where.file;
        this.line = where.line;
        this.column = where.column;
        if (all && all.length > 1)
            this.all = all;
    }
    /** One error standing for several: its message is the first one's, `all` holds each. */
    static several(errors) {
        const [first] = errors;
        return new InputError(first.message, { file: first.file, line: first.line, column: first.column }, errors);
    }
    /** `file:line:column: message`, with the file shown relative to the working folder. */
    format() {
        if (!this.file)
            return this.message;
        let where = oneLine(displayPath(this.file));
        if (this.line !== undefined)
            where += `:${this.line}`;
        if (this.line !== undefined && this.column !== undefined)
            where += `:${this.column}`;
        return `${where}: ${this.message}`;
    }
}
function displayPath(file) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file))
        return file;
    const rel = path.relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
/** The one-line message of anything thrown, control characters escaped (see core/text.ts). */
function errorMessage(error) {
    if (error instanceof InputError)
        return error.format();
    if (error instanceof Error)
        return oneLine(error.message);
    return oneLine(String(error));
}

/**
 * Replace `file` all at once: write a temporary file beside it, flush it, then rename it over the
 * old one. A failed or interrupted write leaves the previous file intact.
 */
async function writeFileAtomic(file, content) {
    await promises.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
    try {
        const handle = await promises.open(tmp, 'w');
        try {
            await handle.writeFile(content);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await promises.rename(tmp, file);
    }
    catch (error) {
        await promises.rm(tmp, { force: true });
        throw error;
    }
}
/** sha256 of a file, streamed, with its size. */
async function hashFile(file, progress) {
    const hash = createHash('sha256');
    let size = 0;
    // One reused buffer (4 MiB, or the file's size when smaller) instead of a stream's fresh chunk
    // per read: verifying unchanged data is mostly this loop, and the garbage collector then has
    // nothing to do.
    const handle = await promises.open(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(Math.min(1 << 22, (await handle.stat()).size + 1));
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
            size += bytesRead;
            progress?.(size);
        }
    }
    finally {
        await handle.close();
    }
    return { sha256: hash.digest('hex'), size };
}
async function exists(file) {
    try {
        await promises.access(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Forward-slash path of `file` relative to `base`, for files that are committed and compared. */
function relativePosix(base, file) {
    return path.relative(base, file).split(path.sep).join('/');
}
/** True when `file` lies inside `root` (after resolving both). */
function isInside(root, file) {
    const rel = path.relative(path.resolve(root), path.resolve(file));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/**
 * The first path from `root` down to `target` that is a link leading outside `root` (a dangling
 * link counts by where it points), or undefined. Parts that do not exist yet end the walk: they
 * will be created as plain folders and files.
 */
function linkOutside(root, target) {
    let realRoot;
    try {
        realRoot = realpathSync(root);
    }
    catch {
        return undefined; // nothing under a root that does not exist yet can be a link
    }
    const parts = path.relative(root, target).split(path.sep).filter(Boolean);
    let at = root;
    for (const part of parts) {
        at = path.join(at, part);
        let stat;
        try {
            stat = lstatSync(at);
        }
        catch {
            return undefined;
        }
        if (!stat.isSymbolicLink())
            continue;
        let real;
        try {
            real = realpathSync(at);
        }
        catch {
            real = path.resolve(path.dirname(at), readlinkSync(at));
        }
        if (!isInside(realRoot, real) && !isInside(root, real))
            return at;
    }
    return undefined;
}
/**
 * A path read from a file the audit does not trust to be as written (the lock, the baseline
 * manifest, a result file): relative to `base`, free of NUL bytes, and inside `root` also after
 * following links. Anything else is an InputError naming the file and the field.
 */
function confinedPath(value, base, root, source) {
    const refuse = (why) => new InputError(`${source.field}: ${JSON.stringify(value)} ${why}; refused`, {
        file: source.file,
        line: source.line
    });
    if (typeof value !== 'string' || value === '')
        throw refuse('is not a path');
    if (value.includes('\0'))
        throw refuse('holds a NUL byte');
    const abs = path.resolve(base, value);
    if (path.isAbsolute(value) || !isInside(root, abs))
        throw refuse('points outside the repository');
    const link = linkOutside(root, abs);
    if (link)
        throw refuse(`leads outside the repository through the link ${displayPath(link)}`);
    return abs;
}
/**
 * Refuse to write into `dir` when a link on the way leads outside `root` (checked again right
 * before writing: pipeline code runs in between and may have made one).
 */
function requireWritableInside(root, dir, what) {
    if (!isInside(root, dir))
        throw new InputError(`${what} ${displayPath(dir)} is outside the repository; refusing to write there`, {
            file: dir
        });
    const link = linkOutside(root, dir);
    if (link)
        throw new InputError(`${what} leads outside the repository through this link; refusing to write there`, {
            file: link
        });
}

/** Keeps the literal type of `name`, so the list of perturbations yields the union of names. */
function definePerturbation(p) {
    return p;
}

const execFileAsync$1 = promisify(execFile);
/** How far the clock moves: more than a year, plus hours and minutes, so year, date, weekday and time all change. */
const CLOCK_SHIFT_SECONDS = 400 * 86400 + 7 * 3600 + 13 * 60;
/** Where Debian, Ubuntu, Fedora and Homebrew put libfaketime. */
const LIBRARY_PATHS = [
    '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/faketime/libfaketime.so.1',
    '/usr/lib64/faketime/libfaketime.so.1',
    '/usr/local/lib/faketime/libfaketime.so.1',
    '/opt/homebrew/lib/faketime/libfaketime.1.dylib'
];
const INSTALL_HINT = 'install it with `sudo apt-get install faketime` (Debian, Ubuntu) or `dnf install libfaketime`';
const clock = definePerturbation({
    name: 'clock',
    what: 'date and time',
    cause: "changes with the date and time: the code reads today's date or the current time (ages, durations, date-based splits)",
    reachesBuiltin: false,
    plan: async ({ env }) => {
        // REPRO_AUDIT_LIBFAKETIME points at another copy (tests use it to try a missing or broken one).
        const override = env.REPRO_AUDIT_LIBFAKETIME;
        const library = override ? [override].find(p => existsSync(p)) : LIBRARY_PATHS.find(p => existsSync(p));
        if (!library)
            return { notTried: `libfaketime is not installed; ${INSTALL_HINT}` };
        const clockEnv = fakeTimeEnv(library);
        const problem = await sanityProbe(clockEnv);
        if (problem)
            return { notTried: `libfaketime at ${library} did not shift the clock (${problem})` };
        const days = Math.floor(CLOCK_SHIFT_SECONDS / 86400);
        return {
            change: {
                varied: `clock ${days} days 7 h 13 min ahead (libfaketime, FAKETIME=${clockEnv.FAKETIME})`,
                env: clockEnv
            }
        };
    }
});
function fakeTimeEnv(library) {
    return {
        LD_PRELOAD: library,
        DYLD_INSERT_LIBRARIES: library,
        FAKETIME: `+${CLOCK_SHIFT_SECONDS}`,
        // Timeouts and durations measured on the monotonic clock stay real.
        FAKETIME_DONT_FAKE_MONOTONIC: '1'
    };
}
/**
 * Run `date +%s` under the library: a library that is missing, broken or not preloaded leaves the
 * clock where it is, and then the perturbation is not tried rather than reported as reproduced.
 */
async function sanityProbe(clockEnv) {
    const before = Date.now() / 1000;
    let printed;
    try {
        printed = await execFileAsync$1('date', ['+%s'], { env: { ...process.env, ...clockEnv }, timeout: 10_000 });
    }
    catch (error) {
        return `date failed under it: ${error.message.split('\n')[0]}`;
    }
    const { stdout, stderr } = printed;
    const shift = Number(stdout.trim()) - before;
    if (Math.abs(shift - CLOCK_SHIFT_SECONDS) < 3600)
        return undefined;
    const said = stderr.trim().split('\n')[0];
    return said ? said.replace(/^ERROR: ld\.so: /, '') : `date printed ${stdout.trim() || 'nothing'}`;
}

const hashSeed = definePerturbation({
    name: 'hash_seed',
    what: 'Python hash seed',
    cause: 'changes with PYTHONHASHSEED: the code depends on set or dict iteration order',
    reachesBuiltin: false,
    plan: async () => ({ change: { varied: 'PYTHONHASHSEED=1', env: { PYTHONHASHSEED: '1' } } })
});

const execFileAsync = promisify(execFile);
const locale = definePerturbation({
    name: 'locale',
    what: 'locale',
    cause: 'changes with the locale (LC_ALL): parsing, formatting or sorting depends on it',
    reachesBuiltin: false,
    plan: async ({ env }) => {
        const name = pickLocale((await installedLocales(env.LOCPATH)) ?? []);
        if (!name)
            return { notTried: 'no locale other than C or POSIX is installed on this machine' };
        return { change: { varied: `LC_ALL=${name}`, env: { LC_ALL: name, LANG: name } } };
    }
});
/** Where glibc keeps compiled locales: one archive, and folders beside it. */
const LOCALE_DIR = '/usr/lib/locale';
/**
 * The locales a run can use, as `locale -a` lists them, read from glibc's files rather than by
 * starting `locale`: the folders of LOCPATH when it is set (glibc then reads only those), else the
 * locale archive and the folders beside it. Elsewhere (not glibc) `locale -a` is asked.
 */
async function installedLocales(locpath) {
    const dirs = locpath ? locpath.split(':').filter(Boolean) : [LOCALE_DIR];
    const found = new Set(locpath ? [] : await archiveNames(path.join(LOCALE_DIR, 'locale-archive')));
    let anyDir = false;
    for (const dir of dirs) {
        const names = await promises.readdir(dir).catch(() => undefined);
        if (!names)
            continue;
        anyDir = true;
        for (const name of names)
            if (await promises.access(path.join(dir, name, 'LC_CTYPE')).then(() => true, () => false))
                found.add(name);
    }
    if (anyDir || found.size)
        return [...found].sort();
    try {
        return (await execFileAsync('locale', ['-a'])).stdout
            .split('\n')
            .map(s => s.trim())
            .filter(Boolean);
    }
    catch {
        return undefined;
    }
}
const ARCHIVE_MAGIC = 0xde020109;
/** The locale names in a glibc locale archive (its header, name table and strings only). */
async function archiveNames(file) {
    const handle = await promises.open(file, 'r').catch(() => undefined);
    if (!handle)
        return [];
    try {
        const read = async (offset, length) => {
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, offset);
            return buffer.subarray(0, bytesRead);
        };
        const head = await read(0, 32);
        // The archive is written in the machine's byte order; the magic number tells which.
        const little = head.length === 32 && head.readUInt32LE(0) === ARCHIVE_MAGIC;
        if (!little && !(head.length === 32 && head.readUInt32BE(0) === ARCHIVE_MAGIC))
            return [];
        const u32 = (b, at) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at));
        const [hashOffset, hashSize, stringOffset, stringUsed] = [
            u32(head, 8),
            u32(head, 16),
            u32(head, 20),
            u32(head, 24)
        ];
        if (hashSize > 1 << 20 || stringUsed > 1 << 24)
            return [];
        const table = await read(hashOffset, hashSize * 12);
        const strings = await read(stringOffset, stringUsed);
        const names = [];
        for (let at = 0; at + 12 <= table.length; at += 12) {
            const nameOffset = u32(table, at + 4);
            if (nameOffset === 0 || u32(table, at + 8) === 0)
                continue; // an empty or deleted slot
            const start = nameOffset - stringOffset;
            const end = strings.indexOf(0, start);
            if (start >= 0 && end > start)
                names.push(strings.toString('latin1', start, end));
        }
        return names;
    }
    finally {
        await handle.close();
    }
}
/** An installed locale other than C/POSIX, preferring ones that write decimals with a comma. */
function pickLocale(names) {
    const usable = names.filter(n => !/^(C|POSIX)(\.|$)/i.test(n));
    const comma = ['de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'pt_BR', 'ru_RU', 'tr_TR'];
    for (const prefix of comma) {
        const hit = usable.find(n => n.startsWith(prefix) && /utf-?8/i.test(n));
        if (hit)
            return hit;
    }
    return usable.find(n => /utf-?8/i.test(n)) ?? usable[0];
}

/** Seed of the row shuffle: fixed, so a row-order failure reproduces on every machine. */
const ROW_ORDER_SEED = 'repro-audit:row_order';
const rowOrder = definePerturbation({
    name: 'row_order',
    what: 'row order',
    cause: 'changes when the input rows are reordered: the code depends on the order rows arrive in (an unsorted split, sample or first-n selection)',
    reachesBuiltin: true,
    plan: async () => ({
        change: { varied: `snapshot rows shuffled (seed "${ROW_ORDER_SEED}")`, shuffleSeed: ROW_ORDER_SEED }
    })
});

/** Variables that pin the thread pools of the usual numeric libraries. */
const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS'];
const threads = definePerturbation({
    name: 'threads',
    what: 'thread count',
    cause: 'changes with the thread count: parallel reductions or scheduling change the arithmetic',
    reachesBuiltin: false,
    plan: async () => {
        const count = String(Math.max(2, os.availableParallelism()));
        const env = {
            ...Object.fromEntries(THREAD_VARIABLES.map(v => [v, count])),
            // Idle threads sleep instead of spinning (OpenMP, and OpenBLAS's own pool): the same
            // arithmetic, without burning the CPU a shared runner has.
            OMP_WAIT_POLICY: 'PASSIVE',
            OPENBLAS_THREAD_TIMEOUT: '4'
        };
        return { change: { varied: `${THREAD_VARIABLES.join(', ')}=${count}`, env } };
    }
});

/**
 * A zone whose calendar date differs from UTC's at the hour the audit runs, so code that takes
 * "today" or a date in local time changes: UTC−12 is a day behind from 00:00 to 12:00 UTC, UTC+14
 * a day ahead from 10:00 to 24:00. Switching at 11:00 leaves an hour of margin either way for the
 * run to start late or last long.
 */
function zoneFor(now) {
    const behind = now.getUTCHours() < 11;
    const name = behind ? 'Etc/GMT+12' : 'Etc/GMT-14'; // POSIX signs: GMT+12 is UTC−12
    const posix = behind ? '<-12>12' : '<+14>-14';
    const tz = existsSync(`/usr/share/zoneinfo/${name}`) ? name : posix;
    return { tz, offset: behind ? 'UTC−12' : 'UTC+14', dateIs: behind ? 'a day behind' : 'a day ahead' };
}
const timezone = definePerturbation({
    name: 'timezone',
    what: 'time zone',
    cause: 'changes with the time zone (TZ): the code reads local time or converts dates in it',
    reachesBuiltin: false,
    plan: async ({ now }) => {
        const zone = zoneFor(now);
        const hour = `${String(now.getUTCHours()).padStart(2, '0')}:00`;
        return {
            change: {
                varied: `TZ=${zone.tz} (${zone.offset}: at ${hour} UTC its calendar date is ${zone.dateIs})`,
                env: { TZ: zone.tz }
            }
        };
    }
});

const workdir = definePerturbation({
    name: 'workdir',
    what: 'working folder path',
    cause: "changes with the working folder's path: the code depends on absolute paths (seeds, hashes or ordering derived from them)",
    reachesBuiltin: true,
    plan: async () => ({
        change: { varied: 'run from a view of the repository at another path', elsewhere: true }
    })
});

/**
 * Every perturbation, in the order they are tried and reported. Adding one is a new file in this
 * folder and one entry here: the config's type and schema, and the report's causes follow.
 */
const PERTURBATIONS = [rowOrder, hashSeed, timezone, locale, threads, workdir, clock];
const PERTURBATION_NAMES = PERTURBATIONS.map(p => p.name);
/** What a difference under each perturbation says, and what one between identical runs says. */
const CAUSES = Object.fromEntries([
    ['none', 'predictions differ between two runs with the same inputs: unseeded randomness'],
    ...PERTURBATIONS.map(p => [p.name, p.cause])
]);

// Pipeline code is untrusted: it runs with the machine's environment minus the runner's secrets.
// Rules, in order:
//  1. INPUT_TOKEN (the action's token) never reaches a pipeline.
//  2. A name listed in `pipeline.env_pass` is passed, even one the default list drops (for example
//     ACTIONS_ID_TOKEN_REQUEST_* for a pipeline that fetches its data with OIDC).
//  3. A name matching the default list or `pipeline.env_drop` is dropped.
//  4. Everything else is passed.
// Patterns are a name or a prefix ending in `*`; env_pass takes exact names only, so passing a
// secret is always a deliberate, named choice.
/** The runner's secrets: the action's inputs, its runtime and OIDC tokens, and the usual token variables. */
const DEFAULT_ENV_DROP = [
    'INPUT_*',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_*',
    'GITHUB_TOKEN',
    'GH_TOKEN'
];
/** Never passed, whatever env_pass says. */
const NEVER_PASS = ['INPUT_TOKEN'];
const NO_ENV_RULES = { drop: [], pass: [] };
/**
 * The rules of a pipeline section: a command pipeline's env_drop/env_pass. They hold for every
 * program of the repository's the audit starts (the command, and the configured interpreter the
 * dependency audit asks); the builtin engine has no such keys, so only the default list applies.
 */
function envRulesOf(pipeline) {
    return pipeline.env ?? NO_ENV_RULES;
}
// Names that say "secret", for deciding which dropped values to redact.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH/i;
function matches(name, pattern) {
    return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
const matchesAny = (name, patterns) => patterns.some(p => matches(name, p));
/** Whether `name` reaches the pipeline under `rules`. */
function passesToPipeline(name, rules) {
    if (matchesAny(name, NEVER_PASS))
        return false;
    if (rules.pass.includes(name))
        return true;
    return !matchesAny(name, DEFAULT_ENV_DROP) && !matchesAny(name, rules.drop);
}
/** The environment a pipeline command runs with: `env` without the dropped names. */
function pipelineEnv(env, rules) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => passesToPipeline(name, rules)));
}
/**
 * Values in `env` the audit must never write out: every variable the user's env_drop names, and
 * those of the default list whose names say they are secret (INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN ..., but not INPUT_CONFIG) — passed or not, since a passed secret must not reach a
 * report either. Short values are left out by secretList.
 */
function secretEnvValues(env, rules) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const listed = matchesAny(name, rules.drop);
        const secretDefault = (matchesAny(name, DEFAULT_ENV_DROP) || matchesAny(name, NEVER_PASS)) && SECRET_NAME.test(name);
        if (listed || secretDefault)
            out.push(value);
    }
    return out;
}

// Guards that keep loading a config linear in its size, whatever the file holds: a size cap read
// from the file's stat, one pass of yaml's lexer for nesting depth and key count before parsing,
// and our own duplicate-key check (yaml's is quadratic: 40,000 keys took 74 s).
/** Largest config accepted; real configs are a few KiB. */
const MAX_CONFIG_BYTES = 1 << 20;
/** Most mapping keys in one config. */
const MAX_CONFIG_KEYS = 100_000;
/** Deepest nesting of collections (yaml's composer recurses and overflows near 1,000). */
const MAX_CONFIG_DEPTH = 100;
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
/**
 * One pass over yaml's tokens: refuse nesting deeper than MAX_CONFIG_DEPTH and more keys than
 * MAX_CONFIG_KEYS before the parser (which recurses) sees them.
 */
function checkConfigShape(text, file) {
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES)
        throw tooLarge(file);
    const at = (offset) => ({ file, ...lineColumn(text, offset) });
    const indents = [];
    let offset = 0;
    let flow = 0;
    let lineStart = true;
    let onLine = 0;
    let keys = 0;
    for (const token of new distExports.Lexer().lex(text)) {
        const type = distExports.CST.tokenType(token);
        if (type === 'newline') {
            lineStart = true;
            onLine = 0;
        }
        else if (lineStart && flow === 0) {
            const indent = type === 'space' ? token.length : 0;
            while (indents.length && indents[indents.length - 1] > indent)
                indents.pop();
            if (!indents.length || indents[indents.length - 1] < indent)
                indents.push(indent);
            lineStart = type === 'space';
        }
        if (type === 'flow-seq-start' || type === 'flow-map-start')
            flow++;
        else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0)
            flow--;
        else if (type === 'seq-item-ind' || type === 'explicit-key-ind')
            onLine++;
        if (type === 'map-value-ind' && ++keys > MAX_CONFIG_KEYS)
            throw new InputError(`the config has more than ${MAX_CONFIG_KEYS.toLocaleString('en-US')} keys`, at(offset));
        if (indents.length + onLine + flow > MAX_CONFIG_DEPTH)
            throw new InputError(`the config is nested more than ${MAX_CONFIG_DEPTH} levels deep`, at(offset));
        offset += token.length;
    }
}
function tooLarge(file) {
    return new InputError(`the config is larger than 1 MiB (${MAX_CONFIG_BYTES} bytes); is this the right file?`, {
        file
    });
}
/**
 * Duplicate keys, found with one Set per mapping (linear), reported at the second occurrence with
 * the key's path.
 */
function checkDuplicateKeys(doc, file, position) {
    const walk = (node, where) => {
        if (distExports.isMap(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = distExports.isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
                const at = where ? `${where}.${key}` : key;
                if (seen.has(key)) {
                    const offset = pair.key?.range?.[0] ?? 0;
                    throw new InputError(`duplicate key "${at}"`, position(offset));
                }
                seen.add(key);
                walk(pair.value, at);
            }
        }
        else if (distExports.isSeq(node))
            node.items.forEach((item, i) => walk(item, `${where}[${i}]`));
        else if (distExports.isPair(node))
            walk(node.value, where);
    };
    walk(doc.contents, '');
}
/** The first alias in the document, to point at when aliases expand too far. */
function firstAliasOffset(doc) {
    let found;
    distExports.visit(doc, {
        Alias(_, node) {
            found = node.range?.[0];
            return distExports.visit.BREAK;
        }
    });
    return found;
}

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

// Generated by `npm run schema` from src/config/schema.ts (scripts/config-validator.mjs). Do not edit.
const validate = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/repro-audit/repro-audit/schema/repro-config.schema.json","title":"repro-audit config","description":"Configuration of one reproducibility audit (repro.yml). Paths are relative to this file.","type":"object","additionalProperties":false,"required":["snapshot"],"properties":{"$schema":{"type":"string"},"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"Name of the audit; keeps the pull-request comments of several audits apart."},"snapshot":{"type":"object","additionalProperties":false,"required":["entries"],"properties":{"lock":{"type":"string","description":"The lock file (default repro.lock)."},"id_column":{"type":"string","description":"Column that identifies a row, used to name changed rows."},"cache":{"type":"string","description":"Folder for downloaded remote entries (default .repro-audit/cache)."},"entries":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"description":"One of path, folder, glob or url.","properties":{"path":{"type":"string","minLength":1,"description":"A data file (CSV or Parquet)."},"folder":{"type":"string","minLength":1,"description":"A folder: every CSV and Parquet file under it."},"glob":{"type":"string","minLength":1,"description":"A pattern such as data/parts/*.csv (`*`, `?`, `**`)."},"url":{"type":"string","pattern":"^https?://","description":"A remote data file, downloaded and cached."},"save_as":{"type":"string","minLength":1,"description":"Where the pipeline finds a url entry's verified copy, relative to this file, inside $REPRO_DATA_DIR (default the url's file name)."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"The pinned sha256 of the remote file."},"format":{"type":"string","enum":["csv","parquet"],"description":"The format, when the name does not tell."},"id_column":{"type":"string"},"as_of":{"type":"object","additionalProperties":false,"required":["column","until"],"description":"Time cut: only rows whose timestamp column is at or before `until` are pinned.","properties":{"column":{"type":"string","minLength":1},"until":{"type":"string","minLength":1,"description":"An ISO 8601 timestamp, e.g. 2026-01-01T00:00:00Z."}}}}}}}},"pipeline":{"type":"object","additionalProperties":false,"required":["engine"],"properties":{"engine":{"type":"string","enum":["builtin","command"]},"command":{"type":"string","minLength":1,"description":"Shell command that trains and predicts (engine command); runs in the config's folder."},"python":{"type":"string","minLength":1,"description":"Python interpreter for the command: its folder goes first on PATH and REPRO_PYTHON names it (env REPRO_AUDIT_PYTHON overrides)."},"timeout":{"type":"number","exclusiveMinimum":0,"description":"Seconds one run may take (default 1800)."},"env_drop":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*\\*?$"},"uniqueItems":true,"description":"Environment variables kept from the command besides the runner secrets dropped by default (INPUT_*, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_TOKEN, GH_TOKEN): names, or prefixes ending in *. Their values are also redacted from everything the audit writes."},"env_pass":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"uniqueItems":true,"description":"Exact names passed to the command although a drop pattern matches them (never INPUT_TOKEN, the action token)."},"outputs":{"type":"object","additionalProperties":false,"description":"Files the command writes, relative to REPRO_OUTPUT_DIR.","properties":{"predictions":{"type":"string","minLength":1,"description":"CSV or Parquet: the id column and prediction columns (default predictions.csv)."},"metrics":{"type":"string","minLength":1,"description":"JSON object of metric name to number (default metrics.json, read when present)."},"params":{"type":"string","minLength":1,"description":"JSON of parameters, compared value by value (default params.json, read when present)."},"artifacts":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of further files to compare."}}},"train":{"type":"string","description":"Training data (a snapshot entry)."},"score":{"type":"string","description":"Data to predict (a snapshot entry); holds the target for metrics."},"id_column":{"type":"string"},"target":{"type":"string"},"task":{"type":"string","enum":["regression","classification"]},"seed":{"type":"integer","minimum":0},"steps":{"type":"array","items":{"type":"object","description":"One pipeline step: an object with exactly one key, the step kind.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"impute":{"type":"object","additionalProperties":false,"properties":{"strategy":{"type":"string","enum":["mean","median","most_frequent","constant","missing_label","random"]},"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"value":{"type":["number","string"],"description":"The fill value for strategy \"constant\"."},"label":{"type":"string","description":"The label for strategy \"missing_label\" (default \"Missing\")."},"indicator":{"type":"boolean","description":"Add a 0/1 column `<name>_na` marking the gaps."},"missing_value":{"type":["number","string"],"description":"A value that also counts as missing (e.g. 0)."}},"required":["strategy"]},"one_hot":{"type":"object","additionalProperties":false,"properties":{"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"drop_first":{"type":"boolean"}}},"rare_labels":{"type":"object","additionalProperties":false,"properties":{"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"tolerance":{"type":"number","minimum":0,"maximum":1,"description":"Labels below this share of rows are grouped (default 0.01)."},"label":{"type":"string","description":"The group label (default \"Rare\")."}}},"ordinal_target":{"type":"object","additionalProperties":false,"properties":{"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"unknown":{"type":"number","description":"Code of labels not seen in training (default -1)."}}},"map":{"type":"object","additionalProperties":false,"properties":{"columns":{"type":"array","items":{"type":"string"},"minItems":1},"mapping":{"type":"object","additionalProperties":{"type":"number"},"description":"Label → number."},"other":{"type":"number","description":"Value for labels outside the mapping and missing ones."}},"required":["columns","mapping"]},"transform":{"type":"object","additionalProperties":false,"properties":{"method":{"type":"string","enum":["log","log1p","yeo_johnson","box_cox"]},"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"standardize":{"type":"boolean","description":"Also centre and scale the result (default false)."}},"required":["method"]},"binarize":{"type":"object","additionalProperties":false,"properties":{"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"threshold":{"type":"number","description":"1 above it, else 0 (default 0)."}}},"clip":{"type":"object","additionalProperties":false,"properties":{"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]},"min":{"type":"number"},"max":{"type":"number"}}},"derive":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"op":{"type":"string","enum":["difference","ratio"]},"left":{"type":"string"},"right":{"type":"string"},"drop":{"type":"array","items":{"type":"string"},"description":"Columns to remove afterwards."}},"required":["name","op","left","right"]},"select_l1":{"type":"object","additionalProperties":false,"properties":{"alpha":{"type":"number","exclusiveMinimum":0,"description":"Lasso strength (default 0.001)."},"threshold":{"type":"number","minimum":0,"description":"Smallest |weight| kept (default 1e-5)."},"max_iter":{"type":"integer","minimum":1},"tol":{"type":"number","exclusiveMinimum":0}}},"scale":{"type":"object","additionalProperties":false,"properties":{"method":{"type":"string","enum":["standard","minmax","robust"]},"columns":{"description":"Columns a step applies to: a list of names, or \"numeric\", \"categorical\" or \"all\".","oneOf":[{"type":"string","enum":["numeric","categorical","all"]},{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true}]}},"required":["method"]},"drop":{"type":"object","additionalProperties":false,"properties":{"columns":{"type":"array","items":{"type":"string"},"minItems":1}},"required":["columns"]},"keep":{"type":"object","additionalProperties":false,"properties":{"columns":{"type":"array","items":{"type":"string"},"minItems":1}},"required":["columns"]}}}},"model":{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["linear","ridge","lasso","logistic","decision_tree","random_forest","gradient_boosting"]},"alpha":{"type":"number","minimum":0,"description":"Regularisation strength (ridge, lasso)."},"C":{"type":"number","exclusiveMinimum":0,"description":"Inverse L2 strength of logistic (default 1)."},"max_iter":{"type":"integer","minimum":1},"tol":{"type":"number","exclusiveMinimum":0,"description":"Lasso stopping tolerance (default 1e-4)."},"max_depth":{"type":"integer","minimum":1},"min_samples_split":{"type":"integer","minimum":2},"min_samples_leaf":{"type":"integer","minimum":1},"max_features":{"description":"\"sqrt\", \"log2\", a fraction of the features (≤ 1) or a count (> 1).","oneOf":[{"type":"string","enum":["sqrt","log2"]},{"type":"number","exclusiveMinimum":0}]},"n_estimators":{"type":"integer","minimum":1},"learning_rate":{"type":"number","exclusiveMinimum":0},"subsample":{"type":"number","exclusiveMinimum":0,"maximum":1},"bootstrap":{"type":"boolean"}},"required":["type"]},"target_transform":{"type":"string","enum":["none","log","log1p"]},"metrics":{"type":"array","items":{"type":"string","enum":["rmse","mae","r2","rmsle","accuracy","roc_auc","log_loss"]},"uniqueItems":true},"positive_label":{"type":"string","description":"Classification: the label predicted as class 1."},"evaluation":{"type":"object","additionalProperties":false,"required":["method"],"properties":{"method":{"type":"string","enum":["holdout","kfold"]},"test_size":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Holdout share (default 0.2)."},"folds":{"type":"integer","minimum":2,"description":"k of k-fold (default 5)."}}}},"allOf":[{"if":{"properties":{"engine":{"const":"builtin"}}},"then":{"required":["train","score","id_column","target","model"]}},{"if":{"properties":{"engine":{"const":"command"}}},"then":{"required":["command","id_column"]}}]},"baseline":{"type":"object","additionalProperties":false,"properties":{"dir":{"type":"string","description":"Folder of the committed baseline (default baseline)."}}},"compare":{"type":"object","additionalProperties":false,"properties":{"predictions":{"type":"object","additionalProperties":false,"properties":{"absolute":{"type":"number","minimum":0,"description":"Largest allowed |new - old|."},"relative":{"type":"number","minimum":0,"description":"Largest allowed |new - old| / max(|old|, |new|)."},"columns":{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"absolute":{"type":"number","minimum":0,"description":"Largest allowed |new - old|."},"relative":{"type":"number","minimum":0,"description":"Largest allowed |new - old| / max(|old|, |new|)."}}}},"top":{"type":"integer","minimum":0,"description":"How many most-changed, missing and new ids to list (default 10)."},"labels":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Prediction columns holding labels: compared as text, with a confusion summary of changed labels."}}},"metrics":{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"absolute":{"type":"number","minimum":0,"description":"Largest allowed |new - old|."},"relative":{"type":"number","minimum":0,"description":"Largest allowed |new - old| / max(|old|, |new|)."},"better":{"type":"string","enum":["lower","higher"],"description":"Which direction is an improvement; a change that way is reported but never fails."}}}},"artifacts":{"type":"object","additionalProperties":false,"properties":{"absolute":{"type":"number","minimum":0,"description":"Largest allowed |new - old|."},"relative":{"type":"number","minimum":0,"description":"Largest allowed |new - old| / max(|old|, |new|)."}},"description":"Learned numbers in JSON artifacts, compared value by value (default: the predictions' relative tolerance, no absolute one); other artifacts compare by sha256."}}},"determinism":{"type":"object","additionalProperties":false,"properties":{"strategy":{"type":"string","enum":["combined","each"],"description":"combined (default): one run with every perturbation at once, compared with the baseline; more runs only when it differs, to find the cause. each: the identical runs plus one run per perturbation."},"runs":{"type":"integer","minimum":1,"maximum":20,"description":"Identical runs of the each strategy (default 2)."},"max_runs":{"type":"integer","minimum":1,"maximum":100,"description":"Most follow-up runs the combined strategy makes to find a cause (default 12); past it the report lists the candidates it could not separate."},"perturbations":{"type":"array","items":{"type":"string","enum":["row_order","hash_seed","timezone","locale","threads","workdir","clock"]},"uniqueItems":true,"description":"What the perturbed runs vary (default: all)."},"on_change":{"type":"string","enum":["warn","fail"],"description":"Status of a perturbation that changes results (default warn); identical runs that differ always fail."},"parallel":{"type":["integer","string"],"minimum":1,"pattern":"^auto$","description":"Runs at a time: auto (one per core, the default) or a number; 1 runs them one after another."}}},"dependencies":{"type":"object","additionalProperties":false,"properties":{"files":{"type":"array","items":{"type":"string"},"description":"Dependency files to audit."},"python":{"type":"string","description":"Python interpreter whose installed packages are audited."},"check_installed":{"type":"boolean","description":"Compare declared and locked versions with the installed ones (default true)."}}},"report":{"type":"object","additionalProperties":false,"properties":{"dir":{"type":"string","description":"Where report.json and report.md go (default .repro-audit)."}}},"gate":{"type":"object","additionalProperties":false,"properties":{"fail_on":{"type":"string","enum":["fail","warn","never"]}}},"accept":{"type":"array","description":"Findings the team has decided to live with: shown as accepted, they do not raise the status. An expired acceptance is a warning.","items":{"type":"object","additionalProperties":false,"required":["code","reason"],"properties":{"code":{"type":"string","pattern":"^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$","description":"The finding code, as in the JSON report (deps.unpinned, determinism.hash_seed, …)."},"file":{"type":"string","description":"Only the findings on this file (relative to the config)."},"package":{"type":"string","description":"Only the findings about this package."},"reason":{"type":"string","minLength":1,"description":"Why the team accepts it (required)."},"until":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"YYYY-MM-DD: the last day the acceptance holds; after it, a warning."}}}}}};const func2 = Object.prototype.hasOwnProperty;const func4 = ucs2length.default ?? ucs2length;const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");const pattern1 = new RegExp("^https?://", "u");const pattern2 = new RegExp("^[0-9a-f]{64}$", "u");const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*\\*?$", "u");const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern5 = new RegExp("^auto$", "u");const pattern6 = new RegExp("^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$", "u");const pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.snapshot === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshot"},message:"must have required property '"+"snapshot"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.snapshot !== undefined){let data2 = data.snapshot;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.entries === undefined){const err5 = {instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'",schema:schema11.properties.snapshot.required,parentSchema:schema11.properties.snapshot,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data2){if(!((((key1 === "lock") || (key1 === "id_column")) || (key1 === "cache")) || (key1 === "entries"))){const err6 = {instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.snapshot,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.lock !== undefined){let data3 = data2.lock;if(typeof data3 !== "string"){const err7 = {instancePath:instancePath+"/snapshot/lock",schemaPath:"#/properties/snapshot/properties/lock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.lock.type,parentSchema:schema11.properties.snapshot.properties.lock,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.id_column !== undefined){let data4 = data2.id_column;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/snapshot/id_column",schemaPath:"#/properties/snapshot/properties/id_column/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.id_column.type,parentSchema:schema11.properties.snapshot.properties.id_column,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data2.cache !== undefined){let data5 = data2.cache;if(typeof data5 !== "string"){const err9 = {instancePath:instancePath+"/snapshot/cache",schemaPath:"#/properties/snapshot/properties/cache/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.cache.type,parentSchema:schema11.properties.snapshot.properties.cache,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data2.entries !== undefined){let data6 = data2.entries;if(Array.isArray(data6)){if(data6.length < 1){const err10 = {instancePath:instancePath+"/snapshot/entries",schemaPath:"#/properties/snapshot/properties/entries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.snapshot.properties.entries,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!(func2.call(schema11.properties.snapshot.properties.entries.items.properties, key2))){const err11 = {instancePath:instancePath+"/snapshot/entries/" + i0,schemaPath:"#/properties/snapshot/properties/entries/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.snapshot.properties.entries.items,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data7.path !== undefined){let data8 = data7.path;if(typeof data8 === "string"){if(func4(data8) < 1){const err12 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/path",schemaPath:"#/properties/snapshot/properties/entries/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.path,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/path",schemaPath:"#/properties/snapshot/properties/entries/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.path.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.path,data:data8};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.folder !== undefined){let data9 = data7.folder;if(typeof data9 === "string"){if(func4(data9) < 1){const err14 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/folder",schemaPath:"#/properties/snapshot/properties/entries/items/properties/folder/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.folder,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/folder",schemaPath:"#/properties/snapshot/properties/entries/items/properties/folder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.folder.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.folder,data:data9};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.glob !== undefined){let data10 = data7.glob;if(typeof data10 === "string"){if(func4(data10) < 1){const err16 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/glob",schemaPath:"#/properties/snapshot/properties/entries/items/properties/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.glob,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/glob",schemaPath:"#/properties/snapshot/properties/entries/items/properties/glob/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.glob.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.glob,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data7.url !== undefined){let data11 = data7.url;if(typeof data11 === "string"){if(!pattern1.test(data11)){const err18 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/url",schemaPath:"#/properties/snapshot/properties/entries/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.snapshot.properties.entries.items.properties.url,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/url",schemaPath:"#/properties/snapshot/properties/entries/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.url.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.url,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.save_as !== undefined){let data12 = data7.save_as;if(typeof data12 === "string"){if(func4(data12) < 1){const err20 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/save_as",schemaPath:"#/properties/snapshot/properties/entries/items/properties/save_as/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.save_as,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/save_as",schemaPath:"#/properties/snapshot/properties/entries/items/properties/save_as/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.save_as.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.save_as,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.sha256 !== undefined){let data13 = data7.sha256;if(typeof data13 === "string"){if(!pattern2.test(data13)){const err22 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/sha256",schemaPath:"#/properties/snapshot/properties/entries/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema11.properties.snapshot.properties.entries.items.properties.sha256,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/sha256",schemaPath:"#/properties/snapshot/properties/entries/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.sha256.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.sha256,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.format !== undefined){let data14 = data7.format;if(typeof data14 !== "string"){const err24 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/format",schemaPath:"#/properties/snapshot/properties/entries/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.format.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.format,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!((data14 === "csv") || (data14 === "parquet"))){const err25 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/format",schemaPath:"#/properties/snapshot/properties/entries/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.snapshot.properties.entries.items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.snapshot.properties.entries.items.properties.format.enum,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.format,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data7.id_column !== undefined){let data15 = data7.id_column;if(typeof data15 !== "string"){const err26 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/id_column",schemaPath:"#/properties/snapshot/properties/entries/items/properties/id_column/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.id_column.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.id_column,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data7.as_of !== undefined){let data16 = data7.as_of;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){if(data16.column === undefined){const err27 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'",schema:schema11.properties.snapshot.properties.entries.items.properties.as_of.required,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data16.until === undefined){const err28 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema11.properties.snapshot.properties.entries.items.properties.as_of.required,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of,data:data16};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}for(const key3 in data16){if(!((key3 === "column") || (key3 === "until"))){const err29 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data16.column !== undefined){let data17 = data16.column;if(typeof data17 === "string"){if(func4(data17) < 1){const err30 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of/column",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.column,data:data17};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of/column",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.column.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.column,data:data17};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data16.until !== undefined){let data18 = data16.until;if(typeof data18 === "string"){if(func4(data18) < 1){const err32 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of/until",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/properties/until/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.until,data:data18};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of/until",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.until.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of.properties.until,data:data18};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/snapshot/entries/" + i0+"/as_of",schemaPath:"#/properties/snapshot/properties/entries/items/properties/as_of/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.snapshot.properties.entries.items.properties.as_of.type,parentSchema:schema11.properties.snapshot.properties.entries.items.properties.as_of,data:data16};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/snapshot/entries/" + i0,schemaPath:"#/properties/snapshot/properties/entries/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.snapshot.properties.entries.items.type,parentSchema:schema11.properties.snapshot.properties.entries.items,data:data7};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/snapshot/entries",schemaPath:"#/properties/snapshot/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.snapshot.properties.entries.type,parentSchema:schema11.properties.snapshot.properties.entries,data:data6};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.snapshot.type,parentSchema:schema11.properties.snapshot,data:data2};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.pipeline !== undefined){let data19 = data.pipeline;const _errs46 = errors;let valid7 = true;const _errs47 = errors;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.engine !== undefined){if("builtin" !== data19.engine){const err38 = {};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}var _valid0 = _errs47 === errors;errors = _errs46;if(vErrors !== null){if(_errs46){vErrors.length = _errs46;}else {vErrors = null;}}if(_valid0){const _errs49 = errors;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.train === undefined){const err39 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/then/required",keyword:"required",params:{missingProperty: "train"},message:"must have required property '"+"train"+"'",schema:schema11.properties.pipeline.allOf[0].then.required,parentSchema:schema11.properties.pipeline.allOf[0].then,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data19.score === undefined){const err40 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/then/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema11.properties.pipeline.allOf[0].then.required,parentSchema:schema11.properties.pipeline.allOf[0].then,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data19.id_column === undefined){const err41 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/then/required",keyword:"required",params:{missingProperty: "id_column"},message:"must have required property '"+"id_column"+"'",schema:schema11.properties.pipeline.allOf[0].then.required,parentSchema:schema11.properties.pipeline.allOf[0].then,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data19.target === undefined){const err42 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema11.properties.pipeline.allOf[0].then.required,parentSchema:schema11.properties.pipeline.allOf[0].then,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data19.model === undefined){const err43 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/then/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema11.properties.pipeline.allOf[0].then.required,parentSchema:schema11.properties.pipeline.allOf[0].then,data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}var _valid0 = _errs49 === errors;valid7 = _valid0;}if(!valid7){const err44 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.pipeline.allOf[0].if,parentSchema:schema11.properties.pipeline.allOf[0],data:data19};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}const _errs51 = errors;let valid9 = true;const _errs52 = errors;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.engine !== undefined){if("command" !== data19.engine){const err45 = {};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}var _valid1 = _errs52 === errors;errors = _errs51;if(vErrors !== null){if(_errs51){vErrors.length = _errs51;}else {vErrors = null;}}if(_valid1){const _errs54 = errors;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.command === undefined){const err46 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/1/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema11.properties.pipeline.allOf[1].then.required,parentSchema:schema11.properties.pipeline.allOf[1].then,data:data19};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data19.id_column === undefined){const err47 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/1/then/required",keyword:"required",params:{missingProperty: "id_column"},message:"must have required property '"+"id_column"+"'",schema:schema11.properties.pipeline.allOf[1].then.required,parentSchema:schema11.properties.pipeline.allOf[1].then,data:data19};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}var _valid1 = _errs54 === errors;valid9 = _valid1;}if(!valid9){const err48 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.properties.pipeline.allOf[1].if,parentSchema:schema11.properties.pipeline.allOf[1],data:data19};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.engine === undefined){const err49 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'",schema:schema11.properties.pipeline.required,parentSchema:schema11.properties.pipeline,data:data19};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}for(const key4 in data19){if(!(func2.call(schema11.properties.pipeline.properties, key4))){const err50 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline,data:data19};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data19.engine !== undefined){let data22 = data19.engine;if(typeof data22 !== "string"){const err51 = {instancePath:instancePath+"/pipeline/engine",schemaPath:"#/properties/pipeline/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.engine.type,parentSchema:schema11.properties.pipeline.properties.engine,data:data22};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(!((data22 === "builtin") || (data22 === "command"))){const err52 = {instancePath:instancePath+"/pipeline/engine",schemaPath:"#/properties/pipeline/properties/engine/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.engine.enum,parentSchema:schema11.properties.pipeline.properties.engine,data:data22};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data19.command !== undefined){let data23 = data19.command;if(typeof data23 === "string"){if(func4(data23) < 1){const err53 = {instancePath:instancePath+"/pipeline/command",schemaPath:"#/properties/pipeline/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.command,data:data23};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/pipeline/command",schemaPath:"#/properties/pipeline/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.command.type,parentSchema:schema11.properties.pipeline.properties.command,data:data23};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data19.python !== undefined){let data24 = data19.python;if(typeof data24 === "string"){if(func4(data24) < 1){const err55 = {instancePath:instancePath+"/pipeline/python",schemaPath:"#/properties/pipeline/properties/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.python,data:data24};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/pipeline/python",schemaPath:"#/properties/pipeline/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.python.type,parentSchema:schema11.properties.pipeline.properties.python,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data19.timeout !== undefined){let data25 = data19.timeout;if(typeof data25 == "number"){if(data25 <= 0 || isNaN(data25)){const err57 = {instancePath:instancePath+"/pipeline/timeout",schemaPath:"#/properties/pipeline/properties/timeout/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.timeout,data:data25};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}else {const err58 = {instancePath:instancePath+"/pipeline/timeout",schemaPath:"#/properties/pipeline/properties/timeout/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.timeout.type,parentSchema:schema11.properties.pipeline.properties.timeout,data:data25};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data19.env_drop !== undefined){let data26 = data19.env_drop;if(Array.isArray(data26)){const len1 = data26.length;for(let i1=0; i1<len1; i1++){let data27 = data26[i1];if(typeof data27 === "string"){if(!pattern3.test(data27)){const err59 = {instancePath:instancePath+"/pipeline/env_drop/" + i1,schemaPath:"#/properties/pipeline/properties/env_drop/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*\\*?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*\\*?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*\\*?$",parentSchema:schema11.properties.pipeline.properties.env_drop.items,data:data27};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/pipeline/env_drop/" + i1,schemaPath:"#/properties/pipeline/properties/env_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.env_drop.items.type,parentSchema:schema11.properties.pipeline.properties.env_drop.items,data:data27};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}let i2 = data26.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data26[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err61 = {instancePath:instancePath+"/pipeline/env_drop",schemaPath:"#/properties/pipeline/properties/env_drop/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.env_drop,data:data26};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;break;}indices0[item0] = i2;}}}else {const err62 = {instancePath:instancePath+"/pipeline/env_drop",schemaPath:"#/properties/pipeline/properties/env_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.env_drop.type,parentSchema:schema11.properties.pipeline.properties.env_drop,data:data26};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data19.env_pass !== undefined){let data28 = data19.env_pass;if(Array.isArray(data28)){const len2 = data28.length;for(let i3=0; i3<len2; i3++){let data29 = data28[i3];if(typeof data29 === "string"){if(!pattern4.test(data29)){const err63 = {instancePath:instancePath+"/pipeline/env_pass/" + i3,schemaPath:"#/properties/pipeline/properties/env_pass/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.pipeline.properties.env_pass.items,data:data29};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/pipeline/env_pass/" + i3,schemaPath:"#/properties/pipeline/properties/env_pass/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.env_pass.items.type,parentSchema:schema11.properties.pipeline.properties.env_pass.items,data:data29};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}let i4 = data28.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data28[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err65 = {instancePath:instancePath+"/pipeline/env_pass",schemaPath:"#/properties/pipeline/properties/env_pass/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.env_pass,data:data28};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;break;}indices1[item1] = i4;}}}else {const err66 = {instancePath:instancePath+"/pipeline/env_pass",schemaPath:"#/properties/pipeline/properties/env_pass/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.env_pass.type,parentSchema:schema11.properties.pipeline.properties.env_pass,data:data28};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data19.outputs !== undefined){let data30 = data19.outputs;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key5 in data30){if(!((((key5 === "predictions") || (key5 === "metrics")) || (key5 === "params")) || (key5 === "artifacts"))){const err67 = {instancePath:instancePath+"/pipeline/outputs",schemaPath:"#/properties/pipeline/properties/outputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.outputs,data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data30.predictions !== undefined){let data31 = data30.predictions;if(typeof data31 === "string"){if(func4(data31) < 1){const err68 = {instancePath:instancePath+"/pipeline/outputs/predictions",schemaPath:"#/properties/pipeline/properties/outputs/properties/predictions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.outputs.properties.predictions,data:data31};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/pipeline/outputs/predictions",schemaPath:"#/properties/pipeline/properties/outputs/properties/predictions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.outputs.properties.predictions.type,parentSchema:schema11.properties.pipeline.properties.outputs.properties.predictions,data:data31};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data30.metrics !== undefined){let data32 = data30.metrics;if(typeof data32 === "string"){if(func4(data32) < 1){const err70 = {instancePath:instancePath+"/pipeline/outputs/metrics",schemaPath:"#/properties/pipeline/properties/outputs/properties/metrics/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.outputs.properties.metrics,data:data32};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/pipeline/outputs/metrics",schemaPath:"#/properties/pipeline/properties/outputs/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.outputs.properties.metrics.type,parentSchema:schema11.properties.pipeline.properties.outputs.properties.metrics,data:data32};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data30.params !== undefined){let data33 = data30.params;if(typeof data33 === "string"){if(func4(data33) < 1){const err72 = {instancePath:instancePath+"/pipeline/outputs/params",schemaPath:"#/properties/pipeline/properties/outputs/properties/params/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.outputs.properties.params,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/pipeline/outputs/params",schemaPath:"#/properties/pipeline/properties/outputs/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.outputs.properties.params.type,parentSchema:schema11.properties.pipeline.properties.outputs.properties.params,data:data33};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data30.artifacts !== undefined){let data34 = data30.artifacts;if(Array.isArray(data34)){const len3 = data34.length;for(let i5=0; i5<len3; i5++){let data35 = data34[i5];if(typeof data35 === "string"){if(func4(data35) < 1){const err74 = {instancePath:instancePath+"/pipeline/outputs/artifacts/" + i5,schemaPath:"#/properties/pipeline/properties/outputs/properties/artifacts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.outputs.properties.artifacts.items,data:data35};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/pipeline/outputs/artifacts/" + i5,schemaPath:"#/properties/pipeline/properties/outputs/properties/artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.outputs.properties.artifacts.items.type,parentSchema:schema11.properties.pipeline.properties.outputs.properties.artifacts.items,data:data35};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/pipeline/outputs/artifacts",schemaPath:"#/properties/pipeline/properties/outputs/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.outputs.properties.artifacts.type,parentSchema:schema11.properties.pipeline.properties.outputs.properties.artifacts,data:data34};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/pipeline/outputs",schemaPath:"#/properties/pipeline/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.outputs.type,parentSchema:schema11.properties.pipeline.properties.outputs,data:data30};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data19.train !== undefined){let data36 = data19.train;if(typeof data36 !== "string"){const err78 = {instancePath:instancePath+"/pipeline/train",schemaPath:"#/properties/pipeline/properties/train/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.train.type,parentSchema:schema11.properties.pipeline.properties.train,data:data36};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data19.score !== undefined){let data37 = data19.score;if(typeof data37 !== "string"){const err79 = {instancePath:instancePath+"/pipeline/score",schemaPath:"#/properties/pipeline/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.score.type,parentSchema:schema11.properties.pipeline.properties.score,data:data37};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data19.id_column !== undefined){let data38 = data19.id_column;if(typeof data38 !== "string"){const err80 = {instancePath:instancePath+"/pipeline/id_column",schemaPath:"#/properties/pipeline/properties/id_column/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.id_column.type,parentSchema:schema11.properties.pipeline.properties.id_column,data:data38};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data19.target !== undefined){let data39 = data19.target;if(typeof data39 !== "string"){const err81 = {instancePath:instancePath+"/pipeline/target",schemaPath:"#/properties/pipeline/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.target.type,parentSchema:schema11.properties.pipeline.properties.target,data:data39};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data19.task !== undefined){let data40 = data19.task;if(typeof data40 !== "string"){const err82 = {instancePath:instancePath+"/pipeline/task",schemaPath:"#/properties/pipeline/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.task.type,parentSchema:schema11.properties.pipeline.properties.task,data:data40};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(!((data40 === "regression") || (data40 === "classification"))){const err83 = {instancePath:instancePath+"/pipeline/task",schemaPath:"#/properties/pipeline/properties/task/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.task.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.task.enum,parentSchema:schema11.properties.pipeline.properties.task,data:data40};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data19.seed !== undefined){let data41 = data19.seed;if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){const err84 = {instancePath:instancePath+"/pipeline/seed",schemaPath:"#/properties/pipeline/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.seed.type,parentSchema:schema11.properties.pipeline.properties.seed,data:data41};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(typeof data41 == "number"){if(data41 < 0 || isNaN(data41)){const err85 = {instancePath:instancePath+"/pipeline/seed",schemaPath:"#/properties/pipeline/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.pipeline.properties.seed,data:data41};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}if(data19.steps !== undefined){let data42 = data19.steps;if(Array.isArray(data42)){const len4 = data42.length;for(let i6=0; i6<len4; i6++){let data43 = data42[i6];if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(Object.keys(data43).length > 1){const err86 = {instancePath:instancePath+"/pipeline/steps/" + i6,schemaPath:"#/properties/pipeline/properties/steps/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items,data:data43};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(Object.keys(data43).length < 1){const err87 = {instancePath:instancePath+"/pipeline/steps/" + i6,schemaPath:"#/properties/pipeline/properties/steps/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items,data:data43};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}for(const key6 in data43){if(!(func2.call(schema11.properties.pipeline.properties.steps.items.properties, key6))){const err88 = {instancePath:instancePath+"/pipeline/steps/" + i6,schemaPath:"#/properties/pipeline/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items,data:data43};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data43.impute !== undefined){let data44 = data43.impute;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(data44.strategy === undefined){const err89 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute,data:data44};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}for(const key7 in data44){if(!((((((key7 === "strategy") || (key7 === "columns")) || (key7 === "value")) || (key7 === "label")) || (key7 === "indicator")) || (key7 === "missing_value"))){const err90 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute,data:data44};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data44.strategy !== undefined){let data45 = data44.strategy;if(typeof data45 !== "string"){const err91 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/strategy",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.strategy.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.strategy,data:data45};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}if(!((((((data45 === "mean") || (data45 === "median")) || (data45 === "most_frequent")) || (data45 === "constant")) || (data45 === "missing_label")) || (data45 === "random"))){const err92 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/strategy",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.impute.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.strategy.enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.strategy,data:data45};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data44.columns !== undefined){let data46 = data44.columns;const _errs108 = errors;let valid25 = false;let passing0 = null;const _errs109 = errors;if(typeof data46 !== "string"){const err93 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[0],data:data46};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(!(((data46 === "numeric") || (data46 === "categorical")) || (data46 === "all"))){const err94 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[0],data:data46};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}var _valid2 = _errs109 === errors;if(_valid2){valid25 = true;passing0 = 0;}const _errs111 = errors;if(Array.isArray(data46)){if(data46.length < 1){const err95 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1],data:data46};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}const len5 = data46.length;for(let i7=0; i7<len5; i7++){let data47 = data46[i7];if(typeof data47 === "string"){if(func4(data47) < 1){const err96 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns/" + i7,schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1].items,data:data47};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns/" + i7,schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1].items,data:data47};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}let i8 = data46.length;let j2;if(i8 > 1){const indices2 = {};for(;i8--;){let item2 = data46[i8];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err98 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1],data:data46};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;break;}indices2[item2] = i8;}}}else {const err99 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf[1],data:data46};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}var _valid2 = _errs111 === errors;if(_valid2 && valid25){valid25 = false;passing0 = [passing0, 1];}else {if(_valid2){valid25 = true;passing0 = 1;}}if(!valid25){const err100 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.columns,data:data46};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}else {errors = _errs108;if(vErrors !== null){if(_errs108){vErrors.length = _errs108;}else {vErrors = null;}}}}if(data44.value !== undefined){let data48 = data44.value;if((!(typeof data48 == "number")) && (typeof data48 !== "string")){const err101 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/value",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/value/type",keyword:"type",params:{type: schema11.properties.pipeline.properties.steps.items.properties.impute.properties.value.type},message:"must be number,string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.value.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.value,data:data48};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data44.label !== undefined){let data49 = data44.label;if(typeof data49 !== "string"){const err102 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/label",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.label.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.label,data:data49};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data44.indicator !== undefined){let data50 = data44.indicator;if(typeof data50 !== "boolean"){const err103 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/indicator",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/indicator/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.indicator.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.indicator,data:data50};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data44.missing_value !== undefined){let data51 = data44.missing_value;if((!(typeof data51 == "number")) && (typeof data51 !== "string")){const err104 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute/missing_value",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/properties/missing_value/type",keyword:"type",params:{type: schema11.properties.pipeline.properties.steps.items.properties.impute.properties.missing_value.type},message:"must be number,string",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.missing_value.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute.properties.missing_value,data:data51};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/impute",schemaPath:"#/properties/pipeline/properties/steps/items/properties/impute/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.impute.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.impute,data:data44};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data43.one_hot !== undefined){let data52 = data43.one_hot;if(data52 && typeof data52 == "object" && !Array.isArray(data52)){for(const key8 in data52){if(!((key8 === "columns") || (key8 === "drop_first"))){const err106 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot,data:data52};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data52.columns !== undefined){let data53 = data52.columns;const _errs127 = errors;let valid30 = false;let passing1 = null;const _errs128 = errors;if(typeof data53 !== "string"){const err107 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[0],data:data53};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if(!(((data53 === "numeric") || (data53 === "categorical")) || (data53 === "all"))){const err108 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[0],data:data53};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}var _valid3 = _errs128 === errors;if(_valid3){valid30 = true;passing1 = 0;}const _errs130 = errors;if(Array.isArray(data53)){if(data53.length < 1){const err109 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1],data:data53};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}const len6 = data53.length;for(let i9=0; i9<len6; i9++){let data54 = data53[i9];if(typeof data54 === "string"){if(func4(data54) < 1){const err110 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns/" + i9,schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1].items,data:data54};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}else {const err111 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns/" + i9,schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1].items,data:data54};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}let i10 = data53.length;let j3;if(i10 > 1){const indices3 = {};for(;i10--;){let item3 = data53[i10];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err112 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1],data:data53};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;break;}indices3[item3] = i10;}}}else {const err113 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf[1],data:data53};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}var _valid3 = _errs130 === errors;if(_valid3 && valid30){valid30 = false;passing1 = [passing1, 1];}else {if(_valid3){valid30 = true;passing1 = 1;}}if(!valid30){const err114 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.columns,data:data53};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}else {errors = _errs127;if(vErrors !== null){if(_errs127){vErrors.length = _errs127;}else {vErrors = null;}}}}if(data52.drop_first !== undefined){let data55 = data52.drop_first;if(typeof data55 !== "boolean"){const err115 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot/drop_first",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/properties/drop_first/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.drop_first.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.properties.drop_first,data:data55};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}else {const err116 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/one_hot",schemaPath:"#/properties/pipeline/properties/steps/items/properties/one_hot/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.one_hot.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.one_hot,data:data52};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data43.rare_labels !== undefined){let data56 = data43.rare_labels;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key9 in data56){if(!(((key9 === "columns") || (key9 === "tolerance")) || (key9 === "label"))){const err117 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels,data:data56};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data56.columns !== undefined){let data57 = data56.columns;const _errs140 = errors;let valid35 = false;let passing2 = null;const _errs141 = errors;if(typeof data57 !== "string"){const err118 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[0],data:data57};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}if(!(((data57 === "numeric") || (data57 === "categorical")) || (data57 === "all"))){const err119 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[0],data:data57};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}var _valid4 = _errs141 === errors;if(_valid4){valid35 = true;passing2 = 0;}const _errs143 = errors;if(Array.isArray(data57)){if(data57.length < 1){const err120 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1],data:data57};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}const len7 = data57.length;for(let i11=0; i11<len7; i11++){let data58 = data57[i11];if(typeof data58 === "string"){if(func4(data58) < 1){const err121 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns/" + i11,schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1].items,data:data58};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}else {const err122 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns/" + i11,schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1].items,data:data58};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}let i12 = data57.length;let j4;if(i12 > 1){const indices4 = {};for(;i12--;){let item4 = data57[i12];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err123 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1],data:data57};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;break;}indices4[item4] = i12;}}}else {const err124 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf[1],data:data57};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}var _valid4 = _errs143 === errors;if(_valid4 && valid35){valid35 = false;passing2 = [passing2, 1];}else {if(_valid4){valid35 = true;passing2 = 1;}}if(!valid35){const err125 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.columns,data:data57};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}else {errors = _errs140;if(vErrors !== null){if(_errs140){vErrors.length = _errs140;}else {vErrors = null;}}}}if(data56.tolerance !== undefined){let data59 = data56.tolerance;if(typeof data59 == "number"){if(data59 > 1 || isNaN(data59)){const err126 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/tolerance",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.tolerance,data:data59};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if(data59 < 0 || isNaN(data59)){const err127 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/tolerance",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.tolerance,data:data59};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}else {const err128 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/tolerance",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.tolerance.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.tolerance,data:data59};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data56.label !== undefined){let data60 = data56.label;if(typeof data60 !== "string"){const err129 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels/label",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.label.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.properties.label,data:data60};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}}else {const err130 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/rare_labels",schemaPath:"#/properties/pipeline/properties/steps/items/properties/rare_labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.rare_labels,data:data56};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data43.ordinal_target !== undefined){let data61 = data43.ordinal_target;if(data61 && typeof data61 == "object" && !Array.isArray(data61)){for(const key10 in data61){if(!((key10 === "columns") || (key10 === "unknown"))){const err131 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target,data:data61};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data61.columns !== undefined){let data62 = data61.columns;const _errs155 = errors;let valid40 = false;let passing3 = null;const _errs156 = errors;if(typeof data62 !== "string"){const err132 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[0],data:data62};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}if(!(((data62 === "numeric") || (data62 === "categorical")) || (data62 === "all"))){const err133 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[0],data:data62};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}var _valid5 = _errs156 === errors;if(_valid5){valid40 = true;passing3 = 0;}const _errs158 = errors;if(Array.isArray(data62)){if(data62.length < 1){const err134 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1],data:data62};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}const len8 = data62.length;for(let i13=0; i13<len8; i13++){let data63 = data62[i13];if(typeof data63 === "string"){if(func4(data63) < 1){const err135 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns/" + i13,schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1].items,data:data63};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}else {const err136 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns/" + i13,schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1].items,data:data63};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}let i14 = data62.length;let j5;if(i14 > 1){const indices5 = {};for(;i14--;){let item5 = data62[i14];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err137 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i14+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1],data:data62};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;break;}indices5[item5] = i14;}}}else {const err138 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf[1],data:data62};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}var _valid5 = _errs158 === errors;if(_valid5 && valid40){valid40 = false;passing3 = [passing3, 1];}else {if(_valid5){valid40 = true;passing3 = 1;}}if(!valid40){const err139 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.columns,data:data62};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}else {errors = _errs155;if(vErrors !== null){if(_errs155){vErrors.length = _errs155;}else {vErrors = null;}}}}if(data61.unknown !== undefined){let data64 = data61.unknown;if(!(typeof data64 == "number")){const err140 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target/unknown",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/properties/unknown/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.unknown.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.properties.unknown,data:data64};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}else {const err141 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/ordinal_target",schemaPath:"#/properties/pipeline/properties/steps/items/properties/ordinal_target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.ordinal_target,data:data61};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}if(data43.map !== undefined){let data65 = data43.map;if(data65 && typeof data65 == "object" && !Array.isArray(data65)){if(data65.columns === undefined){const err142 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.map.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map,data:data65};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}if(data65.mapping === undefined){const err143 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/required",keyword:"required",params:{missingProperty: "mapping"},message:"must have required property '"+"mapping"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.map.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map,data:data65};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}for(const key11 in data65){if(!(((key11 === "columns") || (key11 === "mapping")) || (key11 === "other"))){const err144 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map,data:data65};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data65.columns !== undefined){let data66 = data65.columns;if(Array.isArray(data66)){if(data66.length < 1){const err145 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.columns,data:data66};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}const len9 = data66.length;for(let i15=0; i15<len9; i15++){let data67 = data66[i15];if(typeof data67 !== "string"){const err146 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/columns/" + i15,schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.columns.items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.columns.items,data:data67};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}}else {const err147 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.columns.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.columns,data:data66};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data65.mapping !== undefined){let data68 = data65.mapping;if(data68 && typeof data68 == "object" && !Array.isArray(data68)){for(const key12 in data68){let data69 = data68[key12];if(!(typeof data69 == "number")){const err148 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/mapping/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/mapping/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.mapping.additionalProperties.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.mapping.additionalProperties,data:data69};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}else {const err149 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/mapping",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/mapping/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.mapping.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.mapping,data:data68};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data65.other !== undefined){let data70 = data65.other;if(!(typeof data70 == "number")){const err150 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map/other",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/properties/other/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.other.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map.properties.other,data:data70};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}else {const err151 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/map",schemaPath:"#/properties/pipeline/properties/steps/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.map.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.map,data:data65};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data43.transform !== undefined){let data71 = data43.transform;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){if(data71.method === undefined){const err152 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform,data:data71};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}for(const key13 in data71){if(!(((key13 === "method") || (key13 === "columns")) || (key13 === "standardize"))){const err153 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform,data:data71};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data71.method !== undefined){let data72 = data71.method;if(typeof data72 !== "string"){const err154 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/method",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.method.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.method,data:data72};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}if(!((((data72 === "log") || (data72 === "log1p")) || (data72 === "yeo_johnson")) || (data72 === "box_cox"))){const err155 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/method",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.transform.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.method.enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.method,data:data72};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data71.columns !== undefined){let data73 = data71.columns;const _errs184 = errors;let valid49 = false;let passing4 = null;const _errs185 = errors;if(typeof data73 !== "string"){const err156 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[0],data:data73};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}if(!(((data73 === "numeric") || (data73 === "categorical")) || (data73 === "all"))){const err157 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[0],data:data73};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}var _valid6 = _errs185 === errors;if(_valid6){valid49 = true;passing4 = 0;}const _errs187 = errors;if(Array.isArray(data73)){if(data73.length < 1){const err158 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1],data:data73};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}const len10 = data73.length;for(let i16=0; i16<len10; i16++){let data74 = data73[i16];if(typeof data74 === "string"){if(func4(data74) < 1){const err159 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns/" + i16,schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1].items,data:data74};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}else {const err160 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns/" + i16,schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1].items,data:data74};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}let i17 = data73.length;let j6;if(i17 > 1){const indices6 = {};for(;i17--;){let item6 = data73[i17];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err161 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i17+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1],data:data73};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;break;}indices6[item6] = i17;}}}else {const err162 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf[1],data:data73};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}var _valid6 = _errs187 === errors;if(_valid6 && valid49){valid49 = false;passing4 = [passing4, 1];}else {if(_valid6){valid49 = true;passing4 = 1;}}if(!valid49){const err163 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.columns,data:data73};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}else {errors = _errs184;if(vErrors !== null){if(_errs184){vErrors.length = _errs184;}else {vErrors = null;}}}}if(data71.standardize !== undefined){let data75 = data71.standardize;if(typeof data75 !== "boolean"){const err164 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform/standardize",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/properties/standardize/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.standardize.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform.properties.standardize,data:data75};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}}else {const err165 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/transform",schemaPath:"#/properties/pipeline/properties/steps/items/properties/transform/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.transform.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.transform,data:data71};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data43.binarize !== undefined){let data76 = data43.binarize;if(data76 && typeof data76 == "object" && !Array.isArray(data76)){for(const key14 in data76){if(!((key14 === "columns") || (key14 === "threshold"))){const err166 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize,data:data76};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data76.columns !== undefined){let data77 = data76.columns;const _errs197 = errors;let valid54 = false;let passing5 = null;const _errs198 = errors;if(typeof data77 !== "string"){const err167 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[0],data:data77};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}if(!(((data77 === "numeric") || (data77 === "categorical")) || (data77 === "all"))){const err168 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[0],data:data77};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}var _valid7 = _errs198 === errors;if(_valid7){valid54 = true;passing5 = 0;}const _errs200 = errors;if(Array.isArray(data77)){if(data77.length < 1){const err169 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1],data:data77};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}const len11 = data77.length;for(let i18=0; i18<len11; i18++){let data78 = data77[i18];if(typeof data78 === "string"){if(func4(data78) < 1){const err170 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns/" + i18,schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1].items,data:data78};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}else {const err171 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns/" + i18,schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1].items,data:data78};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}let i19 = data77.length;let j7;if(i19 > 1){const indices7 = {};for(;i19--;){let item7 = data77[i19];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err172 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i19+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1],data:data77};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;break;}indices7[item7] = i19;}}}else {const err173 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf[1],data:data77};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}var _valid7 = _errs200 === errors;if(_valid7 && valid54){valid54 = false;passing5 = [passing5, 1];}else {if(_valid7){valid54 = true;passing5 = 1;}}if(!valid54){const err174 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.columns,data:data77};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}else {errors = _errs197;if(vErrors !== null){if(_errs197){vErrors.length = _errs197;}else {vErrors = null;}}}}if(data76.threshold !== undefined){let data79 = data76.threshold;if(!(typeof data79 == "number")){const err175 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize/threshold",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.threshold.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize.properties.threshold,data:data79};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}}else {const err176 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/binarize",schemaPath:"#/properties/pipeline/properties/steps/items/properties/binarize/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.binarize.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.binarize,data:data76};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data43.clip !== undefined){let data80 = data43.clip;if(data80 && typeof data80 == "object" && !Array.isArray(data80)){for(const key15 in data80){if(!(((key15 === "columns") || (key15 === "min")) || (key15 === "max"))){const err177 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip,data:data80};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data80.columns !== undefined){let data81 = data80.columns;const _errs210 = errors;let valid59 = false;let passing6 = null;const _errs211 = errors;if(typeof data81 !== "string"){const err178 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[0],data:data81};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if(!(((data81 === "numeric") || (data81 === "categorical")) || (data81 === "all"))){const err179 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[0],data:data81};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}var _valid8 = _errs211 === errors;if(_valid8){valid59 = true;passing6 = 0;}const _errs213 = errors;if(Array.isArray(data81)){if(data81.length < 1){const err180 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1],data:data81};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}const len12 = data81.length;for(let i20=0; i20<len12; i20++){let data82 = data81[i20];if(typeof data82 === "string"){if(func4(data82) < 1){const err181 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns/" + i20,schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1].items,data:data82};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}else {const err182 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns/" + i20,schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1].items,data:data82};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}let i21 = data81.length;let j8;if(i21 > 1){const indices8 = {};for(;i21--;){let item8 = data81[i21];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j8 = indices8[item8];const err183 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i21+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1],data:data81};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;break;}indices8[item8] = i21;}}}else {const err184 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf[1],data:data81};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}var _valid8 = _errs213 === errors;if(_valid8 && valid59){valid59 = false;passing6 = [passing6, 1];}else {if(_valid8){valid59 = true;passing6 = 1;}}if(!valid59){const err185 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.columns,data:data81};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}else {errors = _errs210;if(vErrors !== null){if(_errs210){vErrors.length = _errs210;}else {vErrors = null;}}}}if(data80.min !== undefined){let data83 = data80.min;if(!(typeof data83 == "number")){const err186 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/min",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.min.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.min,data:data83};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data80.max !== undefined){let data84 = data80.max;if(!(typeof data84 == "number")){const err187 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip/max",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.max.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip.properties.max,data:data84};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}else {const err188 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/clip",schemaPath:"#/properties/pipeline/properties/steps/items/properties/clip/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.clip.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.clip,data:data80};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}if(data43.derive !== undefined){let data85 = data43.derive;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){if(data85.name === undefined){const err189 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}if(data85.op === undefined){const err190 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}if(data85.left === undefined){const err191 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}if(data85.right === undefined){const err192 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}for(const key16 in data85){if(!(((((key16 === "name") || (key16 === "op")) || (key16 === "left")) || (key16 === "right")) || (key16 === "drop"))){const err193 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data85.name !== undefined){let data86 = data85.name;if(typeof data86 === "string"){if(func4(data86) < 1){const err194 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/name",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.name,data:data86};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}else {const err195 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/name",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.name.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.name,data:data86};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data85.op !== undefined){let data87 = data85.op;if(typeof data87 !== "string"){const err196 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/op",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.op.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.op,data:data87};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}if(!((data87 === "difference") || (data87 === "ratio"))){const err197 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/op",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/op/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.derive.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.op.enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.op,data:data87};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data85.left !== undefined){let data88 = data85.left;if(typeof data88 !== "string"){const err198 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/left",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/left/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.left.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.left,data:data88};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data85.right !== undefined){let data89 = data85.right;if(typeof data89 !== "string"){const err199 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/right",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/right/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.right.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.right,data:data89};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data85.drop !== undefined){let data90 = data85.drop;if(Array.isArray(data90)){const len13 = data90.length;for(let i22=0; i22<len13; i22++){let data91 = data90[i22];if(typeof data91 !== "string"){const err200 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/drop/" + i22,schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.drop.items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.drop.items,data:data91};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}}else {const err201 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive/drop",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.drop.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive.properties.drop,data:data90};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}}else {const err202 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/derive",schemaPath:"#/properties/pipeline/properties/steps/items/properties/derive/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.derive.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.derive,data:data85};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data43.select_l1 !== undefined){let data92 = data43.select_l1;if(data92 && typeof data92 == "object" && !Array.isArray(data92)){for(const key17 in data92){if(!((((key17 === "alpha") || (key17 === "threshold")) || (key17 === "max_iter")) || (key17 === "tol"))){const err203 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1,data:data92};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data92.alpha !== undefined){let data93 = data92.alpha;if(typeof data93 == "number"){if(data93 <= 0 || isNaN(data93)){const err204 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/alpha",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/alpha/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.alpha,data:data93};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}else {const err205 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/alpha",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.alpha.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.alpha,data:data93};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data92.threshold !== undefined){let data94 = data92.threshold;if(typeof data94 == "number"){if(data94 < 0 || isNaN(data94)){const err206 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/threshold",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.threshold,data:data94};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}else {const err207 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/threshold",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.threshold.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.threshold,data:data94};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}if(data92.max_iter !== undefined){let data95 = data92.max_iter;if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){const err208 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/max_iter",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/max_iter/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.max_iter.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.max_iter,data:data95};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}if(typeof data95 == "number"){if(data95 < 1 || isNaN(data95)){const err209 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/max_iter",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/max_iter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.max_iter,data:data95};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}}if(data92.tol !== undefined){let data96 = data92.tol;if(typeof data96 == "number"){if(data96 <= 0 || isNaN(data96)){const err210 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/tol",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/tol/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.tol,data:data96};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}else {const err211 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1/tol",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/properties/tol/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.tol.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.properties.tol,data:data96};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}}else {const err212 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/select_l1",schemaPath:"#/properties/pipeline/properties/steps/items/properties/select_l1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.select_l1.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.select_l1,data:data92};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data43.scale !== undefined){let data97 = data43.scale;if(data97 && typeof data97 == "object" && !Array.isArray(data97)){if(data97.method === undefined){const err213 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale,data:data97};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}for(const key18 in data97){if(!((key18 === "method") || (key18 === "columns"))){const err214 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale,data:data97};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data97.method !== undefined){let data98 = data97.method;if(typeof data98 !== "string"){const err215 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/method",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.method.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.method,data:data98};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}if(!(((data98 === "standard") || (data98 === "minmax")) || (data98 === "robust"))){const err216 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/method",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.scale.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.method.enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.method,data:data98};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data97.columns !== undefined){let data99 = data97.columns;const _errs253 = errors;let valid68 = false;let passing7 = null;const _errs254 = errors;if(typeof data99 !== "string"){const err217 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[0],data:data99};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}if(!(((data99 === "numeric") || (data99 === "categorical")) || (data99 === "all"))){const err218 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[0],data:data99};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}var _valid9 = _errs254 === errors;if(_valid9){valid68 = true;passing7 = 0;}const _errs256 = errors;if(Array.isArray(data99)){if(data99.length < 1){const err219 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1],data:data99};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}const len14 = data99.length;for(let i23=0; i23<len14; i23++){let data100 = data99[i23];if(typeof data100 === "string"){if(func4(data100) < 1){const err220 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns/" + i23,schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1].items,data:data100};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}else {const err221 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns/" + i23,schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1].items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1].items,data:data100};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}let i24 = data99.length;let j9;if(i24 > 1){const indices9 = {};for(;i24--;){let item9 = data99[i24];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j9 = indices9[item9];const err222 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i24, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i24+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1],data:data99};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;break;}indices9[item9] = i24;}}}else {const err223 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf[1],data:data99};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}var _valid9 = _errs256 === errors;if(_valid9 && valid68){valid68 = false;passing7 = [passing7, 1];}else {if(_valid9){valid68 = true;passing7 = 1;}}if(!valid68){const err224 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/properties/columns/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns.oneOf,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale.properties.columns,data:data99};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}else {errors = _errs253;if(vErrors !== null){if(_errs253){vErrors.length = _errs253;}else {vErrors = null;}}}}}else {const err225 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/scale",schemaPath:"#/properties/pipeline/properties/steps/items/properties/scale/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.scale.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.scale,data:data97};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data43.drop !== undefined){let data101 = data43.drop;if(data101 && typeof data101 == "object" && !Array.isArray(data101)){if(data101.columns === undefined){const err226 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop",schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.drop.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop,data:data101};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}for(const key19 in data101){if(!(key19 === "columns")){const err227 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop",schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop,data:data101};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}if(data101.columns !== undefined){let data102 = data101.columns;if(Array.isArray(data102)){if(data102.length < 1){const err228 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop.properties.columns,data:data102};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}const len15 = data102.length;for(let i25=0; i25<len15; i25++){let data103 = data102[i25];if(typeof data103 !== "string"){const err229 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop/columns/" + i25,schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.drop.properties.columns.items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop.properties.columns.items,data:data103};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}}else {const err230 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.drop.properties.columns.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop.properties.columns,data:data102};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}}else {const err231 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/drop",schemaPath:"#/properties/pipeline/properties/steps/items/properties/drop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.drop.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.drop,data:data101};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}if(data43.keep !== undefined){let data104 = data43.keep;if(data104 && typeof data104 == "object" && !Array.isArray(data104)){if(data104.columns === undefined){const err232 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep",schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema11.properties.pipeline.properties.steps.items.properties.keep.required,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep,data:data104};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}for(const key20 in data104){if(!(key20 === "columns")){const err233 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep",schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep,data:data104};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data104.columns !== undefined){let data105 = data104.columns;if(Array.isArray(data105)){if(data105.length < 1){const err234 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep.properties.columns,data:data105};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}const len16 = data105.length;for(let i26=0; i26<len16; i26++){let data106 = data105[i26];if(typeof data106 !== "string"){const err235 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep/columns/" + i26,schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.steps.items.properties.keep.properties.columns.items.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep.properties.columns.items,data:data106};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}}else {const err236 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep/columns",schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.items.properties.keep.properties.columns.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep.properties.columns,data:data105};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}}else {const err237 = {instancePath:instancePath+"/pipeline/steps/" + i6+"/keep",schemaPath:"#/properties/pipeline/properties/steps/items/properties/keep/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.properties.keep.type,parentSchema:schema11.properties.pipeline.properties.steps.items.properties.keep,data:data104};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath:instancePath+"/pipeline/steps/" + i6,schemaPath:"#/properties/pipeline/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.steps.items.type,parentSchema:schema11.properties.pipeline.properties.steps.items,data:data43};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}}else {const err239 = {instancePath:instancePath+"/pipeline/steps",schemaPath:"#/properties/pipeline/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.steps.type,parentSchema:schema11.properties.pipeline.properties.steps,data:data42};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data19.model !== undefined){let data107 = data19.model;if(data107 && typeof data107 == "object" && !Array.isArray(data107)){if(data107.type === undefined){const err240 = {instancePath:instancePath+"/pipeline/model",schemaPath:"#/properties/pipeline/properties/model/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.pipeline.properties.model.required,parentSchema:schema11.properties.pipeline.properties.model,data:data107};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}for(const key21 in data107){if(!(func2.call(schema11.properties.pipeline.properties.model.properties, key21))){const err241 = {instancePath:instancePath+"/pipeline/model",schemaPath:"#/properties/pipeline/properties/model/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.model,data:data107};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data107.type !== undefined){let data108 = data107.type;if(typeof data108 !== "string"){const err242 = {instancePath:instancePath+"/pipeline/model/type",schemaPath:"#/properties/pipeline/properties/model/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.model.properties.type.type,parentSchema:schema11.properties.pipeline.properties.model.properties.type,data:data108};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}if(!(((((((data108 === "linear") || (data108 === "ridge")) || (data108 === "lasso")) || (data108 === "logistic")) || (data108 === "decision_tree")) || (data108 === "random_forest")) || (data108 === "gradient_boosting"))){const err243 = {instancePath:instancePath+"/pipeline/model/type",schemaPath:"#/properties/pipeline/properties/model/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.model.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.model.properties.type.enum,parentSchema:schema11.properties.pipeline.properties.model.properties.type,data:data108};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}if(data107.alpha !== undefined){let data109 = data107.alpha;if(typeof data109 == "number"){if(data109 < 0 || isNaN(data109)){const err244 = {instancePath:instancePath+"/pipeline/model/alpha",schemaPath:"#/properties/pipeline/properties/model/properties/alpha/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.alpha,data:data109};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}else {const err245 = {instancePath:instancePath+"/pipeline/model/alpha",schemaPath:"#/properties/pipeline/properties/model/properties/alpha/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.alpha.type,parentSchema:schema11.properties.pipeline.properties.model.properties.alpha,data:data109};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}if(data107.C !== undefined){let data110 = data107.C;if(typeof data110 == "number"){if(data110 <= 0 || isNaN(data110)){const err246 = {instancePath:instancePath+"/pipeline/model/C",schemaPath:"#/properties/pipeline/properties/model/properties/C/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.C,data:data110};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}else {const err247 = {instancePath:instancePath+"/pipeline/model/C",schemaPath:"#/properties/pipeline/properties/model/properties/C/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.C.type,parentSchema:schema11.properties.pipeline.properties.model.properties.C,data:data110};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}if(data107.max_iter !== undefined){let data111 = data107.max_iter;if(!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))){const err248 = {instancePath:instancePath+"/pipeline/model/max_iter",schemaPath:"#/properties/pipeline/properties/model/properties/max_iter/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.model.properties.max_iter.type,parentSchema:schema11.properties.pipeline.properties.model.properties.max_iter,data:data111};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}if(typeof data111 == "number"){if(data111 < 1 || isNaN(data111)){const err249 = {instancePath:instancePath+"/pipeline/model/max_iter",schemaPath:"#/properties/pipeline/properties/model/properties/max_iter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.model.properties.max_iter,data:data111};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}}if(data107.tol !== undefined){let data112 = data107.tol;if(typeof data112 == "number"){if(data112 <= 0 || isNaN(data112)){const err250 = {instancePath:instancePath+"/pipeline/model/tol",schemaPath:"#/properties/pipeline/properties/model/properties/tol/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.tol,data:data112};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}else {const err251 = {instancePath:instancePath+"/pipeline/model/tol",schemaPath:"#/properties/pipeline/properties/model/properties/tol/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.tol.type,parentSchema:schema11.properties.pipeline.properties.model.properties.tol,data:data112};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}if(data107.max_depth !== undefined){let data113 = data107.max_depth;if(!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))){const err252 = {instancePath:instancePath+"/pipeline/model/max_depth",schemaPath:"#/properties/pipeline/properties/model/properties/max_depth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.model.properties.max_depth.type,parentSchema:schema11.properties.pipeline.properties.model.properties.max_depth,data:data113};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}if(typeof data113 == "number"){if(data113 < 1 || isNaN(data113)){const err253 = {instancePath:instancePath+"/pipeline/model/max_depth",schemaPath:"#/properties/pipeline/properties/model/properties/max_depth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.model.properties.max_depth,data:data113};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}}if(data107.min_samples_split !== undefined){let data114 = data107.min_samples_split;if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){const err254 = {instancePath:instancePath+"/pipeline/model/min_samples_split",schemaPath:"#/properties/pipeline/properties/model/properties/min_samples_split/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.model.properties.min_samples_split.type,parentSchema:schema11.properties.pipeline.properties.model.properties.min_samples_split,data:data114};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}if(typeof data114 == "number"){if(data114 < 2 || isNaN(data114)){const err255 = {instancePath:instancePath+"/pipeline/model/min_samples_split",schemaPath:"#/properties/pipeline/properties/model/properties/min_samples_split/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties.pipeline.properties.model.properties.min_samples_split,data:data114};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}}if(data107.min_samples_leaf !== undefined){let data115 = data107.min_samples_leaf;if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){const err256 = {instancePath:instancePath+"/pipeline/model/min_samples_leaf",schemaPath:"#/properties/pipeline/properties/model/properties/min_samples_leaf/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.model.properties.min_samples_leaf.type,parentSchema:schema11.properties.pipeline.properties.model.properties.min_samples_leaf,data:data115};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}if(typeof data115 == "number"){if(data115 < 1 || isNaN(data115)){const err257 = {instancePath:instancePath+"/pipeline/model/min_samples_leaf",schemaPath:"#/properties/pipeline/properties/model/properties/min_samples_leaf/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.model.properties.min_samples_leaf,data:data115};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}}if(data107.max_features !== undefined){let data116 = data107.max_features;const _errs294 = errors;let valid79 = false;let passing8 = null;const _errs295 = errors;if(typeof data116 !== "string"){const err258 = {instancePath:instancePath+"/pipeline/model/max_features",schemaPath:"#/properties/pipeline/properties/model/properties/max_features/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[0].type,parentSchema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[0],data:data116};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}if(!((data116 === "sqrt") || (data116 === "log2"))){const err259 = {instancePath:instancePath+"/pipeline/model/max_features",schemaPath:"#/properties/pipeline/properties/model/properties/max_features/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.model.properties.max_features.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[0].enum,parentSchema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[0],data:data116};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}var _valid10 = _errs295 === errors;if(_valid10){valid79 = true;passing8 = 0;}const _errs297 = errors;if(typeof data116 == "number"){if(data116 <= 0 || isNaN(data116)){const err260 = {instancePath:instancePath+"/pipeline/model/max_features",schemaPath:"#/properties/pipeline/properties/model/properties/max_features/oneOf/1/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[1],data:data116};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}else {const err261 = {instancePath:instancePath+"/pipeline/model/max_features",schemaPath:"#/properties/pipeline/properties/model/properties/max_features/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[1].type,parentSchema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf[1],data:data116};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}var _valid10 = _errs297 === errors;if(_valid10 && valid79){valid79 = false;passing8 = [passing8, 1];}else {if(_valid10){valid79 = true;passing8 = 1;}}if(!valid79){const err262 = {instancePath:instancePath+"/pipeline/model/max_features",schemaPath:"#/properties/pipeline/properties/model/properties/max_features/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema11.properties.pipeline.properties.model.properties.max_features.oneOf,parentSchema:schema11.properties.pipeline.properties.model.properties.max_features,data:data116};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}else {errors = _errs294;if(vErrors !== null){if(_errs294){vErrors.length = _errs294;}else {vErrors = null;}}}}if(data107.n_estimators !== undefined){let data117 = data107.n_estimators;if(!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117)))){const err263 = {instancePath:instancePath+"/pipeline/model/n_estimators",schemaPath:"#/properties/pipeline/properties/model/properties/n_estimators/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.model.properties.n_estimators.type,parentSchema:schema11.properties.pipeline.properties.model.properties.n_estimators,data:data117};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}if(typeof data117 == "number"){if(data117 < 1 || isNaN(data117)){const err264 = {instancePath:instancePath+"/pipeline/model/n_estimators",schemaPath:"#/properties/pipeline/properties/model/properties/n_estimators/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.model.properties.n_estimators,data:data117};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}}}if(data107.learning_rate !== undefined){let data118 = data107.learning_rate;if(typeof data118 == "number"){if(data118 <= 0 || isNaN(data118)){const err265 = {instancePath:instancePath+"/pipeline/model/learning_rate",schemaPath:"#/properties/pipeline/properties/model/properties/learning_rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.learning_rate,data:data118};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}else {const err266 = {instancePath:instancePath+"/pipeline/model/learning_rate",schemaPath:"#/properties/pipeline/properties/model/properties/learning_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.learning_rate.type,parentSchema:schema11.properties.pipeline.properties.model.properties.learning_rate,data:data118};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data107.subsample !== undefined){let data119 = data107.subsample;if(typeof data119 == "number"){if(data119 > 1 || isNaN(data119)){const err267 = {instancePath:instancePath+"/pipeline/model/subsample",schemaPath:"#/properties/pipeline/properties/model/properties/subsample/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.pipeline.properties.model.properties.subsample,data:data119};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}if(data119 <= 0 || isNaN(data119)){const err268 = {instancePath:instancePath+"/pipeline/model/subsample",schemaPath:"#/properties/pipeline/properties/model/properties/subsample/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.model.properties.subsample,data:data119};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}else {const err269 = {instancePath:instancePath+"/pipeline/model/subsample",schemaPath:"#/properties/pipeline/properties/model/properties/subsample/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.model.properties.subsample.type,parentSchema:schema11.properties.pipeline.properties.model.properties.subsample,data:data119};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data107.bootstrap !== undefined){let data120 = data107.bootstrap;if(typeof data120 !== "boolean"){const err270 = {instancePath:instancePath+"/pipeline/model/bootstrap",schemaPath:"#/properties/pipeline/properties/model/properties/bootstrap/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.pipeline.properties.model.properties.bootstrap.type,parentSchema:schema11.properties.pipeline.properties.model.properties.bootstrap,data:data120};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}}else {const err271 = {instancePath:instancePath+"/pipeline/model",schemaPath:"#/properties/pipeline/properties/model/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.model.type,parentSchema:schema11.properties.pipeline.properties.model,data:data107};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}if(data19.target_transform !== undefined){let data121 = data19.target_transform;if(typeof data121 !== "string"){const err272 = {instancePath:instancePath+"/pipeline/target_transform",schemaPath:"#/properties/pipeline/properties/target_transform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.target_transform.type,parentSchema:schema11.properties.pipeline.properties.target_transform,data:data121};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}if(!(((data121 === "none") || (data121 === "log")) || (data121 === "log1p"))){const err273 = {instancePath:instancePath+"/pipeline/target_transform",schemaPath:"#/properties/pipeline/properties/target_transform/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.target_transform.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.target_transform.enum,parentSchema:schema11.properties.pipeline.properties.target_transform,data:data121};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}}if(data19.metrics !== undefined){let data122 = data19.metrics;if(Array.isArray(data122)){const len17 = data122.length;for(let i27=0; i27<len17; i27++){let data123 = data122[i27];if(typeof data123 !== "string"){const err274 = {instancePath:instancePath+"/pipeline/metrics/" + i27,schemaPath:"#/properties/pipeline/properties/metrics/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.metrics.items.type,parentSchema:schema11.properties.pipeline.properties.metrics.items,data:data123};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}if(!(((((((data123 === "rmse") || (data123 === "mae")) || (data123 === "r2")) || (data123 === "rmsle")) || (data123 === "accuracy")) || (data123 === "roc_auc")) || (data123 === "log_loss"))){const err275 = {instancePath:instancePath+"/pipeline/metrics/" + i27,schemaPath:"#/properties/pipeline/properties/metrics/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.metrics.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.metrics.items.enum,parentSchema:schema11.properties.pipeline.properties.metrics.items,data:data123};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}let i28 = data122.length;let j10;if(i28 > 1){const indices10 = {};for(;i28--;){let item10 = data122[i28];if(typeof item10 !== "string"){continue;}if(typeof indices10[item10] == "number"){j10 = indices10[item10];const err276 = {instancePath:instancePath+"/pipeline/metrics",schemaPath:"#/properties/pipeline/properties/metrics/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i28+" are identical)",schema:true,parentSchema:schema11.properties.pipeline.properties.metrics,data:data122};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;break;}indices10[item10] = i28;}}}else {const err277 = {instancePath:instancePath+"/pipeline/metrics",schemaPath:"#/properties/pipeline/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pipeline.properties.metrics.type,parentSchema:schema11.properties.pipeline.properties.metrics,data:data122};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}if(data19.positive_label !== undefined){let data124 = data19.positive_label;if(typeof data124 !== "string"){const err278 = {instancePath:instancePath+"/pipeline/positive_label",schemaPath:"#/properties/pipeline/properties/positive_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.positive_label.type,parentSchema:schema11.properties.pipeline.properties.positive_label,data:data124};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}if(data19.evaluation !== undefined){let data125 = data19.evaluation;if(data125 && typeof data125 == "object" && !Array.isArray(data125)){if(data125.method === undefined){const err279 = {instancePath:instancePath+"/pipeline/evaluation",schemaPath:"#/properties/pipeline/properties/evaluation/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema11.properties.pipeline.properties.evaluation.required,parentSchema:schema11.properties.pipeline.properties.evaluation,data:data125};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}for(const key22 in data125){if(!(((key22 === "method") || (key22 === "test_size")) || (key22 === "folds"))){const err280 = {instancePath:instancePath+"/pipeline/evaluation",schemaPath:"#/properties/pipeline/properties/evaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.pipeline.properties.evaluation,data:data125};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}if(data125.method !== undefined){let data126 = data125.method;if(typeof data126 !== "string"){const err281 = {instancePath:instancePath+"/pipeline/evaluation/method",schemaPath:"#/properties/pipeline/properties/evaluation/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pipeline.properties.evaluation.properties.method.type,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.method,data:data126};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}if(!((data126 === "holdout") || (data126 === "kfold"))){const err282 = {instancePath:instancePath+"/pipeline/evaluation/method",schemaPath:"#/properties/pipeline/properties/evaluation/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.pipeline.properties.evaluation.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.pipeline.properties.evaluation.properties.method.enum,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.method,data:data126};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data125.test_size !== undefined){let data127 = data125.test_size;if(typeof data127 == "number"){if(data127 >= 1 || isNaN(data127)){const err283 = {instancePath:instancePath+"/pipeline/evaluation/test_size",schemaPath:"#/properties/pipeline/properties/evaluation/properties/test_size/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.test_size,data:data127};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}if(data127 <= 0 || isNaN(data127)){const err284 = {instancePath:instancePath+"/pipeline/evaluation/test_size",schemaPath:"#/properties/pipeline/properties/evaluation/properties/test_size/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.test_size,data:data127};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}else {const err285 = {instancePath:instancePath+"/pipeline/evaluation/test_size",schemaPath:"#/properties/pipeline/properties/evaluation/properties/test_size/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.pipeline.properties.evaluation.properties.test_size.type,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.test_size,data:data127};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}}if(data125.folds !== undefined){let data128 = data125.folds;if(!((typeof data128 == "number") && (!(data128 % 1) && !isNaN(data128)))){const err286 = {instancePath:instancePath+"/pipeline/evaluation/folds",schemaPath:"#/properties/pipeline/properties/evaluation/properties/folds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pipeline.properties.evaluation.properties.folds.type,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.folds,data:data128};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}if(typeof data128 == "number"){if(data128 < 2 || isNaN(data128)){const err287 = {instancePath:instancePath+"/pipeline/evaluation/folds",schemaPath:"#/properties/pipeline/properties/evaluation/properties/folds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema11.properties.pipeline.properties.evaluation.properties.folds,data:data128};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}}}}else {const err288 = {instancePath:instancePath+"/pipeline/evaluation",schemaPath:"#/properties/pipeline/properties/evaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.properties.evaluation.type,parentSchema:schema11.properties.pipeline.properties.evaluation,data:data125};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}}}else {const err289 = {instancePath:instancePath+"/pipeline",schemaPath:"#/properties/pipeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.pipeline.type,parentSchema:schema11.properties.pipeline,data:data19};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}}if(data.baseline !== undefined){let data129 = data.baseline;if(data129 && typeof data129 == "object" && !Array.isArray(data129)){for(const key23 in data129){if(!(key23 === "dir")){const err290 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.baseline,data:data129};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}}if(data129.dir !== undefined){let data130 = data129.dir;if(typeof data130 !== "string"){const err291 = {instancePath:instancePath+"/baseline/dir",schemaPath:"#/properties/baseline/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.properties.dir.type,parentSchema:schema11.properties.baseline.properties.dir,data:data130};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}}else {const err292 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.baseline.type,parentSchema:schema11.properties.baseline,data:data129};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}if(data.compare !== undefined){let data131 = data.compare;if(data131 && typeof data131 == "object" && !Array.isArray(data131)){for(const key24 in data131){if(!(((key24 === "predictions") || (key24 === "metrics")) || (key24 === "artifacts"))){const err293 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare,data:data131};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}if(data131.predictions !== undefined){let data132 = data131.predictions;if(data132 && typeof data132 == "object" && !Array.isArray(data132)){for(const key25 in data132){if(!(((((key25 === "absolute") || (key25 === "relative")) || (key25 === "columns")) || (key25 === "top")) || (key25 === "labels"))){const err294 = {instancePath:instancePath+"/compare/predictions",schemaPath:"#/properties/compare/properties/predictions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare.properties.predictions,data:data132};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}if(data132.absolute !== undefined){let data133 = data132.absolute;if(typeof data133 == "number"){if(data133 < 0 || isNaN(data133)){const err295 = {instancePath:instancePath+"/compare/predictions/absolute",schemaPath:"#/properties/compare/properties/predictions/properties/absolute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.predictions.properties.absolute,data:data133};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}else {const err296 = {instancePath:instancePath+"/compare/predictions/absolute",schemaPath:"#/properties/compare/properties/predictions/properties/absolute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.predictions.properties.absolute.type,parentSchema:schema11.properties.compare.properties.predictions.properties.absolute,data:data133};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}if(data132.relative !== undefined){let data134 = data132.relative;if(typeof data134 == "number"){if(data134 < 0 || isNaN(data134)){const err297 = {instancePath:instancePath+"/compare/predictions/relative",schemaPath:"#/properties/compare/properties/predictions/properties/relative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.predictions.properties.relative,data:data134};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}}else {const err298 = {instancePath:instancePath+"/compare/predictions/relative",schemaPath:"#/properties/compare/properties/predictions/properties/relative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.predictions.properties.relative.type,parentSchema:schema11.properties.compare.properties.predictions.properties.relative,data:data134};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}}if(data132.columns !== undefined){let data135 = data132.columns;if(data135 && typeof data135 == "object" && !Array.isArray(data135)){for(const key26 in data135){let data136 = data135[key26];if(data136 && typeof data136 == "object" && !Array.isArray(data136)){for(const key27 in data136){if(!((key27 === "absolute") || (key27 === "relative"))){const err299 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties,data:data136};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}}if(data136.absolute !== undefined){let data137 = data136.absolute;if(typeof data137 == "number"){if(data137 < 0 || isNaN(data137)){const err300 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/absolute",schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/properties/absolute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.absolute,data:data137};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}}else {const err301 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/absolute",schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/properties/absolute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.absolute.type,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.absolute,data:data137};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}}if(data136.relative !== undefined){let data138 = data136.relative;if(typeof data138 == "number"){if(data138 < 0 || isNaN(data138)){const err302 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative",schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/properties/relative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.relative,data:data138};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}}else {const err303 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative",schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/properties/relative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.relative.type,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.properties.relative,data:data138};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}}}else {const err304 = {instancePath:instancePath+"/compare/predictions/columns/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/predictions/properties/columns/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties.type,parentSchema:schema11.properties.compare.properties.predictions.properties.columns.additionalProperties,data:data136};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}}}else {const err305 = {instancePath:instancePath+"/compare/predictions/columns",schemaPath:"#/properties/compare/properties/predictions/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.predictions.properties.columns.type,parentSchema:schema11.properties.compare.properties.predictions.properties.columns,data:data135};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}}if(data132.top !== undefined){let data139 = data132.top;if(!((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139)))){const err306 = {instancePath:instancePath+"/compare/predictions/top",schemaPath:"#/properties/compare/properties/predictions/properties/top/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.compare.properties.predictions.properties.top.type,parentSchema:schema11.properties.compare.properties.predictions.properties.top,data:data139};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;}if(typeof data139 == "number"){if(data139 < 0 || isNaN(data139)){const err307 = {instancePath:instancePath+"/compare/predictions/top",schemaPath:"#/properties/compare/properties/predictions/properties/top/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.predictions.properties.top,data:data139};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}}}if(data132.labels !== undefined){let data140 = data132.labels;if(Array.isArray(data140)){const len18 = data140.length;for(let i29=0; i29<len18; i29++){let data141 = data140[i29];if(typeof data141 === "string"){if(func4(data141) < 1){const err308 = {instancePath:instancePath+"/compare/predictions/labels/" + i29,schemaPath:"#/properties/compare/properties/predictions/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.compare.properties.predictions.properties.labels.items,data:data141};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}}else {const err309 = {instancePath:instancePath+"/compare/predictions/labels/" + i29,schemaPath:"#/properties/compare/properties/predictions/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.compare.properties.predictions.properties.labels.items.type,parentSchema:schema11.properties.compare.properties.predictions.properties.labels.items,data:data141};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}let i30 = data140.length;let j11;if(i30 > 1){const indices11 = {};for(;i30--;){let item11 = data140[i30];if(typeof item11 !== "string"){continue;}if(typeof indices11[item11] == "number"){j11 = indices11[item11];const err310 = {instancePath:instancePath+"/compare/predictions/labels",schemaPath:"#/properties/compare/properties/predictions/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i30+" are identical)",schema:true,parentSchema:schema11.properties.compare.properties.predictions.properties.labels,data:data140};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;break;}indices11[item11] = i30;}}}else {const err311 = {instancePath:instancePath+"/compare/predictions/labels",schemaPath:"#/properties/compare/properties/predictions/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.compare.properties.predictions.properties.labels.type,parentSchema:schema11.properties.compare.properties.predictions.properties.labels,data:data140};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;}}}else {const err312 = {instancePath:instancePath+"/compare/predictions",schemaPath:"#/properties/compare/properties/predictions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.predictions.type,parentSchema:schema11.properties.compare.properties.predictions,data:data132};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}}if(data131.metrics !== undefined){let data142 = data131.metrics;if(data142 && typeof data142 == "object" && !Array.isArray(data142)){for(const key28 in data142){let data143 = data142[key28];if(data143 && typeof data143 == "object" && !Array.isArray(data143)){for(const key29 in data143){if(!(((key29 === "absolute") || (key29 === "relative")) || (key29 === "better"))){const err313 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/metrics/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties,data:data143};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}}if(data143.absolute !== undefined){let data144 = data143.absolute;if(typeof data144 == "number"){if(data144 < 0 || isNaN(data144)){const err314 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/absolute",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/absolute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.absolute,data:data144};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}else {const err315 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/absolute",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/absolute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.metrics.additionalProperties.properties.absolute.type,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.absolute,data:data144};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}}if(data143.relative !== undefined){let data145 = data143.relative;if(typeof data145 == "number"){if(data145 < 0 || isNaN(data145)){const err316 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/relative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.relative,data:data145};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}}else {const err317 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/relative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.metrics.additionalProperties.properties.relative.type,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.relative,data:data145};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;}}if(data143.better !== undefined){let data146 = data143.better;if(typeof data146 !== "string"){const err318 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/better",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/better/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.compare.properties.metrics.additionalProperties.properties.better.type,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.better,data:data146};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}if(!((data146 === "lower") || (data146 === "higher"))){const err319 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/better",schemaPath:"#/properties/compare/properties/metrics/additionalProperties/properties/better/enum",keyword:"enum",params:{allowedValues: schema11.properties.compare.properties.metrics.additionalProperties.properties.better.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.compare.properties.metrics.additionalProperties.properties.better.enum,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties.properties.better,data:data146};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}}}else {const err320 = {instancePath:instancePath+"/compare/metrics/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/compare/properties/metrics/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.metrics.additionalProperties.type,parentSchema:schema11.properties.compare.properties.metrics.additionalProperties,data:data143};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}}}else {const err321 = {instancePath:instancePath+"/compare/metrics",schemaPath:"#/properties/compare/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.metrics.type,parentSchema:schema11.properties.compare.properties.metrics,data:data142};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}}if(data131.artifacts !== undefined){let data147 = data131.artifacts;if(data147 && typeof data147 == "object" && !Array.isArray(data147)){for(const key30 in data147){if(!((key30 === "absolute") || (key30 === "relative"))){const err322 = {instancePath:instancePath+"/compare/artifacts",schemaPath:"#/properties/compare/properties/artifacts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.compare.properties.artifacts,data:data147};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}}if(data147.absolute !== undefined){let data148 = data147.absolute;if(typeof data148 == "number"){if(data148 < 0 || isNaN(data148)){const err323 = {instancePath:instancePath+"/compare/artifacts/absolute",schemaPath:"#/properties/compare/properties/artifacts/properties/absolute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.artifacts.properties.absolute,data:data148};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}}else {const err324 = {instancePath:instancePath+"/compare/artifacts/absolute",schemaPath:"#/properties/compare/properties/artifacts/properties/absolute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.artifacts.properties.absolute.type,parentSchema:schema11.properties.compare.properties.artifacts.properties.absolute,data:data148};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}}if(data147.relative !== undefined){let data149 = data147.relative;if(typeof data149 == "number"){if(data149 < 0 || isNaN(data149)){const err325 = {instancePath:instancePath+"/compare/artifacts/relative",schemaPath:"#/properties/compare/properties/artifacts/properties/relative/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.compare.properties.artifacts.properties.relative,data:data149};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}}else {const err326 = {instancePath:instancePath+"/compare/artifacts/relative",schemaPath:"#/properties/compare/properties/artifacts/properties/relative/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.compare.properties.artifacts.properties.relative.type,parentSchema:schema11.properties.compare.properties.artifacts.properties.relative,data:data149};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}}}else {const err327 = {instancePath:instancePath+"/compare/artifacts",schemaPath:"#/properties/compare/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.properties.artifacts.type,parentSchema:schema11.properties.compare.properties.artifacts,data:data147};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}}}else {const err328 = {instancePath:instancePath+"/compare",schemaPath:"#/properties/compare/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.compare.type,parentSchema:schema11.properties.compare,data:data131};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}}if(data.determinism !== undefined){let data150 = data.determinism;if(data150 && typeof data150 == "object" && !Array.isArray(data150)){for(const key31 in data150){if(!((((((key31 === "strategy") || (key31 === "runs")) || (key31 === "max_runs")) || (key31 === "perturbations")) || (key31 === "on_change")) || (key31 === "parallel"))){const err329 = {instancePath:instancePath+"/determinism",schemaPath:"#/properties/determinism/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.determinism,data:data150};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}if(data150.strategy !== undefined){let data151 = data150.strategy;if(typeof data151 !== "string"){const err330 = {instancePath:instancePath+"/determinism/strategy",schemaPath:"#/properties/determinism/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.determinism.properties.strategy.type,parentSchema:schema11.properties.determinism.properties.strategy,data:data151};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}if(!((data151 === "combined") || (data151 === "each"))){const err331 = {instancePath:instancePath+"/determinism/strategy",schemaPath:"#/properties/determinism/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema11.properties.determinism.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.determinism.properties.strategy.enum,parentSchema:schema11.properties.determinism.properties.strategy,data:data151};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}}if(data150.runs !== undefined){let data152 = data150.runs;if(!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))){const err332 = {instancePath:instancePath+"/determinism/runs",schemaPath:"#/properties/determinism/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.determinism.properties.runs.type,parentSchema:schema11.properties.determinism.properties.runs,data:data152};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}if(typeof data152 == "number"){if(data152 > 20 || isNaN(data152)){const err333 = {instancePath:instancePath+"/determinism/runs",schemaPath:"#/properties/determinism/properties/runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema11.properties.determinism.properties.runs,data:data152};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}if(data152 < 1 || isNaN(data152)){const err334 = {instancePath:instancePath+"/determinism/runs",schemaPath:"#/properties/determinism/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.determinism.properties.runs,data:data152};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}}}if(data150.max_runs !== undefined){let data153 = data150.max_runs;if(!((typeof data153 == "number") && (!(data153 % 1) && !isNaN(data153)))){const err335 = {instancePath:instancePath+"/determinism/max_runs",schemaPath:"#/properties/determinism/properties/max_runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.determinism.properties.max_runs.type,parentSchema:schema11.properties.determinism.properties.max_runs,data:data153};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}if(typeof data153 == "number"){if(data153 > 100 || isNaN(data153)){const err336 = {instancePath:instancePath+"/determinism/max_runs",schemaPath:"#/properties/determinism/properties/max_runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.determinism.properties.max_runs,data:data153};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}if(data153 < 1 || isNaN(data153)){const err337 = {instancePath:instancePath+"/determinism/max_runs",schemaPath:"#/properties/determinism/properties/max_runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.determinism.properties.max_runs,data:data153};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}}}if(data150.perturbations !== undefined){let data154 = data150.perturbations;if(Array.isArray(data154)){const len19 = data154.length;for(let i31=0; i31<len19; i31++){let data155 = data154[i31];if(typeof data155 !== "string"){const err338 = {instancePath:instancePath+"/determinism/perturbations/" + i31,schemaPath:"#/properties/determinism/properties/perturbations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.determinism.properties.perturbations.items.type,parentSchema:schema11.properties.determinism.properties.perturbations.items,data:data155};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}if(!(((((((data155 === "row_order") || (data155 === "hash_seed")) || (data155 === "timezone")) || (data155 === "locale")) || (data155 === "threads")) || (data155 === "workdir")) || (data155 === "clock"))){const err339 = {instancePath:instancePath+"/determinism/perturbations/" + i31,schemaPath:"#/properties/determinism/properties/perturbations/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.determinism.properties.perturbations.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.determinism.properties.perturbations.items.enum,parentSchema:schema11.properties.determinism.properties.perturbations.items,data:data155};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}}let i32 = data154.length;let j12;if(i32 > 1){const indices12 = {};for(;i32--;){let item12 = data154[i32];if(typeof item12 !== "string"){continue;}if(typeof indices12[item12] == "number"){j12 = indices12[item12];const err340 = {instancePath:instancePath+"/determinism/perturbations",schemaPath:"#/properties/determinism/properties/perturbations/uniqueItems",keyword:"uniqueItems",params:{i: i32, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i32+" are identical)",schema:true,parentSchema:schema11.properties.determinism.properties.perturbations,data:data154};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;break;}indices12[item12] = i32;}}}else {const err341 = {instancePath:instancePath+"/determinism/perturbations",schemaPath:"#/properties/determinism/properties/perturbations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.determinism.properties.perturbations.type,parentSchema:schema11.properties.determinism.properties.perturbations,data:data154};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}}if(data150.on_change !== undefined){let data156 = data150.on_change;if(typeof data156 !== "string"){const err342 = {instancePath:instancePath+"/determinism/on_change",schemaPath:"#/properties/determinism/properties/on_change/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.determinism.properties.on_change.type,parentSchema:schema11.properties.determinism.properties.on_change,data:data156};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}if(!((data156 === "warn") || (data156 === "fail"))){const err343 = {instancePath:instancePath+"/determinism/on_change",schemaPath:"#/properties/determinism/properties/on_change/enum",keyword:"enum",params:{allowedValues: schema11.properties.determinism.properties.on_change.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.determinism.properties.on_change.enum,parentSchema:schema11.properties.determinism.properties.on_change,data:data156};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}}if(data150.parallel !== undefined){let data157 = data150.parallel;if((!((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157)))) && (typeof data157 !== "string")){const err344 = {instancePath:instancePath+"/determinism/parallel",schemaPath:"#/properties/determinism/properties/parallel/type",keyword:"type",params:{type: schema11.properties.determinism.properties.parallel.type},message:"must be integer,string",schema:schema11.properties.determinism.properties.parallel.type,parentSchema:schema11.properties.determinism.properties.parallel,data:data157};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}if(typeof data157 == "number"){if(data157 < 1 || isNaN(data157)){const err345 = {instancePath:instancePath+"/determinism/parallel",schemaPath:"#/properties/determinism/properties/parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.determinism.properties.parallel,data:data157};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}}if(typeof data157 === "string"){if(!pattern5.test(data157)){const err346 = {instancePath:instancePath+"/determinism/parallel",schemaPath:"#/properties/determinism/properties/parallel/pattern",keyword:"pattern",params:{pattern: "^auto$"},message:"must match pattern \""+"^auto$"+"\"",schema:"^auto$",parentSchema:schema11.properties.determinism.properties.parallel,data:data157};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}}}else {const err347 = {instancePath:instancePath+"/determinism",schemaPath:"#/properties/determinism/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.determinism.type,parentSchema:schema11.properties.determinism,data:data150};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}if(data.dependencies !== undefined){let data158 = data.dependencies;if(data158 && typeof data158 == "object" && !Array.isArray(data158)){for(const key32 in data158){if(!(((key32 === "files") || (key32 === "python")) || (key32 === "check_installed"))){const err348 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies,data:data158};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}}if(data158.files !== undefined){let data159 = data158.files;if(Array.isArray(data159)){const len20 = data159.length;for(let i33=0; i33<len20; i33++){let data160 = data159[i33];if(typeof data160 !== "string"){const err349 = {instancePath:instancePath+"/dependencies/files/" + i33,schemaPath:"#/properties/dependencies/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.files.items.type,parentSchema:schema11.properties.dependencies.properties.files.items,data:data160};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}}}else {const err350 = {instancePath:instancePath+"/dependencies/files",schemaPath:"#/properties/dependencies/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.files.type,parentSchema:schema11.properties.dependencies.properties.files,data:data159};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;}}if(data158.python !== undefined){let data161 = data158.python;if(typeof data161 !== "string"){const err351 = {instancePath:instancePath+"/dependencies/python",schemaPath:"#/properties/dependencies/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.python.type,parentSchema:schema11.properties.dependencies.properties.python,data:data161};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;}}if(data158.check_installed !== undefined){let data162 = data158.check_installed;if(typeof data162 !== "boolean"){const err352 = {instancePath:instancePath+"/dependencies/check_installed",schemaPath:"#/properties/dependencies/properties/check_installed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.check_installed.type,parentSchema:schema11.properties.dependencies.properties.check_installed,data:data162};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}}else {const err353 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.type,parentSchema:schema11.properties.dependencies,data:data158};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}}if(data.report !== undefined){let data163 = data.report;if(data163 && typeof data163 == "object" && !Array.isArray(data163)){for(const key33 in data163){if(!(key33 === "dir")){const err354 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.report,data:data163};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}if(data163.dir !== undefined){let data164 = data163.dir;if(typeof data164 !== "string"){const err355 = {instancePath:instancePath+"/report/dir",schemaPath:"#/properties/report/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.report.properties.dir.type,parentSchema:schema11.properties.report.properties.dir,data:data164};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}}}else {const err356 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.report.type,parentSchema:schema11.properties.report,data:data163};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;}}if(data.gate !== undefined){let data165 = data.gate;if(data165 && typeof data165 == "object" && !Array.isArray(data165)){for(const key34 in data165){if(!(key34 === "fail_on")){const err357 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.gate,data:data165};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data165.fail_on !== undefined){let data166 = data165.fail_on;if(typeof data166 !== "string"){const err358 = {instancePath:instancePath+"/gate/fail_on",schemaPath:"#/properties/gate/properties/fail_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gate.properties.fail_on.type,parentSchema:schema11.properties.gate.properties.fail_on,data:data166};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}if(!(((data166 === "fail") || (data166 === "warn")) || (data166 === "never"))){const err359 = {instancePath:instancePath+"/gate/fail_on",schemaPath:"#/properties/gate/properties/fail_on/enum",keyword:"enum",params:{allowedValues: schema11.properties.gate.properties.fail_on.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.gate.properties.fail_on.enum,parentSchema:schema11.properties.gate.properties.fail_on,data:data166};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}}else {const err360 = {instancePath:instancePath+"/gate",schemaPath:"#/properties/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.gate.type,parentSchema:schema11.properties.gate,data:data165};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data.accept !== undefined){let data167 = data.accept;if(Array.isArray(data167)){const len21 = data167.length;for(let i34=0; i34<len21; i34++){let data168 = data167[i34];if(data168 && typeof data168 == "object" && !Array.isArray(data168)){if(data168.code === undefined){const err361 = {instancePath:instancePath+"/accept/" + i34,schemaPath:"#/properties/accept/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema11.properties.accept.items.required,parentSchema:schema11.properties.accept.items,data:data168};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}if(data168.reason === undefined){const err362 = {instancePath:instancePath+"/accept/" + i34,schemaPath:"#/properties/accept/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema11.properties.accept.items.required,parentSchema:schema11.properties.accept.items,data:data168};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}for(const key35 in data168){if(!(((((key35 === "code") || (key35 === "file")) || (key35 === "package")) || (key35 === "reason")) || (key35 === "until"))){const err363 = {instancePath:instancePath+"/accept/" + i34,schemaPath:"#/properties/accept/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.accept.items,data:data168};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;}}if(data168.code !== undefined){let data169 = data168.code;if(typeof data169 === "string"){if(!pattern6.test(data169)){const err364 = {instancePath:instancePath+"/accept/" + i34+"/code",schemaPath:"#/properties/accept/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$"+"\"",schema:"^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$",parentSchema:schema11.properties.accept.items.properties.code,data:data169};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}else {const err365 = {instancePath:instancePath+"/accept/" + i34+"/code",schemaPath:"#/properties/accept/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.accept.items.properties.code.type,parentSchema:schema11.properties.accept.items.properties.code,data:data169};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}}if(data168.file !== undefined){let data170 = data168.file;if(typeof data170 !== "string"){const err366 = {instancePath:instancePath+"/accept/" + i34+"/file",schemaPath:"#/properties/accept/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.accept.items.properties.file.type,parentSchema:schema11.properties.accept.items.properties.file,data:data170};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;}}if(data168.package !== undefined){let data171 = data168.package;if(typeof data171 !== "string"){const err367 = {instancePath:instancePath+"/accept/" + i34+"/package",schemaPath:"#/properties/accept/items/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.accept.items.properties.package.type,parentSchema:schema11.properties.accept.items.properties.package,data:data171};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}if(data168.reason !== undefined){let data172 = data168.reason;if(typeof data172 === "string"){if(func4(data172) < 1){const err368 = {instancePath:instancePath+"/accept/" + i34+"/reason",schemaPath:"#/properties/accept/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.accept.items.properties.reason,data:data172};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}else {const err369 = {instancePath:instancePath+"/accept/" + i34+"/reason",schemaPath:"#/properties/accept/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.accept.items.properties.reason.type,parentSchema:schema11.properties.accept.items.properties.reason,data:data172};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}}if(data168.until !== undefined){let data173 = data168.until;if(typeof data173 === "string"){if(!pattern7.test(data173)){const err370 = {instancePath:instancePath+"/accept/" + i34+"/until",schemaPath:"#/properties/accept/items/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.accept.items.properties.until,data:data173};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}else {const err371 = {instancePath:instancePath+"/accept/" + i34+"/until",schemaPath:"#/properties/accept/items/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.accept.items.properties.until.type,parentSchema:schema11.properties.accept.items.properties.until,data:data173};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}}else {const err372 = {instancePath:instancePath+"/accept/" + i34,schemaPath:"#/properties/accept/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.accept.items.type,parentSchema:schema11.properties.accept.items,data:data168};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}}else {const err373 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.accept.type,parentSchema:schema11.properties.accept,data:data167};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}}}else {const err374 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}validate10.errors = vErrors;return errors === 0;}

// "Did you mean" for near-miss keys and values.
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.floor(word.length / 3));
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[rows - 1][cols - 1];
}

/** Read, validate and resolve a config file. Every problem is an InputError naming file and line. */
async function loadConfig(configPath) {
    const file = path.resolve(configPath);
    return parseConfig(await readConfigText(file), file);
}
/**
 * The report folder a config names, read from its YAML alone (for a config that fails to load, so
 * its command's stale reports can still be removed): undefined unless the YAML parses and
 * `report.dir` is a plain path inside the repository, reached through no link leading out.
 */
async function rawReportDir(configPath) {
    const file = path.resolve(configPath);
    try {
        const text = await readConfigText(file);
        checkConfigShape(text, file);
        const doc = distExports.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
        const value = doc.errors.length ? undefined : doc.getIn(['report', 'dir']);
        if (typeof value !== 'string' || !value || value.includes('\0') || path.isAbsolute(value))
            return undefined;
        const dir = path.dirname(file);
        const root = repositoryRoot(dir);
        const abs = path.resolve(dir, value);
        return isInside(root, abs) && !linkOutside(root, abs) ? abs : undefined;
    }
    catch {
        return undefined;
    }
}
/** The config's text: a regular file of at most MAX_CONFIG_BYTES (a FIFO or /dev/zero never ends). */
async function readConfigText(file) {
    let handle;
    try {
        handle = await promises.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError('config file not found (pass --config FILE)', { file });
        throw new InputError(`cannot read config file: ${error.message}`, { file });
    }
    try {
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new InputError('expected a config file, found a folder', { file });
        if (!stat.isFile())
            throw new InputError('the config is not a regular file', { file });
        if (stat.size > MAX_CONFIG_BYTES)
            throw tooLarge(file);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
function parseConfig(text, file) {
    checkConfigShape(text, file);
    const lineCounter = new distExports.LineCounter();
    // uniqueKeys: false, because yaml's own check compares every pair of keys; ours is linear.
    const doc = distExports.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const position = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    if (doc.errors.length > 0) {
        // The first syntax error only: the parser's later ones are mostly echoes of it.
        const e = doc.errors[0];
        throw new InputError(`invalid YAML: ${e.message.split('\n')[0]}`, position(e.pos[0]));
    }
    checkDuplicateKeys(doc, file, position);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const alias = firstAliasOffset(doc);
        throw new InputError(`aliases expand too far (${error.message.toLowerCase()})`, alias === undefined ? { file } : position(alias));
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new InputError('the config must be a YAML mapping (key: value)', { file, line: 1 });
    }
    // Every mistake at once, in file order: fixing one typo per run is no way to write a config. The
    // checks past the schema run too, each skipped only where a schema error touches its part.
    const schema = { errors: [], paths: [] };
    if (!validate(raw)) {
        const picked = pickErrors(validate.errors ?? []);
        for (const error of picked) {
            schema.errors.push(new InputError(describe(error), { file, ...locate(doc, lineCounter, error) }));
            schema.paths.push(errorPath(error));
        }
        for (const { error, at } of underMisspelledKeys(raw, picked))
            schema.errors.push(new InputError(describe(error), { file, ...locate(doc, lineCounter, at) }));
    }
    return resolve(raw, file, doc, lineCounter, schema);
}
/**
 * What a misspelled key holds goes unchecked (the schema only says the key is unknown): check it as
 * the key it was meant to be, so a typo inside (`determinsm: {perturbations: [row_ordr]}`) is
 * reported in the same run. Each error is described at the meant key and located at the written one.
 */
function underMisspelledKeys(raw, picked) {
    const renames = picked.flatMap(e => {
        const guess = e.keyword === 'additionalProperties' ? suggestionFor(e) : undefined;
        const parent = valueAt(raw, e.instancePath);
        const from = String(e.params.additionalProperty);
        if (!guess || !parent || typeof parent !== 'object' || guess in parent)
            return [];
        return [{ parent: e.instancePath, from, to: guess }];
    });
    if (!renames.length)
        return [];
    const corrected = structuredClone(raw);
    for (const r of renames) {
        const parent = valueAt(corrected, r.parent);
        parent[r.to] = parent[r.from];
        delete parent[r.from];
    }
    if (validate(corrected))
        return [];
    const escape = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
    return pickErrors(validate.errors ?? []).flatMap(error => {
        const rename = renames.find(r => {
            const meant = `${r.parent}/${escape(r.to)}`;
            return error.instancePath === meant || error.instancePath.startsWith(`${meant}/`);
        });
        if (!rename)
            return [];
        const written = `${rename.parent}/${escape(rename.from)}${error.instancePath.slice(rename.parent.length + escape(rename.to).length + 1)}`;
        return [{ error, at: { ...error, instancePath: written } }];
    });
}
/** The value at a JSON pointer, or undefined. */
function valueAt(value, pointer) {
    let node = value;
    for (const part of pointer.split('/').slice(1)) {
        if (!node || typeof node !== 'object')
            return undefined;
        node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
}
/** The key path an Ajv error is about: its instance, plus the unknown or missing key. */
function errorPath(error) {
    const params = error.params;
    const parts = error.instancePath
        .split('/')
        .slice(1)
        .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const key = params.additionalProperty ?? params.missingProperty;
    return key === undefined ? parts : [...parts, key];
}
/** Mistakes in file order (those without a line first), as one error holding them all. */
function inFileOrder(errors) {
    const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return InputError.several(sorted);
}
/**
 * The config's mistakes past the schema, collected rather than thrown one at a time. A check of a
 * part the schema already refused (in, above or below its key path) is skipped: its input is not
 * what the check expects.
 */
class Issues {
    faulted;
    errors = [];
    constructor(faulted) {
        this.faulted = faulted;
    }
    add(error) {
        this.errors.push(...(error.all ?? [error]));
    }
    /** `fn`'s value, or undefined when it found a mistake (kept) or its part is faulted. */
    check(pointer, fn) {
        if (this.faulted.some(f => overlaps(f, pointer)))
            return undefined;
        try {
            return fn();
        }
        catch (error) {
            if (error instanceof InputError)
                this.add(error);
            else if (!(error instanceof AlreadyReported) && !this.faulted.length)
                throw error;
            // With schema errors elsewhere, a shape the check did not expect only means it cannot run.
            return undefined;
        }
    }
}
/** A check that failed for a cause another check has already reported. */
class AlreadyReported extends Error {
}
/** True when one key path is a prefix of the other. */
function overlaps(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (String(a[i]) !== String(b[i]))
            return false;
    return true;
}
/** The value of a check that passed; the config is only built when every check passed. */
function passed(value) {
    if (value === undefined)
        throw new Error('internal: a config check left no value');
    return value;
}
// ---- turning Ajv's errors into one clear sentence each -----------------------------------------
/** Keywords that only say "a branch did not match": the errors inside the branch say why. */
const COMPOSITE = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'not']);
/** One error per mistake: Ajv reports some mistakes several times (once per schema branch). */
function pickErrors(errors) {
    const groups = new Map();
    for (const e of errors) {
        const params = e.params;
        const key = `${e.instancePath}|${params.additionalProperty ?? params.missingProperty ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    let picked = [...groups.values()].map(pickError);
    if (picked.some(e => !COMPOSITE.has(e.keyword)))
        picked = picked.filter(e => !COMPOSITE.has(e.keyword));
    // `pipline:` is an unknown key and a missing `pipeline`: the did-you-mean says both.
    const suggested = new Set(picked
        .filter(e => e.keyword === 'additionalProperties')
        .map(e => `${e.instancePath}|${suggestionFor(e) ?? ''}`));
    return picked.filter(e => e.keyword !== 'required' ||
        !suggested.has(`${e.instancePath}|${e.params.missingProperty}`));
}
function suggestionFor(error) {
    const key = String(error.params.additionalProperty);
    return closest(key, Object.keys(error.parentSchema?.properties ?? {}));
}
function pickError(errors) {
    // The most useful error is the deepest one that is not a consequence of a oneOf/if branch.
    const preferred = ['additionalProperties', 'required', 'type', 'enum', 'const'];
    const sorted = [...errors].sort((a, b) => {
        const depth = b.instancePath.split('/').length - a.instancePath.split('/').length;
        if (depth !== 0)
            return depth;
        return rank(a) - rank(b);
    });
    return sorted.find(e => preferred.includes(e.keyword)) ?? sorted[0];
    function rank(e) {
        const i = preferred.indexOf(e.keyword);
        return i < 0 ? preferred.length : i;
    }
}
function keyPath(pointer, extra) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (extra !== undefined)
        parts.push(extra);
    let out = '';
    for (const part of parts)
        out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
    return out || '(top level)';
}
function describe(error) {
    const at = keyPath(error.instancePath);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const guess = closest(key, known);
            const hint = guess
                ? `; did you mean "${guess}"?`
                : known.length
                    ? ` (known keys: ${known.join(', ')})`
                    : '';
            return `unknown key "${keyPath(error.instancePath, key)}"${hint}`;
        }
        case 'required':
            return `missing key "${keyPath(error.instancePath, String(error.params.missingProperty))}"`;
        case 'enum': {
            const allowed = error.params.allowedValues.map(String);
            const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
            const hint = guess ? `; did you mean "${guess}"?` : '';
            return `${at}: ${JSON.stringify(error.data)} is not one of ${allowed.join(', ')}${hint}`;
        }
        case 'type':
            return `${at}: expected ${String(error.params.type)}, found ${typeName(error.data)}`;
        case 'minProperties':
        case 'maxProperties':
            return `${at}: a step is an object with exactly one key, the step kind`;
        default:
            return `${at}: ${error.message ?? 'is invalid'}`;
    }
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
function locate(doc, lineCounter, error) {
    const parts = error.instancePath
        .split('/')
        .slice(1)
        .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    let node = doc.contents;
    let keyNode = null;
    for (const part of parts) {
        [node, keyNode] = child(node, part);
        if (!node)
            break;
    }
    if (error.keyword === 'additionalProperties' && distExports.isMap(node)) {
        const extra = String(error.params.additionalProperty);
        const pair = node.items.find(p => distExports.isScalar(p.key) && String(p.key.value) === extra);
        if (pair && distExports.isScalar(pair.key))
            keyNode = pair.key;
    }
    const target = error.keyword === 'additionalProperties' ? (keyNode ?? node) : (node ?? keyNode);
    const offset = target?.range?.[0];
    if (offset === undefined)
        return {};
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
function child(node, part) {
    if (distExports.isMap(node)) {
        const pair = node.items.find(p => distExports.isScalar(p.key) && String(p.key.value) === String(part));
        return [pair?.value ?? null, pair?.key ?? null];
    }
    if (distExports.isSeq(node) && typeof part === 'number')
        return [node.items[part] ?? null, null];
    return [null, null];
}
function resolve(raw, file, doc, lineCounter, schema) {
    const dir = path.dirname(file);
    const root = repositoryRoot(dir);
    const at = (pointer, message) => {
        let node = doc.contents;
        for (const p of pointer)
            node = child(node, p)[0];
        const offset = node?.range?.[0];
        const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
        return new InputError(message, { file, line: pos?.line, column: pos?.col });
    };
    const linksSeen = new Set();
    const inRepo = (value, pointer) => {
        const abs = path.resolve(dir, value);
        const key = keyPath('/' + pointer.join('/'));
        if (path.isAbsolute(value) || !isInside(root, abs)) {
            throw at(pointer, `${key}: "${value}" leaves the repository; use a path relative to the config file, inside ${root}`);
        }
        const link = linkOutside(root, abs);
        // One line per link: the keys that lead through it are one mistake.
        if (link && linksSeen.has(link))
            throw new AlreadyReported();
        if (link)
            linksSeen.add(link);
        if (link)
            throw at(pointer, `${key}: "${value}" leads outside the repository through the link ${displayPath(link)}`);
        return abs;
    };
    // A NUL byte ends the checks: no path holding one can be looked at.
    const nul = [];
    refuseNul(raw, [], at, nul);
    if (nul.length)
        throw inFileOrder([...schema.errors, ...nul]);
    const issues = new Issues(schema.paths);
    const parts = resolveParts(raw, dir, at, inRepo, issues);
    const all = [...schema.errors, ...issues.errors];
    if (all.length)
        throw inFileOrder(all);
    return assemble(raw, file, root, parts);
}
/** Every part of the config that can be wrong past the schema, each checked on its own. */
function resolveParts(raw, dir, at, inRepo, issues) {
    const { entries, local } = resolveEntries(raw, dir, at, inRepo, issues);
    const pipeline = raw.pipeline
        ? issues.check(['pipeline'], () => resolvePipeline(passed(raw.pipeline), dir, local, at, inRepo, issues))
        : placeholderPipeline();
    const lockValue = raw.snapshot?.lock ?? 'repro.lock';
    const lock = issues.check(['snapshot', 'lock'], () => {
        const abs = inRepo(lockValue, ['snapshot', 'lock']);
        // The lock's side files go to a folder beside it, which must not lead out either.
        inRepo(`${lockValue}.d`, ['snapshot', raw.snapshot.lock ? 'lock' : 'entries']);
        return abs;
    });
    const files = raw.dependencies?.files;
    return {
        entries,
        pipeline,
        lock,
        compare: issues.check(['compare'], () => resolveCompare(raw.compare)),
        determinism: issues.check(['determinism'], () => resolveDeterminism(raw.determinism)),
        cache: issues.check(['snapshot', 'cache'], () => inRepo(raw.snapshot.cache ?? '.repro-audit/cache', ['snapshot', 'cache'])),
        baselineDir: issues.check(['baseline', 'dir'], () => inRepo(raw.baseline?.dir ?? 'baseline', ['baseline', 'dir'])),
        dependencyFiles: (Array.isArray(files) ? files : []).map((f, i) => issues.check(['dependencies', 'files', i], () => inRepo(f, ['dependencies', 'files', i]))),
        reportDir: issues.check(['report', 'dir'], () => inRepo(raw.report?.dir ?? '.repro-audit', ['report', 'dir'])),
        accept: (Array.isArray(raw.accept) ? raw.accept : []).map((a, i) => issues.check(['accept', i], () => ({
            ...a,
            file: a.file === undefined ? undefined : inRepo(a.file, ['accept', i, 'file'])
        })))
    };
}
/** The resolved config, from parts that all passed their checks. */
function assemble(raw, file, root, parts) {
    const dir = path.dirname(file);
    const pipeline = passed(parts.pipeline);
    return {
        file,
        dir,
        ...(raw.pipeline ? {} : { hasPipeline: false }),
        name: raw.name ?? path.basename(dir),
        snapshot: {
            lock: passed(parts.lock),
            idColumn: raw.snapshot.id_column,
            entries: parts.entries,
            cache: passed(parts.cache),
            root
        },
        pipeline,
        baselineDir: passed(parts.baselineDir),
        compare: passed(parts.compare),
        determinism: passed(parts.determinism),
        dependencies: {
            files: parts.dependencyFiles.map(passed),
            python: pythonPath(raw.dependencies?.python, dir) ??
                (pipeline.engine === 'command' ? pipeline.python : undefined),
            checkInstalled: raw.dependencies?.check_installed ?? true
        },
        reportDir: passed(parts.reportDir),
        failOn: raw.gate?.fail_on ?? 'fail',
        accept: parts.accept.map(passed)
    };
}
/**
 * The snapshot entries that passed their checks, and the paths the pipeline reads them at (a url
 * entry's at its save_as); `local` is undefined when an entry failed, since it is then incomplete.
 */
function resolveEntries(raw, dir, at, inRepo, issues) {
    const rawEntries = Array.isArray(raw.snapshot?.entries) ? raw.snapshot.entries : undefined;
    const resolved = (rawEntries ?? []).map((e, i) => issues.check(['snapshot', 'entries', i], () => snapshotEntry(e, i, raw.snapshot.id_column, dir, at, inRepo)));
    const seen = new Set();
    const local = new Set();
    resolved.forEach((e, i) => {
        if (!e)
            return;
        if (seen.has(e.path))
            return issues.add(at(['snapshot', 'entries', i], `snapshot entry "${e.path}" is listed twice`));
        seen.add(e.path);
        const where = e.saveAs ?? e.path;
        if (e.kind !== 'glob' && local.has(where))
            return issues.add(at(['snapshot', 'entries', i], `snapshot entry "${e.path}" would be read at "${where}", where another entry already is`));
        local.add(where);
    });
    const entries = resolved.filter((e) => e !== undefined);
    return { entries, local: rawEntries && entries.length === rawEntries.length ? local : undefined };
}
function resolvePipeline(p, dir, local, at, inRepo, issues) {
    const entryFor = (key) => {
        const value = normalise(String(p[key]));
        issues.check(['pipeline', key], () => {
            inRepo(value, ['pipeline', key]);
            // Against an incomplete list of entries (one of them is wrong) this would only mislead.
            if (local && !local.has(value))
                throw at(['pipeline', key], `pipeline.${key}: "${value}" is not a snapshot entry (a local path, or a url entry's save_as); add it to snapshot.entries so it is pinned`);
        });
        return value;
    };
    const pipeline = p.engine === 'command'
        ? resolveCommand(p, dir)
        : {
            engine: 'builtin',
            train: entryFor('train'),
            score: entryFor('score'),
            idColumn: String(p.id_column),
            target: String(p.target),
            task: p.task ?? 'regression',
            seed: p.seed ?? 0,
            steps: p.steps ?? [],
            model: p.model,
            targetTransform: p.target_transform ?? 'none',
            metrics: p.metrics ??
                (p.task === 'classification' ? ['accuracy', 'roc_auc', 'log_loss'] : ['rmse', 'mae', 'r2']),
            positiveLabel: p.positive_label,
            evaluation: evaluationOf(p.evaluation),
            spec: p
        };
    checkEngineKeys(p, pipeline, at, issues);
    return pipeline;
}
/** Keys of the other engine are mistakes; so is a metric of the other task. */
function checkEngineKeys(p, pipeline, at, issues) {
    for (const key of [
        'train',
        'score',
        'target',
        'task',
        'seed',
        'steps',
        'model',
        'target_transform',
        'metrics',
        'positive_label',
        'evaluation'
    ]) {
        if (pipeline.engine === 'command' && key in p)
            issues.add(at(['pipeline', key], `pipeline.${key} belongs to the builtin engine; a command pipeline reads its data from REPRO_DATA_DIR`));
    }
    for (const key of ['command', 'python', 'timeout', 'outputs', 'env_drop', 'env_pass']) {
        if (pipeline.engine === 'builtin' && key in p)
            issues.add(at(['pipeline', key], `pipeline.${key} belongs to the command engine (engine: command)`));
    }
    if (pipeline.engine === 'command')
        checkEnvRules(pipeline.env, at, issues);
    const classificationMetrics = ['accuracy', 'roc_auc', 'log_loss'];
    if (pipeline.engine === 'builtin') {
        pipeline.metrics.forEach((m, i) => {
            if (classificationMetrics.includes(m) !== (pipeline.task === 'classification')) {
                issues.add(at(['pipeline', 'metrics', i], `pipeline.metrics[${i}]: "${m}" is not a ${pipeline.task} metric`));
            }
        });
    }
}
function resolveCompare(rawCompare) {
    const tol = (t, fallback) => ({
        absolute: t?.absolute ?? fallback.absolute,
        relative: t?.relative ?? fallback.relative
    });
    const exact = { absolute: 0, relative: 0 };
    const predDefault = tol(rawCompare?.predictions, exact);
    const columns = {};
    for (const [name, t] of Object.entries(rawCompare?.predictions?.columns ?? {}))
        columns[name] = tol(t, predDefault);
    const metricsRaw = rawCompare?.metrics ?? {};
    const metricDefault = {
        ...tol(metricsRaw.default, exact),
        better: metricsRaw.default?.better
    };
    const byName = {};
    for (const [name, t] of Object.entries(metricsRaw)) {
        if (name !== 'default')
            byName[name] = { ...tol(t, metricDefault), better: t.better };
    }
    return {
        predictions: {
            default: predDefault,
            columns,
            top: rawCompare?.predictions?.top ?? 10,
            labels: rawCompare?.predictions?.labels ?? []
        },
        metrics: { default: metricDefault, byName },
        artifacts: tol(rawCompare?.artifacts, { absolute: 0, relative: predDefault.relative })
    };
}
function resolveDeterminism(raw) {
    return {
        strategy: raw?.strategy ?? 'combined',
        runs: raw?.runs ?? 2,
        maxRuns: raw?.max_runs ?? 12,
        perturbations: raw?.perturbations ?? [...PERTURBATION_NAMES],
        onChange: raw?.on_change ?? 'warn',
        parallel: raw?.parallel ?? 'auto'
    };
}
/** What stands in for the pipeline of a config that has none: never run (the audit refuses to). */
function placeholderPipeline() {
    return {
        engine: 'builtin',
        train: '',
        score: '',
        idColumn: '',
        target: '',
        task: 'regression',
        seed: 0,
        steps: [],
        model: { type: 'none' },
        targetTransform: 'none',
        metrics: [],
        spec: {}
    };
}
function resolveCommand(p, dir) {
    const outputs = (p.outputs ?? {});
    // REPRO_AUDIT_PYTHON on the machine beats the config: the same repro.yml works on a laptop with
    // a virtualenv and in CI with the system Python.
    const python = process.env.REPRO_AUDIT_PYTHON || p.python;
    return {
        engine: 'command',
        command: String(p.command),
        idColumn: String(p.id_column),
        timeout: p.timeout ?? 1800,
        python: python ? (python.includes('/') ? path.resolve(dir, python) : python) : undefined,
        env: {
            drop: p.env_drop ?? [],
            pass: p.env_pass ?? []
        },
        outputs: {
            predictions: normalise(outputs.predictions ?? 'predictions.csv'),
            metrics: {
                file: normalise(outputs.metrics ?? 'metrics.json'),
                required: outputs.metrics !== undefined
            },
            params: { file: normalise(outputs.params ?? 'params.json'), required: outputs.params !== undefined },
            artifacts: (outputs.artifacts ?? []).map(normalise)
        },
        spec: p
    };
}
/** env_pass may not name the action token, nor a name env_drop lists too (which would win is unclear). */
function checkEnvRules(rules, at, issues) {
    rules.pass.forEach((name, i) => {
        if (NEVER_PASS.includes(name))
            issues.add(at(['pipeline', 'env_pass', i], `pipeline.env_pass: ${name} (the action token) is never passed to a pipeline`));
        else if (rules.drop.includes(name))
            issues.add(at(['pipeline', 'env_pass', i], `pipeline.env_pass: ${name} is also in pipeline.env_drop; keep it in one list`));
    });
}
function evaluationOf(raw) {
    return raw ? { method: raw.method, testSize: raw.test_size ?? 0.2, folds: raw.folds ?? 5 } : undefined;
}
/** One snapshot entry: exactly one of path, folder, glob or url; a url is pinned by its sha256. */
function snapshotEntry(e, i, defaultId, dir, at, inRepo) {
    const where = ['snapshot', 'entries', i];
    const given = ['path', 'folder', 'glob', 'url'].filter(k => e[k] !== undefined);
    if (given.length !== 1) {
        throw at(where, `snapshot.entries[${i}]: give exactly one of path, folder, glob or url${given.length ? ` (found ${given.join(', ')})` : ''}`);
    }
    if (e.url !== undefined && e.sha256 === undefined)
        throw at(where, `snapshot.entries[${i}]: a url entry needs its pinned sha256`);
    if (e.url === undefined && e.sha256 !== undefined) {
        throw at([...where, 'sha256'], `snapshot.entries[${i}].sha256: only url entries are pinned in the config; local files are pinned in the lock`);
    }
    let asOf;
    if (e.as_of) {
        const untilMs = Date.parse(e.as_of.until);
        if (Number.isNaN(untilMs))
            throw at([...where, 'as_of', 'until'], `snapshot.entries[${i}].as_of.until: "${e.as_of.until}" is not a timestamp (use ISO 8601)`);
        asOf = { column: e.as_of.column, until: e.as_of.until, untilMs };
    }
    const common = { idColumn: e.id_column ?? defaultId, format: e.format, asOf };
    if (e.url === undefined && e.save_as !== undefined)
        throw at([...where, 'save_as'], `snapshot.entries[${i}].save_as: only url entries are saved for the pipeline; a local entry is read where it is`);
    if (e.url !== undefined) {
        const saveAs = e.save_as ?? urlFileName(e.url);
        if (saveAs === undefined)
            throw at(where, `snapshot.entries[${i}]: the url does not end in a file name; give save_as, the path where the pipeline finds the file`);
        inRepo(saveAs, [...where, e.save_as === undefined ? 'url' : 'save_as']);
        return {
            kind: 'url',
            path: e.url,
            absPath: '',
            sha256: e.sha256,
            saveAs: normalise(saveAs),
            ...common
        };
    }
    if (e.glob !== undefined) {
        inRepo(e.glob.replace(/[*?[].*$/, '') || '.', [...where, 'glob']);
        return { kind: 'glob', path: normalise(e.glob), absPath: dir, ...common };
    }
    const kind = e.folder !== undefined ? 'folder' : 'file';
    const value = (e.folder ?? e.path);
    return {
        kind,
        path: normalise(value),
        absPath: inRepo(value, [...where, kind === 'folder' ? 'folder' : 'path']),
        ...common
    };
}
/** A NUL byte in any string of the config (a path, a command) is refused at its key; all are listed. */
function refuseNul(value, pointer, at, found) {
    if (typeof value === 'string' && value.includes('\0'))
        found.push(at(pointer, `${keyPath('/' + pointer.join('/'))}: holds a NUL byte`));
    if (Array.isArray(value))
        value.forEach((v, i) => refuseNul(v, [...pointer, i], at, found));
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
            if (k.includes('\0'))
                found.push(at(pointer, `${keyPath('/' + pointer.join('/'), k)}: a key holds a NUL byte`));
            else
                refuseNul(v, [...pointer, k], at, found);
        }
}
/** The git work tree holding the config, or the config's own folder outside git. */
function repositoryRoot(dir) {
    for (let d = dir;; d = path.dirname(d)) {
        if (existsSync(path.join(d, '.git')))
            return d;
        if (path.dirname(d) === d)
            return dir;
    }
}
/** `python3` is looked up on PATH; `.venv/bin/python` is relative to the config's folder. */
function pythonPath(value, dir) {
    return value && /[\\/]/.test(value) && !path.isAbsolute(value) ? path.resolve(dir, value) : value;
}
/**
 * `repro-audit deps FILE…` in a folder without a config: the defaults, with nothing to pin or train,
 * so the dependency audit runs on the named files alone.
 */
function defaultDepsConfig(dir) {
    const file = path.join(dir, 'repro.yml');
    const pipeline = placeholderPipeline();
    return {
        file,
        dir,
        hasPipeline: false,
        // Named after the repository, not the folder the command happens to run in.
        name: path.basename(repositoryRoot(dir)),
        snapshot: {
            lock: path.join(dir, 'repro.lock'),
            entries: [],
            cache: path.join(dir, '.repro-audit', 'cache'),
            root: repositoryRoot(dir)
        },
        pipeline,
        baselineDir: path.join(dir, 'baseline'),
        compare: {
            predictions: { default: { absolute: 0, relative: 0 }, columns: {}, top: 10, labels: [] },
            metrics: { default: { absolute: 0, relative: 0 }, byName: {} },
            artifacts: { absolute: 0, relative: 0 }
        },
        determinism: {
            strategy: 'combined',
            runs: 2,
            maxRuns: 12,
            perturbations: [],
            onChange: 'warn',
            parallel: 'auto'
        },
        dependencies: { files: [], checkInstalled: true },
        reportDir: path.join(dir, '.repro-audit'),
        failOn: 'fail',
        accept: []
    };
}
/** The last segment of a url's path when it is a plain file name, such as `ames-2026-01.csv`. */
function urlFileName(url) {
    let name;
    try {
        name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    }
    catch {
        return undefined;
    }
    return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? name : undefined;
}
function normalise(p) {
    return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\//, '');
}

var load = /*#__PURE__*/Object.freeze({
    __proto__: null,
    defaultDepsConfig: defaultDepsConfig,
    loadConfig: loadConfig,
    parseConfig: parseConfig,
    rawReportDir: rawReportDir,
    repositoryRoot: repositoryRoot
});

// The second line of defence for secrets: pipeline code never gets them (see pipeline/env.ts), but
// should one reach what it prints or writes anyway (passed on purpose, read from elsewhere), every
// known secret value is replaced before the audit writes its reports, result file and logs. The
// edges know the secrets (the token input, the runner's variables) and hand the values in.
const REDACTED = '***';
/** Values shorter than this are not treated as secrets: replacing `true` or `1` would garble reports. */
const MIN_SECRET_LENGTH = 8;
/** The distinct values worth redacting, longest first (so a secret containing another goes whole). */
function secretList(values) {
    const distinct = new Set();
    for (const v of values)
        if (v && v.length >= MIN_SECRET_LENGTH)
            distinct.add(v);
    return [...distinct].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/** `text` with every occurrence of every secret replaced by `***`. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    return out;
}
/**
 * A JSON-like value (a report, a result file) with every string and every object key redacted.
 * Redacting the data before it is rendered matters: escaping for Markdown or JSON would change the
 * secret's characters and hide it from a text search.
 */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    return walk(value, secrets);
}
function walk(value, secrets) {
    if (typeof value === 'string')
        return redact(value, secrets);
    if (Array.isArray(value))
        return value.map(v => walk(v, secrets));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[redact(k, secrets)] = walk(v, secrets);
        return out;
    }
    return value;
}
/**
 * Redacts a byte stream (a command's output on its way to the log file), chunk by chunk: a secret
 * split across two chunks is still found, because the last bytes that could begin one are held back
 * until the next chunk or the end.
 */
class StreamRedactor {
    secrets;
    keep;
    pending = Buffer.alloc(0);
    constructor(secrets) {
        this.secrets = secrets.map(s => Buffer.from(s, 'utf8'));
        this.keep = Math.max(0, ...this.secrets.map(s => s.length - 1));
    }
    /** Bytes safe to write now. */
    push(chunk) {
        if (this.secrets.length === 0)
            return chunk;
        const all = this.replace(Buffer.concat([this.pending, chunk]));
        const cut = Math.max(0, all.length - this.keep);
        this.pending = all.subarray(cut);
        return all.subarray(0, cut);
    }
    /** The bytes held back, at the end of the stream. */
    end() {
        const rest = this.replace(this.pending);
        this.pending = Buffer.alloc(0);
        return rest;
    }
    replace(data) {
        let out = data;
        for (const secret of this.secrets) {
            let at = out.indexOf(secret);
            if (at < 0)
                continue;
            const parts = [];
            let from = 0;
            while (at >= 0) {
                parts.push(out.subarray(from, at), Buffer.from(REDACTED));
                from = at + secret.length;
                at = out.indexOf(secret, from);
            }
            parts.push(out.subarray(from));
            out = Buffer.concat(parts);
        }
        return out;
    }
}

const SCHEMA_VERSION = 1;
/** The sections in the order of the overview; the compiler checks that every section is listed once. */
const SECTION_KEYS = [
    'snapshot',
    'runs',
    'determinism',
    'comparison',
    'dependencies',
    'environment'
];
function skippedSection(extra) {
    return { status: 'skipped', findings: [], ...extra };
}
/** Every finding of a result, section by section in the overview's order. */
function allFindings(result) {
    return SECTION_KEYS.flatMap(key => result[key].findings);
}

// The work behind each command of the CLI. Loaded on demand by cli.ts; the heavy parts of the
// engine are imported inside the functions that need them.
/** Which report files each command writes into the report folder (see README "Command line"). */
const REPORT_NAMES = {
    run: 'report',
    verify: 'verify-report',
    accept: 'accept-report'
};
/**
 * Secret values in this machine's environment (a CI job's tokens; see core/pipeline-env.ts), redacted
 * from what the audit writes and prints.
 */
function secretsFor(config) {
    const rules = config ? envRulesOf(config.pipeline) : NO_ENV_RULES;
    return secretList(secretEnvValues(process.env, rules));
}
/** The one-line reason on stderr: control characters escaped, secrets redacted. */
function complaint(message) {
    return `repro-audit: ${logLine(redact(message, secretsFor()))}\n`;
}
/** Every line of an error: a config with several mistakes gives one line per mistake. */
function errorLines(error) {
    const errors = error instanceof InputError && error.all ? error.all : [error];
    return errors.map(e => complaint(errorMessage(e))).join('');
}
async function execute(command, opts, files, io) {
    // The reports of this command are removed first, so after an exit 2 nothing looks current: from
    // the default folder and the config's report.dir (read from its YAML alone if it fails to load).
    const reportName = REPORT_NAMES[command];
    const defaultDir = defaultReportDir(opts.config);
    if (reportName)
        await removeReports(defaultDir, reportName);
    let loaded = false;
    try {
        const config = await configFor(command, opts, files);
        loaded = true;
        if (reportName && config.reportDir !== defaultDir)
            await removeReports(config.reportDir, reportName);
        const job = await auditJob(command, config, opts, files, io);
        await printResult(command, job, config, opts, io);
        const { result } = job;
        if (result.gate.exitCode === 2) {
            const first = allFindings(result).find(f => f.status === 'error');
            io.stderr(complaint(`${first?.file ? `${first.file}: ` : ''}${first?.message ?? result.summary}`));
            // An accept that re-locked the data but could not write the baseline says so after the cause.
            const halfDone = allFindings(result).find(f => f.code === 'accept.half-done');
            if (halfDone && halfDone !== first)
                io.stderr(complaint(halfDone.message));
        }
        return result.gate.exitCode;
    }
    catch (error) {
        if (reportName && !loaded) {
            const configured = await rawReportDir(opts.config);
            if (configured && configured !== defaultDir)
                await removeReports(configured, reportName);
        }
        io.stderr(errorLines(error));
        return 2;
    }
}
function defaultReportDir(configFile) {
    return path.join(path.dirname(path.resolve(configFile)), '.repro-audit');
}
async function removeReports(dir, name) {
    for (const ext of ['json', 'md'])
        await promises.rm(path.join(dir, `${name}.${ext}`), { force: true });
}
async function configFor(command, opts, files) {
    // `deps FILE…` needs no config: without the default repro.yml it audits the named files alone.
    const standalone = command === 'deps' &&
        files.length > 0 &&
        opts.config === 'repro.yml' &&
        !existsSync(path.resolve(opts.config));
    if (standalone)
        return (await Promise.resolve().then(function () { return load; })).defaultDepsConfig(process.cwd());
    return loadConfig(opts.config);
}
async function auditJob(command, config, opts, files, io) {
    // One line per stage and per run as it starts and ends, on stderr (never in the --json output),
    // on a terminal and in CI logs.
    const progress = io.progress ? (line) => io.stderr(`… ${logLine(line)}\n`) : undefined;
    const { runAuditJob } = await import('./cli-audit.js');
    return runAuditJob(config, command, {
        failOn: opts.failOn,
        baseRef: opts.base,
        knownReport: opts.known,
        dependencyFiles: files.length ? files.map(f => path.resolve(f)) : undefined,
        progress,
        secrets: secretsFor(config),
        reportName: REPORT_NAMES[command],
        resultFile: opts.resultFile ? { file: opts.resultFile, label: opts.label } : undefined
    });
}
async function printResult(command, { result, reports, job }, config, opts, io) {
    if (opts.json) {
        const { renderJson } = await import('./cli-write.js');
        io.stdout(renderJson(result));
        return;
    }
    const { renderTerminal } = await import('./cli-terminal.js');
    io.stdout(renderTerminal(result, {
        colour: io.isTTY && !process.env.NO_COLOR,
        fullReport: reports ? displayPath(reports.json) : undefined
    }));
    if (reports)
        io.stdout(`${logLine(`report: ${displayPath(reports.markdown)}, ${displayPath(reports.json)}`)}\n`);
    if (job)
        io.stdout(`${logLine(`result file: ${displayPath(job.file)} (label ${job.portable.label})`)}\n`);
    if (command === 'accept' && result.status !== 'error') {
        const { acceptedChanges, commitLine } = await import('./cli-accept.js');
        for (const line of acceptedChanges(result))
            io.stdout(`  ${logLine(line)}\n`);
        io.stdout(`\nCommit the accepted state:\n  ${logLine(commitLine(config))}\n`);
    }
}
async function executeAggregate(results, opts, io) {
    try {
        const { runAggregateJob } = await import('./cli-aggregate.js');
        const { renderAggregateJson, renderAggregateTerminal } = await import('./cli-render.js').then(function (n) { return n.b; });
        let expect;
        if (opts.expect !== undefined) {
            if (!/^[1-9]\d{0,5}$/.test(opts.expect))
                throw new InputError(`--expect must be a positive number of jobs, not "${opts.expect}"`);
            expect = Number(opts.expect);
        }
        const expectLabels = opts.expectLabels
            ?.split(',')
            .map(l => l.trim())
            .filter(Boolean);
        const { result } = await runAggregateJob(results, {
            reference: opts.reference,
            expect,
            expectLabels,
            failOn: opts.failOn,
            outputDir: opts.output
        });
        io.stdout(opts.json ? renderAggregateJson(result) : renderAggregateTerminal(result));
        if (result.gate.exitCode === 2) {
            const first = result.audits.flatMap(g => g.findings).find(f => f.status === 'error');
            io.stderr(complaint(first?.message ?? result.summary));
        }
        return result.gate.exitCode;
    }
    catch (error) {
        io.stderr(errorLines(error));
        return 2;
    }
}
async function train(opts, io) {
    try {
        const config = await loadConfig(opts.config);
        const { trainOnce } = await import('./cli-train.js');
        const { formatNumber } = await import('./cli-format.js');
        const out = opts.out ? path.resolve(opts.out) : path.join(config.reportDir, 'train');
        const result = await trainOnce(config, out, secretsFor(config));
        // Metric names come from the pipeline's metrics.json.
        const metrics = Object.entries(result.metrics).map(([k, v]) => `${logLine(k)} ${formatNumber(v)}`);
        io.stdout(`trained; outputs in ${displayPath(out)}${metrics.length ? `\n${metrics.join(', ')}` : ''}\n`);
        return 0;
    }
    catch (error) {
        io.stderr(errorLines(error));
        return 2;
    }
}
async function predict(data, opts, io) {
    try {
        const { predictFromBaseline } = await import('./cli-train.js');
        const predicted = await predictFromBaseline({
            configFile: opts.config,
            pipeline: opts.pipeline,
            data,
            out: opts.out
        });
        if (predicted.file)
            io.stderr(`repro-audit: ${predicted.rows} predictions written to ${displayPath(predicted.file)}\n`);
        else
            io.stdout(predicted.text ?? '');
        return 0;
    }
    catch (error) {
        io.stderr(errorLines(error));
        return 2;
    }
}

var commands = /*#__PURE__*/Object.freeze({
    __proto__: null,
    REPORT_NAMES: REPORT_NAMES,
    errorLines: errorLines,
    execute: execute,
    executeAggregate: executeAggregate,
    predict: predict,
    train: train
});

export { CAUSES as C, InputError as I, NO_ENV_RULES as N, PERTURBATIONS as P, ROW_ORDER_SEED as R, SECTION_KEYS as S, THREAD_VARIABLES as T, displayPath as a, requireWritableInside as b, relativePosix as c, distExports as d, errorLines as e, confinedPath as f, exists as g, allFindings as h, isInside as i, skippedSection as j, envRulesOf as k, logLine as l, redactDeep as m, notACommand as n, oneLine as o, pipelineEnv as p, SCHEMA_VERSION as q, repositoryRoot as r, secretEnvValues as s, loadConfig as t, hashFile as u, linkOutside as v, writeFileAtomic as w, requireUcs2length as x, StreamRedactor as y, commands as z };
