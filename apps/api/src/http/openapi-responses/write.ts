/** `npm run openapi:answers`: rewrites response-schemas.json after a controller's answer type changes. */
import { writeFileSync } from 'node:fs';
import { generateResponseSchemas, RESPONSE_SCHEMAS_FILE, serialise } from './generate';

writeFileSync(RESPONSE_SCHEMAS_FILE, serialise(generateResponseSchemas()));
console.log(`wrote ${RESPONSE_SCHEMAS_FILE}`);
