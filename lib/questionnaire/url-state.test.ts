import { DEFAULT_ANSWERS } from "./questions";
import { answersToSearchParams, parseResultsParams } from "./url-state";

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
  });
  expect(answersToSearchParams(DEFAULT_ANSWERS).has("vdiBroker")).toBe(false);
  params.set("vdiBroker", "parallels");
  const parsed = parseResultsParams(params);
  expect(parsed.ok ? [] : parsed.fields.map((f) => f.field)).toEqual(["vdiBroker"]);
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
