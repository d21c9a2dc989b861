import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Component tests (Vitest + Testing Library in jsdom) for the console's parts with logic.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The one lib the console shares with the API (plain TypeScript): see subject-link.ts.
  resolve: {
    alias: {
      '@park/platform/console-links': fileURLToPath(
        new URL('../../libs/platform/console-links/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // The week view is read in Seoul time whatever the machine's zone: prove it from elsewhere.
    env: { TZ: 'America/New_York' },
  },
});
