/**
 * Both CI entry points (.ci/run and .gitea/workflows/ci.yaml) fail on type errors and formatting
 * drift before any test runs: `npm run typecheck` (tsc --noEmit) and `npm run format:check`
 * (prettier --check), then `npm test`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '..', '..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>
const CHECKS = ['npm run typecheck', 'npm run format:check', 'npm test']

describe('CI', () => {
  it('the scripts it runs are tsc --noEmit and prettier --check', () => {
    expect(scripts.typecheck).toBe('tsc --noEmit')
    expect(scripts['format:check']).toBe('prettier --check .')
  })

  it('.ci/run stops at the first failure and runs the checks before npm test', () => {
    const commands = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
    expect(commands).toContain('set -euo pipefail')
    const at = CHECKS.map((check) => commands.indexOf(check))
    for (const [i, index] of at.entries()) expect(index, CHECKS[i]).toBeGreaterThanOrEqual(0)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })

  it('.gitea/workflows/ci.yaml runs the checks as steps before npm test', () => {
    const workflow = parse(read('.gitea/workflows/ci.yaml')) as {
      jobs: Record<string, { steps: Array<{ run?: string }> }>
    }
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run?.trim()))
    const at = CHECKS.map((check) => runs.indexOf(check))
    for (const [i, index] of at.entries()) expect(index, CHECKS[i]).toBeGreaterThanOrEqual(0)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })
})
