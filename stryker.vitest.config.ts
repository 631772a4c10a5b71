import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests as Stryker runs them (stryker.config.json): the same tests and setup as vite.config.ts,
 * without its build plugins. Those import modules under mutation (paths, content validation, security
 * headers) while the config loads, which would make every one of their mutants "static" and re-run the
 * whole suite for each. Stryker starts a test file anew for every mutant, so the tests of the DOM-free
 * modules run without jsdom, whose set-up would otherwise be most of each run.
 */
const withoutDom = ['paths', 'ids', 'position', 'geometry', 'content', 'contentCheck', 'securityHeaders'].map((name) => `tests/unit/${name}.test.ts`);

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'logic', include: withoutDom, environment: 'node' } },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: withoutDom,
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
