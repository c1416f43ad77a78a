// `npm run bench:durability`: saves under load, SIGKILLs the server mid-run, restarts it on the same
// database and checks that every save that was answered 201 can still be read. Prints the counts and
// exits non-zero if any acknowledged save was lost.
import { makeDatabase, requireBuild, SAVE_BODY, startApp } from "./lib/bench-server";
import { freePort } from "./lib/free-port";

const CONNECTIONS = 50;
const KILL_AFTER_MS = Number(process.env.DURABILITY_KILL_AFTER_MS ?? 4000);
const SERVER_ENV = { SAVE_RATE_LIMIT_MAX: "100000000" };

async function main() {
  requireBuild();
  const db = await makeDatabase("durability");
  const port = await freePort();
  let app = await startApp(db.url, port, SERVER_ENV);
  const acknowledged: string[] = [];
  let failedWhileUp = 0;
  let cutOff = 0;
  let killed = false;

  const lane = async () => {
    while (!killed) {
      try {
        const response = await fetch(`${app.url}/api/v1/recommendations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(SAVE_BODY),
        });
        if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        else failedWhileUp++;
      } catch {
        if (killed)
          cutOff++; // the connection died with the server: never acknowledged, so not a loss
        else failedWhileUp++;
      }
    }
  };
  const lanes = Array.from({ length: CONNECTIONS }, lane);
  await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
  const beforeKill = acknowledged.length;
  killed = true;
  await app.stop("SIGKILL");
  await Promise.all(lanes);
  console.log(
    `Killed the server with SIGKILL after ${KILL_AFTER_MS} ms: ${acknowledged.length} saves answered 201 (${acknowledged.length - beforeKill} in the last instant), ${cutOff} requests cut off, ${failedWhileUp} other failures.`,
  );

  app = await startApp(db.url, port, SERVER_ENV);
  try {
    let lost = 0;
    const queue = [...acknowledged];
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let id = queue.pop(); id; id = queue.pop()) {
          const response = await fetch(`${app.url}/api/v1/recommendations/${id}`);
          if (response.status !== 200) lost++;
        }
      }),
    );
    console.log(
      `After restart: ${acknowledged.length - lost} of ${acknowledged.length} acknowledged saves readable, ${lost} lost.`,
    );
    process.exitCode = lost === 0 && failedWhileUp === 0 ? 0 : 1;
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
