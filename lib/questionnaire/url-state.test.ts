import { DEFAULT_ANSWERS } from "./questions";
import { answersToSearchParams, parseResultsParams } from "./url-state";
import type { Cluster } from "./answers";
import { DMZ_CLUSTER, SQL_CLUSTER, VDI_CLUSTER } from "@/__tests__/support/clusters";

test("answers and overrides survive a round trip through the URL", () => {
  const answers = {
    ...DEFAULT_ANSWERS,
    workloads: ["linux-apps", "vdi"] as const,
    mustHaves: [],
    teamSkills: ["linux", "automation"] as const,
  };
  const params = answersToSearchParams(
    { ...answers, workloads: [...answers.workloads], teamSkills: [...answers.teamSkills] },
    { "licence-cost": 30 },
  );
  expect(params.toString()).toContain("workloads=linux-apps%2Cvdi");
  expect(params.get("mustHaves")).toBe("");
  const parsed = parseResultsParams(new URLSearchParams(params.toString()));
  expect(parsed).toEqual({
    ok: true,
    answers: {
      ...DEFAULT_ANSWERS,
      workloads: ["linux-apps", "vdi"],
      mustHaves: [],
      teamSkills: ["linux", "automation"],
    },
    weights: { "licence-cost": 30 },
    quotes: {},
    assumptions: {},
  });
});

test("the estate, the horizon and quotes survive a round trip, numbers as numbers", () => {
  const answers = {
    ...DEFAULT_ANSWERS,
    estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 300 },
    years: 5,
  };
  const quotes = {
    vvf: { unit: "core-year" as const, amount: 150, currency: "USD" as const },
    "proxmox-ve-standard": { unit: "socket-year" as const, amount: 600, currency: "EUR" as const },
  };
  const params = answersToSearchParams(answers, {}, quotes);
  expect(params.get("estate.hosts")).toBe("40");
  expect(params.get("q.vvf")).toBe("150:core-year");
  expect(params.get("q.proxmox-ve-standard")).toBe("600:socket-year:EUR");
  expect(parseResultsParams(new URLSearchParams(params.toString()))).toEqual({
    ok: true,
    answers,
    weights: {},
    quotes,
    assumptions: {},
  });
});

test("the VDI broker survives a round trip, and an unknown one names its field", () => {
  const answers = { ...DEFAULT_ANSWERS, workloads: ["vdi" as const], vdiBroker: "citrix" as const };
  const params = answersToSearchParams(answers);
  expect(params.get("vdiBroker")).toBe("citrix");
  expect(parseResultsParams(new URLSearchParams(params.toString()))).toEqual({
    ok: true,
    answers,
    weights: {},
    quotes: {},
    assumptions: {},
  });
  expect(answersToSearchParams(DEFAULT_ANSWERS).has("vdiBroker")).toBe(false);
  params.set("vdiBroker", "parallels");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields.map((f) => f.field)).toEqual(["vdiBroker"]);
});

test("desktop VMs, families ruled out and the cost model's assumptions survive a round trip", () => {
  const answers = {
    ...DEFAULT_ANSWERS,
    currentPlatform: "esxi" as const,
    estate: { hosts: 4, socketsPerHost: 2, coresPerSocket: 16, vms: 600, windowsVms: 120, desktopVms: 380 },
    ruledOut: ["esxi" as const, "xen" as const],
  };
  const assumptions = {
    windowsOwned: "datacenter" as const,
    vmwareTermYears: 5 as const,
    renewalDate: "2027-06-30",
    migrationDayRate: 850,
    discountRate: 0.07,
  };
  const params = answersToSearchParams(answers, { "licence-cost": 30 }, {}, assumptions);
  expect(params.get("estate.desktopVms")).toBe("380");
  expect(params.get("ruledOut")).toBe("esxi,xen");
  expect(params.get("a.discountRate")).toBe("0.07");
  expect(params.get("a.renewalDate")).toBe("2027-06-30");
  expect(params.get("a.vmwareTermYears")).toBe("5");
  // Assumptions come before weights and quotes, as on the results page's own URL.
  expect([...params.keys()].indexOf("a.windowsOwned")).toBeLessThan([...params.keys()].indexOf("w.licence-cost"));
  expect(parseResultsParams(new URLSearchParams(params.toString()))).toEqual({
    ok: true,
    answers,
    weights: { "licence-cost": 30 },
    quotes: {},
    assumptions,
  });
  // None given: none written, and every earlier URL stays as it was.
  expect([...answersToSearchParams(DEFAULT_ANSWERS).keys()].some((k) => k.startsWith("a.") || k === "ruledOut")).toBe(
    false,
  );
  const none = answersToSearchParams({ ...DEFAULT_ANSWERS, ruledOut: [] });
  expect(none.get("ruledOut")).toBe("");
  expect(parseResultsParams(none)).toMatchObject({ ok: true, answers: { ruledOut: [] } });
});

