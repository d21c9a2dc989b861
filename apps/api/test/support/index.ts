// What stories import: the API under test, the factories that build a park, and the clock.
export * from './park';
export * from './test-api';
export * from './time';
