// The shapes the command-line edge shares between the program (cli.ts) and the work behind it
// (commands.ts, init.ts).
import type { FailOn } from '../core/status.js'

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTTY: boolean
  /** Print progress lines on stderr (a terminal, or a CI log); the binary decides from its streams. */
  progress?: boolean
  /** Asks a yes/no question on an interactive terminal; absent when stdin is not one. */
  ask?: (question: string) => Promise<boolean>
}

export type AuditCommand = 'lock' | 'verify' | 'run' | 'baseline' | 'accept' | 'deps'

export interface CommandOptions {
  config: string
  json?: boolean
  failOn?: FailOn
  base?: string
  known?: string
  resultFile?: string
  label?: string
}

export interface AggregateCliOptions {
  reference?: string
  expect?: string
  expectLabels?: string
  output?: string
  json?: boolean
  failOn?: FailOn
}
