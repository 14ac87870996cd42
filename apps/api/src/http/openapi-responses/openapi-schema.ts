/** A schema object of OpenAPI 3.0 (the dialect @nestjs/swagger writes): JSON Schema with `nullable`, no `const`. */
export type OpenApiSchema = { [key: string]: unknown };

const REF_PREFIX = '#/definitions/';

/** OpenAPI component names allow letters, digits, `.`, `-` and `_`: `Page<MeetingSummary>` → `Page_MeetingSummary`. */
export function componentName(definition: string): string {
  return definition.replace(/[^A-Za-z0-9.\-_]+/g, '_').replace(/_+$/, '');
}

/** JSON Schema (draft-07, as ts-json-schema-generator writes it) → OpenAPI 3.0. */
export function toOpenApiSchema(schema: object): OpenApiSchema {
  const s = { ...(schema as OpenApiSchema) };
  delete s['$schema'];
  if (typeof s['$ref'] === 'string' && (s['$ref'] as string).startsWith(REF_PREFIX)) {
    const name = (s['$ref'] as string).slice(REF_PREFIX.length);
    const ref = `#/components/schemas/${componentName(name)}`;
    delete s['$ref'];
    // 3.0 ignores (and spectral refuses) keys beside $ref, such as a description: keep them around an allOf.
    return Object.keys(s).length ? { ...s, allOf: [{ $ref: ref }] } : { $ref: ref };
  }
  if ('const' in s) {
    s['enum'] = [s['const']];
    delete s['const'];
  }
  if (Array.isArray(s['type'])) {
    const types = (s['type'] as string[]).filter((t) => t !== 'null');
    if (types.length < (s['type'] as string[]).length) s['nullable'] = true;
    if (types.length === 1) s['type'] = types[0];
    else {
      delete s['type'];
      s['anyOf'] = types.map((type) => ({ type }));
    }
  }
  if (Array.isArray(s['enum']) && (s['enum'] as unknown[]).includes(null)) {
    s['enum'] = (s['enum'] as unknown[]).filter((v) => v !== null);
    s['nullable'] = true;
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = s[key];
    if (!Array.isArray(list)) continue;
    const rest = list.filter((x: OpenApiSchema) => x['type'] !== 'null');
    if (rest.length < list.length) s['nullable'] = true;
    s[key] = rest.map((x: object) => toOpenApiSchema(x));
    // `X | null` with X a reference: 3.0 ignores siblings of $ref, so nullable goes on an allOf around it.
    if (key === 'anyOf' && rest.length === 1) {
      const only = (s['anyOf'] as OpenApiSchema[])[0] as OpenApiSchema;
      delete s['anyOf'];
      Object.assign(s, '$ref' in only ? { allOf: [only] } : only);
    }
  }
  if (s['items'] && typeof s['items'] === 'object') s['items'] = toOpenApiSchema(s['items'] as object);
  if (s['properties']) {
    s['properties'] = Object.fromEntries(Object.entries(s['properties'] as Record<string, object>).map(([k, v]) => [k, toOpenApiSchema(v)]));
  }
  if (s['additionalProperties'] && typeof s['additionalProperties'] === 'object') s['additionalProperties'] = toOpenApiSchema(s['additionalProperties'] as object);
  return s;
}
