// CPU time of a command and everything it started. Node gives no rusage of a child, and
// process.resourceUsage() covers only this process; so the shell Node starts runs the command as a
// group (no extra process) and then prints the `times` builtin (its own and its reaped children's
// user and system time, from the kernel's rusage) to a side pipe. A command that ends the shell
// itself (`exit`, `exec`) keeps its status but leaves no CPU figure.

/** The descriptor `times` writes to; the command's own stdout and stderr stay untouched. */
export const TIMES_FD = 3

/** The shell script that runs `command` and reports the CPU time it used. */
export function withCpuTimes(command: string): string {
  // `command` keeps a failed redirection of the special builtin `times` from ending the shell.
  // A command killed by a signal ends this shell with the same signal, so it is reported as killed.
  // The side pipe is closed for the command, so a background child it leaves cannot hold it open.
  return [
    `{\n${command}\n} ${TIMES_FD}>&-`,
    '__repro_status=$?',
    `command times >&${TIMES_FD} 2>/dev/null`,
    'if [ "$__repro_status" -gt 128 ] && [ "$__repro_status" -lt 160 ]; then kill -s "$(kill -l "$__repro_status")" $$; fi',
    'exit $__repro_status'
  ].join('\n')
}

/** Seconds of user plus system time of the children, from the second line `times` prints. */
export function parseTimes(text: string): number | undefined {
  const children = text.trim().split('\n')[1]
  if (!children) return undefined
  const parts = [...children.matchAll(/(\d+)m([\d.]+)s/g)]
  if (parts.length !== 2) return undefined
  return parts.reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0)
}
