export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__sendE2eServer;
  globalThis.__sendE2eServer = undefined;
  await server?.stop();
}
