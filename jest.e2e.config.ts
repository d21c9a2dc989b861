/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import base from './jest.config';

// The browser tests (`npm run test:e2e`): the console in Chromium against the real API, one
// file at a time (each drives a browser and a server).
const config: Config = {
  ...base,
  testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};

export default config;
