import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GroupDetailResponse, GroupMemberResponse, GroupResponse, Page } from '@send/contracts';
import { Observable, forkJoin, map, of, switchMap } from 'rxjs';
import { toHttpParams } from '../core/url-state';

export interface Membership {
  readonly groupId: string;
  readonly groupName: string;
  readonly member: GroupMemberResponse;
}

/** The groups an organisation is or was a member of, with each dated membership. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  /**
   * The group list carries no membership dates, so each group is read once for its members (groups are few; an
   * organisation is in a handful at most).
   */
  membershipsOf(organisationId: string): Observable<Membership[]> {
    return this.http.get<Page<GroupResponse>>('/api/groups', { params: toHttpParams({ organisationId, pageSize: 100 }) }).pipe(
      switchMap((page) => (page.items.length ? forkJoin(page.items.map((group) => this.http.get<GroupDetailResponse>(`/api/groups/${group.id}`))) : of([]))),
      map((groups) =>
        groups.flatMap((group) =>
          group.members
            .filter((member) => member.organisationId === organisationId)
            .sort((a, b) => b.joinedOn.localeCompare(a.joinedOn))
            .map((member) => ({ groupId: group.id, groupName: group.name, member })),
        ),
      ),
    );
  }
}
