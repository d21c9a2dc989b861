import { IsUUID } from 'class-validator';

/** An ID field of an input or argument class: a UUID, or BAD_USER_INPUT saying so. */
export const IsId = () => IsUUID('all', { message: 'must be an ID' });

/** A list of IDs, each a UUID. */
export const IsIds = () => IsUUID('all', { each: true, message: 'must be IDs' });
