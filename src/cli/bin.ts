import { createInterface } from 'node:readline/promises'
import { runCli } from './cli.js'

/** A yes/no question on the terminal; only offered when stdin is one (scripts use --yes). */
async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim())
  } finally {
    rl.close()
  }
}

// No top-level await: chunks loaded later import shared code from this entry module, which must
// have finished evaluating by then.
void runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  progress: Boolean(process.stderr.isTTY) || Boolean(process.env.CI),
  ask: process.stdin.isTTY ? ask : undefined
}).then(code => {
  process.exitCode = code
})
