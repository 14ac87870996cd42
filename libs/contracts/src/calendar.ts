/** Whether the signed-in user has a calendar feed link (the link itself is shown once, when made). */
export interface CalendarFeedStatus {
  exists: boolean;
  createdAt: string | null;
  /** When a calendar last fetched it. */
  lastUsedAt: string | null;
}

/** Answer to making a feed link: the only time the secret URL is sent. A new link replaces any old one. */
export interface CalendarFeedCreated {
  url: string;
  createdAt: string;
}
