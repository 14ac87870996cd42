/** A piece of scheduled work: run once per slot of `everyMs` across every instance on the database. */
export interface Job {
  /** Unique, stable: it is the key of the job's rows in job_runs. */
  name: string;
  /** Slot length: slots start at whole multiples of it since the epoch (hourly jobs run on the hour, UTC). */
  everyMs: number;
  /** Does the work for the slot starting at `slot`; what it returns is kept as the run's detail (and logged). */
  run(slot: Date): Promise<Record<string, unknown>>;
}

export type JobOutcome = 'succeeded' | 'failed';

/** What one instance did about one slot of one job. */
export type TickResult = { ran: false; slot: Date } | { ran: true; slot: Date; outcome: JobOutcome; detail: Record<string, unknown> };

/** The start of the slot `at` falls in. */
export function slotOf(at: Date, everyMs: number): Date {
  return new Date(Math.floor(at.getTime() / everyMs) * everyMs);
}
