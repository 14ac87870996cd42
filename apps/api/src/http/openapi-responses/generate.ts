import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { createFormatter, createParser, DEFAULT_CONFIG, SchemaGenerator, type CompletedConfig } from 'ts-json-schema-generator';
import { controllerReturns } from './controller-returns';
import { componentName, toOpenApiSchema, type OpenApiSchema } from './openapi-schema';

export const REPO_ROOT = resolve(__dirname, '../../../../..');
const API_SRC = join(REPO_ROOT, 'apps/api/src');
export const RESPONSE_SCHEMAS_FILE = join(API_SRC, 'http/openapi-responses/response-schemas.json');

/** What the OpenAPI document is given: each operation's answer, and the named schemas those answers refer to. */
export interface ResponseSchemas {
  operations: Record<string, OpenApiSchema>;
  components: Record<string, OpenApiSchema>;
}

/**
 * JSON Schemas of every controller method's answer, from the TypeScript types the controllers declare (the
 * contracts in @send/contracts). The swagger compiler plugin cannot describe interfaces; without this, every answer
 * in /api/openapi.json was `{ type: object }` and nothing could check a body against it. Answers are strict
 * (`additionalProperties: false`), so a field leaking onto the wire fails validation.
 */
export function generateResponseSchemas(): ResponseSchemas {
  const returns = controllerReturns(API_SRC);
  const imports = new Map<string, string>();
  for (const { imports: fileImports } of returns) {
    for (const [local, [module, exported]] of fileImports) {
      if (local !== exported) throw new Error(`import { ${exported} as ${local} }: name answer types as they are exported`);
      const known = imports.get(local);
      if (known && known !== module) throw new Error(`${local} is imported from both ${known} and ${module}: give one another name`);
      imports.set(local, module);
    }
  }
  const used = [...imports].filter(([name]) => returns.some((r) => new RegExp(`\\b${name}\\b`).test(r.typeText)));
  const lines = used.map(([name, module]) => `import type { ${name} } from '${module}';`);
  returns.forEach((r, i) => lines.push(`export type Answer${i} = ${r.typeText};`));

  const dir = mkdtempSync(join(tmpdir(), 'send-openapi-'));
  try {
    const path = join(dir, 'answers.ts');
    writeFileSync(path, lines.join('\n') + '\n');
    const schema = schemaOf(path);
    const definitions = schema.definitions ?? {};
    const operations: Record<string, OpenApiSchema> = {};
    returns.forEach((r, i) => {
      operations[r.operationId] = toOpenApiSchema(definitions[`Answer${i}`] ?? {});
      delete definitions[`Answer${i}`];
    });
    const components: Record<string, OpenApiSchema> = {};
    for (const name of Object.keys(definitions).sort()) components[componentName(name)] = toOpenApiSchema(definitions[name] ?? {});
    return { operations, components };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function schemaOf(path: string): { definitions?: Record<string, object> } {
  const base = ts.getParsedCommandLineOfConfigFile(join(REPO_ROOT, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!base) throw new Error('tsconfig.base.json could not be read');
  const program = ts.createProgram([path], { ...base.options, noEmit: true });
  const config: CompletedConfig = { ...DEFAULT_CONFIG, path, type: '*', expose: 'export', topRef: true, jsDoc: 'extended', additionalProperties: false, skipTypeCheck: true, encodeRefs: false };
  const generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
  return generator.createSchema('*') as { definitions?: Record<string, object> };
}

/** The committed file's exact text, so the spec can compare it byte for byte. */
export function serialise(schemas: ResponseSchemas): string {
  return JSON.stringify(schemas, null, 2) + '\n';
}
