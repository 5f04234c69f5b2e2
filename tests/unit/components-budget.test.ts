/**
 * Page JavaScript budgets (SPEC §6) on the real bundles: builds the components exactly as
 * `node components/build.mjs` does (into a temp directory) and weighs every page type from esbuild's
 * metafile. Sizes, not timings, so it belongs with the unit tests. What Chromium actually downloads is
 * checked by tests/e2e/page-weight.e2e.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Metafile } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleComponents } from '../../components/build.mjs'
import {
  CREATE_PAGE_BUDGET,
  EMBED_BUDGET,
  RULE_PAGE_BUDGET,
  pageWeights,
  type PageName,
  type PageWeight,
} from '../../components/budget.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const outdir = mkdtempSync(path.join(tmpdir(), 'cr-components-'))
let metafile: Metafile
let weights: Record<PageName, PageWeight>

beforeAll(async () => {
  metafile = await bundleComponents({ outdir })
  weights = pageWeights(metafile, { root, outdir })
}, 60_000)
afterAll(() => rmSync(outdir, { recursive: true, force: true }))

/** Source modules bundled into the given output files (paths relative to the output directory). */
function sourcesOf(files: string[]): string[] {
  const byFile = new Map(
    Object.entries(metafile.outputs).map(([key, output]) => [path.relative(outdir, path.resolve(root, key)), output]),
  )
  return files.flatMap((file) => Object.keys(byFile.get(file)!.inputs))
}

describe('page JavaScript budgets', () => {
  it('/create/ downloads at most CREATE_PAGE_BUDGET on a first visit (create flow, start step, beacon)', () => {
    const create = weights.create
    expect(create.entries).toEqual(['create', 'vitals'])
    expect(create.firstViewGzip).toBeLessThanOrEqual(CREATE_PAGE_BUDGET)
    expect(create.overBudget).toBe(false)
    // The full journey is reported; it is more, since later steps come as their own chunks.
    expect(create.journeyGzip).toBeGreaterThan(create.firstViewGzip)
  })

  it('a rule page loads at most RULE_PAGE_BUDGET: the beacon and the copy/print enhancement', () => {
    expect(weights.rule.initial.map((f) => f.file)).toEqual(['vitals.js', 'rule-actions.js'])
    expect(weights.rule.lazy).toEqual([])
    expect(weights.rule.firstViewGzip).toBeLessThanOrEqual(RULE_PAGE_BUDGET)
  })

  it('content pages load the beacon only', () => {
    expect(weights.content.initial.map((f) => f.file)).toEqual(['vitals.js'])
    expect(weights.content.journeyGzip).toBe(weights.content.initialGzip)
  })

  it('cr.js embedding the create flow stays within EMBED_BUDGET', () => {
    expect(weights.embed.firstViewGzip).toBeLessThanOrEqual(EMBED_BUDGET)
  })
})

describe('each page loads only what it needs', () => {
  const initialSources = (page: PageName) =>
    sourcesOf([...weights[page].initial, ...weights[page].firstView].map((f) => f.file))

  it('the create flow downloads the sections step, the methods library, review, publish (sign-in) and done only when reached', () => {
    const initial = initialSources('create')
    expect(initial).toContain('components/src/cr-create-flow.ts')
    for (const later of [
      'components/src/create-flow/step-sections.ts',
      'components/src/create-flow/step-review.ts',
      'components/src/create-flow/step-publish.ts',
      'components/src/create-flow/step-done.ts',
      'core/schema/amendment.ts',
      'components/src/render/rule-document.ts',
      'components/src/state/markdown.ts',
      'components/src/cr-sign-in.ts',
      'core/schema/modules.ts',
      'components/src/cr-method-library.ts',
      'core/schema/method-fields.ts',
      'components/src/cr-account.ts',
      'components/src/cr-session-nav.ts',
    ])
      expect(initial, later).not.toContain(later)
    const onDemand = weights.create.lazy.map((group) => group.module)
    expect(onDemand).toEqual(
      expect.arrayContaining([
        'components/src/create-flow/step-sections.ts',
        'components/src/create-flow/finish.ts',
        'components/src/cr-sign-in.ts',
        'components/src/cr-method-library.ts',
      ]),
    )
    // The template picker is part of the first view (the start step), not of the initial scripts.
    expect(sourcesOf(weights.create.initial.map((f) => f.file))).not.toContain('components/src/cr-template-picker.ts')
    expect(sourcesOf(weights.create.firstView.map((f) => f.file))).toContain('components/src/cr-template-picker.ts')
  })

  it('sign-in and account pages do not load the create flow; the account page loads sign-in only when needed', () => {
    for (const page of ['sign-in', 'account'] as const) {
      expect(initialSources(page)).not.toContain('components/src/cr-create-flow.ts')
      expect(initialSources(page)).not.toContain('components/src/cr-template-picker.ts')
    }
    expect(initialSources('sign-in')).toContain('components/src/cr-sign-in.ts')
    expect(initialSources('account')).toEqual(
      expect.arrayContaining(['components/src/cr-account.ts', 'components/src/cr-session-nav.ts']),
    )
    expect(initialSources('account')).not.toContain('components/src/cr-sign-in.ts')
  })

  it('the manifest used for modulepreload lists only static imports', () => {
    const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports: string[] }
    >
    for (const page of ['create', 'sign-in', 'account'] as const) {
      const staticChunks = weights[page].initial.map((f) => f.file).filter((file) => file.startsWith('chunks/'))
      expect(manifest[page]!.imports.sort()).toEqual(staticChunks.sort())
      const lazyFiles = weights[page].lazy.flatMap((group) => group.files.map((f) => f.file))
      for (const file of [...lazyFiles, ...weights[page].firstView.map((f) => f.file)])
        expect(manifest[page]!.imports).not.toContain(file)
    }
  })
})
