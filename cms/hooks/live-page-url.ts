/** Absolute URL of a page on the public site (PUBLIC_URL, as the BFF and the site build use it). */
export function livePageUrl(pathname: string): string {
  const base = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
  return `${base}${pathname}`
}
