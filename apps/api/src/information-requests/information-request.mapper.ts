import {
  CLOSED_INFORMATION_REQUEST_STATUSES,
  type Classification,
  type ClockPauseResponse,
  type InformationRequestResponse,
  type InformationRequestStatus,
  type InformationRequestType,
} from '@send/contracts';
import { dateOnly, londonDate } from '../common/dates';

export interface InformationRequestRow {
  id: string;
  reference: string;
  type: InformationRequestType;
  received_on: Date | string;
  requester_name: string;
  requester_email: string | null;
  summary: string;
  owner_user_id: string | null;
  status: InformationRequestStatus;
  extension_months: number;
  extension_reason: string | null;
  deadline: Date | string | null;
  responded_on: Date | string | null;
  classification: Classification;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
  owner_name: string | null;
  pauses: { from: string; to: string | null; reason: string }[];
}

/** The request's own columns (never the search vector), with the owner's name and the pauses, oldest first. */
export const REQUEST_SELECT = `SELECT r.id, r.reference, r.type, r.received_on, r.requester_name, r.requester_email, r.summary, r.owner_user_id,
    r.status, r.extension_months, r.extension_reason, r.deadline, r.responded_on, r.classification, r.version, r.created_at,
    r.updated_at, r.created_by, r.updated_by, u.name AS owner_name,
    coalesce((SELECT json_agg(json_build_object('from', p.from_on, 'to', p.to_on, 'reason', p.reason) ORDER BY p.from_on, p.created_at)
                FROM information_request_pauses p WHERE p.request_id = r.id), '[]'::json) AS pauses
  FROM information_requests r LEFT JOIN users u ON u.id = r.owner_user_id`;

export function isClosed(status: InformationRequestStatus): boolean {
  return (CLOSED_INFORMATION_REQUEST_STATUSES as readonly InformationRequestStatus[]).includes(status);
}

/** Requester details are personal data: a viewer (analysts, transparency) reads the request without them. */
export function toInformationRequestResponse(row: InformationRequestRow, seesPersonalData: boolean, today: string = londonDate()): InformationRequestResponse {
  const deadline = dateOnly(row.deadline);
  const pauses: ClockPauseResponse[] = row.pauses.map((p) => ({ from: p.from, to: p.to, reason: p.reason }));
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    receivedOn: dateOnly(row.received_on) ?? '',
    requesterName: seesPersonalData ? row.requester_name : null,
    requesterEmail: seesPersonalData ? row.requester_email : null,
    summary: row.summary,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    status: row.status,
    extensionMonths: row.extension_months,
    extensionReason: row.extension_reason,
    pauses,
    deadline,
    paused: pauses.some((p) => p.to === null),
    overdue: deadline !== null && deadline < today && !isClosed(row.status),
    respondedOn: dateOnly(row.responded_on),
    classification: row.classification,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}
