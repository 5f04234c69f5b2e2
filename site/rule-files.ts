/**
 * The files of a rule beyond its page: each version's page, what changed in it, the history, and the
 * Markdown and JSON of the rule and of each version. Both renderers (PagedRenderer, and Eleventy as
 * the reference) take the pages to render from `ruleParts`; `ruleDataFiles` makes the rest.
 */
import { paths } from '@communityrule/core/paths'
import { RULE_JSON_SCHEMA_VERSION } from '@communityrule/core/schema/constants'
import { diffRules, type RuleDiff } from '@communityrule/core/schema/rule-diff'
import type { RuleDocument } from '@communityrule/core/schema'
import type { SiteRule, SiteVersion } from './_data/load'
import { insideOutDir } from './output-path'

/** An earlier version's own page (the current version's page is the rule's page, written twice). */
export type VersionPart = { rule: SiteRule; version: SiteVersion }
/** What changed in `version` since `previous` (the version before it). */
export type ChangesPart = { rule: SiteRule; version: SiteVersion; previous: SiteVersion; diff: RuleDiff }

/** The earlier versions' pages of a rule. */
export const versionParts = (rule: SiteRule): VersionPart[] =>
  rule.versions.filter((version) => !version.current).map((version) => ({ rule, version }))

/** A "what changed" page for each version whose previous version is there to compare with. */
export function changesParts(rule: SiteRule): ChangesPart[] {
  const byNumber = new Map(rule.versions.map((version) => [version.number, version]))
  return rule.versions.flatMap((version) => {
    const previous = byNumber.get(version.number - 1)
    return previous ? [{ rule, version, previous, diff: diffRules(previous.document, version.document) }] : []
  })
}

/** Every page of these rules beyond their own page, for Eleventy's pagination (the reference renderer). */
export function ruleParts(rules: readonly SiteRule[]) {
  return {
    versions: rules.flatMap(versionParts),
    changes: rules.flatMap(changesParts),
    histories: [...rules],
  }
}

/** A file to write: its path (inside outDir) and content. */
export type OutputFile = { outputPath: string; content: string }

/** The file behind a site URL such as /rules/<slug>/v/2/rule.json (the rule's slug was checked at load). */
const fileAt = (outDir: string, url: string) => insideOutDir(outDir, `.${url}`)

/** `rule.json`: the version's RuleDocument with what identifies it, versioned so readers can rely on it. */
function ruleJson(rule: SiteRule, version: SiteVersion, publicUrl: string): string {
  const url = version.current ? paths.rule(rule.slug) : paths.ruleVersion(rule.slug, version.number)
  return `${JSON.stringify(
    {
      schemaVersion: RULE_JSON_SCHEMA_VERSION,
      slug: rule.slug,
      url: publicUrl + url,
      version: version.number,
      current: version.current,
      currentVersion: rule.version,
      publishedAt: version.publishedAt,
      note: version.note,
      adoptedOn: version.adoptedOn,
      adoptedBy: version.adoptedBy,
      title: version.title,
      summary: version.summary,
      document: version.document,
    },
    null,
    2,
  )}\n`
}

/**
 * The Markdown and JSON of the rule (its current version) and of each version, at the URLs in
 * core/paths. `markdown` turns a document into its Markdown (the renderer's cached filter).
 */
export function ruleDataFiles(
  outDir: string,
  rule: SiteRule,
  publicUrl: string,
  markdown: (doc: RuleDocument) => string,
): OutputFile[] {
  const files: OutputFile[] = []
  for (const version of rule.versions) {
    const text = markdown(version.document)
    const json = ruleJson(rule, version, publicUrl)
    files.push(
      { outputPath: fileAt(outDir, paths.ruleMarkdown(rule.slug, version.number)), content: text },
      { outputPath: fileAt(outDir, paths.ruleJson(rule.slug, version.number)), content: json },
    )
    if (version.current) {
      files.push(
        { outputPath: fileAt(outDir, paths.ruleMarkdown(rule.slug)), content: text },
        { outputPath: fileAt(outDir, paths.ruleJson(rule.slug)), content: json },
      )
    }
  }
  return files
}

/** Where the current version's page is written a second time: its permanent URL, /rules/<slug>/v/<n>/. */
export const currentVersionPagePath = (outDir: string, rule: SiteRule): string =>
  fileAt(outDir, `${paths.ruleVersion(rule.slug, rule.version)}index.html`)
