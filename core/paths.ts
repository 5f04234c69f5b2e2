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
  ruleMarkdown: (slug: string) => `/rules/${slug}/rule.md`,
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
} as const
