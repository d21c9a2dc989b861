export { DEMO_ADMIN } from './demo-credentials';
export { DEMO_PASSWORD, HUB_STAFF, HUBS } from './park-people';
export { DEFAULT_STAKEHOLDERS, isEmptyPark, seedPark, SeedOptions, SeedSummary } from './seed-park';
export { LOAD_ROOM_PREFIX, seedBookingLoad } from './booking-load';
