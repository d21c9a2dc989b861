import { Extensions } from '@nestjs/graphql';

/**
 * The most items a list without paging can hold, for the cost limit (`extensions.listBound`).
 * Undeclared, such a list is charged as a full page (UNPAGED_LIST_BOUND, a default page).
 */
export const ListBound = (max: number) => Extensions({ listBound: max });
