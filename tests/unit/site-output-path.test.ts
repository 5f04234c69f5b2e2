/**
 * site/output-path.ts: every path the site build makes from a slug stays inside the output directory,
 * and stale-page removal never reaches outside rules/ and templates/. Also the writer's handling of a
 * stale directory where a page belongs, and the control-character filter.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSlug, insideOutDir, OutputPathError, pagePath, removablePath, SLUG_PATTERN } from '../../site/output-path'
import { removeStalePages } from '../../site/render'
import { writeAtomic, writeQueue } from '../../site/write'
import { stripInvalidChars } from '../../site/_config/filters.js'

const work = mkdtempSync(path.join(tmpdir(), 'cr-output-path-'))
const outDir = path.join(work, 'out')
afterAll(() => rmSync(work, { recursive: true, force: true }))

const badSlugs = [
  '..',
  '.',
  '../x',
  'a/b',
  'a\\b',
  'index.html',
  'rule.md',
  '',
  '-a',
  'A',
  'a b',
  'é',
  '/etc',
  'a\u0000',
  'x'.repeat(82),
  'a.b',
]

describe('checkSlug', () => {
  it('accepts lower-case letters, digits and dashes, 1..81 characters', () => {
    for (const slug of ['a', '0', 'lazy-consensus', 'rule-3f9a2c', 'a--b', 'x'.repeat(81)])
      expect(checkSlug(slug)).toBe(slug)
    expect(SLUG_PATTERN.source).toBe('^[a-z0-9][a-z0-9-]{0,80}$')
  })

  it('refuses anything else, naming the slug', () => {
    for (const slug of badSlugs) {
      expect(() => checkSlug(slug), JSON.stringify(slug)).toThrow(OutputPathError)
      expect(() => checkSlug(slug, 'template'), JSON.stringify(slug)).toThrow(OutputPathError)
    }
    expect(() => checkSlug('../x')).toThrow(/refused rule slug "\.\.\/x"/)
    for (const value of [undefined, null, 3, {}]) expect(() => checkSlug(value)).toThrow(OutputPathError)
  })

  it('keeps `page` for the rule listing (rules/page/2/) but allows it for a template', () => {
    expect(() => checkSlug('page', 'rule')).toThrow(/reserved/)
    expect(checkSlug('page', 'template')).toBe('page')
  })
})

describe('insideOutDir', () => {
  it('resolves paths inside the output directory', () => {
    expect(insideOutDir(outDir, 'rules', 'a', 'index.html')).toBe(path.join(outDir, 'rules', 'a', 'index.html'))
    expect(insideOutDir(outDir, path.join(outDir, 'feed.xml'))).toBe(path.join(outDir, 'feed.xml'))
    // A name that merely starts with two dots is still inside.
    expect(insideOutDir(outDir, '..hidden')).toBe(path.join(outDir, '..hidden'))
  })

  it('refuses the directory itself and anything outside it', () => {
    for (const segments of [
      [''],
      ['.'],
      ['..'],
      ['../x'],
      ['rules', '..', '..', 'x'],
      ['/etc/passwd'],
      [`${outDir}-sibling/x`],
    ]) {
      expect(() => insideOutDir(outDir, ...segments), segments.join('/')).toThrow(OutputPathError)
    }
  })
})

describe('pagePath', () => {
  it('builds rules/<slug>/<file> and templates/<slug>/<file>', () => {
    expect(pagePath(outDir, 'rule', 'my-rule')).toBe(path.join(outDir, 'rules', 'my-rule', 'index.html'))
    expect(pagePath(outDir, 'rule', 'my-rule', 'rule.md')).toBe(path.join(outDir, 'rules', 'my-rule', 'rule.md'))
    expect(pagePath(outDir, 'template', 'circles')).toBe(path.join(outDir, 'templates', 'circles', 'index.html'))
  })

  it('refuses every slug that could leave its folder (the home page, the listing, the parent directory)', () => {
    for (const slug of badSlugs) {
      expect(() => pagePath(outDir, 'rule', slug)).toThrow(OutputPathError)
      expect(() => pagePath(outDir, 'template', slug)).toThrow(OutputPathError)
    }
    try {
      pagePath(outDir, 'rule', 'index.html')
      expect.unreachable()
    } catch (err) {
      expect((err as OutputPathError).slug).toBe('index.html')
      expect((err as Error).message).toContain('"index.html"')
    }
  })
})

describe('removablePath', () => {
  it('allows only direct entries of rules/, rules/page/ and templates/', () => {
    expect(removablePath(outDir, 'rules', 'old-rule')).toBe(path.join(outDir, 'rules', 'old-rule'))
    expect(removablePath(outDir, 'rules/page', '3')).toBe(path.join(outDir, 'rules', 'page', '3'))
    expect(removablePath(outDir, 'templates', 'gone')).toBe(path.join(outDir, 'templates', 'gone'))
    for (const name of ['', '.', '..', '../x', 'a/b', '/etc', `../../${path.basename(work)}`]) {
      expect(() => removablePath(outDir, 'rules', name), name).toThrow(OutputPathError)
      expect(() => removablePath(outDir, 'templates', name), name).toThrow(OutputPathError)
    }
  })
})

describe('removeStalePages', () => {
  it('removes stale rule, listing and template folders, and nothing outside rules/ and templates/', () => {
    const dir = path.join(work, 'stale')
    const put = (file: string, text = 'x') => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    for (const file of [
      'index.html',
      'rule.md',
      'x/index.html',
      'rules/index.html',
      'rules/live/index.html',
      'rules/gone/index.html',
      'rules/page/2/index.html',
      'rules/page/9/index.html',
      'templates/index.html',
      'templates/kept/index.html',
      'templates/old/index.html',
    ])
      put(file)
    put('../outside.txt')
    const removed = removeStalePages(dir, {
      ruleIndex: [
        {
          id: '1',
          slug: 'live',
          title: 'Live',
          publishedAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      templates: [{ id: 't', slug: 'kept' } as never],
    })
    expect(removed).toEqual(['gone'])
    const exists = (file: string) => existsSync(path.join(dir, file))
    for (const file of [
      'index.html',
      'rule.md',
      'x/index.html',
      'rules/index.html',
      'rules/live/index.html',
      'templates/index.html',
      'templates/kept/index.html',
      '../outside.txt',
    ]) {
      expect(exists(file), file).toBe(true)
    }
    for (const file of ['rules/gone', 'rules/page/2', 'rules/page/9', 'templates/old'])
      expect(exists(file), file).toBe(false)
  })
})

describe('writer', () => {
  it('replaces a stale directory where a page file belongs (sync and queued writes)', async () => {
    const dir = path.join(work, 'writer')
    mkdirSync(path.join(dir, 'rules', 'index.html', 'nested'), { recursive: true })
    writeFileSync(path.join(dir, 'rules', 'index.html', 'nested', 'index.html'), 'old')
    writeAtomic(path.join(dir, 'rules', 'index.html'), 'listing')
    expect(statSync(path.join(dir, 'rules', 'index.html')).isFile()).toBe(true)
    expect(readFileSync(path.join(dir, 'rules', 'index.html'), 'utf8')).toBe('listing')

    mkdirSync(path.join(dir, 'templates', 'index.html'), { recursive: true })
    const queue = writeQueue()
    await queue.add(path.join(dir, 'templates', 'index.html'), 'gallery')
    await queue.drain()
    expect(readFileSync(path.join(dir, 'templates', 'index.html'), 'utf8')).toBe('gallery')
  })

  it('reports a failed write to its onError instead of failing the queue', async () => {
    const dir = path.join(work, 'writer-errors')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder is needed')
    const errors: unknown[] = []
    const queue = writeQueue()
    await queue.add(path.join(dir, 'blocker', 'index.html'), 'x', (err) => errors.push(err))
    await queue.add(path.join(dir, 'fine.html'), 'ok')
    await queue.drain()
    expect(errors).toHaveLength(1)
    expect(readFileSync(path.join(dir, 'fine.html'), 'utf8')).toBe('ok')
  })
})

describe('stripInvalidChars', () => {
  it('drops C0 controls (not tab, LF, CR), U+FFFE, U+FFFF and lone surrogates; keeps the rest', () => {
    const input = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\th\ni\rj\uFFFEk\uFFFFl\uD800m\uDC00n😀o\u007Fp€'
    expect(stripInvalidChars(input)).toBe('abcdefg\th\ni\rjklmn😀o\u007Fp€')
    expect(stripInvalidChars('\uDBFF')).toBe('')
    expect(stripInvalidChars('plain & <text>')).toBe('plain & <text>')
    expect(stripInvalidChars(undefined)).toBeUndefined()
  })
})
