/**
 * docs/security.md shows the access matrix that tests/e2e/access-matrix.e2e.ts runs: the table is
 * generated from the same rows, so the documented policy and the tested one cannot drift apart.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { matrixMarkdown, outcomesMarkdown } from '../e2e/access-matrix'

it('docs/security.md holds the tested access matrix and its legend, verbatim', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'security.md'), 'utf8')
  const section = /<!-- access-matrix:start[^>]*-->\n([\s\S]*?)<!-- access-matrix:end -->/.exec(doc)?.[1] ?? ''
  // Prettier aligns the table's columns; compare the cells, not the padding.
  const cells = (markdown: string) => markdown.replace(/ *\| */g, '|').replace(/\|-+(?=\|)/g, '|-')
  expect(cells(section)).toContain(cells(matrixMarkdown()))
  expect(section).toContain(outcomesMarkdown())
})
