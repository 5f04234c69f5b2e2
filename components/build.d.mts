// Types of build.mjs, for tests that build the bundles.
import type { Metafile } from 'esbuild'

export declare const entries: Record<string, string>
export declare function bundleComponents(options?: { outdir?: string }): Promise<Metafile>
