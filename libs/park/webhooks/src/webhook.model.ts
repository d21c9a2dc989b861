import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from '@park/platform/database';
import { Connection, Node } from '@park/platform/graphql';

export { WebhookDeliveryStatus };

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: not yet answered with 2xx (retried with backoff); DELIVERED; FAILED: given up after about three days.',
});

@ObjectType({
  description:
    'A partner system’s endpoint that hears of the park’s steps (docs/webhooks.md): a stakeholder’s (events about it only) or the park’s (every event).',
})
export class Webhook {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null for a park-wide webhook.' })
  stakeholderId: string | null;

  @Field(() => String, { description: 'Where deliveries are POSTed.' })
  url: string;

  @Field(() => [String], { description: 'The event types it hears of (`webhookEventTypes`).' })
  events: string[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean, {
    description:
      'False once 24 hours of consecutive failures disabled it; updateWebhook re-enables it.',
  })
  enabled: boolean;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its current run of failed attempts began; null after a success.',
  })
  failingSince: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Until when the secret before the last rotation still signs alongside the new one.',
  })
  previousSecretUntil: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'A webhook and its signing secret: shown this once, never again.' })
export class WebhookSecretPayload {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field(() => String, {
    description: 'The Standard Webhooks secret (`whsec_…`) its deliveries are signed with.',
  })
  secret: string;
}

@ObjectType({ description: 'One try at sending a delivery.' })
export class WebhookAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null if none came back.' })
  statusCode: number | null;

  @Field(() => Int, { description: 'Milliseconds from connecting to the answer (or the failure).' })
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'Why it failed; null on success.' })
  error: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first kilobyte of the answer; the rest is not kept.',
  })
  responseExcerpt: string | null;
}

@ObjectType({
  implements: () => [Node],
  description: 'One event sent to one webhook, with every attempt at it.',
})
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => ID, {
    description: 'The `webhook-id` header: the same for every attempt and redelivery.',
  })
  eventId: string;

  @Field(() => String, { description: '`membership.approved`, `booking.cancelled`…' })
  eventType: string;

  @Field(() => String)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String, { description: 'The JSON body exactly as signed and sent.' })
  body: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => [WebhookAttempt], { description: 'Oldest first.' })
  attempts: WebhookAttempt[];
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery);
