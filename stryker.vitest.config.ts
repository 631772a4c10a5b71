import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests as Stryker runs them (stryker.config.json): the same tests and setup as vite.config.ts,
 * without its build plugins. Those import modules under mutation (paths, content validation, security
 * headers) while the config loads, which would make every one of their mutants "static" and re-run the
 * whole suite for each.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
