/**
 * Every path the site build makes from data (a rule's or template's slug) is made here, and every
 * file it writes or removes is checked here: resolved against the output directory and refused
 * unless it stays inside it. The collections validate slugs too; the writer does not rely on that
 * (a row written by SQL, a migration or an old bug never went through Payload's validation).
 */
import path from 'node:path'
import { slugPattern } from '@communityrule/core/schema/constants'
import { GONE_DIR } from '@communityrule/core/paths'

/** A slug that is safe as one URL segment and one folder name: no dots, no slashes, no `..`. */
export const SLUG_PATTERN = slugPattern

/** Folder names under rules/ that belong to the listing, never to a rule (`rules/page/2/`). */
const RESERVED_RULE_SLUGS = new Set(['page'])

export type PageKind = 'rule' | 'template' | 'method'
const folders = { rule: 'rules', template: 'templates', method: 'methods' } as const
/** The folders whose direct entries a build may remove (stale pages). */
export type RemovableFolder = 'rules' | 'rules/page' | 'templates' | 'methods'

/** Thrown for a path the writer refuses; `slug` names the record's slug when there is one. */
export class OutputPathError extends Error {
  constructor(
    message: string,
    readonly slug?: string,
  ) {
    super(message)
    this.name = 'OutputPathError'
  }
}

/** Returns `slug` if it may name a rule's (or template's, or method's) folder, else throws naming it. */
export function checkSlug(slug: unknown, kind: PageKind = 'rule'): string {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
    throw new OutputPathError(`refused ${kind} slug ${JSON.stringify(slug)}: not ${SLUG_PATTERN}`, String(slug))
  }
  if (kind === 'rule' && RESERVED_RULE_SLUGS.has(slug)) {
    throw new OutputPathError(`refused rule slug "${slug}": reserved for the /rules/ listing`, slug)
  }
  return slug
}

/** `path.resolve(outDir, ...segments)`, refused unless it is strictly inside `outDir`. */
export function insideOutDir(outDir: string, ...segments: string[]): string {
  const root = path.resolve(outDir)
  const target = path.resolve(root, ...segments)
  const relative = path.relative(root, target)
  if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new OutputPathError(`refused output path ${JSON.stringify(path.join(...segments))}: outside ${root}`)
  }
  return target
}

/** `<outDir>/rules/<slug>/<file>` (or templates/, methods/), after checking the slug and the result. */
export function pagePath(outDir: string, kind: PageKind, slug: string, file = 'index.html'): string {
  return insideOutDir(outDir, folders[kind], checkSlug(slug, kind), file)
}

/**
 * The entry `name` of rules/, rules/page/, templates/ or methods/, for removing a stale page: never
 * anything but a direct child of one of those folders.
 */
export function removablePath(outDir: string, folder: RemovableFolder, name: string): string {
  const parent = insideOutDir(outDir, folder)
  const target = path.resolve(parent, name)
  if (path.dirname(target) !== parent || name === '.' || name === '..') {
    throw new OutputPathError(`refused to remove ${JSON.stringify(name)}: not an entry of ${folder}/`, name)
  }
  return target
}

/** `<outDir>/_gone/rules/<slug>/index.html`: the tombstone a removed page's URL answers with (410). */
export function tombstonePath(outDir: string, kind: PageKind, slug: string): string {
  return insideOutDir(outDir, GONE_DIR, folders[kind], checkSlug(slug, kind), 'index.html')
}

/** The entry `name` of `_gone/rules/` (a rule's tombstone folder), for removing it once the rule is back or gone for good. */
export function removableTombstone(outDir: string, name: string): string {
  const parent = insideOutDir(outDir, GONE_DIR, folders.rule)
  const target = path.resolve(parent, name)
  if (path.dirname(target) !== parent || name === '.' || name === '..') {
    throw new OutputPathError(`refused to remove ${JSON.stringify(name)}: not an entry of ${GONE_DIR}/rules/`, name)
  }
  return target
}
