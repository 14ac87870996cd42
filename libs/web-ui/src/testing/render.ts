import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

/** Creates `component` with its signal inputs set and waits for the first render (zoneless). */
export async function render<T>(
  component: Type<T>,
  inputs: Record<string, unknown> = {},
  providers: (Provider | EnvironmentProviders)[] = [],
): Promise<ComponentFixture<T>> {
  // Specs that configured TestBed themselves (and maybe used it already) pass no providers here.
  if (providers.length) TestBed.configureTestingModule({ providers });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture;
}
