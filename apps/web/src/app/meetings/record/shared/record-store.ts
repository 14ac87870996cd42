import { Injectable, computed, inject, signal } from '@angular/core';
import type { CreateMeetingRequest, MeetingResponse, UpdateMeetingRequest } from '@send/contracts';
import { firstValueFrom } from 'rxjs';
import { MeetingsApi } from '../../meetings-api';
import { KeyPerBody } from './idempotency';
import { outcomeOf, type SaveOutcome } from './save-outcome';

/**
 * The meeting being recorded, shared by the steps. The draft is created the first time the details step is saved
 * (with an Idempotency-Key, so a double click or a retry never makes two) and updated by every later step with the
 * version the last response carried (If-Match), so a change someone else made in between is never overwritten
 * unseen.
 */
@Injectable({ providedIn: 'root' })
export class RecordStore {
  private readonly api = inject(MeetingsApi);
  private readonly current = signal<MeetingResponse | null>(null);
  private createKeys = new KeyPerBody();

  readonly meeting = this.current.asReadonly();
  readonly meetingId = computed(() => this.current()?.id ?? null);

  /** A new meeting: nothing saved yet. */
  reset(): void {
    this.current.set(null);
    this.createKeys = new KeyPerBody();
  }

  async load(id: string): Promise<MeetingResponse> {
    const meeting = await firstValueFrom(this.api.get(id));
    this.current.set(meeting);
    return meeting;
  }

  /** Keeps a meeting read or changed elsewhere in the journey (a submit, a refresh after positions were added). */
  adopt(meeting: MeetingResponse): void {
    this.current.set(meeting);
  }

  /** The first save of the details step: creates the draft. */
  async create(body: CreateMeetingRequest): Promise<SaveOutcome<MeetingResponse>> {
    const outcome = await outcomeOf(this.api.create(body, this.createKeys.keyFor(body)));
    if (outcome.kind === 'saved') this.current.set(outcome.value);
    return outcome;
  }

  /** Every later save. On 412 the latest saved meeting is read, so the user can compare, and saving again wins. */
  async update(body: UpdateMeetingRequest): Promise<SaveOutcome<MeetingResponse>> {
    const meeting = this.current();
    if (!meeting) throw new Error('The meeting has not been created yet');
    const outcome = await outcomeOf(this.api.update(meeting.id, meeting.version, body));
    if (outcome.kind === 'saved') this.current.set(outcome.value);
    if (outcome.kind === 'stale') await this.load(meeting.id).catch(() => undefined);
    return outcome;
  }
}
