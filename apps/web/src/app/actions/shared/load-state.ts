import type { ProblemDetails } from '@send/contracts';

/** What a page shows while a read is under way, after it answered, and after it failed. */
export type LoadState<T> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed'; readonly problem: ProblemDetails };
