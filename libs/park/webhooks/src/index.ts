export { WebhookClock } from './webhook-clock';
export { WebhookSender } from './webhook-sender';
export { WebhooksModule } from './webhooks.module';
export { Snapshot, WebhookSubject, WebhookSubjects } from './webhook-subjects';
