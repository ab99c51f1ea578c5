#!/usr/bin/env node
// Writes __tests__/fixtures/detmath-table.json: (input bits, output bits) for every function of
// src/core/detmath.ts, from seeded inputs across ranges and edge cases (±0, ±∞, NaN, subnormals,
// huge and tiny values, values near 1 and near the overflow limits; for pow also integer and
// half-integer exponents and negative bases). Generated ONCE and committed: the table test then
// checks every pair bit for bit on whatever runtime runs it, so a runtime or CPU that computed a
// different last bit fails there. Regenerate only when the algorithm changes on purpose.
//
// Usage: node scripts/make-math-table.mjs   (compiles src/ with tsc into build/ first)
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit'
  }
)
const math = await import(pathToFileURL(path.join(root, 'build/core/detmath.js')).href)

const SEED = 20261202
const PER_FUNCTION = 2000
const POW_PAIRS = 4000

// mulberry32: a small seeded generator of 32-bit words, so the inputs never change.
let state = SEED
function word() {
  state = (state + 0x6d2b79f5) | 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}
const uniform = () => word() / 4294967296
const between = (lo, hi) => lo + (hi - lo) * uniform()
const pick = list => list[word() % list.length]

const f64 = new Float64Array(1)
const u32 = new Uint32Array(f64.buffer)
/** A double from random bits in the given exponent range (biased exponent lo..hi), random sign. */
function randomBits(expLo, expHi, signed = true) {
  const exponent = expLo + (word() % (expHi - expLo + 1))
  u32[1] = ((signed && word() & 1 ? 0x80000000 : 0) | (exponent << 20) | (word() & 0xfffff)) >>> 0
  u32[0] = word()
  return f64[0]
}
function bits(x) {
  if (Number.isNaN(x)) return 'nan'
  f64[0] = x
  return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0')
}

const EDGES = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  2.225073858507201e-308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  1,
  -1,
  0.5,
  2,
  1 + 2 ** -52,
  1 - 2 ** -53,
  2 ** -1074 * 3
]

/** Inputs for one unary function: its edges, the shared edges, then random values in its ranges. */
function unaryInputs(edges, ranges) {
  const inputs = [...EDGES, ...edges]
  while (inputs.length < PER_FUNCTION) inputs.push(pick(ranges)())
  return inputs
}

const anyDouble = () => randomBits(0, 0x7fe)
const subnormal = () => randomBits(0, 0)
const nearZero = () => between(-1, 1) * 2 ** -between(20, 60)
const unaryRanges = {
  exp: [() => between(-745.2, 709.8), () => between(-1, 1), nearZero, anyDouble, () => between(-30, 30)],
  expm1: [() => between(-40, 709.8), () => between(-1, 1), nearZero, anyDouble, () => between(-0.4, 0.4)],
  log: [
    () => randomBits(0, 0x7fe, false),
    subnormal,
    () => between(0.9, 1.1),
    () => 1 + nearZero(),
    () => between(0, 1e6)
  ],
  log1p: [
    () => between(-1, 1),
    nearZero,
    () => randomBits(0, 0x7fe, false),
    () => between(-0.3, 0.5),
    () => between(0, 1e6)
  ]
}
const unaryEdges = {
  exp: [709.782712893383973096, 709.79, -745.1332191019411, -745.14, -708.4, 1, -1, 0.5 * Math.LN2, 1e-300],
  expm1: [709.782712893383973096, 709.79, -38.9, -40, 56 * Math.LN2, 1e-300, -1e-300],
  log: [Math.E, 10, 0.1, 3, 1.5, 2 ** 1023, 2 ** -1022, -1, -Infinity],
  log1p: [-1, -1 + 2 ** -53, -0.5, Math.SQRT2 - 1, Math.SQRT1_2 - 1, 1e-300, -2]
}

/** Bases and exponents for pow, in the combinations the edge cases and the transforms need. */
function powInputs() {
  const special = [...EDGES, 3, -3, 10, -2.5, 1e-10, 1e10]
  const pairs = []
  for (const x of special) for (const y of special) pairs.push([x, y])
  const bases = [
    () => between(0, 10),
    () => between(1, 5000), // x + 1 of a Yeo-Johnson column
    () => -between(0, 10),
    () => randomBits(0, 0x7fe, false),
    subnormal,
    () => 1 + nearZero(),
    () => pick([2, 3, 10, 0.5, 7, -2, -3, -10])
  ]
  const exponents = [
    () => between(-2, 2), // the lambdas of the power transforms
    () => Math.round(between(-60, 60)), // integers
    () => Math.round(between(-60, 60)) + 0.5, // half-integers
    () => between(-300, 300),
    () => randomBits(0x3b0, 0x43f) // huge and tiny exponents
  ]
  while (pairs.length < POW_PAIRS) {
    const x = pick(bases)()
    // Negative bases mostly with integer exponents (else the answer is NaN every time).
    const y = x < 0 && uniform() < 0.8 ? Math.round(between(-60, 60)) : pick(exponents)()
    pairs.push([x, y])
  }
  return pairs
}

const table = {
  generator: 'scripts/make-math-table.mjs',
  seed: SEED,
  note: 'Bits as 16 hex digits (sign, exponent, fraction); "nan" for any NaN.',
  unary: {},
  pow: powInputs().map(([x, y]) => [bits(x), bits(y), bits(math.pow(x, y))])
}
for (const name of Object.keys(unaryRanges))
  table.unary[name] = unaryInputs(unaryEdges[name], unaryRanges[name]).map(x => [
    bits(x),
    bits(math[name](x))
  ])

const out = path.join(root, '__tests__/fixtures/detmath-table.json')
writeFileSync(out, JSON.stringify(table, null, 0).replace(/\],\[/g, '],\n[') + '\n')
console.log(
  `wrote ${path.relative(root, out)}: ${Object.values(table.unary).reduce((n, l) => n + l.length, 0)} unary pairs, ${table.pow.length} pow triples`
)
