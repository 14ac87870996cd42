import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { StepName } from './journey';

const PREFIX = 'send.record-meeting';

/** The storage key of one step's unsaved form: per meeting (or 'new' before it exists) and step. */
export function draftKey(meetingId: string | null, step: StepName): string {
  return `${PREFIX}:${meetingId ?? 'new'}:${step}`;
}

/**
 * What an official has typed on a step but not yet saved, kept in sessionStorage (this tab only) so a session that
 * expires mid-step loses nothing: sign-in brings them back and the step puts it back in the form. Form values only,
 * never tokens; removed once the step is saved. Storage may be full or switched off: then nothing is kept, quietly.
 */
@Injectable({ providedIn: 'root' })
export class FormDrafts {
  private readonly storage: Storage | null = storageOf(inject(DOCUMENT));

  save(meetingId: string | null, step: StepName, value: unknown): void {
    try {
      this.storage?.setItem(draftKey(meetingId, step), JSON.stringify(value));
    } catch {
      // Full or refused: the form itself still holds the value.
    }
  }

  /** The kept value as parsed JSON (the step checks its shape), or null. */
  restore(meetingId: string | null, step: StepName): unknown {
    try {
      const text = this.storage?.getItem(draftKey(meetingId, step));
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  }

  clear(meetingId: string | null, step: StepName): void {
    this.storage?.removeItem(draftKey(meetingId, step));
  }

  /** Every step's draft of one meeting, once it has been submitted. */
  clearMeeting(meetingId: string): void {
    const storage = this.storage;
    if (!storage) return;
    const prefix = `${PREFIX}:${meetingId}:`;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key && key.startsWith(prefix));
    for (const key of keys) storage.removeItem(key);
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Shape checks for restored JSON: it was written by this app, but may be from an older version of it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' ? value : fallback;
}

export function stringsOr(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : fallback;
}

export function recordsOf(value: unknown): Record<string, unknown>[] | null {
  return Array.isArray(value) && value.every(isRecord) ? value : null;
}
