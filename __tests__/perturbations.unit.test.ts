import { execFile, spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { CONFIG_SCHEMA } from '../src/config/schema.js'
import { perturbedRun, planPerturbations, runId } from '../src/determinism/perturb.js'
import { CAUSES, PERTURBATION_NAMES, PERTURBATIONS } from '../src/perturbations/index.js'
import { archiveNames, installedLocales, pickLocale } from '../src/perturbations/locale.js'
import { zoneFor } from '../src/perturbations/timezone.js'
import { parseTimes, TIMES_FD, withCpuTimes } from '../src/pipeline/cpu-time.js'

const execFileAsync = promisify(execFile)
const context = { settings: {}, now: new Date('2026-03-04T09:30:00Z'), env: {} }

describe('the perturbation registry', () => {
  it('is the one list the config schema, the names and the causes come from', () => {
    const items = CONFIG_SCHEMA.properties.determinism.properties.perturbations.items
    expect(items.enum).toEqual(PERTURBATIONS.map(p => p.name))
    expect(PERTURBATION_NAMES).toEqual([
      'row_order',
      'hash_seed',
      'timezone',
      'locale',
      'threads',
      'workdir',
      'clock'
    ])
    for (const p of PERTURBATIONS) expect(CAUSES[p.name]).toBe(p.cause)
    expect(CAUSES.none).toMatch(/unseeded randomness$/)
  })

  it('leaves out, with structured reasons, what was not asked for and what cannot reach the built-in engine', async () => {
    const plan = await planPerturbations(['row_order', 'hash_seed'], 'builtin', context)
    expect(plan.tried).toEqual(['row_order'])
    expect(plan.notTried).toEqual([
      { name: 'hash_seed', reason: 'does not reach the built-in engine, which runs inside repro-audit' },
      ...['timezone', 'locale', 'threads', 'workdir', 'clock'].map(name => ({
        name,
        reason: 'not in determinism.perturbations'
      }))
    ])
  })

  it('combines several perturbations into one run: their variables, their data change, a view', async () => {
    const plan = await planPerturbations(['row_order', 'hash_seed', 'threads'], 'command', context)
    const run = perturbedRun(runId(plan.tried, plan.tried), plan.tried, plan)
    expect(run).toMatchObject({
      id: 'perturbed-combined',
      names: ['row_order', 'hash_seed', 'threads'],
      inView: true
    })
    expect(run.env).toMatchObject({ PYTHONHASHSEED: '1', OMP_NUM_THREADS: expect.not.stringMatching(/^1$/) })
    // The extra threads sleep when idle rather than spin (OpenMP, OpenBLAS's own pool).
    expect(run.env).toMatchObject({ OMP_WAIT_POLICY: 'PASSIVE', OPENBLAS_THREAD_TIMEOUT: '4' })
    expect(run.shuffleSeed).toBe('repro-audit:row_order')
    expect(run.varied).toMatch(/^snapshot rows shuffled .*; PYTHONHASHSEED=1; OMP_NUM_THREADS/)
    const env = perturbedRun(runId(['hash_seed'], plan.tried), ['hash_seed'], plan)
    expect(env).toMatchObject({ id: 'perturbed-hash-seed', inView: false, varied: 'PYTHONHASHSEED=1' })
    expect(runId(['hash_seed', 'threads'], plan.tried)).toBe('perturbed-hash-seed+threads')
  })
})

describe('the time-zone perturbation', () => {
  /** The calendar date at `at` in zone `tz` (IANA name). */
  const dateIn = (at: Date, tz: string): string => at.toLocaleDateString('en-CA', { timeZone: tz })

  it.each([0, 5, 9, 10, 11, 12, 15, 22])(
    'at %i:30 UTC picks a zone whose date differs from UTC’s, also an hour later',
    hour => {
      const now = new Date(Date.UTC(2026, 2, 4, hour, 30))
      const { tz } = zoneFor(now)
      expect(tz).toBe(hour < 11 ? 'Etc/GMT+12' : 'Etc/GMT-14')
      for (const later of [0, 50 * 60_000]) {
        const at = new Date(now.getTime() + later)
        expect(dateIn(at, tz)).not.toBe(dateIn(at, 'UTC'))
      }
    }
  )

  it('says in the report why the zone was chosen', async () => {
    const plan = await planPerturbations(['timezone'], 'command', {
      ...context,
      now: new Date('2026-03-04T15:10:00Z')
    })
    expect(plan.changes.get('timezone')?.varied).toBe(
      'TZ=Etc/GMT-14 (UTC+14: at 15:00 UTC its calendar date is a day ahead)'
    )
  })
})

describe('the clock perturbation', () => {
  it('is not tried, with the way to install it, where libfaketime is missing', async () => {
    const plan = await planPerturbations(['clock'], 'command', {
      ...context,
      env: { REPRO_AUDIT_LIBFAKETIME: '/nonexistent/libfaketime.so.1' }
    })
    expect(plan.notTried).toContainEqual({
      name: 'clock',
      reason: expect.stringMatching(
        /^libfaketime is not installed; install it with `sudo apt-get install faketime`/
      )
    })
  })

  it('moves the clock of a real process by more than a year where libfaketime is installed', async () => {
    const plan = await planPerturbations(['clock'], 'command', { ...context, env: process.env })
    const env = plan.changes.get('clock')?.env
    expect(env?.LD_PRELOAD).toMatch(/libfaketime\.so\.1$/)
    const { stdout } = await execFileAsync('/usr/bin/python3', ['-c', 'import time; print(time.time())'], {
      env: { ...process.env, ...env }
    })
    expect(Number(stdout) - Date.now() / 1000).toBeGreaterThan(400 * 86400)
  })
})

describe('the CPU time of a command', () => {
  it('counts the command and the processes it starts, from the shell’s `times`', async () => {
    const burn = '/usr/bin/python3 -c "sum(i * i for i in range(3 * 10**6))"'
    const child = spawnSync('/bin/sh', ['-c', withCpuTimes(`${burn}; ${burn}`)], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    expect(child.status).toBe(0)
    const seconds = parseTimes(String(child.output[TIMES_FD]))
    expect(seconds).toBeGreaterThan(0.1)
  })

  it('keeps the exit status of the command, and the signal that killed it', async () => {
    await expect(execFileAsync('/bin/sh', ['-c', withCpuTimes('exit 7')])).rejects.toMatchObject({ code: 7 })
    const killed = spawnSync('/bin/sh', ['-c', withCpuTimes('sleep 5 & kill -TERM $!; wait $!')], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe']
    })
    expect(killed.signal).toBe('SIGTERM')
    expect(parseTimes('0m0.01s 0m0.00s\n1m2.50s 0m0.25s\n')).toBeCloseTo(62.75)
    expect(parseTimes('')).toBeUndefined()
  })
})

describe('the installed locales, read from glibc files', () => {
  it('reads the names in a real locale archive, as `locale -a` would list them', async () => {
    // localedef writes a locale archive under --prefix, as a distribution's locales package does.
    const prefix = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-archive-'))
    try {
      await fs.mkdir(path.join(prefix, 'usr', 'lib', 'locale'), { recursive: true })
      spawnSync('localedef', [`--prefix=${prefix}`, '-i', 'de_DE', '-f', 'UTF-8', 'de_DE.UTF-8'])
      spawnSync('localedef', [`--prefix=${prefix}`, '-i', 'fr_FR', '-f', 'ISO-8859-1', 'fr_FR'])
      const archive = path.join(prefix, 'usr', 'lib', 'locale', 'locale-archive')
      // A locale named without its codeset is also stored under its normalised full name.
      expect((await archiveNames(archive)).sort()).toEqual(['de_DE.utf8', 'fr_FR', 'fr_FR.iso88591'])
      expect(await archiveNames(path.join(prefix, 'no-archive'))).toEqual([])
      await fs.writeFile(path.join(prefix, 'not-an-archive'), 'hello, this is text and not glibc data')
      expect(await archiveNames(path.join(prefix, 'not-an-archive'))).toEqual([])
    } finally {
      await fs.rm(prefix, { recursive: true, force: true })
    }
  })

  it('lists LOCPATH folders holding a compiled locale, and prefers one with a decimal comma', async () => {
    const locpath = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-locpath-'))
    try {
      await fs.mkdir(path.join(locpath, 'en_US.UTF-8'))
      await fs.writeFile(path.join(locpath, 'en_US.UTF-8', 'LC_CTYPE'), '')
      await fs.mkdir(path.join(locpath, 'empty-folder'))
      expect(await installedLocales(locpath)).toEqual(['en_US.UTF-8'])
      expect(pickLocale(['C', 'C.utf8', 'POSIX', 'en_US.utf8', 'de_DE.utf8'])).toBe('de_DE.utf8')
      expect(pickLocale(['C', 'C.utf8', 'POSIX'])).toBeUndefined()
      expect(pickLocale(['C', 'ja_JP.eucJP', 'en_GB.utf8'])).toBe('en_GB.utf8')
    } finally {
      await fs.rm(locpath, { recursive: true, force: true })
    }
  })
})
