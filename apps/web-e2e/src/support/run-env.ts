/** Where the specs find the server: the global setup (Jest's parent process) sets it before any test file runs. */
export const BASE_URL_VAR = 'SEND_E2E_BASE_URL';
