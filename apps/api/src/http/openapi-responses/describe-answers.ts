import type { OpenAPIObject } from '@nestjs/swagger';
import type { ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import answers from './response-schemas.json';

type Schemas = Record<string, object>;

/**
 * Puts each operation's answer schema (generated from the controllers' declared return types by
 * `npm run openapi:answers`) into the document @nestjs/swagger built, in place of its `{ type: object }`.
 */
export function describeAnswers(document: OpenAPIObject): OpenAPIObject {
  const operations = answers.operations as Schemas;
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(answers.components as Schemas) } };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      const schema = operation?.operationId ? operations[operation.operationId] : undefined;
      if (!schema) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {}) as [string, ResponseObject][]) {
        if (!status.startsWith('2') || status === '204') continue;
        // Other media types an operation declares with @ApiProduces (a CSV download of the same answer) are text.
        const others = Object.keys(response.content ?? {}).filter((type) => type !== 'application/json');
        response.content = { 'application/json': { schema }, ...Object.fromEntries(others.map((type) => [type, { schema: { type: 'string' } }])) };
      }
    }
  }
  return document;
}
