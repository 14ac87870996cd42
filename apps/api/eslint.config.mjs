import baseConfig from "../../eslint.config.mjs";

export default [
    ...baseConfig,
    {
        files: ["src/**/*.ts"],
        ignores: ["src/common/idempotency.interceptor.ts"],
        rules: {
            "no-restricted-imports": ["error", {
                paths: [{ name: "@nestjs/common", importNames: ["Post"], message: "Declare POST routes with IdempotentPost (common/idempotency.interceptor): every POST accepts an Idempotency-Key." }],
            }],
        },
    },
];
