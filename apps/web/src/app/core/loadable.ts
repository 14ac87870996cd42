import { Observable, catchError, map, of, startWith } from 'rxjs';
import { problemOf } from './problem';

/** What a page shows while data loads, once it has arrived, or when it could not be read. */
export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'error'; readonly status: number; readonly message: string };

export const LOADING: Loadable<never> = { state: 'loading' };

/** A request as a stream of states, so a failure becomes something the page can show rather than an exception. */
export function loadable<T>(source: Observable<T>): Observable<Loadable<T>> {
  return source.pipe(
    map((value): Loadable<T> => ({ state: 'ready', value })),
    catchError((error: unknown) => {
      const problem = problemOf(error);
      return of<Loadable<T>>({ state: 'error', status: problem.status, message: problem.detail });
    }),
    startWith<Loadable<T>>(LOADING),
  );
}

/** The loaded value, or null while loading or after a failure. */
export function valueOf<T>(loaded: Loadable<T>): T | null {
  return loaded.state === 'ready' ? loaded.value : null;
}
