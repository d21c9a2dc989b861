import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'park:isPublic';

/** Opts an operation out of the global auth guard: anonymous callers may use it. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
