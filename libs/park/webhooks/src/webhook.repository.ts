import { Injectable } from '@nestjs/common';
import {
  Prisma,
  PrismaService,
  Tx,
  Webhook as WebhookRow,
  WebhookAttempt as AttemptRow,
  WebhookDelivery as DeliveryRow,
} from '@park/platform/database';
import { TimePosition } from '@park/platform/graphql';

export type { AttemptRow, WebhookRow };
export type DeliveryWithAttempts = DeliveryRow & { attempts: AttemptRow[] };

const WITH_ATTEMPTS = {
  attempts: { orderBy: [{ attemptedAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.WebhookDeliveryInclude;

/** The only file that reads and writes webhooks, their deliveries and attempts. */
@Injectable()
export class WebhookRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: Prisma.WebhookUncheckedCreateInput): Promise<WebhookRow> {
    return tx.webhook.create({ data });
  }

  find(id: string, tx: Tx = this.prisma): Promise<WebhookRow | null> {
    return tx.webhook.findUnique({ where: { id } });
  }

  update(id: string, data: Prisma.WebhookUncheckedUpdateInput, tx: Tx = this.prisma) {
    return tx.webhook.update({ where: { id }, data });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.webhook.deleteMany({ where: { id } });
  }

  /** A stakeholder's, or the park's own (stakeholderId null), oldest first. */
  list(stakeholderId: string | null): Promise<WebhookRow[]> {
    return this.prisma.webhook.findMany({
      where: { stakeholderId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Enabled webhooks that hear of `type`: the park's, and those of the stakeholders named. */
  listening(tx: Tx, type: string, stakeholderIds: readonly string[]): Promise<WebhookRow[]> {
    return tx.webhook.findMany({
      where: {
        enabled: true,
        events: { has: type },
        OR: [{ stakeholderId: null }, { stakeholderId: { in: [...stakeholderIds] } }],
      },
    });
  }

  async createDeliveries(tx: Tx, rows: Prisma.WebhookDeliveryCreateManyInput[]): Promise<void> {
    await tx.webhookDelivery.createMany({ data: rows });
  }

  createDelivery(tx: Tx, row: Prisma.WebhookDeliveryUncheckedCreateInput): Promise<DeliveryRow> {
    return tx.webhookDelivery.create({ data: row });
  }

  /** The oldest delivery of one entity to one webhook still waiting: the next to send. */
  nextPending(webhookId: string, entityId: string): Promise<DeliveryWithAttempts | null> {
    return this.prisma.webhookDelivery.findFirst({
      where: { webhookId, entityId, status: 'PENDING' },
      orderBy: { sequence: 'asc' },
      include: WITH_ATTEMPTS,
    });
  }

  /** The entities with deliveries waiting (to send on after a re-enable). */
  async waitingEntities(webhookId: string): Promise<string[]> {
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { webhookId, status: 'PENDING' },
      distinct: ['entityId'],
      select: { entityId: true },
    });
    return rows.map((row) => row.entityId);
  }

  async recordAttempt(
    deliveryId: string,
    attempt: Omit<Prisma.WebhookAttemptUncheckedCreateInput, 'deliveryId'>,
    outcome: Prisma.WebhookDeliveryUncheckedUpdateInput,
  ): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.webhookAttempt.create({ data: { ...attempt, deliveryId } }),
      this.prisma.webhookDelivery.update({ where: { id: deliveryId }, data: outcome }),
    ]);
  }

  async giveUp(deliveryId: string): Promise<void> {
    await this.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'FAILED' },
    });
  }

  /** A success ends the run of failures. */
  async succeeded(webhookId: string): Promise<void> {
    await this.prisma.webhook.updateMany({
      where: { id: webhookId, failingSince: { not: null } },
      data: { failingSince: null },
    });
  }

  /** Notes when a run of failures began (the first failure's time) and returns it. */
  async failed(webhookId: string, at: Date): Promise<Date> {
    await this.prisma.webhook.updateMany({
      where: { id: webhookId, failingSince: null },
      data: { failingSince: at },
    });
    const row = await this.prisma.webhook.findUniqueOrThrow({ where: { id: webhookId } });
    return row.failingSince ?? at;
  }

  /** Disables it once: true for the one caller that did (and tells its owners). */
  async disable(tx: Tx, webhookId: string, at: Date): Promise<boolean> {
    const { count } = await tx.webhook.updateMany({
      where: { id: webhookId, enabled: true },
      data: { enabled: false, disabledAt: at },
    });
    return count === 1;
  }

  delivery(id: string): Promise<DeliveryWithAttempts | null> {
    return this.prisma.webhookDelivery.findUnique({ where: { id }, include: WITH_ATTEMPTS });
  }

  /** One webhook's deliveries, newest first, after `position`. */
  deliveries(
    webhookId: string,
    position: TimePosition | undefined,
    limit: number,
  ): Promise<DeliveryWithAttempts[]> {
    return this.prisma.webhookDelivery.findMany({
      where: {
        webhookId,
        ...(position && {
          OR: [
            { createdAt: { lt: position.at } },
            { createdAt: position.at, id: { lt: position.id } },
          ],
        }),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: WITH_ATTEMPTS,
    });
  }

  countDeliveries(webhookId: string): Promise<number> {
    return this.prisma.webhookDelivery.count({ where: { webhookId } });
  }
}
