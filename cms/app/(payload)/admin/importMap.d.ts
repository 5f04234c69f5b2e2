// Types for the generated importMap.js (`payload generate:importmap`), so the root `tsc --noEmit`
// checks the admin's pages without allowJs.
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
