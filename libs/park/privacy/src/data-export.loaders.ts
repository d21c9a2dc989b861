import { Injectable } from '@nestjs/common';
import { BatchLoad } from '@park/platform/graphql';
import { DataExportRepository } from './data-export.repository';
import { DataExportService } from './data-export.service';
import { DataExport } from './data-export.model';

/** A notice's subject: only its recipient reads a notice, and only its owner gets that notice. */
@Injectable()
export class DataExportLoaders {
  constructor(
    private readonly exports: DataExportRepository,
    private readonly service: DataExportService,
  ) {}

  readonly exportById: BatchLoad<string, DataExport | null> = async (ids) => {
    const rows = await Promise.all(ids.map((id) => this.exports.findById(id)));
    return Promise.all(rows.map((row) => (row ? this.service.toModel(row) : null)));
  };
}
