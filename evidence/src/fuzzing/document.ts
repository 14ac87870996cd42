import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type Schema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  id: string;
  method: string;
  /** As the document writes it, e.g. `/api/meetings/{id}`. */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body?: Schema;
  /** 2xx status → the JSON answer's schema. */
  answers: Map<number, Schema>;
  /** Status → the media types the document lists for it. */
  media: Map<number, string[]>;
}

export interface ApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

export function operationsOf(document: ApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const answers = new Map<number, Schema>();
      const media = new Map<number, string[]>();
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        media.set(Number(status), Object.keys(response.content ?? {}));
        const schema = response.content?.['application/json']?.schema;
        if (status.startsWith('2') && schema) answers.set(Number(status), schema);
      }
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        answers,
        media,
      });
    }
  }
  return operations;
}

/** Follows a local `$ref` (`#/components/schemas/X`) to the schema it names. */
export function deref(document: ApiDocument, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let hops = 0; s && typeof s['$ref'] === 'string' && hops < 10; hops++) {
    s = document.components?.schemas?.[(s['$ref'] as string).split('/').pop() ?? ''];
  }
  return s;
}

/** OpenAPI 3.0 → JSON Schema for Ajv: `nullable` becomes a null branch; references point into the document. */
function forAjv(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forAjv);
  if (!value || typeof value !== 'object') return value;
  const out: Schema = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') out[key] = v.replace(/^#\/components\//, 'api#/components/');
    else if (key !== 'nullable') out[key] = forAjv(v);
  }
  return (value as Schema)['nullable'] === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** Checks answers against the document's schemas (with their formats: uuid, date-time, …). */
export function answerValidator(document: ApiDocument): (schema: Schema, body: unknown) => string | undefined {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'api', components: forAjv(document.components ?? {}) });
  const compiled = new Map<Schema, ValidateFunction>();
  return (schema, body) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(forAjv(schema) as Schema);
      compiled.set(schema, validate);
    }
    if (validate(body)) return undefined;
    return ajv.errorsText(validate.errors, { dataVar: 'body' });
  };
}
