// Benchmark: audit generated lockfiles of 2,000 packages (goal ≤ 200 ms each).
// Run with `npm run bench:deps`, which compiles src/ to build/ first.
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { auditDependencies } from '../build/deps/audit.js'

const PACKAGES = 2000
const GOAL_MS = 200
const RUNS = 7

const hash = i => (i * 2654435761).toString(16).padStart(8, '0').repeat(8).slice(0, 64)
const generators = {
  'requirements.txt': () =>
    '# generated: pip-compile style, two hashes and a `# via` comment per package\n' +
    Array.from(
      { length: PACKAGES },
      (_, i) =>
        `package-${i}==${i % 7}.${i % 13}.${i % 29} \\\n    --hash=sha256:${hash(i)} \\\n    --hash=sha256:${hash(i + 1)}\n    # via parent-${i}\n`
    ).join(''),
  'uv.lock': () =>
    'version = 1\nrequires-python = ">=3.10"\n\n' +
    Array.from(
      { length: PACKAGES },
      (_, i) =>
        `[[package]]\nname = "package-${i}"\nversion = "${i % 7}.${i % 13}.${i % 29}"\nsource = { registry = "https://pypi.org/simple" }\n` +
        `sdist = { url = "https://files.example.org/package_${i}.tar.gz", hash = "sha256:${hash(i)}", size = ${1000 + i} }\n\n`
    ).join(''),
  'package-lock.json': () =>
    JSON.stringify(
      {
        name: 'bench',
        lockfileVersion: 3,
        requires: true,
        packages: Object.fromEntries([
          ['', { name: 'bench', version: '1.0.0' }],
          ...Array.from({ length: PACKAGES }, (_, i) => [
            `node_modules/package-${i}`,
            {
              version: `${i % 7}.${i % 13}.${i % 29}`,
              resolved: `https://registry.npmjs.org/package-${i}/-/package-${i}.tgz`,
              integrity: `sha512-${hash(i)}`
            }
          ])
        ])
      },
      null,
      2
    )
}

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-bench-deps-'))
console.log(
  `auditing generated lockfiles of ${PACKAGES} packages (median of ${RUNS} runs after one warm-up; goal ≤ ${GOAL_MS} ms)`
)
let worst = 0
for (const [name, make] of Object.entries(generators)) {
  const file = path.join(dir, name)
  const text = make()
  await fs.writeFile(file, text)
  // Reference, measured in the same run: reading the file and splitting it into lines, the least any parser does.
  const reference = []
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now()
    ;(await fs.readFile(file, 'utf8')).split('\n')
    reference.push(performance.now() - t)
  }
  const times = []
  let section
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now()
    section = await auditDependencies({ files: [file], root: dir })
    times.push(performance.now() - t)
  }
  const count = section.files[0].packages.length
  if (count !== PACKAGES) throw new Error(`${name}: parsed ${count} packages, expected ${PACKAGES}`)
  const first = times[0]
  const m = median(times.slice(1))
  const ref = median(reference.slice(1))
  worst = Math.max(worst, m)
  console.log(
    `${name.padEnd(18)} ${(text.length / 1024).toFixed(0).padStart(5)} KiB  audit ${m.toFixed(1).padStart(6)} ms (first run ${first.toFixed(1)} ms)` +
      `  reference read+split ${ref.toFixed(2)} ms  ratio ${(m / ref).toFixed(1)}×  vs goal ${(m / GOAL_MS).toFixed(2)}`
  )
}
await fs.rm(dir, { recursive: true, force: true })
console.log(
  worst <= GOAL_MS
    ? `OK: slowest format ${worst.toFixed(1)} ms ≤ ${GOAL_MS} ms`
    : `SLOWER THAN THE GOAL: ${worst.toFixed(1)} ms > ${GOAL_MS} ms`
)
