import { Module } from '@nestjs/common';
import { ProjectModule } from '@park/project';
import { SpacesModule } from '@park/spaces';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';
import { OpenDatasets } from './open-datasets';

/** The open-data catalogue: what the park publishes to anyone, and nothing personal. */
@Module({
  imports: [SpacesModule, ProjectModule],
  controllers: [OpenDataController],
  providers: [OpenDataRepository, OpenDatasets, OpenDataService],
})
export class OpenDataModule {}
