export { DEMO_ADMIN } from './demo-credentials';
export { isEmptyPark, seedPark, SeedOptions, SeedSummary } from './seed-park';