test("a bad assumption or family names its field and says why", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("ruledOut", "esxi,vmware");
  params.set("a.discountRate", "7");
  params.set("a.renewalDate", "30/06/2027");
  params.set("a.vmwareTermYears", "2");
  params.set("a.windowsOwned", "enterprise");
  params.set("a.migrationDayRate", "lots");
  params.set("a.currency", "EUR");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields).toEqual(
    expect.arrayContaining([
      { field: "ruledOut[1]", message: "must be one of esxi, hyper-v, kvm, xen" },
      { field: "assumptions.discountRate", message: expect.stringMatching(/^must be at most 0\.5/) },
      { field: "assumptions.renewalDate", message: "must be a date written YYYY-MM-DD" },
      { field: "assumptions.vmwareTermYears", message: "must be 1, 3 or 5" },
      { field: "assumptions.windowsOwned", message: "must be one of none, standard, datacenter" },
      { field: "assumptions.migrationDayRate", message: "must be a number" },
      { field: "assumptions.currency", message: "is not a known field" },
    ]),
  );
});

test("a bad estate or quote names its field", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("estate.hosts", "forty");
  params.set("q.vvf", "-3:core-year");
  params.set("q.xcp-ng", "10:per-rack");
  const parsed = parseResultsParams(params);
  expect(parsed.ok).toBe(false);
  const fields = parsed.ok ? [] : parsed.fields.map((f) => f.field);
  expect(fields).toEqual(expect.arrayContaining(["estate.hosts", "quotes.vvf.amount", "quotes.xcp-ng.unit"]));
});

test("hosts without sockets and cores name the two missing; VMs alone are a valid estate", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("estate.hosts", "4");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields.map((f) => f.field)).toEqual([
    "estate.socketsPerHost",
    "estate.coresPerSocket",
  ]);
  params.delete("estate.hosts");
  params.set("estate.vms", "300");
  expect(parseResultsParams(params)).toMatchObject({ ok: true, answers: { estate: { vms: 300 } } });
});

test("reads Next.js searchParams objects too", () => {
  const record = Object.fromEntries(answersToSearchParams(DEFAULT_ANSWERS));
  expect(parseResultsParams(record)).toMatchObject({ ok: true, answers: DEFAULT_ANSWERS });
});

test("names each bad or missing field", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("guestOs", "mostly-bsd");
  params.delete("scale");
  params.set("w.momentum", "-3");
  const parsed = parseResultsParams(params);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.fields.map((f) => f.field).sort()).toEqual(["guestOs", "scale", "weights.momentum"]);
});

test("weights in a results URL follow the API's rule: a number from 0 to 1,000, named by field", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("w.licence-cost", "1e308");
  params.set("w.momentum", "-5");
  params.set("w.openness", "lots");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields).toEqual(
    expect.arrayContaining([
      { field: "weights.licence-cost", message: "must be at most 1000" },
      { field: "weights.momentum", message: "must be 0 or more" },
      { field: "weights.openness", message: "must be a number" },
    ]),
  );
});

const SQL = { ...SQL_CLUSTER, workloads: ["databases" as const, "windows-apps" as const] };
const VDI = { ...VDI_CLUSTER, workloads: ["vdi" as const] };

