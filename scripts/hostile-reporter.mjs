// Jest reporter for `npm run test:hostile`: one test is one hostile input; prints how many were
// handled and names every one that was not (a failing suite counts as not handled).
import path from 'node:path'

export default class HostileReporter {
  #failed = []

  onRunComplete(_contexts, results) {
    for (const suite of results.testResults) {
      const file = path.relative(process.cwd(), suite.testFilePath)
      if (suite.testExecError)
        this.#failed.push(`${file}: the file did not run (${suite.testExecError.message})`)
      for (const test of suite.testResults)
        if (test.status === 'failed') this.#failed.push(`${file}: ${test.fullName}`)
    }
    const total = results.numTotalTests
    process.stdout.write(`\n${total} hostile inputs: ${results.numPassedTests} handled\n`)
    if (this.#failed.length) {
      process.stdout.write('not handled:\n')
      for (const line of this.#failed) process.stdout.write(`  - ${line}\n`)
    }
  }

  getLastError() {
    return this.#failed.length ? new Error(`${this.#failed.length} hostile input(s) not handled`) : undefined
  }
}
