import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@send/contracts';
import { SessionStore } from './session';
import { answerSessionProbe } from './session.testing';

/** A feature's routes mounted at `/${path}` as the app mounts them, signed in as `role`: for page tests. */
export async function signedInOn(path: string, routes: Routes, role: Role): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path, children: routes }, { path: '**', children: [] }], withComponentInputBinding())],
  });
  const http = TestBed.inject(HttpTestingController);
  const loaded = TestBed.inject(SessionStore).ensureLoaded();
  answerSessionProbe(http, { user: { id: 'u-me', email: 'me@education.gov.uk', name: 'Me', role }, roles: [role], mustChangePassword: false });
  await loaded;
  return { http, harness: await RouterTestingHarness.create() };
}
