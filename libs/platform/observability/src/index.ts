export { ObservabilityModule } from './observability.module';
export { requestId } from './logging.module';
export { ParkLogger } from './park-logger';
export { Draining } from './draining';
