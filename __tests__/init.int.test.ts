// The first hour of a new user: `init` on a fresh git repository holding a small scikit-learn
// script, then lock, baseline and run with the generated setup, unedited; `accept` after an
// intended data change; and init's refusals.
import { execFileSync } from 'node:child_process'
import { existsSync, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { loadConfig } from '../src/config/load.js'
import { EXAMPLE, ROOT, runCli } from './helpers/workspace.js'

const TRAIN_PY = `import json
import os

import pandas as pd
from sklearn.linear_model import Ridge

out = os.environ["REPRO_OUTPUT_DIR"]
train = pd.read_csv("data/train.csv").sort_values("Id")
test = pd.read_csv("data/test.csv").sort_values("Id")
features = sorted(c for c in train.columns if c not in ("Id", "Sale_Price") and pd.api.types.is_numeric_dtype(train[c]))
model = Ridge(alpha=1.0).fit(train[features].fillna(0), train["Sale_Price"])
predicted = model.predict(test[features].fillna(0))
pd.DataFrame({"Id": test["Id"], "prediction": predicted}).to_csv(
    os.path.join(out, "predictions.csv"), index=False, float_format="%.17g"
)
with open(os.path.join(out, "metrics.json"), "w") as f:
    json.dump({"rmse": float(((test["Sale_Price"] - predicted) ** 2).mean() ** 0.5)}, f)
`

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=new@user', '-c', 'user.name=New User', ...args], {
    cwd,
    encoding: 'utf8'
  })

async function head(source: string, rows: number): Promise<string> {
  return (
    (await fs.readFile(source, 'utf8'))
      .split('\n')
      .slice(0, rows + 1)
      .join('\n') + '\n'
  )
}

/** A user's project: data/ with the first Ames rows, train.py, requirements.txt; committed. */
async function userProject(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-first-hour-'))
  await fs.mkdir(path.join(dir, 'data'))
  await fs.writeFile(
    path.join(dir, 'data', 'train.csv'),
    await head(path.join(EXAMPLE, 'data', 'train.csv'), 200)
  )
  await fs.writeFile(
    path.join(dir, 'data', 'test.csv'),
    await head(path.join(EXAMPLE, 'data', 'test.csv'), 60)
  )
  await fs.writeFile(path.join(dir, 'train.py'), TRAIN_PY)
  await fs.writeFile(path.join(dir, 'requirements.txt'), 'pandas\nscikit-learn\n')
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'A model')
  return dir
}

