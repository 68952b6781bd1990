import { ChildProcess } from 'node:child_process';
import net from 'node:net';

// The unit tier holds tests of pure code and files on disk. A test that needs a server or a child
// process belongs in the integration tier, whose worker count is bounded: say so at the first try.
const MOVE = 'name the file *.int.test.ts to run it in the integration tier (see vitest.config.ts)';

net.Server.prototype.listen = function refuseListen(): never {
  throw new Error(`A unit test started a server: ${MOVE}.`);
};
// Every child_process function (spawn, execFile, exec, fork) starts its child through this method.
(ChildProcess.prototype as unknown as { spawn: () => never }).spawn = function refuseSpawn(): never {
  throw new Error(`A unit test started a child process: ${MOVE}.`);
};
