import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** A controller method's JSON answer, named as @nestjs/swagger names the operation (`Class_method`). */
export interface ControllerReturn {
  operationId: string;
  /** The answer's type as written, without Promise<…>, e.g. `Page<MeetingSummary>`. */
  typeText: string;
  /** Named type imports of the controller's file: local name → [module (absolute when relative), exported name]. */
  imports: Map<string, [string, string]>;
}

const ROUTE_DECORATORS = /^(Get|Post|Put|Patch|Delete|IdempotentPost)$/;
// Answers that are not a JSON body: nothing (204), a file written to the response, or text.
const NOT_JSON = /^(void|undefined|string|Buffer|StreamableFile)$/;

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((d) => {
    const call = d.expression;
    return ts.isCallExpression(call) ? call.expression.getText() : call.getText();
  });
}

function writesToResponse(method: ts.MethodDeclaration): boolean {
  return method.parameters.some((p) => decoratorNames(p).includes('Res') && !p.getText().includes('passthrough'));
}

function typeImports(file: ts.SourceFile, path: string): Map<string, [string, string]> {
  const imports = new Map<string, [string, string]>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const spec = statement.moduleSpecifier.text;
    const module = spec.startsWith('.') ? resolve(dirname(path), spec) : spec;
    for (const element of bindings.elements) imports.set(element.name.text, [module, (element.propertyName ?? element.name).text]);
  }
  return imports;
}

/** Every route method of every controller under `srcDir` whose answer is JSON. */
export function controllerReturns(srcDir: string): ControllerReturn[] {
  const found: ControllerReturn[] = [];
  for (const path of controllerFiles(srcDir)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const imports = typeImports(file, path);
    for (const cls of file.statements.filter(ts.isClassDeclaration)) {
      if (!cls.name || !decoratorNames(cls).includes('Controller')) continue;
      for (const member of cls.members) {
        if (!ts.isMethodDeclaration(member) || !decoratorNames(member).some((n) => ROUTE_DECORATORS.test(n))) continue;
        const operationId = `${cls.name.text}_${member.name.getText()}`;
        if (!member.type) throw new Error(`${operationId} (${path}) declares no return type: the OpenAPI document cannot describe its answer`);
        let typeNode: ts.TypeNode = member.type;
        if (ts.isTypeReferenceNode(typeNode) && typeNode.typeName.getText() === 'Promise' && typeNode.typeArguments?.[0]) typeNode = typeNode.typeArguments[0];
        // `X | string`: the string is another media type (e.g. ?format=csv), declared with @ApiProduces.
        const typeText = typeNode.getText().replace(/\s*\|\s*string$/, '');
        if (NOT_JSON.test(typeText) || writesToResponse(member)) continue;
        found.push({ operationId, typeText, imports });
      }
    }
  }
  return found;
}

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? controllerFiles(join(dir, entry.name)) : entry.name.endsWith('.controller.ts') ? [join(dir, entry.name)] : []))
    .sort();
}
