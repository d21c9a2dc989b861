import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The member and staff console. `npm run build` writes it to dist/web, which the API serves at
// `/`; `npm run dev` serves it here with hot reload, sending /graphql to the API on :3000.
const api = process.env.PARK_API_URL ?? 'http://localhost:3000';

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
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Each area is its own chunk (lazy routes); the 250 KB budget is checked by
    // tools/web/build-web.mjs on what the first load of /stakeholders really downloads.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/ready': api },
  },
});
