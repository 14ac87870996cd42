const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const { OPENAPI_REQUEST_FILES } = require('./openapi-request-files.cjs');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // One binary for maintenance commands: migrate, revert, create a user, generate data.
      additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // OpenAPI schemas from the request/response classes and their validation decorators. The plugin only reads
      // files named in dtoFileNameSuffix (by default *.dto.ts, which this code base has none of): without the list,
      // /api/openapi.json described no query parameter and no body field. Tested in openapi-plugin.spec.ts.
      transformers: [{ name: '@nestjs/swagger/plugin', options: { introspectComments: true, classValidatorShim: true, dtoFileNameSuffix: OPENAPI_REQUEST_FILES } }],
    }),
  ],
};
