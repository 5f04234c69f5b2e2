// Types of budget.mjs (plain JavaScript so that build.mjs runs on node without a TypeScript loader).
import type { Metafile } from 'esbuild'

export declare const KB: number
export declare const CREATE_PAGE_BUDGET: number
export declare const RULE_PAGE_BUDGET: number
export declare const EMBED_BUDGET: number

export type PageName = 'create' | 'sign-in' | 'account' | 'rule' | 'content' | 'embed'
export type Page = { label: string; entries: string[]; firstView: string[]; budget?: number }
export declare const pages: Record<PageName, Page>

/** One output file: its path under the output directory, a short description, its gzip size. */
export type WeighedFile = { file: string; what: string; gzip: number }
export type PageWeight = {
  label: string
  entries: string[]
  budget: number | undefined
  initial: WeighedFile[]
  firstView: WeighedFile[]
  lazy: Array<{ module: string | undefined; files: WeighedFile[]; gzip: number }>
  initialGzip: number
  firstViewGzip: number
  journeyGzip: number
  overBudget: boolean
}

export declare function gzipBytes(buffer: Uint8Array): number
export declare function pageWeights(
  metafile: Metafile,
  options: { root: string; outdir: string },
): Record<PageName, PageWeight>
export declare function formatWeights(weights: Record<string, PageWeight>): string[]
export declare function entryManifest(
  metafile: Metafile,
  options: { root: string; outdir: string; entries: string[] },
): Record<string, { file: string; imports: string[] }>
