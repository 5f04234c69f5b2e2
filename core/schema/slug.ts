/** Slugs from free text, for rules' URLs and communities' own methods' ids. Browser-safe. */

/** "Our Garden Co-op!" → "our-garden-co-op": lower-case ASCII words joined by dashes (may be empty). */
export function slugBase(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}
