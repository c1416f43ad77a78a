// Preloaded (NODE_OPTIONS=--require) into a server under test: every outbound connection to a host
// other than this machine fails, and is written to stderr as "[blocked outbound] host:port", so a
// test can prove the server never reached for the network (and to the file BLOCK_NETWORK_LOG names,
// if set, so that detached child processes are heard from too). Loopback and Unix sockets (the test's
// own database) still connect.
const fs = require("node:fs");
const net = require("node:net");

// With BLOCK_NETWORK_LOG set, every process this is loaded into also says when it starts and exits,
// so a test can wait for the detached ones to finish instead of sleeping.
if (process.env.BLOCK_NETWORK_LOG) {
  fs.appendFileSync(process.env.BLOCK_NETWORK_LOG, `[started] pid ${process.pid}\n`);
  process.on("exit", () => fs.appendFileSync(process.env.BLOCK_NETWORK_LOG, `[exited] pid ${process.pid}\n`));
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === "object" && args[0] !== null && !Array.isArray(args[0]) ? args[0] : null;
  const target = Array.isArray(args[0]) ? args[0][0] : (options ?? { port: args[0], host: args[1] });
  const unixPath = options?.path ?? (typeof args[0] === "string" && !/^\d+$/.test(args[0]) ? args[0] : undefined);
  const host = target?.host ?? "localhost";
  if (unixPath === undefined && !LOOPBACK.test(String(host))) {
    const line = `[blocked outbound] ${host}:${target?.port} (pid ${process.pid})\n`;
    process.stderr.write(line);
    // Child processes (detached, their output discarded) report here too.
    if (process.env.BLOCK_NETWORK_LOG) fs.appendFileSync(process.env.BLOCK_NETWORK_LOG, line);
    const error = Object.assign(new Error(`outbound connection to ${host} blocked by the test`), {
      code: "ECONNREFUSED",
    });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
