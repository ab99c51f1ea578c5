// Issue #15, item 8: commands that leave processes behind, run for real. One `it` per hostile input.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../../src/audit/audit.js'
import { loadConfig } from '../../src/config/load.js'
import type { AuditResult } from '../../src/core/result.js'
import { commandConfig, dataWorkspace } from '../helpers/python.js'

const GOOD = `printf 'Id,prediction\\n5,1.5\\n10,2.5\\n11,3.5\\n' > "$REPRO_OUTPUT_DIR/predictions.csv"`
/** A background process that writes its pid beside the output folder, then sleeps for ten minutes. */
const SLEEPER = `sh -c 'echo $$ > "$REPRO_OUTPUT_DIR.bg.pid"; exec sleep 600'`
/** The command goes on once the background process has written its pid. */
const WAIT = `while [ ! -s "$REPRO_OUTPUT_DIR.bg.pid" ]; do sleep 0.05; done`

async function baselineOf(command: string, timeout: number): Promise<{ dir: string; result: AuditResult }> {
  const dir = await dataWorkspace(commandConfig(command, `  timeout: ${timeout}`), {
    trainRows: 5,
    testRows: 3
  })
  await audit(await loadConfig(path.join(dir, 'repro.yml')), 'lock')
  const result = await audit(await loadConfig(path.join(dir, 'repro.yml')), 'baseline')
  return { dir, result }
}

/** Alive means in /proc and not a zombie. */
async function alive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
}

async function backgroundPid(dir: string): Promise<number> {
  return Number((await fs.readFile(path.join(dir, '.repro-audit', 'runs', 'run-1.bg.pid'), 'utf8')).trim())
}

const onLinux = process.platform === 'linux' ? it : it.skip

describe('commands that leave processes behind', () => {
  onLinux(
    'a child in a new session (setsid) holding stdout after a 0 exit: done within the grace, child stopped',
    async () => {
      const started = Date.now()
      const { dir, result } = await baselineOf(`setsid ${SLEEPER} & ${WAIT}; ${GOOD}`, 60)
      // Bounded by the 2 s output grace and the 3 s kill grace, far below the 60 s timeout.
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(result.gate.exitCode).toBe(0)
      expect(result.runs.findings).toEqual([
        expect.objectContaining({
          status: 'warn',
          code: 'run.left-processes',
          message:
            'Run run-1: the command exited 0; 1 background process still running (holding its output open) was stopped.'
        })
      ])
      expect(await alive(await backgroundPid(dir))).toBe(false)
    }
  )

  onLinux(
    'a child in a new session outliving a timeout: stopped at the timeout, no orphan left',
    async () => {
      const started = Date.now()
      const { dir, result } = await baselineOf(`setsid ${SLEEPER} & ${WAIT}; sleep 600`, 2)
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(result.gate.exitCode).toBe(2)
      expect(result.runs.findings[0].message).toMatch(
        /: the command did not finish within 2 s and was stopped with 2 other processes it had started\.$/
      )
      expect(await alive(await backgroundPid(dir))).toBe(false)
    }
  )

  onLinux(
    'a child in the same group holding stdout after a 0 exit: reported as exited 0, not timed out',
    async () => {
      const { dir, result } = await baselineOf(`${SLEEPER} & ${WAIT}; ${GOOD}`, 20)
      expect(result.gate.exitCode).toBe(0)
      expect(result.runs.findings.map(f => f.message)).toEqual([
        'Run run-1: the command exited 0; 1 background process still running (holding its output open) was stopped.'
      ])
      expect(await alive(await backgroundPid(dir))).toBe(false)
      // The baseline was written from the run's outputs.
      await expect(fs.access(path.join(dir, 'baseline', 'baseline.json'))).resolves.toBeUndefined()
    }
  )

  onLinux('a detached child with its output closed: stopped as well, said so', async () => {
    const { dir, result } = await baselineOf(`setsid ${SLEEPER} >/dev/null 2>&1 & ${WAIT}; ${GOOD}`, 20)
    expect(result.gate.exitCode).toBe(0)
    expect(result.runs.findings.map(f => f.message)).toEqual([
      'Run run-1: the command exited 0; 1 background process still running was stopped.'
    ])
    expect(await alive(await backgroundPid(dir))).toBe(false)
  })

  onLinux('a clean command leaves nothing to stop and no finding', async () => {
    const { result } = await baselineOf(GOOD, 20)
    expect(result.gate.exitCode).toBe(0)
    expect(result.runs.findings).toEqual([])
  })
})
