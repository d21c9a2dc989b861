export { WebhookClock } from './webhook-clock';
export { WebhookSender } from './webhook-sender';
export { WebhooksModule } from './webhooks.module';
