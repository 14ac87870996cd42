import { readFileSync } from 'node:fs';
import { controllerReturns } from './controller-returns';
import { generateResponseSchemas, REPO_ROOT, RESPONSE_SCHEMAS_FILE, serialise } from './generate';
import { toOpenApiSchema } from './openapi-schema';

describe('answer schemas of the OpenAPI document', () => {
  const generated = generateResponseSchemas();

  it('response-schemas.json is what the controllers declare today (else run npm run openapi:answers)', () => {
    expect(readFileSync(RESPONSE_SCHEMAS_FILE, 'utf8')).toBe(serialise(generated));
  });

  it('describes every JSON answer, strictly', () => {
    const ids = controllerReturns(`${REPO_ROOT}/apps/api/src`).map((r) => r.operationId);
    expect(ids).toEqual(expect.arrayContaining(['MeetingsController_list', 'MeetingsController_get', 'HealthController_check']));
    expect(Object.keys(generated.operations).sort()).toEqual([...ids].sort());
    expect(generated.components['MeetingResponse']).toMatchObject({ type: 'object', additionalProperties: false });
    expect(generated.operations['MeetingsController_list']).toEqual({ $ref: '#/components/schemas/Page_MeetingSummary' });
  });

  it('every reference resolves to a component', () => {
    const refs = [...serialise(generated).matchAll(/"\$ref": "#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.filter((name) => !(name in generated.components))).toEqual([]);
  });
});

describe('JSON Schema to OpenAPI 3.0', () => {
  it('turns null in a type list into nullable', () => {
    expect(toOpenApiSchema({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
  });

  it('keeps a nullable reference as allOf, since 3.0 ignores the siblings of $ref', () => {
    expect(toOpenApiSchema({ anyOf: [{ $ref: '#/definitions/Region' }, { type: 'null' }] })).toEqual({ nullable: true, allOf: [{ $ref: '#/components/schemas/Region' }] });
  });

  it('writes const as a one-value enum and names generic instances as components allow', () => {
    expect(toOpenApiSchema({ const: 'x' })).toEqual({ enum: ['x'] });
    expect(toOpenApiSchema({ $ref: '#/definitions/Page<MeetingSummary>' })).toEqual({ $ref: '#/components/schemas/Page_MeetingSummary' });
  });
});
