export {
  MockServerListenError,
  type MockServerOptions,
  type RunningMockServer,
  StateFileError,
  startMockServer,
} from './node/server.js';
