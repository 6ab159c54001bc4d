import type { TestProject } from 'vitest/node';
import { startMockServer } from '../../src/mock/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the `ivs-contract mock` HTTP server the browser tests call across origins. */
    mockServerUrl: string;
  }
}

/** Starts the emulator's HTTP server on a free loopback port for the browser tests, and stops it after them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startMockServer({ port: 0, seed: 21 });
  project.provide('mockServerUrl', server.url);
  return () => server.close();
}
