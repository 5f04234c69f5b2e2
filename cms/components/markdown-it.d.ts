// markdown-it ships no types and @types/markdown-it is not installed: the little the admin uses.
declare module 'markdown-it' {
  type Options = { html?: boolean; linkify?: boolean; typographer?: boolean }
  export default function markdownIt(options?: Options): { render(text: string): string }
}
