import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router, type CanActivateFn, type RedirectFunction } from '@angular/router';
import { meetingIdFrom, stepPath } from './journey';
import { RecordStore } from './record-store';

/**
 * Entering the journey. /meetings/new starts with nothing saved; /meetings/:id/edit reads the draft afresh (someone
 * may have changed it since). A meeting that is no longer a draft cannot be edited here: its page says why.
 */
export const loadJourney: CanActivateFn = async (route) => {
  const store = inject(RecordStore);
  const router = inject(Router);
  const id = meetingIdFrom(route);
  if (!id) {
    store.reset();
    return true;
  }
  try {
    const meeting = await store.load(id);
    return meeting.status === 'draft' ? true : router.parseUrl(`/meetings/${id}`);
  } catch (error) {
    // A 401 is already on its way to sign-in (session-expiry interceptor); anything else, the meeting page explains.
    if (error instanceof HttpErrorResponse && error.status === 401) return false;
    return router.parseUrl(`/meetings/${id}`);
  }
};

/**
 * /meetings/new → the first step; /meetings/:id/edit → check your answers, from which any answer can be changed.
 * A redirect, not a guard, so the draft is read once rather than again for a second navigation.
 */
export const startStep: RedirectFunction = ({ params }) => (params['id'] ? 'check-answers' : 'details');

/** The steps after details change a draft that must exist: before it does, they send the user to details. */
export const requireDraft: CanActivateFn = (route) => (meetingIdFrom(route) ? true : inject(Router).parseUrl(stepPath(null, 'details')));
