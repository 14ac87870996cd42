/**
 * The files whose classes the @nestjs/swagger compiler plugin describes in /api/openapi.json (matched as substrings
 * of the path). Every class a controller takes with @Query(), @Param() or @Body() must live in one of them:
 * openapi-plugin.spec.ts walks the controllers and fails when one does not.
 */
module.exports.OPENAPI_REQUEST_FILES = ['.requests.ts', '/common/list-query.ts', '/common/params.ts', '/exports/list-export.ts'];
