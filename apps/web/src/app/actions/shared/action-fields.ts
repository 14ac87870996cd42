import type { ActionKind, ActionPriority, ActionResponse, ActionStatus, Classification } from '@send/contracts';
import { formatLondonDate } from '@send/web-ui';
import { conflictingFields, type ConflictField } from '../../core/conflict-notice';
import { CLASSIFICATION_LABELS, KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../action-labels';

/** The fields a person can change on an action, as the API names them. */
export interface ActionFields {
  title: string;
  description: string;
  ownerUserId: string | null;
  ownerOrganisationId: string | null;
  dueOn: string | null;
  priority: ActionPriority;
  kind: ActionKind;
  raisedByOrganisationId: string | null;
  proposalIds: string[];
  themeIds: string[];
  classification: Classification;
  status: ActionStatus;
  completionNote: string | null;
}

export type ActionField = keyof ActionFields;

export const FIELD_LABELS: Record<ActionField, string> = {
  title: 'Title',
  description: 'Description',
  ownerUserId: 'Owner (person)',
  ownerOrganisationId: 'Owner (organisation)',
  dueOn: 'Due date',
  priority: 'Priority',
  kind: 'Kind',
  raisedByOrganisationId: 'Raised by',
  proposalIds: 'Proposals',
  themeIds: 'Themes',
  classification: 'Classification',
  status: 'Status',
  completionNote: 'Completion note',
};

export function fieldsOf(action: ActionResponse): ActionFields {
  return {
    title: action.title,
    description: action.description,
    ownerUserId: action.ownerUserId,
    ownerOrganisationId: action.ownerOrganisationId,
    dueOn: action.dueOn,
    priority: action.priority,
    kind: action.kind,
    raisedByOrganisationId: action.raisedByOrganisationId,
    proposalIds: [...action.proposalIds],
    themeIds: [...action.themeIds],
    classification: action.classification,
    status: action.status,
    completionNote: action.completionNote,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return (a ?? null) === (b ?? null);
}

/** The fields of `mine` whose value differs from `base`: what a PATCH should send. Lists compare as sets. */
export function changedFields(mine: Partial<ActionFields>, base: ActionFields): Partial<ActionFields> {
  const changes: Partial<Record<ActionField, unknown>> = {};
  for (const key of Object.keys(mine) as ActionField[]) {
    if (!same(mine[key], base[key])) changes[key] = mine[key];
  }
  return changes as Partial<ActionFields>;
}

export function pickFields(fields: ActionFields, keys: readonly ActionField[]): Partial<ActionFields> {
  return Object.fromEntries(keys.map((key) => [key, fields[key]])) as Partial<ActionFields>;
}

/** Names for ids, so people compare names rather than ids. */
export interface FieldNames {
  user(id: string): string | null;
  organisation(id: string): string | null;
  theme(id: string): string;
  proposal(id: string): string;
}

/** Each field as a person reads it; an empty value reads "Not set". */
export function displayFields(fields: Partial<ActionFields>, names: FieldNames): Partial<Record<ActionField, string>> {
  const shown: Partial<Record<ActionField, string>> = {};
  const text = (value: string | null | undefined) => (value ? value : 'Not set');
  const list = (values: string[], name: (id: string) => string) => (values.length ? values.map(name).join(', ') : 'None');
  for (const key of Object.keys(fields) as ActionField[]) {
    const value = fields[key];
    switch (key) {
      case 'ownerUserId':
        shown[key] = fields.ownerUserId ? (names.user(fields.ownerUserId) ?? 'Someone not in the list') : 'Not set';
        break;
      case 'ownerOrganisationId':
      case 'raisedByOrganisationId': {
        const id = fields[key];
        shown[key] = id ? (names.organisation(id) ?? 'An organisation') : 'Not set';
        break;
      }
      case 'dueOn':
        shown[key] = fields.dueOn ? formatLondonDate(fields.dueOn) : 'Not set';
        break;
      case 'priority':
        shown[key] = fields.priority ? PRIORITY_LABELS[fields.priority] : 'Not set';
        break;
      case 'kind':
        shown[key] = fields.kind ? KIND_LABELS[fields.kind] : 'Not set';
        break;
      case 'status':
        shown[key] = fields.status ? STATUS_LABELS[fields.status] : 'Not set';
        break;
      case 'classification':
        shown[key] = fields.classification ? CLASSIFICATION_LABELS[fields.classification] : 'Not set';
        break;
      case 'proposalIds':
        shown[key] = list(fields.proposalIds ?? [], (id) => names.proposal(id));
        break;
      case 'themeIds':
        shown[key] = list(fields.themeIds ?? [], (id) => names.theme(id));
        break;
      default:
        shown[key] = text(value as string | null | undefined);
    }
  }
  return shown;
}

/** The user's edits that the saved record now contradicts, as the conflict notice lists them. */
export function conflictsWith(mine: Partial<ActionFields>, saved: ActionFields, names: FieldNames): ConflictField[] {
  const theirs = displayFields(saved, names) as Record<ActionField, string>;
  return conflictingFields<Record<ActionField, string>>(displayFields(mine, names), theirs, FIELD_LABELS);
}
