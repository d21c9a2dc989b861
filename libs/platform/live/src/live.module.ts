import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events';
import { LiveServer } from './live-server';

/** Live updates: the event bus (memory or Redis) and the WebSocket endpoint of subscriptions. */
@Global()
@Module({ providers: [LiveEvents, LiveServer], exports: [LiveEvents, LiveServer] })
export class LiveModule {}
