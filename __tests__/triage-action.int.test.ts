// Accepted and known findings end to end: the bundled action (dist/index.js, needs `npm run bundle`)
// run as the runner runs it, against the API stand-in on 127.0.0.1. The base branch's report comes
// from a run on a push to main, handed to the pull request's run with the `known-report` input
// (restored from the Actions cache or an artifact in a real workflow).
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { runAction, workspace } from './helpers/action-runner.js'
import { FakeGitHub } from './helpers/github-server.js'

let server: FakeGitHub

beforeEach(async () => {
  server = new FakeGitHub()
  await server.start()
})

afterEach(async () => {
  await server.close()
})

const CONFIG = { config: 'fixtures/house-prices/repro.yml' }

async function declare(dir: string, requirements: string, accept = ''): Promise<void> {
  const example = path.join(dir, 'fixtures', 'house-prices')
  await fs.writeFile(path.join(example, 'requirements.txt'), requirements)
  const config = path.join(example, 'repro.yml')
  const text = (await fs.readFile(config, 'utf8')).replace(/\ndependencies:[\s\S]*$/, '')
  await fs.writeFile(
    config,
    `${text}\ndependencies:\n  files: [requirements.txt]\n  check_installed: false\n${accept}`
  )
}

describe('accepted and known findings in the action', () => {
  it("marks the base branch's warnings known, the new ones new, and accepted ones accepted, in the comment and the summary", async () => {
    const dir = await workspace()
    // On main: pandas is unpinned; the report of that run is the base branch's report.
    await declare(dir, 'pandas>=1.0\n')
    const base = await runAction(server.url, dir, 'push', CONFIG)
    expect(base.outputs.status).toBe('warn')
    const known = path.join(dir, 'base-report.json')
    await fs.copyFile(base.outputs['report-json'], known)

    // The pull request adds numpy and scipy, unpinned; the team accepts scipy.
    await declare(
      dir,
      'pandas>=1.0\nnumpy>=1.0\nscipy>=1.0\n',
      'accept:\n  - { code: deps.unpinned, package: scipy, reason: "pinned by the base image" }\n'
    )
    const pr = await runAction(server.url, dir, 'pull_request', {
      ...CONFIG,
      'known-report': 'base-report.json'
    })
    expect(pr.code).toBe(0)
    expect(pr.outputs.status).toBe('warn')
    const [comment] = server.list(7)
    for (const text of [comment.body, pr.summary]) {
      expect(text).toMatch(/- ⚠️ pandas is declared as .* · known\n/)
      expect(text).toMatch(/- ⚠️ numpy is declared as .* · \*\*new\*\*\n/)
      expect(text).toMatch(/- ☑️ scipy is declared as .* — accepted: pinned by the base image\n/)
      expect(text).toContain(
        '**Reproduced; 2 requirements are not pinned exactly (pandas and numpy). Pin exact versions and commit.**'
      )
    }
    const report = JSON.parse(await fs.readFile(pr.outputs['report-json'], 'utf8'))
    expect(
      report.dependencies.findings.map((f: { package: string; seen?: string; accepted?: object }) => [
        f.package,
        f.seen,
        !!f.accepted
      ])
    ).toEqual([
      ['pandas', 'known', false],
      ['numpy', 'new', false],
      ['scipy', 'new', true]
    ])
  })

  it('a known-report that is not there marks nothing and is no error (the first run of a repository)', async () => {
    const dir = await workspace()
    await declare(dir, 'pandas>=1.0\n')
    const pr = await runAction(server.url, dir, 'pull_request', {
      ...CONFIG,
      'known-report': 'nowhere/report.json'
    })
    expect(pr.code).toBe(0)
    const report = JSON.parse(await fs.readFile(pr.outputs['report-json'], 'utf8'))
    expect(report.dependencies.findings[0].seen).toBeUndefined()
  })
})
