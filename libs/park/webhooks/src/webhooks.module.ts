import { Global, Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { ChangeFeed } from '@park/platform/workflow';
import { WebhookClock } from './webhook-clock';
import { WebhookDispatch } from './webhook-dispatch';
import { WebhookFeed } from './webhook-feed';
import { WebhookSender } from './webhook-sender';
import { WebhookSubjects } from './webhook-subjects';
import { WebhookDeliveryConnection } from './webhook.model';
import { WebhookNodes } from './webhook.nodes';
import { WebhookRepository } from './webhook.repository';
import { WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';

/**
 * Webhooks: partner systems hear of the park's steps, signed (Standard Webhooks), retried and
 * in order. Global because the workflow kit publishes every step through the ChangeFeed it
 * declares and this module provides (as notification provides the Noticeboard); each context
 * registers the reader of its entities' snapshots with WebhookSubjects.
 */
@Global()
@Module({
  imports: [DirectoryModule],
  providers: [
    WebhookClock,
    WebhookDispatch,
    WebhookFeed,
    WebhookSender,
    WebhookDeliveryConnection.Resolver,
    WebhookNodes,
    WebhookRepository,
    WebhookResolver,
    WebhookService,
    WebhookSubjects,
    { provide: ChangeFeed, useExisting: WebhookFeed },
  ],
  exports: [ChangeFeed, WebhookClock, WebhookSender, WebhookSubjects],
})
export class WebhooksModule {}
