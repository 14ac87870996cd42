import { Platform1764000000000 } from './1764000000000-platform';
import { Records1764000001000 } from './1764000001000-records';
import { Access1764000002000 } from './1764000002000-access';
import { SingleSignOn1764000003000 } from './1764000003000-single-sign-on';
import { Indexes1764000004000 } from './1764000004000-indexes';
import { TimelineIndexes1764000005000 } from './1764000005000-timeline-indexes';
import { CalendarFeeds1764000006000 } from './1764000006000-calendar-feeds';
import { ReportSettings1764000007000 } from './1764000007000-report-settings';
import { AttendeeMeetingDates1764000008000 } from './1764000008000-attendee-meeting-dates';
import { SearchRecent1764000009000 } from './1764000009000-search-recent';
import { SessionChanges1764000010000 } from './1764000010000-session-changes';
import { PhaseVersions1764000011000 } from './1764000011000-phase-versions';
import { JobRuns1764000012000 } from './1764000012000-job-runs';
import { OrganisationNameMatch1764000013000 } from './1764000013000-organisation-name-match';
import { InformationRequests1764000014000 } from './1764000014000-information-requests';
import { OrganisationMerges1764000015000 } from './1764000015000-organisation-merges';
import { RequestBundles1764000016000 } from './1764000016000-request-bundles';
import { LegalHolds1764000017000 } from './1764000017000-legal-holds';
import { Parliament1764000018000 } from './1764000018000-parliament';
import { Retention1764000019000 } from './1764000019000-retention';
import { Notifications1764000020000 } from './1764000020000-notifications';
import { InboundNotes1764000021000 } from './1764000021000-inbound-notes';

/** Listed explicitly: the API is bundled, so TypeORM cannot glob for migration files. */
export const migrations = [Platform1764000000000, Records1764000001000, Access1764000002000, SingleSignOn1764000003000, Indexes1764000004000, TimelineIndexes1764000005000, CalendarFeeds1764000006000, ReportSettings1764000007000, AttendeeMeetingDates1764000008000, SearchRecent1764000009000, SessionChanges1764000010000, PhaseVersions1764000011000, JobRuns1764000012000, OrganisationNameMatch1764000013000, InformationRequests1764000014000, OrganisationMerges1764000015000, RequestBundles1764000016000, LegalHolds1764000017000, Parliament1764000018000, Retention1764000019000, Notifications1764000020000, InboundNotes1764000021000];
