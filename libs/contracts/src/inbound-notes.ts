/** Email in: a note or letter a user forwarded to the tracker, waiting to be filed against a meeting or a position. */
export const INBOUND_NOTE_STATUSES = ['draft', 'filed', 'discarded'] as const;
export type InboundNoteStatus = (typeof INBOUND_NOTE_STATUSES)[number];

export interface InboundAttachmentResponse {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export interface InboundNoteResponse {
  id: string;
  senderUserId: string;
  senderName: string;
  subject: string;
  body: string;
  /** Matched by the email domain of an address in the message; null when none matched. */
  organisationId: string | null;
  organisationName: string | null;
  matchedDomain: string | null;
  receivedAt: string;
  status: InboundNoteStatus;
  meetingId: string | null;
  positionId: string | null;
  decidedAt: string | null;
  attachments: InboundAttachmentResponse[];
}

/** File a draft against exactly one meeting or one position. */
export interface FileInboundNoteRequest {
  meetingId?: string;
  positionId?: string;
}

/** A message the listener refused, and why: for admins. */
export interface InboundRefusalResponse {
  id: string;
  receivedAt: string;
  remoteAddress: string;
  fromAddress: string;
  toAddress: string;
  reason: string;
}
