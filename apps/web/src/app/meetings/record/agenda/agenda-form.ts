import { FormArray, FormControl, FormGroup } from '@angular/forms';
import type { MeetingAgendaItemRequest, MeetingResponse } from '@send/contracts';
import { isRecord, recordsOf, stringOr } from '../shared/form-drafts';
import type { FieldTarget, PageError, PathSegment } from '../shared/server-errors';

export const ITEM_TITLE_MAX = 200;
export const TEXT_MAX = 20_000;

export interface AgendaItemValue {
  title: string | null;
  notes: string | null;
}

export function agendaItem(value: AgendaItemValue = { title: '', notes: '' }) {
  return new FormGroup({ title: new FormControl<string | null>(value.title), notes: new FormControl<string | null>(value.notes) });
}

export type AgendaItemGroup = ReturnType<typeof agendaItem>;

export function agendaForm() {
  return new FormGroup({ agenda: new FormArray<AgendaItemGroup>([]), summary: new FormControl<string | null>('') });
}

export type AgendaForm = ReturnType<typeof agendaForm>;
export type AgendaValue = ReturnType<AgendaForm['getRawValue']>;

export const itemIds = (i: number) => ({
  fieldset: `agenda-${i}`,
  title: `agenda-${i}-title`,
  notes: `agenda-${i}-notes`,
  up: `agenda-${i}-up`,
  down: `agenda-${i}-down`,
});

/** Puts items into the form; an empty agenda gets one blank item, ready to type in. */
export function setAgenda(form: AgendaForm, items: AgendaItemValue[], summary: string | null): void {
  const list = form.controls.agenda;
  list.clear({ emitEvent: false });
  for (const item of items.length ? items : [{ title: '', notes: '' }]) list.push(agendaItem(item), { emitEvent: false });
  form.controls.summary.setValue(summary, { emitEvent: false });
  form.updateValueAndValidity();
}

export function agendaFromMeeting(meeting: MeetingResponse): AgendaValue {
  return { agenda: meeting.agenda.map((item) => ({ title: item.title, notes: item.notes })), summary: meeting.summary };
}

export function restoreAgenda(form: AgendaForm, kept: unknown): boolean {
  if (!isRecord(kept)) return false;
  const items = recordsOf(kept['agenda']);
  if (!items) return false;
  setAgenda(
    form,
    items.map((item) => ({ title: stringOr(item['title'], ''), notes: stringOr(item['notes'], '') })),
    stringOr(kept['summary'], form.controls.summary.value),
  );
  return true;
}

const isBlank = (item: AgendaItemValue) => !(item.title ?? '').trim() && !(item.notes ?? '').trim();

export function validateAgenda(value: AgendaValue): PageError[] {
  const errors: PageError[] = [];
  value.agenda.forEach((item, i) => {
    const title = (item.title ?? '').trim();
    if (isBlank(item)) return;
    if (!title) errors.push({ field: itemIds(i).title, message: `Enter a title for item ${i + 1}` });
    else if (title.length > ITEM_TITLE_MAX) errors.push({ field: itemIds(i).title, message: `The title of item ${i + 1} must be ${ITEM_TITLE_MAX} characters or fewer` });
    if ((item.notes ?? '').length > TEXT_MAX) errors.push({ field: itemIds(i).notes, message: `The notes for item ${i + 1} must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
  });
  if ((value.summary ?? '').length > TEXT_MAX) errors.push({ field: 'summary', message: `The summary must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
  return errors;
}

/** Blank items are left out; `formIndex[n]` is the form row of the request's `agenda[n]`, to place server errors. */
export function agendaBody(value: AgendaValue): { body: { agenda: MeetingAgendaItemRequest[]; summary: string }; formIndex: number[] } {
  const formIndex: number[] = [];
  const agenda: MeetingAgendaItemRequest[] = [];
  value.agenda.forEach((item, i) => {
    if (isBlank(item)) return;
    formIndex.push(i);
    agenda.push({ title: (item.title ?? '').trim(), notes: (item.notes ?? '').trim() });
  });
  return { body: { agenda, summary: (value.summary ?? '').trim() }, formIndex };
}

export function agendaTarget(formIndex: number[]) {
  return (segments: PathSegment[]): FieldTarget => {
    if (segments[0] === 'summary') return { field: 'summary' };
    if (segments[0] !== 'agenda') return null;
    const row = typeof segments[1] === 'number' ? formIndex[segments[1]] : undefined;
    if (row === undefined) return { field: itemIds(0).title };
    return { field: segments[2] === 'notes' ? itemIds(row).notes : itemIds(row).title };
  };
}

export function agendaDisplay(value: AgendaValue): { agenda: string; summary: string } {
  return {
    agenda: agendaBody(value)
      .body.agenda.map((item, i) => `${i + 1}. ${item.title}${item.notes ? `: ${item.notes}` : ''}`)
      .join('; '),
    summary: (value.summary ?? '').trim(),
  };
}
