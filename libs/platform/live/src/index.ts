export { LiveEvents } from './live-events';
export { LiveCloseCode, LiveContext, LiveServer, LIVE_PATH } from './live-server';
export { LiveModule } from './live.module';
export { LiveTopic, LiveTopics } from './live-topics';
