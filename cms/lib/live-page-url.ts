import { config } from '@communityrule/core/config'
/** Absolute URL of a page on the public site (PUBLIC_URL, as the BFF and the site build use it). */
export function livePageUrl(pathname: string): string {
  return `${config().publicUrl}${pathname}`
}
