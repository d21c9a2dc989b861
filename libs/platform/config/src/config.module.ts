import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, Config } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: new AppConfig(config) }],
      exports: [AppConfig],
    };
  }
}
