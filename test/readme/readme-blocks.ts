/** Every README with code examples, and the test files (in test/readme/) that are its ```ts blocks, in order. */
export const readmeExamples: Readonly<Record<string, readonly string[]>> = {
  'README.md': ['quick-start', 'fuzz-invalid-input'],
  'src/mock/README.md': ['mock-usage', 'mock-faults', 'mock-auth'],
};

/** The READMEs whose every ```ts block is a complete Vitest file: ours above, and src/fuzz/README.md's. */
export const runnableReadmes: readonly string[] = [...Object.keys(readmeExamples), 'src/fuzz/README.md'];

/** The blocks of a README that hold TypeScript. */
export function typeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}
