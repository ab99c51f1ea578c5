// What `repro-audit init` finds about the pipeline: the command that trains (a dvc.yaml stage, a
// Makefile target, a train.py), the Python that can run it, and what one run writes.
import { execFile } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { NO_ENV_RULES, pipelineEnv, secretEnvValues } from '../core/pipeline-env.js'
import { logLine } from '../core/text.js'
import { runInGroup } from '../pipeline/command.js'

const execFileAsync = promisify(execFile)

export interface FoundCommand {
  command: string
  /** Where it came from, for the comment in repro.yml: `dvc.yaml stage "train"`, `train.py`. */
  source: string
  /** The Python script the command runs, when it names one. */
  script?: string
}

const TRAIN_SCRIPTS = [
  'train.py',
  'src/train.py',
  'scripts/train.py',
  'model/train.py',
  'pipeline.py',
  'main.py'
]
const MAKE_TARGETS = ['train', 'model', 'pipeline', 'predict', 'all']

/** The training command of the project in `dir`, or undefined. */
export async function findCommand(dir: string): Promise<FoundCommand | undefined> {
  return (await fromDvc(dir)) ?? (await fromMakefile(dir)) ?? fromScript(dir)
}

async function fromDvc(dir: string): Promise<FoundCommand | undefined> {
  const text = await fs.readFile(path.join(dir, 'dvc.yaml'), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let stages: Record<string, { cmd?: string | string[] }>
  try {
    stages = ((parseYaml(text) as { stages?: typeof stages }) ?? {}).stages ?? {}
  } catch {
    return undefined
  }
  const names = Object.keys(stages).filter(n => stages[n]?.cmd)
  const name = names.find(n => /train/i.test(n)) ?? names.at(-1)
  if (!name) return undefined
  const cmd = stages[name].cmd
  const command = Array.isArray(cmd) ? cmd.join(' && ') : String(cmd)
  return { command, source: `dvc.yaml stage "${name}"`, script: scriptIn(command) }
}

async function fromMakefile(dir: string): Promise<FoundCommand | undefined> {
  const text = await fs.readFile(path.join(dir, 'Makefile'), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const targets = new Set([...text.matchAll(/^([A-Za-z0-9_.-]+)\s*:(?!=)/gm)].map(m => m[1]))
  const target = MAKE_TARGETS.find(t => targets.has(t))
  if (!target) return undefined
  return { command: `make ${target}`, source: `Makefile target "${target}"` }
}

function fromScript(dir: string): FoundCommand | undefined {
  const script = TRAIN_SCRIPTS.find(s => existsSync(path.join(dir, s)))
  return script ? { command: `python3 ${script}`, source: script, script } : undefined
}

function scriptIn(command: string): string | undefined {
  return /(?:^|\s)([\w./-]+\.py)(?:\s|$)/.exec(command)?.[1]
}

export interface FoundPython {
  /** What goes in `pipeline.python`: undefined when `python3` on PATH will do. */
  configValue?: string
  /** The interpreter to run with. */
  executable: string
  /** `3.11`, for the workflow's setup-python. */
  version: string
}

/**
 * The first interpreter that can import every third-party module `script` imports: the
 * REPRO_AUDIT_PYTHON override, a project virtualenv, `python3` on PATH, the system Python.
 */
export async function findPython(dir: string, script: string | undefined): Promise<FoundPython | undefined> {
  const modules = script ? await importsOf(path.join(dir, script)) : []
  const candidates = [
    process.env.REPRO_AUDIT_PYTHON,
    '.venv/bin/python',
    'venv/bin/python',
    'env/bin/python',
    'python3',
    '/usr/bin/python3',
    '/usr/local/bin/python3'
  ].filter((c): c is string => Boolean(c))
  for (const candidate of candidates) {
    const executable = candidate.includes('/') ? path.resolve(dir, candidate) : candidate
    if (candidate.includes('/') && !existsSync(executable)) continue
    const version = await probe(executable, modules, dir)
    if (!version) continue
    const configValue =
      candidate === 'python3'
        ? undefined
        : path.isAbsolute(candidate)
          ? candidate
          : candidate.replace(/^\.\//, '')
    return { configValue, executable, version }
  }
  return undefined
}

/** Top-level module names a Python file imports (`import x.y`, `from x import y`). */
export async function importsOf(file: string): Promise<string[]> {
  const text = await fs.readFile(file, 'utf8').catch(() => '')
  const names = new Set<string>()
  for (const m of text.matchAll(
    /^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import|import[ \t]+([\w., \t]+))/gm
  )) {
    if (m[1]) names.add(m[1])
    else for (const part of m[2].split(',')) names.add(part.trim().split(/[.\s]/)[0])
  }
  return [...names].filter(Boolean).sort()
}

const PROBE = `import importlib.util, sys
missing = [m for m in sys.argv[1:] if m not in sys.stdlib_module_names and importlib.util.find_spec(m) is None]
print("%d.%d" % sys.version_info[:2])
sys.exit(1 if missing else 0)`

async function probe(python: string, modules: string[], cwd: string): Promise<string | undefined> {
  try {
    // From the project folder, so its own modules (`import features`) are found too.
    const { stdout } = await execFileAsync(python, ['-c', PROBE, ...modules], { cwd, timeout: 30_000 })
    return stdout.trim()
  } catch {
    return undefined
  }
}

export interface TrialRun {
  ok: boolean
  /** True when the command was stopped at the trial run's time limit. */
  timedOut: boolean
  /** The time limit, in seconds. */
  timeoutSeconds: number
  /** Files written to $REPRO_OUTPUT_DIR, relative to it (posix), sorted. */
  files: string[]
  /** The last lines of what it printed, for a failed run. */
  tail: string
  outDir: string
}

/** How long init waits for its one trial run before stopping it (`init --trial-timeout`). */
export const DEFAULT_TRIAL_TIMEOUT_SECONDS = 600

/**
 * Run the command once, from `dir`, with REPRO_DATA_DIR=dir and REPRO_OUTPUT_DIR a scratch folder:
 * through the pipeline's own runner (a process group of its own, stopped whole at the time limit,
 * leftovers stopped, no runner secrets, its output logged beside the folder with secrets redacted).
 */
export async function trialRun(
  dir: string,
  command: string,
  python: FoundPython | undefined,
  outDir: string,
  timeoutSeconds = DEFAULT_TRIAL_TIMEOUT_SECONDS
): Promise<TrialRun> {
  await fs.rm(outDir, { recursive: true, force: true })
  await fs.mkdir(outDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...pipelineEnv(process.env, NO_ENV_RULES),
    REPRO_DATA_DIR: dir,
    REPRO_OUTPUT_DIR: outDir
  }
  if (python?.executable.includes('/'))
    env.PATH = `${path.dirname(python.executable)}${path.delimiter}${env.PATH ?? ''}`
  const done = await runInGroup({
    command,
    cwd: dir,
    env,
    timeoutSeconds,
    logFile: `${outDir}.log`,
    marker: `REPRO_OUTPUT_DIR=${outDir}`,
    secrets: secretEnvValues(process.env, NO_ENV_RULES)
  }).catch((error: Error) => ({ code: 127, timedOut: false, output: error.message }))
  const files = (await listFiles(outDir, '')).sort()
  return {
    ok: done.code === 0 && !done.timedOut,
    timedOut: done.timedOut,
    timeoutSeconds,
    files,
    // Printed on the terminal in init's notes: one line each, control characters shown, not run.
    tail: done.output.split('\n').map(logLine).join('\n').trim(),
    outDir
  }
}

async function listFiles(root: string, rel: string): Promise<string[]> {
  const items = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const item of items) {
    const child = rel ? `${rel}/${item.name}` : item.name
    if (item.isDirectory()) out.push(...(await listFiles(root, child)))
    else if (item.isFile()) out.push(child)
  }
  return out
}
