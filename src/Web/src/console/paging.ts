/**
 * The pages seen so far under one filter, as the cursors that fetch them (null: the first page), so
 * "Forrige side" can go back without the server knowing pages. Another filter starts at the first page.
 */
export interface Paging {
  filter: string;
  cursors: readonly (string | null)[];
}

export function firstPage(filter: string): Paging {
  return { filter, cursors: [null] };
}

/** The paging for the filter on screen: what was paged through under it, or its first page. */
export function pagingFor(paging: Paging, filter: string): Paging {
  return paging.filter === filter ? paging : firstPage(filter);
}

/** The cursor of the page on screen. */
export function currentCursor(paging: Paging): string | null {
  return paging.cursors.at(-1) ?? null;
}

export function nextPage(paging: Paging, endCursor: string | null): Paging {
  return endCursor === null ? paging : { ...paging, cursors: [...paging.cursors, endCursor] };
}

export function previousPage(paging: Paging): Paging {
  return paging.cursors.length < 2 ? paging : { ...paging, cursors: paging.cursors.slice(0, -1) };
}
