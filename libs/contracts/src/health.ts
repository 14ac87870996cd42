export interface HealthResponse {
  status: 'ok';
  database: 'up';
  /** True when the service runs on demonstration data. */
  demo: boolean;
  version: string;
}
