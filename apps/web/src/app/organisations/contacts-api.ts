import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ContactResponse, CreateContactRequest, Page, UpdateContactRequest } from '@send/contracts';
import { Observable } from 'rxjs';
import { toHttpParams } from '../core/url-state';

/** The people at an organisation. */
@Injectable({ providedIn: 'root' })
export class ContactsApi {
  private readonly http = inject(HttpClient);

  /** One page of 100, by name: more contacts than that at one organisation is not expected. */
  forOrganisation(organisationId: string): Observable<Page<ContactResponse>> {
    return this.http.get<Page<ContactResponse>>('/api/contacts', { params: toHttpParams({ organisationId, pageSize: 100, sort: 'name' }) });
  }

  get(id: string): Observable<ContactResponse> {
    return this.http.get<ContactResponse>(`/api/contacts/${encodeURIComponent(id)}`);
  }

  create(body: CreateContactRequest): Observable<ContactResponse> {
    return this.http.post<ContactResponse>('/api/contacts', body);
  }

  update(id: string, version: number, body: UpdateContactRequest): Observable<ContactResponse> {
    return this.http.patch<ContactResponse>(`/api/contacts/${encodeURIComponent(id)}`, body, { headers: { 'If-Match': `"${version}"` } });
  }

  /** Removes the personal details for good; the contact stays linked to its organisation and meetings. */
  anonymise(id: string): Observable<ContactResponse> {
    return this.http.post<ContactResponse>(`/api/contacts/${encodeURIComponent(id)}/anonymise`, {});
  }
}