describe('repro-audit init on a fresh scikit-learn repository', () => {
  let dir: string

  beforeAll(async () => {
    dir = await userProject()
  })

  it('writes a repro.yml, the workflow and .gitignore, and prints the next commands', async () => {
    const result = await runCli(['init', '--yes'], { cwd: dir })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const config = parse(await fs.readFile(path.join(dir, 'repro.yml'), 'utf8'))
    expect(config.snapshot).toEqual({
      id_column: 'Id',
      entries: [{ path: 'data/test.csv' }, { path: 'data/train.csv' }]
    })
    expect(config.pipeline).toMatchObject({
      engine: 'command',
      command: 'python3 train.py',
      id_column: 'Id',
      outputs: { predictions: 'predictions.csv', metrics: 'metrics.json' }
    })
    expect(config.dependencies).toEqual({ files: ['requirements.txt'] })
    const workflow = parse(
      await fs.readFile(path.join(dir, '.github', 'workflows', 'repro-audit.yml'), 'utf8')
    )
    expect(workflow.jobs.audit.steps.at(-1).with).toEqual({ config: 'repro.yml' })
    expect(await fs.readFile(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^\.repro-audit\/$/m)
    expect(result.stdout).toContain('repro-audit lock')
    expect(result.stdout).toContain(
      'git add repro.yml .github/workflows/repro-audit.yml .gitignore repro.lock repro.lock.d baseline'
    )
    // The one thing it cannot know is said with its line.
    expect(result.stdout).toMatch(/to check: \.github\/workflows\/repro-audit\.yml:\d+: replace OWNER/)
  })

  it('the generated setup passes lock, baseline and run without edits, and the git add line works', async () => {
    for (const command of ['lock', 'baseline', 'run']) {
      const result = await runCli([command], { cwd: dir })
      expect([command, result.code, result.stderr]).toEqual([command, 0, ''])
    }
    git(
      dir,
      'add',
      'repro.yml',
      '.github/workflows/repro-audit.yml',
      '.gitignore',
      'repro.lock',
      'repro.lock.d',
      'baseline'
    )
    git(dir, 'commit', '-qm', 'Pin the data and the baseline with repro-audit')
    expect(git(dir, 'status', '--porcelain')).toBe('') // .repro-audit/ is ignored, nothing else left over
  })

  it('accept re-locks changed data, rewrites the baseline, says what changed and what to commit', async () => {
    await fs.writeFile(
      path.join(dir, 'data', 'train.csv'),
      await head(path.join(EXAMPLE, 'data', 'train.csv'), 260)
    )
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(1)
    const accepted = await runCli(['accept'], { cwd: dir })
    expect(accepted.stderr).toBe('')
    expect(accepted.code).toBe(0)
    expect(accepted.stdout).toMatch(/^ {2}Accepted: .*data\/train\.csv/m)
    expect(accepted.stdout).toMatch(/This change updates the baseline of HEAD: \d+ of \d+ predictions change/)
    const addLine = /git add (.*)\n/.exec(accepted.stdout)?.[1]
    expect(addLine).toBe('repro.yml repro.lock repro.lock.d baseline data/train.csv')
    git(dir, 'add', ...(addLine ?? '').split(' '))
    git(dir, 'commit', '-qm', 'More training data')
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(0)
  })
})

describe('repro-audit init refuses what it cannot do, and overwrites nothing', () => {
  it('outside a git repository: exit 2', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-nogit-'))
    const result = await runCli(['init', '--yes'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^repro-audit: .* is not in a git repository: run `git init` first/)
    expect(existsSync(path.join(dir, 'repro.yml'))).toBe(false)
  })

  it('without data files: exit 2, naming the folders it looked in', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-nodata-'))
    git(dir, 'init', '-q')
    const result = await runCli(['init', '--yes'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no data files \(CSV or Parquet\) under data\/, datasets\//)
    expect(await fs.readdir(dir)).toEqual(['.git'])
  })

  it('an existing repro.yml is kept unless --yes says otherwise (stdin is not a terminal here)', async () => {
    const dir = await userProject()
    await fs.writeFile(path.join(dir, 'repro.yml'), '# mine\n')
    const result = await runCli(['init'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'repro-audit: repro.yml: already exists and was left as it is; pass --yes to replace it\n'
    )
    expect(await fs.readFile(path.join(dir, 'repro.yml'), 'utf8')).toBe('# mine\n')
    expect(existsSync(path.join(dir, '.github'))).toBe(false)
  })

  it('without --yes on a non-interactive stdin it does not run the pipeline and says the outputs are guesses', async () => {
    const dir = await userProject()
    const result = await runCli(['init'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(existsSync(path.join(dir, '.repro-audit', 'init-run'))).toBe(false)
    expect(result.stdout).toMatch(/to check: repro\.yml:\d+: init did not run the pipeline/)
  })
})

/** A repository whose data is committed: a file, a folder and a glob entry, and a shell pipeline. */
async function dataProject(pipeline: boolean): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-accept-'))
  const files: Record<string, string> = {
    'data/main.csv': 'id,prediction\n1,0.5\n2,0.75\n',
    'data/parts/a.csv': 'id,v\n1,1\n',
    'data/glob/x1.csv': 'id,v\n1,1\n',
    'data/glob/x2.csv': 'id,v\n2,2\n'
  }
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await fs.writeFile(path.join(dir, name), text)
  }
  // The command fails once data/main.csv has more than two rows: the lock can move, the baseline not.
  const command =
    'test "$(wc -l < "$REPRO_DATA_DIR/data/main.csv")" -le 3 && cp "$REPRO_DATA_DIR/data/main.csv" "$REPRO_OUTPUT_DIR/predictions.csv"'
  const config = [
    'snapshot:',
    '  id_column: id',
    '  entries:',
    '    - path: data/main.csv',
    '    - folder: data/parts',
    '    - glob: "data/glob/*.csv"',
    ...(pipeline
      ? ['pipeline:', '  engine: command', `  command: '${command}'`, '  id_column: id', '  timeout: 60']
      : [])
  ]
  await fs.writeFile(path.join(dir, 'repro.yml'), config.join('\n') + '\n')
  await fs.writeFile(path.join(dir, '.gitignore'), '.repro-audit/\n')
  git(dir, 'init', '-q')
  for (const command of pipeline ? ['lock', 'baseline'] : ['lock']) {
    const result = await runCli([command], { cwd: dir })
    expect([command, result.code, result.stderr]).toEqual([command, 0, ''])
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'Data, lock and baseline')
  return dir
}

describe('accept: what to commit, and a baseline that cannot be written', () => {
  it('the git add line lists new, changed and deleted data under file, folder and glob entries', async () => {
    const dir = await dataProject(false)
    await fs.writeFile(path.join(dir, 'data', 'parts', 'b.csv'), 'id,v\n2,2\n') // new, in a folder entry
    await fs.writeFile(path.join(dir, 'data', 'parts', 'notes.txt'), 'not data\n') // not kept by the entry
    await fs.writeFile(path.join(dir, 'data', 'glob', 'x1.csv'), 'id,v\n1,9\n') // changed, under a glob
    await fs.rm(path.join(dir, 'data', 'glob', 'x2.csv')) // deleted, under a glob
    await fs.writeFile(path.join(dir, 'data', 'main.csv'), 'id,prediction\n1,0.5\n2,0.5\n') // changed file
    const accepted = await runCli(['accept'], { cwd: dir })
    expect([accepted.code, accepted.stderr]).toEqual([0, ''])
    const addLine = /git add (.*)\n/.exec(accepted.stdout)?.[1] ?? ''
    expect(addLine.split(' ')).toEqual([
      'repro.yml',
      'repro.lock',
      'repro.lock.d',
      'data/glob/x1.csv',
      'data/glob/x2.csv',
      'data/main.csv',
      'data/parts/b.csv'
    ])
    // The line as printed commits the accepted state: nothing the audit needs is left over.
    git(dir, 'add', ...addLine.split(' '))
    git(dir, 'commit', '-qm', 'Accepted data')
    expect(git(dir, 'status', '--porcelain')).toBe('?? data/parts/notes.txt\n')
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(0)
    // A data-only config: accept-report.* is written, with the command that wrote it.
    const report = JSON.parse(await fs.readFile(path.join(dir, '.repro-audit', 'accept-report.json'), 'utf8'))
    expect(report.command).toBe('accept')
    expect(existsSync(path.join(dir, '.repro-audit', 'accept-report.md'))).toBe(true)
  })

  it('data kept out of git stays out of the line: new files are listed only when git tracks the data', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-untracked-'))
    await fs.mkdir(path.join(dir, 'data', 'parts'), { recursive: true })
    await fs.writeFile(path.join(dir, 'data', 'parts', 'a.csv'), 'id,v\n1,1\n')
    await fs.writeFile(path.join(dir, 'repro.yml'), 'snapshot:\n  entries:\n    - folder: data/parts\n')
    git(dir, 'init', '-q')
    expect((await runCli(['lock'], { cwd: dir })).code).toBe(0)
    await fs.writeFile(path.join(dir, 'data', 'parts', 'b.csv'), 'id,v\n2,2\n')
    const accepted = await runCli(['accept'], { cwd: dir })
    expect(accepted.code).toBe(0)
    expect(/git add (.*)\n/.exec(accepted.stdout)?.[1]).toBe('repro.yml repro.lock')
  })

  it('when the lock is rewritten but the baseline fails, it says which state the repository is in', async () => {
    const dir = await dataProject(true)
    const baseline = await fs.readFile(path.join(dir, 'baseline', 'baseline.json'), 'utf8')
    await fs.writeFile(path.join(dir, 'data', 'main.csv'), 'id,prediction\n1,0.5\n2,0.75\n3,1\n')
    const accepted = await runCli(['accept'], { cwd: dir })
    expect(accepted.code).toBe(2)
    const lines = accepted.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toBe(
      'repro-audit: accept stopped half-way: repro.lock and repro.lock.d were rewritten for the current data, but baseline was not (the error above). Fix that and run `repro-audit accept` again, or put the old lock back with `git checkout -- repro.lock repro.lock.d`'
    )
    expect(accepted.stdout).toContain('accept stopped half-way')
    expect(accepted.stdout).not.toContain('git add')
    // As it says: the lock moved (verify passes), the baseline did not.
    expect(git(dir, 'status', '--porcelain', '--', 'repro.lock', 'baseline')).toBe(' M repro.lock\n')
    expect(await fs.readFile(path.join(dir, 'baseline', 'baseline.json'), 'utf8')).toBe(baseline)
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(0)
    git(dir, 'checkout', '--', 'repro.lock', 'repro.lock.d')
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(1)
  })
})

/** True once `pid` has ended (gone, or a zombie waiting for its reaper), polling up to 5 s. */
async function stopped(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    if (!stat || /^\d+ \(.*\) Z/.test(stat)) return true
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return false
}

describe('init: the trial run has a time limit', () => {
  it('stops a hanging training script and its children at --trial-timeout and says the outputs are guesses', async () => {
    const dir = await userProject()
    // It starts a child that would outlive it, records the child's id, then hangs.
    await fs.writeFile(
      path.join(dir, 'train.py'),
      'import os, subprocess, time\n' +
        'child = subprocess.Popen(["sleep", "300"])\n' +
        'open(os.path.join(os.environ["REPRO_OUTPUT_DIR"], "child.pid"), "w").write(str(child.pid))\n' +
        'print("training…", flush=True)\n' +
        'time.sleep(300)\n'
    )
    git(dir, 'commit', '-qam', 'A slow model')
    const result = await runCli(['init', '--yes', '--trial-timeout', '2'], { cwd: dir })
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toContain('stopped `python3 train.py` after 2 s (--trial-timeout)')
    const config = (await fs.readFile(path.join(dir, 'repro.yml'), 'utf8')).split('\n')
    const outputsLine = config.findIndex(l => l.startsWith('  outputs:')) + 1
    expect(result.stdout).toContain(
      `to check: repro.yml:${outputsLine}: the outputs could not be guessed because the trial run timed out (after 2 s): these are the defaults, check them`
    )
    expect(result.stdout).toMatch(
      /to check: repro\.yml:\d+: the trial run of `python3 train\.py` was stopped after 2 s/
    )
    const pid = Number(await fs.readFile(path.join(dir, '.repro-audit', 'init-run', 'child.pid'), 'utf8'))
    expect(await stopped(pid)).toBe(true) // the whole process group, not only the shell
  })

  it('the trial run gets no runner secret, and what it printed is shown one line at a time, escaped', async () => {
    const dir = await userProject()
    await fs.writeFile(
      path.join(dir, 'train.py'),
      'import os, sys\n' +
        'print("token=" + str(os.environ.get("INPUT_TOKEN")))\n' +
        'print("\\x1b[31mred\\u202eevil")\n' +
        'sys.exit(3)\n'
    )
    git(dir, 'commit', '-qam', 'A failing model')
    const secret = 'ghs_trialrunsecret0123456789'
    const saved = process.env.INPUT_TOKEN
    process.env.INPUT_TOKEN = secret
    try {
      const result = await runCli(['init', '--yes'], { cwd: dir })
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('token=None')
      expect(result.stdout).toContain('\\x1b[31mred\\u202eevil')
      expect(result.stdout).not.toContain(String.fromCharCode(0x1b))
      expect(result.stdout).not.toContain('\u202e')
      expect(result.stdout).not.toContain(secret)
      const log = await fs.readFile(path.join(dir, '.repro-audit', 'init-run.log'), 'utf8')
      expect(log).toContain('token=None')
    } finally {
      if (saved === undefined) delete process.env.INPUT_TOKEN
      else process.env.INPUT_TOKEN = saved
    }
  })

  it('init --help documents --trial-timeout and its default', async () => {
    const help = await runCli(['init', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/--trial-timeout <seconds>\s+stop the trial run .*\(default 600\)/s)
  })

  it('refuses a --trial-timeout that is not a positive number of seconds (exit 2, nothing written)', async () => {
    const dir = await userProject()
    const result = await runCli(['init', '--yes', '--trial-timeout', '0'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'repro-audit: --trial-timeout must be a positive whole number of seconds, not "0"\n'
    )
    expect(existsSync(path.join(dir, 'repro.yml'))).toBe(false)
  })
})

describe('init: what it keeps, replaces and says it could not decide', () => {
  it('keeps an existing workflow without consent, and leaves it out of the git add line', async () => {
    const dir = await userProject()
    const workflow = path.join(dir, '.github', 'workflows', 'repro-audit.yml')
    await fs.mkdir(path.dirname(workflow), { recursive: true })
    await fs.writeFile(workflow, '# my own workflow\n')
    const result = await runCli(['init', '--no-run'], { cwd: dir })
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(await fs.readFile(workflow, 'utf8')).toBe('# my own workflow\n')
    expect(result.stdout).toContain('kept .github/workflows/repro-audit.yml as it is')
    expect(result.stdout).toContain('wrote repro.yml, .gitignore')
    expect(result.stdout).toContain('git add repro.yml .gitignore repro.lock repro.lock.d baseline\n')
    expect(result.stdout).not.toMatch(/to check: \.github/)
  })

  it('--yes replaces an existing repro.yml', async () => {
    const dir = await userProject()
    await fs.writeFile(path.join(dir, 'repro.yml'), '# mine\n')
    const result = await runCli(['init', '--yes', '--no-run'], { cwd: dir })
    expect([result.code, result.stderr]).toEqual([0, ''])
    const config = parse(await fs.readFile(path.join(dir, 'repro.yml'), 'utf8'))
    expect(config.snapshot.id_column).toBe('Id')
    expect(config.pipeline.command).toBe('python3 train.py')
  })

  it('says, with the line to edit, when there is no id column, no command and untracked data', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-undecided-'))
    await fs.mkdir(path.join(dir, 'data'))
    await fs.writeFile(path.join(dir, 'data', 'sales.csv'), 'id,amount\n1,10\n1,12\n2,7\n') // id repeats
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'Sales')
    await fs.writeFile(path.join(dir, 'data', 'returns.csv'), 'id,amount\n5,1\n') // not committed
    const result = await runCli(['init', '--yes'], { cwd: dir })
    expect([result.code, result.stderr]).toEqual([0, ''])
    const lines = (await fs.readFile(path.join(dir, 'repro.yml'), 'utf8')).split('\n')
    const note = (pattern: RegExp): string => {
      const found = new RegExp(`^to check: repro\\.yml:(\\d+): ${pattern.source}`, 'm').exec(result.stdout)
      return found ? lines[Number(found[1]) - 1] : `(no note matching ${pattern})`
    }
    expect(note(/no id-like column is unique in every data file: set snapshot\.id_column/)).toMatch(
      /^ {2}# id_column: id/
    )
    expect(note(/no training command found: this config pins and verifies the data only/)).toMatch(
      /^# pipeline:/
    )
    expect(
      note(/data\/returns\.csv is not committed to git, so the workflow's checkout will not have it/)
    ).toBe('    - path: data/returns.csv')
    // Without an id column there is no lock folder, without a command no baseline.
    expect(result.stdout).toContain(
      'git add repro.yml .github/workflows/repro-audit.yml .gitignore repro.lock\n'
    )
    expect(result.stdout).not.toContain('repro-audit baseline')
    expect(existsSync(path.join(dir, '.repro-audit', 'init-run'))).toBe(false)
  })

  it('lists a pyproject.toml and poetry.lock as the dependency files, and says how to install them', async () => {
    const dir = await userProject()
    await fs.rm(path.join(dir, 'requirements.txt'))
    await fs.writeFile(
      path.join(dir, 'pyproject.toml'),
      '[tool.poetry]\nname = "house-model"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\npandas = "*"\n'
    )
    await fs.copyFile(
      path.join(ROOT, 'fixtures', 'lockfiles', 'ames-housing-mlflow.poetry.lock'),
      path.join(dir, 'poetry.lock')
    )
    const result = await runCli(['init', '--yes', '--no-run'], { cwd: dir })
    expect([result.code, result.stderr]).toEqual([0, ''])
    const config = parse(await fs.readFile(path.join(dir, 'repro.yml'), 'utf8'))
    expect(config.dependencies).toEqual({ files: ['poetry.lock', 'pyproject.toml'] })
    expect(result.stdout).toMatch(
      /to check: \.github\/workflows\/repro-audit\.yml:\d+: no requirements\.txt found: install the packages/
    )
  })
})

describe("the README's setup", () => {
  it('its complete command-engine repro.yml loads and locks on a small project', async () => {
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8')
    const example = /A complete command-engine `repro\.yml`[^]*?```yaml\n([^]*?)```/.exec(readme)?.[1]
    expect(example).toContain('engine: command')
    const dir = await userProject()
    const file = path.join(dir, 'repro.yml')
    await fs.writeFile(file, example ?? '')
    const config = await loadConfig(file)
    expect(config.pipeline).toMatchObject({ engine: 'command', command: 'python3 train.py', idColumn: 'Id' })
    expect(config.snapshot.entries.map(e => e.path)).toEqual(['data/test.csv', 'data/train.csv'])
    expect(config.dependencies.files).toEqual([path.join(dir, 'requirements.txt')])
    const locked = await runCli(['lock'], { cwd: dir })
    expect([locked.code, locked.stderr]).toEqual([0, ''])
    expect(existsSync(path.join(dir, 'repro.lock.d'))).toBe(true)
    expect((await runCli(['verify'], { cwd: dir })).code).toBe(0)
  })

  it("the adoption steps' git add line is the one init prints for a project with an id column and a command", async () => {
    const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8')
    const steps = /<!-- adoption:start -->([^]*?)<!-- adoption:end -->/.exec(readme)?.[1] ?? ''
    const readmeLine = steps.split('\n').find(l => l.startsWith('git add '))
    const dir = await userProject()
    const result = await runCli(['init', '--yes', '--no-run'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').map(l => l.trim())).toContain(readmeLine)
  })
})
