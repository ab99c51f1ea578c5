import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { definePerturbation } from './perturbation.js'

const execFileAsync = promisify(execFile)

/** How far the clock moves: more than a year, plus hours and minutes, so year, date, weekday and time all change. */
export const CLOCK_SHIFT_SECONDS = 400 * 86400 + 7 * 3600 + 13 * 60

/** Where Debian, Ubuntu, Fedora and Homebrew put libfaketime. */
const LIBRARY_PATHS = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
  '/usr/lib64/faketime/libfaketime.so.1',
  '/usr/local/lib/faketime/libfaketime.so.1',
  '/opt/homebrew/lib/faketime/libfaketime.1.dylib'
]

export const INSTALL_HINT =
  'install it with `sudo apt-get install faketime` (Debian, Ubuntu) or `dnf install libfaketime`'

export const clock = definePerturbation({
  name: 'clock',
  what: 'date and time',
  cause:
    "changes with the date and time: the code reads today's date or the current time (ages, durations, date-based splits)",
  reachesBuiltin: false,
  plan: async ({ env }) => {
    // REPRO_AUDIT_LIBFAKETIME points at another copy (tests use it to try a missing or broken one).
    const override = env.REPRO_AUDIT_LIBFAKETIME
    const library = override ? [override].find(p => existsSync(p)) : LIBRARY_PATHS.find(p => existsSync(p))
    if (!library) return { notTried: `libfaketime is not installed; ${INSTALL_HINT}` }
    const clockEnv = fakeTimeEnv(library)
    const problem = await sanityProbe(clockEnv)
    if (problem) return { notTried: `libfaketime at ${library} did not shift the clock (${problem})` }
    const days = Math.floor(CLOCK_SHIFT_SECONDS / 86400)
    return {
      change: {
        varied: `clock ${days} days 7 h 13 min ahead (libfaketime, FAKETIME=${clockEnv.FAKETIME})`,
        env: clockEnv
      }
    }
  }
})

function fakeTimeEnv(library: string): Record<string, string> {
  return {
    LD_PRELOAD: library,
    DYLD_INSERT_LIBRARIES: library,
    FAKETIME: `+${CLOCK_SHIFT_SECONDS}`,
    // Timeouts and durations measured on the monotonic clock stay real.
    FAKETIME_DONT_FAKE_MONOTONIC: '1'
  }
}

/**
 * Run `date +%s` under the library: a library that is missing, broken or not preloaded leaves the
 * clock where it is, and then the perturbation is not tried rather than reported as reproduced.
 */
async function sanityProbe(clockEnv: Record<string, string>): Promise<string | undefined> {
  const before = Date.now() / 1000
  let printed: { stdout: string; stderr: string }
  try {
    printed = await execFileAsync('date', ['+%s'], { env: { ...process.env, ...clockEnv }, timeout: 10_000 })
  } catch (error) {
    return `date failed under it: ${(error as Error).message.split('\n')[0]}`
  }
  const { stdout, stderr } = printed
  const shift = Number(stdout.trim()) - before
  if (Math.abs(shift - CLOCK_SHIFT_SECONDS) < 3600) return undefined
  const said = stderr.trim().split('\n')[0]
  return said ? said.replace(/^ERROR: ld\.so: /, '') : `date printed ${stdout.trim() || 'nothing'}`
}
