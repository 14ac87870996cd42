import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const { OPENAPI_REQUEST_FILES } = require('../../openapi-request-files.cjs') as { OPENAPI_REQUEST_FILES: string[] };

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: `/${relative(join(SRC, '..'), path)}`, text: readFileSync(path, 'utf8') }));

function declaringFile(className: string): string | undefined {
  return files.find((f) => new RegExp(`(?:export )?class ${className}\\b`).test(f.text))?.path;
}

/** Request classes the controllers take, and every class they extend, transitively. */
function requestClasses(): Set<string> {
  const found = new Set<string>();
  for (const file of files.filter((f) => f.path.endsWith('.controller.ts'))) {
    for (const match of file.text.matchAll(/@(?:Query|Body|Param)\(\s*\)\s+(?:\{[^}]*\}|\w+)\??:\s*([A-Z]\w*)/g)) found.add(match[1] as string);
  }
  const queue = [...found];
  while (queue.length) {
    const name = queue.pop() as string;
    const file = files.find((f) => f.path === declaringFile(name));
    const parent = file?.text.match(new RegExp(`(?:export )?class ${name} extends (\\w+)`))?.[1];
    if (parent && !found.has(parent)) {
      found.add(parent);
      queue.push(parent);
    }
  }
  return found;
}

describe('the OpenAPI compiler plugin reads every request class', () => {
  // The plugin only describes classes in files matching OPENAPI_REQUEST_FILES; a class elsewhere would drop its
  // query parameters or body fields from /api/openapi.json without any error, and the fuzzing check with them.
  const classes = [...requestClasses()];

  it('finds the request classes of the controllers', () => {
    expect(classes).toEqual(expect.arrayContaining(['CreateMeetingBody', 'MeetingListQuery', 'ListQuery', 'IdParam']));
  });

  it.each(classes)('%s is declared in a file the plugin reads', (name) => {
    const path = declaringFile(name);
    expect(path).toBeDefined();
    expect(OPENAPI_REQUEST_FILES.some((suffix) => path?.includes(suffix))).toBe(true);
  });
});
