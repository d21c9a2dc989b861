import { Injectable, Logger } from '@nestjs/common';
import { NotificationService } from '@park/notification';
import { AuthUser } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import { DataExportStatus, TransactionRunner } from '@park/platform/database';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { JobQueue } from '@park/platform/jobs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArchiveEntry, readme, toCsv, toJson, writeArchive } from './data-export-archive';
import { DataExportLinks } from './data-export-links';
import { DataExport } from './data-export.model';
import { DataExportRepository, DataExportRow } from './data-export.repository';
import { PERSONAL_DATA_SECTIONS } from './personal-data-sections';

export const BUILD_TASK = 'privacy.data-export';
export const EXPIRE_TASK = 'privacy.data-export-expiry';
const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_BATCH = 100;

/**
 * "Download my data": a request queues a job that writes the ZIP under DATA_EXPORT_DIR and
 * tells its owner; the file is deleted DATA_EXPORT_RETENTION_DAYS later (a scheduled job).
 */
@Injectable()
export class DataExportService {
  private readonly logger = new Logger('DataExports');
  private readonly dir: string;

  constructor(
    private readonly exports: DataExportRepository,
    private readonly links: DataExportLinks,
    private readonly transactions: TransactionRunner,
    private readonly queue: JobQueue,
    private readonly notices: NotificationService,
    private readonly config: AppConfig,
  ) {
    this.dir = resolve(config.get('DATA_EXPORT_DIR'));
  }

  /**
   * One export built at a time (CONFLICT, guarded by the database) and DATA_EXPORTS_PER_DAY in
   * any 24 hours (RATE_LIMITED); the row and its job commit together.
   */
  async request(viewer: AuthUser, now = new Date()): Promise<DataExport> {
    const limit = this.config.get('DATA_EXPORTS_PER_DAY');
    if ((await this.exports.countSince(viewer.id, new Date(now.getTime() - DAY_MS))) >= limit) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `At most ${limit} downloads of your data a day; try again tomorrow`,
        { retryAfterSeconds: DAY_MS / 1000 },
      );
    }
    const row = await this.transactions.run(async (tx) => {
      const created = await this.exports.create(tx, viewer.id);
      await this.queue.enqueue(tx, BUILD_TASK, { exportId: created.id });
      return created;
    });
    return this.toModel(row);
  }

  async list(viewer: AuthUser): Promise<DataExport[]> {
    return Promise.all((await this.exports.listOf(viewer.id)).map((row) => this.toModel(row)));
  }

  /**
   * The job: writes the ZIP, then marks it READY and notifies its owner in one transaction. A
   * build that keeps failing is marked FAILED on its last attempt, so its owner may ask again.
   */
  async build(exportId: string, attempt = 1, now = new Date()): Promise<void> {
    const row = await this.exports.findById(exportId);
    if (row?.status !== DataExportStatus.PENDING) return;
    const path = this.fileOf(row.id);
    try {
      await mkdir(this.dir, { recursive: true });
      const size = await writeArchive(path, await this.entries(row.userId, now));
      const keptDays = this.config.get('DATA_EXPORT_RETENTION_DAYS');
      const expiresAt = new Date(now.getTime() + keptDays * DAY_MS);
      const ready = await this.transactions.run(async (tx) => {
        const marked = await this.exports.markReady(tx, row.id, size, now, expiresAt);
        if (marked) {
          await this.notices.announce(tx, { entityType: 'DataExport', entityId: row.id }, [
            {
              recipientId: row.userId,
              kind: 'DATA_EXPORT_READY',
              params: { expiresAt: expiresAt.toISOString() },
            },
          ]);
        }
        return marked;
      });
      // Erased (or otherwise gone) while it was being written: nothing may keep the file.
      if (!ready) await rm(path, { force: true });
    } catch (error) {
      await rm(path, { force: true });
      if (attempt >= this.config.get('JOBS_MAX_ATTEMPTS')) await this.exports.markFailed(row.id);
      throw error;
    }
  }

  /** The scheduled sweep: deletes the files of exports past their time and marks them EXPIRED. */
  async expire(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.exports.dueToExpire(now, EXPIRY_BATCH);
      for (const row of due) {
        await rm(this.fileOf(row.id), { force: true });
        await this.exports.markExpired(row.id);
      }
      expired += due.length;
      if (due.length < EXPIRY_BATCH) break;
    }
    if (expired) this.logger.log(`data exports: ${expired} expired and deleted`);
    return expired;
  }

  /** Deletes the files of exports an erasure removed (after its transaction committed). */
  async deleteFiles(exportIds: string[]): Promise<void> {
    await Promise.all(exportIds.map((id) => rm(this.fileOf(id), { force: true })));
  }

  /** The file a download link opens; NOT_FOUND for anything but its owner's READY export. */
  async download(exportId: string, token: unknown): Promise<string> {
    const owner = await this.links.ownerOf(exportId, token);
    const row = owner ? await this.exports.findById(exportId) : null;
    if (!row || row.userId !== owner || row.status !== DataExportStatus.READY) {
      throw DomainError.notFound('DataExport');
    }
    return this.fileOf(row.id);
  }

  private async entries(userId: string, now: Date): Promise<ArchiveEntry[]> {
    const keptDays = this.config.get('DATA_EXPORT_RETENTION_DAYS');
    const entries: ArchiveEntry[] = [
      { name: 'README.txt', content: readme(PERSONAL_DATA_SECTIONS, now, keptDays) },
    ];
    for (const { file, columns, rows } of await this.exports.personalData(userId)) {
      entries.push({ name: `${file}.json`, content: toJson(rows) });
      entries.push({ name: `${file}.csv`, content: toCsv(columns, rows) });
    }
    return entries;
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id}.zip`);
  }

  async toModel(row: DataExportRow): Promise<DataExport> {
    return {
      id: row.id,
      status: row.status,
      requestedAt: row.requestedAt,
      readyAt: row.readyAt,
      expiresAt: row.expiresAt,
      url: row.status === DataExportStatus.READY ? await this.links.url(row.userId, row.id) : null,
    };
  }
}