test("a clustered estate survives a round trip in one readable parameter, workloads and storage kept", () => {
  const answers = { ...DEFAULT_ANSWERS, estate: { clusters: [SQL, VDI] }, years: 5 };
  const params = answersToSearchParams(answers);
  expect(params.get("estate.clusters")).toBe(
    "SQL:4x2x24:120:80:0:12.5:databases,windows-apps;VDI:8x2x16,2x1x16:380:0:360:40.25:vdi",
  );
  expect([...params.keys()].filter((k) => k.startsWith("estate."))).toEqual(["estate.clusters"]);
  const parsed = parseResultsParams(new URLSearchParams(params.toString()));
  expect(parsed.ok && parsed.answers).toEqual(answers);
  // Without storage and workloads, nothing trails; without storage only, its place stays.
  const { name, hostGroups, vms, windowsServerVms, desktopVms } = DMZ_CLUSTER;
  const bare = { name, hostGroups, vms, windowsServerVms, desktopVms };
  const written = (clusters: Cluster[]) =>
    answersToSearchParams({ ...DEFAULT_ANSWERS, estate: { clusters } }).get("estate.clusters");
  expect(written([bare])).toBe("DMZ:3x1x8:12:4:0");
  expect(written([{ ...bare, workloads: ["edge"] }])).toBe("DMZ:3x1x8:12:4:0::edge");
});

test("cluster names with separators, commas, quotes and other scripts come back as written", () => {
  const names = ['Prod: "A";B', "50% of 3,000", "Zürich – 東京 🚀", "x:y;z%3A"];
  const clusters = names.map((name) => ({ ...SQL, name }));
  const answers = { ...DEFAULT_ANSWERS, estate: { clusters } };
  const query = answersToSearchParams(answers).toString();
  const parsed = parseResultsParams(new URLSearchParams(query));
  expect(parsed.ok && parsed.answers.estate?.clusters?.map((c) => c.name)).toEqual(names);
  // Next.js hands the page a record of decoded strings: the same answers.
  expect(parseResultsParams(Object.fromEntries(new URLSearchParams(query)))).toEqual(parsed);
});

test("a hundred clusters fit in 8 KB of URL", () => {
  const clusters = Array.from({ length: 100 }, (_, i) => ({
    ...SQL,
    name: `Cluster-Prod-${String(i).padStart(3, "0")}`,
    workloads: ["databases" as const],
  }));
  const query = answersToSearchParams({ ...DEFAULT_ANSWERS, estate: { clusters } }).toString();
  expect(query.length).toBeLessThan(8 * 1024);
  expect(parseResultsParams(new URLSearchParams(query))).toMatchObject({ ok: true, answers: { estate: { clusters } } });
});

test("a bad cluster names the cluster and its field, as the API would", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("estate.clusters", "SQL:4x2x24:120:200:0;:4x2:ten:0:0:-1:gpu;DR:1x1x8:5:0:0:1:edge:extra");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields).toEqual(
    expect.arrayContaining([
      { field: "estate.clusters[0].windowsServerVms", message: "must not exceed the cluster's VMs" },
      { field: "estate.clusters[1].name", message: "must not be empty" },
      { field: "estate.clusters[1].hostGroups[0]", message: expect.stringMatching(/^must be written .*x/) },
      { field: "estate.clusters[1].hostGroups[0].coresPerSocket", message: "must be a number" },
      { field: "estate.clusters[1].vms", message: "must be a number" },
      { field: "estate.clusters[1].storageTiB", message: "must be 0 or more" },
      { field: "estate.clusters[1].workloads[0]", message: expect.stringMatching(/^must be one of general-server/) },
      { field: "estate.clusters[2]", message: expect.stringMatching(/^has 8 parts; a cluster has at most 7/) },
    ]),
  );
  params.set("estate.clusters", "");
  const none = parseResultsParams(params);
  expect(none.ok ? [] : none.fields).toEqual([{ field: "estate.clusters", message: "needs at least one cluster" }]);
});

test("clusters and the flat fields together are refused, as the API refuses them", () => {
  const params = answersToSearchParams({ ...DEFAULT_ANSWERS, estate: { clusters: [SQL] } });
  params.set("estate.hosts", "4");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields).toEqual([
    { field: "estate", message: "takes either clusters or the flat fields (hosts), never both" },
  ]);
});
