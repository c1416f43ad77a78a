// CPU time a process has used, split between its main thread and its other threads (on the server:
// the evaluation threads, V8's garbage-collection helpers and libuv's pool), read from Linux's /proc.
// `npm run bench` takes it before and after each scenario to give the CPU each request cost: on a
// two-core machine shared with the load generator, throughput is what the cores give divided by that.
import fs from "node:fs";

/** Clock ticks per second of /proc's utime and stime: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

export type CpuTimes = { mainMs: number; otherThreadsMs: number; loadGeneratorMs: number };

/** The server's CPU by thread group and this process's own (the load generator runs in it). */
export function cpuTimes(serverPid: number): CpuTimes {
  let mainMs = 0;
  let otherThreadsMs = 0;
  for (const tid of fs.readdirSync(`/proc/${serverPid}/task`)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${serverPid}/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread ended between listing and reading
    }
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    if (tid === String(serverPid)) mainMs += ms;
    else otherThreadsMs += ms;
  }
  const own = process.cpuUsage();
  return { mainMs, otherThreadsMs, loadGeneratorMs: (own.user + own.system) / 1000 };
}

/** Microseconds of CPU per request between two readings, by thread group. */
export function cpuPerRequest(before: CpuTimes, after: CpuTimes, requests: number) {
  const per = (key: keyof CpuTimes) => Math.round(((after[key] - before[key]) * 1000) / Math.max(1, requests));
  return { mainUs: per("mainMs"), otherThreadsUs: per("otherThreadsMs"), loadGeneratorUs: per("loadGeneratorMs") };
}
