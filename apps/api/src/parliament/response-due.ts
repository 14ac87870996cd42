import type { ParliamentaryKind } from '@send/contracts';
import { addCalendarMonths, addDays } from '../common/working-days';

/** Cabinet Office guidance to departments: respond to a select committee report within two months of publication. */
export const COMMITTEE_RESPONSE_MONTHS = 2;
/** Consultation Principles (Cabinet Office, 2018): publish the response within twelve weeks of the consultation closing. */
export const CONSULTATION_RESPONSE_WEEKS = 12;
/** "Due soon" looks this far ahead. */
export const DUE_SOON_DAYS = 28;

export interface DueRule {
  kind: ParliamentaryKind;
  publishedOn: string;
  closesOn: string | null;
  /** A petition has no rule of its own: the date is set when it passes 10,000 signatures. */
  petitionResponseDue: string | null;
}

/** The date the department's response is due, or null when nothing is owed (a White Paper, an open consultation). */
export function responseDueOf(rule: DueRule): string | null {
  switch (rule.kind) {
    case 'committee_report':
      return addCalendarMonths(rule.publishedOn, COMMITTEE_RESPONSE_MONTHS);
    case 'consultation':
      return rule.closesOn ? addDays(rule.closesOn, CONSULTATION_RESPONSE_WEEKS * 7) : null;
    case 'petition':
      return rule.petitionResponseDue;
    case 'white_paper':
      return null;
  }
}
