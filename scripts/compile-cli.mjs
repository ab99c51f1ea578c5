// Transpile src/ to plain JavaScript in a folder inside the repository (so `node_modules` resolves),
// without type checking: what tests that spawn the CLI of the current sources as a real process
// (the kill test) run. Usage: node scripts/compile-cli.mjs OUT_DIR; prints OUT_DIR/cli/bin.js.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function* sources(dir) {
  for (const d of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, d.name)
    if (d.isDirectory()) yield* sources(file)
    else if ((d.name.endsWith('.ts') && !d.name.endsWith('.d.ts')) || d.name.endsWith('.js')) yield file
  }
}

const out = path.resolve(process.argv[2] ?? path.join(root, 'build', 'cli'))
const src = path.join(root, 'src')
for await (const file of sources(src)) {
  if (file.endsWith('.js')) {
    // Generated JavaScript (the precompiled config validator) is copied as it is.
    const target = path.join(out, path.relative(src, file))
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.copyFile(file, target)
    continue
  }
  const { outputText } = ts.transpileModule(await fs.readFile(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file
  })
  const target = path.join(out, path.relative(src, file)).replace(/\.ts$/, '.js')
  await fs.mkdir(path.dirname(target), { recursive: true })
  await fs.writeFile(target, outputText)
}
await fs.writeFile(path.join(out, 'package.json'), '{ "type": "module" }\n')
console.log(path.join(out, 'cli', 'bin.js'))
