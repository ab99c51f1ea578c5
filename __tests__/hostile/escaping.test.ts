// Issue #15, item 5: one message is one line. Data that quotes a newline followed by a workflow
// command, or bidi and line-separator characters, must not start a line of its own on the CLI's
// stderr/stdout nor in the action's log (where the runner would execute it). Real pipeline runs
// through the bundled CLI and action. One `it` per hostile input.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { logLine, oneLine } from '../../src/core/text.js'
import { runAction } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/github-server.js'
import { commandConfig, dataWorkspace } from '../helpers/python.js'
import { runCli } from '../helpers/workspace.js'

/** The command copies prepared files into its output folder: the hostile data is in them. */
const COPY =
  'cp pred.csv "$REPRO_OUTPUT_DIR/predictions.csv"; if [ -f metrics.json ]; then cp metrics.json "$REPRO_OUTPUT_DIR/"; fi'
const GOOD_PREDICTIONS = 'Id,prediction\n5,1.5\n10,2.5\n11,3.5\n'
// Characters that reorder or split what a terminal or a log viewer shows.
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069\u0085]/

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await dataWorkspace(commandConfig(COPY), { trainRows: 5, testRows: 3 })
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content)
  return dir
}

/** `baseline` through the CLI, after `lock`. */
async function cliBaseline(files: Record<string, string>) {
  const dir = await workspace(files)
  expect((await runCli(['lock'], { cwd: dir })).code).toBe(0)
  return runCli(['baseline'], { cwd: dir })
}

/** Lines a GitHub runner would read as workflow commands (`::` after optional white space). */
const commandLines = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter(line => line.trimStart().startsWith('::'))

/** What a CLI run may print: no command line, no invisible character, and the one reason line. */
function expectInert(run: { code: number; stdout: string; stderr: string }, shown: RegExp): void {
  expect(run.code).toBe(2)
  expect(commandLines(run.stdout + run.stderr)).toEqual([])
  expect(run.stdout + run.stderr).not.toMatch(INVISIBLE)
  expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(shown)])
}

describe('data that would start a line of its own', () => {
  it('a predictions header holding a newline and ::add-mask::', async () => {
    const run = await cliBaseline({ 'pred.csv': '"Key\n::add-mask::HOSTILE",prediction\n5,1\n' })
    expectInert(run, /no id column "Id" \(columns: Key\\n::add-mask::HOSTILE, prediction\)/)
  })

  it('a duplicate id holding CR LF and ::error::', async () => {
    const id = '"a\r\n::error::HOSTILE"'
    const run = await cliBaseline({ 'pred.csv': `Id,prediction\n${id},1\n${id},2\n` })
    expectInert(run, /:\d+: id a\\r\\n::error::HOSTILE appears more than once \(first on line \d+\)/)
  })

  it('an id holding bidi overrides, a line separator and a C1 next-line', async () => {
    const id = 'b\u202e\u2028\u0085::set-output name=x::HOSTILE\u2066'
    const run = await cliBaseline({ 'pred.csv': `Id,prediction\n${id},1\n${id},2\n` })
    expectInert(run, /id b\\u202e\\u2028\\x85::set-output name=x::HOSTILE\\u2066 appears more than once/)
  })

  it('metrics.json whose JSON parse error quotes a newline and ::error', async () => {
    const run = await cliBaseline({ 'pred.csv': GOOD_PREDICTIONS, 'metrics.json': '}\n::error::HOSTILE\n' })
    expectInert(run, /the metrics file is not valid JSON \(Unexpected token '}', "}\\n::error:/)
  })

  it('a result file whose JSON parse error quotes a newline and ::error', async () => {
    const dir = await workspace({})
    await fs.writeFile(path.join(dir, 'repro-result-x.json'), '}\n::error::HOSTILE\n')
    const run = await runCli(['aggregate', 'repro-result-x.json'], { cwd: dir })
    expectInert(
      run,
      /not valid JSON, the file is corrupted or truncated \(Unexpected token '}', "}\\n::error:/
    )
  })
})

describe('the rule, for every character that can split or reorder a line', () => {
  it('each C0, DEL, C1, line/paragraph separator and bidi control, in an error message', () => {
    const unsafe = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x2028,
      0x2029,
      ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
    ].map(code => String.fromCharCode(code))
    for (const ch of unsafe) {
      const message = new InputError(`id x${ch}::error::HOSTILE is bad`, { file: `data${ch}.csv` }).format()
      expect({ ch: ch.charCodeAt(0), safe: /^[\x20-\x7e]*$/.test(message) }).toEqual({
        ch: ch.charCodeAt(0),
        safe: true
      })
    }
    expect(oneLine('a\r\nb\u202ec\x1b[31m')).toBe('a\\r\\nb\\u202ec\\x1b[31m')
    // A line that would begin with data reading as a command has its first colon escaped.
    expect(logLine('  ::add-mask::HOSTILE')).toBe('  \\::add-mask::HOSTILE')
  })
})

describe('the same data through the bundled action', () => {
  let server: FakeGitHub

  beforeEach(async () => {
    server = new FakeGitHub()
    await server.start()
  })

  afterEach(async () => {
    await server.close()
  })

  /** Command lines in the action's log: only those the action itself emits, none made of data. */
  function expectOwnCommands(stdout: string): void {
    for (const line of commandLines(stdout)) {
      expect(line).toMatch(/^::(add-mask|error|warning|notice|debug)( [^:]*)?::/)
      expect(line).not.toMatch(/^::[a-z-]+( [^:]*)?::HOSTILE/)
    }
    expect(stdout).not.toMatch(INVISIBLE)
  }

  it('mode run: a duplicate id holding a newline, ::add-mask:: and a bidi override', async () => {
    const id = '"c\n::add-mask::HOSTILE\u202e"'
    const dir = await workspace({ 'pred.csv': `Id,prediction\n${id},1\n${id},2\n` })
    expect((await runCli(['lock'], { cwd: dir })).code).toBe(0)
    const result = await runAction(server.url, dir, 'push', { config: 'repro.yml' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::repro-audit could not run')
    expectOwnCommands(result.stdout)
    expect(result.stderr).toBe('')
  })

  it('mode aggregate: a result file whose parse error quotes a newline and a bidi isolate', async () => {
    const dir = await workspace({})
    await fs.mkdir(path.join(dir, 'results'))
    await fs.writeFile(path.join(dir, 'results', 'repro-result-x.json'), '}\n::error::\u2067HOSTILE\n')
    const result = await runAction(server.url, dir, 'push', { mode: 'aggregate', results: 'results' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error.*not valid JSON/)
    expectOwnCommands(result.stdout)
  })
})
