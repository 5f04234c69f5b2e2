/**
 * Every public URL of the site, spelled once. The BFF (`url` in API responses), the site build (page
 * permalinks, links, sitemap, feed), the CMS (admin previews) and the components build URLs here.
 * Site-relative; prefix the public origin where an absolute URL is needed.
 */
export const paths = {
  home: '/',
  howItWorks: '/how-it-works/',
  create: '/create/',
  signIn: '/sign-in/',
  account: '/account/',
  templates: '/templates/',
  template: (slug: string) => `/templates/${slug}/`,
  /** The published-rules listing: page 1 is /rules/, later pages /rules/page/<n>/. */
  rules: (page = 1) => (page <= 1 ? '/rules/' : `/rules/page/${page}/`),
  rule: (slug: string) => `/rules/${slug}/`,
  /** The rule as Markdown and as JSON (its RuleDocument): the current version, or version `n`. */
  ruleMarkdown: (slug: string, n?: number) => `${n ? paths.ruleVersion(slug, n) : paths.rule(slug)}rule.md`,
  ruleJson: (slug: string, n?: number) => `${n ? paths.ruleVersion(slug, n) : paths.rule(slug)}rule.json`,
  /** The permanent page of each version of a rule, and what changed from the version before it. */
  ruleVersion: (slug: string, n: number) => `/rules/${slug}/v/${n}/`,
  ruleChanges: (slug: string, n: number) => `/rules/${slug}/v/${n}/changes/`,
  /** Every version of a rule with its note. */
  ruleHistory: (slug: string) => `/rules/${slug}/history/`,
  /** Where a report sent from the rule page's form (no JavaScript) lands: a message on the rule page. */
  ruleReported: (slug: string, outcome: 'sent' | 'invalid' | 'limited' = 'sent') => `/rules/${slug}/#report-${outcome}`,
  /** Where the BFF takes reports of a rule (JSON or a plain HTML form post). */
  ruleReports: (idOrSlug: string) => `/api/rules/${idOrSlug}/reports`,
  /** The admin's preview of a template's latest draft (editors only; functions/routes/preview.ts). */
  templatePreview: (id: string) => `/preview/templates/${id}`,
  /** The methods library, by group, and one page per published method. */
  methods: '/methods/',
  method: (slug: string) => `/methods/${slug}/`,
  /** Site search (Pagefind, in the browser); `?q=` runs a query. */
  search: '/search/',
  /** Pages removed since the search index was built: the search page leaves them out (site/search-index.ts). */
  searchRemoved: '/search-removed.json',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
} as const

/**
 * The folder of the site's output that holds tombstones: `<site>/_gone/<page path>/index.html` is the
 * page a removed page's URL answers with 410 Gone (a hidden rule: the editors' reason). The BFF's
 * static handler never serves this folder as it is (functions/middleware/serve-site.ts).
 */
export const GONE_DIR = '_gone'
