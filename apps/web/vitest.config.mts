import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests (Vitest + Testing Library in jsdom) for the console's parts with logic.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // The week view is read in Seoul time whatever the machine's zone: prove it from elsewhere.
    env: { TZ: 'America/New_York' },
  },
});
