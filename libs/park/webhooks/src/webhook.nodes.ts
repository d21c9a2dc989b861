import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { WebhookService } from './webhook.service';

/** node(id) for a webhook delivery: only for those who keep its webhook. */
@Injectable()
export class WebhookNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly webhooks: WebhookService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>({
      type: 'WebhookDelivery',
      table: 'webhook_deliveries',
      find: (viewer, id) => this.webhooks.delivery(viewer, id),
    });
  }
}
