import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/scenarios/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The page features' style sheets, imported as text (`x.css?inline`), as in the extension's build.
    css: { include: [/\.css\?inline$/] },
  },
});
