// The job's label: named by the workflow (`label` input, `--label`), or made from the runner and
// the environment the audit recorded, so that the jobs of a matrix get distinct, stable names.

/** `linux-x64-py3.12.3` from RUNNER_OS/RUNNER_ARCH when on a runner, else from the fingerprint. */
export function defaultLabel(
  environment: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env
): string {
  const os = (env.RUNNER_OS || environment.os || process.platform).toLowerCase()
  const arch = (env.RUNNER_ARCH || environment.arch || process.arch).toLowerCase()
  const python =
    environment.python && /^\d/.test(environment.python)
      ? `py${environment.python}`
      : `node${environment.node ?? process.versions.node}`
  return `${os}-${arch}-${python}`
}

/** A label made safe as part of a file name. */
export function labelSlug(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'job'
}

/** The default result file of a job: `repro-result-<label>.json` in the report folder. */
export function defaultResultName(label: string): string {
  return `repro-result-${labelSlug(label)}.json`
}
