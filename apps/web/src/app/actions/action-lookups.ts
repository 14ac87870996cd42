import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ProposalResponse, ThemeResponse, UserResponse } from '@send/contracts';
import { catchError, of } from 'rxjs';
import { ActionsApi } from './actions-api';

/**
 * People, themes and proposals, read once per page (provide it in the page's `providers`) so lists stay fresh. A
 * failed read leaves an empty list: pickers shrink, and records still show the names the API sends with them.
 */
@Injectable()
export class ActionLookups {
  private readonly api = inject(ActionsApi);

  readonly users = toSignal(this.api.users().pipe(catchError(() => of<UserResponse[]>([]))), { initialValue: null });
  readonly themes = toSignal(this.api.themes().pipe(catchError(() => of<ThemeResponse[]>([]))), { initialValue: null });
  readonly proposals = toSignal(this.api.proposals().pipe(catchError(() => of<ProposalResponse[]>([]))), { initialValue: null });

  private readonly userNames = computed(() => new Map((this.users() ?? []).map((u) => [u.id, u.name])));
  private readonly themeNames = computed(() => new Map((this.themes() ?? []).map((t) => [t.id, t.name])));
  private readonly proposalTitles = computed(() => new Map((this.proposals() ?? []).map((p) => [p.id, p.title])));

  readonly userOptions = computed(() => (this.users() ?? []).map((u) => ({ value: u.id, text: u.name })));
  readonly themeOptions = computed(() => (this.themes() ?? []).map((t) => ({ value: t.id, text: t.name })));
  readonly proposalOptions = computed(() => (this.proposals() ?? []).map((p) => ({ value: p.id, text: p.title })));

  userName(id: string | null | undefined): string | null {
    return id ? (this.userNames().get(id) ?? null) : null;
  }

  themeName(id: string): string {
    return this.themeNames().get(id) ?? 'A theme that no longer exists';
  }

  proposalTitle(id: string): string {
    return this.proposalTitles().get(id) ?? 'A proposal that no longer exists';
  }
}
