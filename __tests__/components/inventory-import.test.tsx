/** @jest-environment jsdom */
// Importing an RVTools export on the estate step, with the browser reader stubbed by a reading built
// here: what was read is shown and corrected before it is used, the schema's errors name the cluster,
// and the estate used travels in the draft, the review and the results URL.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { Wizard } from "@/components/wizard/wizard";
import { DRAFT_KEY, parseDraft } from "@/components/wizard/draft";
import type { Cluster } from "@/lib/questionnaire/answers";
import type { InventoryReading } from "@/lib/inventory/types";
import { readInventoryInWorker, type WorkerAnswer } from "@/lib/inventory/read-in-worker";
import { DEFAULT_ANSWERS, QUESTIONS } from "@/lib/questionnaire/questions";
import { parseResultsParams } from "@/lib/questionnaire/url-state";
import { checkRows, rowsFromClusters } from "@/components/wizard/inventory-rows";
import { DMZ_CLUSTER, SQL_CLUSTER, VDI_CLUSTER } from "../support/clusters";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("@/lib/inventory/read-in-worker", () => ({ readInventoryInWorker: jest.fn() }));
const read = readInventoryInWorker as jest.MockedFunction<typeof readInventoryInWorker>;

const ESTATE_STEP = { answers: DEFAULT_ANSWERS, step: 9, furthest: 9 };
const CLUSTERS: Cluster[] = [SQL_CLUSTER, VDI_CLUSTER, DMZ_CLUSTER];
const READING: InventoryReading = {
  estate: { clusters: CLUSTERS },
  summary: {
    hosts: 17,
    sockets: 29,
    cores: 504,
    vms: 512,
    poweredOnVms: 480,
    templates: 7,
    windowsServerVms: 84,
    desktopVms: 360,
    linuxVms: 60,
    otherVms: 8,
    storageTiB: 60.5,
    clusters: 3,
  },
  perCluster: CLUSTERS.map((c) => ({
    name: c.name,
    hosts: c.hostGroups.reduce((n, g) => n + g.count, 0),
    cores: c.hostGroups.reduce((n, g) => n + g.count * g.socketsPerHost * g.coresPerSocket, 0),
    vms: c.vms,
    poweredOnVms: c.vms,
    templates: 0,
    windowsServerVms: c.windowsServerVms,
    desktopVms: c.desktopVms,
    linuxVms: c.vms - c.windowsServerVms - c.desktopVms,
    otherVms: 0,
    storageTiB: c.storageTiB ?? 0,
  })),
  warnings: ["8 VMs report no guest OS: counted as other guests, licensed as Linux."],
};

function choose(file = new File(["PK"], "inventory.xlsx")) {
  fireEvent.change(screen.getByLabelText("Import an RVTools export"), { target: { files: [file] } });
}

async function importReading(answer: WorkerAnswer = { ok: true, reading: READING }) {
  read.mockResolvedValueOnce(answer);
  await act(async () => choose());
}

beforeEach(() => {
  push.mockClear();
  read.mockReset();
  localStorage.clear();
});

test("the review shows what was read: totals, host groups, storage and the reader's warnings", async () => {
  render(<Wizard questions={QUESTIONS} start={ESTATE_STEP} />);
  const input = screen.getByLabelText("Import an RVTools export");
  expect(input).toHaveAttribute("accept", expect.stringContaining(".xlsx"));
  expect(input).toHaveAccessibleDescription(/read in this browser and never uploaded/);
  let answer: (value: WorkerAnswer) => void = () => {};
  read.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
  act(() => choose());
  expect(screen.getByText("Reading inventory.xlsx…")).toBeInTheDocument();
  expect(read).toHaveBeenCalledWith(expect.objectContaining({ name: "inventory.xlsx" }));
  await act(async () => answer({ ok: true, reading: READING }));

  const review = screen.getByRole("region", { name: "What was read" });
  expect(within(review).getByRole("heading", { name: "What was read" })).toHaveFocus();
  expect(screen.queryByText("Reading inventory.xlsx…")).not.toBeInTheDocument();
  const totals = within(review).getByTestId("inventory-totals");
  for (const text of [
    "Clusters3",
    "Hosts17",
    "Sockets29",
    "Cores504",
    "VMs512",
    "Powered on480",
    "Powered off32",
    "Templates7",
    "Windows Server84",
    "Desktops360",
    "Linux60",
    "Other guests8",
    "Storage used60.5 TiB",
  ])
    expect(totals).toHaveTextContent(text);
  expect(review).toHaveTextContent("8 VMs report no guest OS");
  const table = within(review).getByRole("table", { name: "Clusters (3)" });
  const vdi = within(table).getAllByRole("row")[2]!;
  expect(within(vdi).getByRole("textbox", { name: "Name of cluster 2" })).toHaveValue("VDI");
  expect(vdi).toHaveTextContent("8 × 2 × 16 cores2 × 1 × 16 cores");
  expect(within(vdi).getByRole("textbox", { name: "Desktop VMs in VDI" })).toHaveValue("360");
  expect(vdi).toHaveTextContent("40.25");
  // Nothing is used yet: the typed figures are out of the way, not replaced.
  expect(screen.queryByRole("textbox", { name: "Hosts" })).not.toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Discard" })));
  expect(screen.getByRole("textbox", { name: "Hosts" })).toHaveValue("");
  expect(screen.getByLabelText("Import an RVTools export")).toHaveFocus();
});

test("a Windows count past the cluster's VMs is the schema's error, named by cluster, and blocks its use", async () => {
  render(<Wizard questions={QUESTIONS} start={ESTATE_STEP} />);
  await importReading();
  const windows = screen.getByRole("textbox", { name: "Windows Server VMs in SQL" });
  await act(async () => fireEvent.change(windows, { target: { value: "150" } }));
  expect(windows).toHaveAttribute("aria-invalid", "true");
  expect(windows).toHaveAccessibleDescription("Windows Server VMs in SQL must not exceed the cluster's VMs.");
  // Renamed, the cluster is named anew.
  await act(async () =>
    fireEvent.change(screen.getByRole("textbox", { name: "Name of cluster 1" }), { target: { value: "Databases" } }),
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use this estate" })));
  const fixed = screen.getByRole("textbox", { name: "Windows Server VMs in Databases" });
  expect(fixed).toHaveFocus();
  // With the desktops, the count breaks the schema's second rule too: both are counted, the first said.
  expect(
    screen.getByText(
      "Check these 2 values before using the estate: Windows Server VMs in Databases must not exceed the cluster's VMs.",
    ),
  ).toHaveAttribute("role", "alert");
  expect(screen.queryByTestId("estate-in-use")).not.toBeInTheDocument();
  await act(async () => fireEvent.change(fixed, { target: { value: "100" } }));
  expect(fixed).not.toHaveAttribute("aria-invalid");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use this estate" })));
  expect(screen.getByTestId("estate-in-use")).toHaveTextContent("3 clusters, 17 hosts, 512 VMs");
  expect(screen.getByRole("heading", { name: "Imported estate in use" })).toHaveFocus();
});

test("Use this estate: workloads per cluster kept, in the draft, the review and a results URL that parses back", async () => {
  render(<Wizard questions={QUESTIONS} start={ESTATE_STEP} />);
  await act(async () => fireEvent.change(screen.getByRole("textbox", { name: "Hosts" }), { target: { value: "4" } }));
  await importReading();
  const sql = screen.getByRole("group", { name: "Workloads of SQL" });
  const vdi = screen.getByRole("group", { name: "Workloads of VDI" });
  await act(async () => {
    fireEvent.click(within(sql).getByRole("checkbox", { name: "Windows applications" }));
    fireEvent.click(within(sql).getByRole("checkbox", { name: "Databases" }));
    fireEvent.click(within(vdi).getByRole("checkbox", { name: /^Virtual desktops/ }));
  });
  expect(screen.getByText("Windows applications, Databases")).toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use this estate" })));

  const used = [
    { ...CLUSTERS[0]!, workloads: ["windows-apps", "databases"] },
    { ...CLUSTERS[1]!, workloads: ["vdi"] },
    CLUSTERS[2]!,
  ];
  expect(parseDraft(localStorage.getItem(DRAFT_KEY), 10)?.answers.estate).toEqual({ clusters: used });
  expect(screen.getByRole("button", { name: "Review answers" })).toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Review answers" })));
  const review = await screen.findByRole("region", { name: /Review your answers/ });
  expect(review).toHaveTextContent(
    "Your estate3 clusters, 17 hosts, 504 cores512 VMs (84 Windows Server, 360 desktops)",
  );
  expect(screen.getByRole("navigation", { name: "Steps" })).toHaveTextContent(
    "3 clusters, 17 hosts, 504 cores, 512 VMs (84 Windows Server, 360 desktops), 3 years",
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "See the recommendation" })));
  await waitFor(() => expect(push).toHaveBeenCalled());
  const url = new URL(push.mock.calls[0][0], "http://localhost");
  expect(url.searchParams.has("estate.hosts")).toBe(false);
  expect(parseResultsParams(url.searchParams)).toMatchObject({ ok: true, answers: { estate: { clusters: used } } });
});

test("Type the figures instead gives back the figures typed before the import", async () => {
  render(<Wizard questions={QUESTIONS} start={ESTATE_STEP} />);
  await act(async () => {
    fireEvent.change(screen.getByRole("textbox", { name: "Hosts" }), { target: { value: "4" } });
    fireEvent.change(screen.getByRole("textbox", { name: "CPU sockets per host" }), { target: { value: "2" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Cores per CPU" }), { target: { value: "8" } });
  });
  await importReading();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use this estate" })));
  expect(screen.getByTestId("estate-in-use")).toHaveTextContent("(from inventory.xlsx)");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Type the figures instead" })));
  expect(screen.getByRole("textbox", { name: "Hosts" })).toHaveValue("4");
  expect(screen.getByRole("textbox", { name: "Hosts" })).toHaveFocus();
  await waitFor(() =>
    expect(parseDraft(localStorage.getItem(DRAFT_KEY), 10)?.answers.estate).toEqual({
      hosts: 4,
      socketsPerHost: 2,
      coresPerSocket: 8,
    }),
  );
});

test("an estate of clusters from a results URL opens in use, and its review counts the clusters themselves", async () => {
  const start = { answers: { ...DEFAULT_ANSWERS, estate: { clusters: CLUSTERS } }, step: 9, furthest: 10 };
  render(<Wizard questions={QUESTIONS} start={start} />);
  expect(screen.getByTestId("estate-in-use")).toHaveTextContent("3 clusters, 17 hosts, 512 VMs");
  expect(screen.queryByRole("textbox", { name: "Hosts" })).not.toBeInTheDocument();
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Review the clusters" })));
  const review = screen.getByRole("region", { name: "The clusters in use" });
  expect(within(review).getByTestId("inventory-totals")).toHaveTextContent("Cores504");
  expect(within(review).getByTestId("inventory-totals")).toHaveTextContent("Storage used60.5 TiB");
  expect(within(review).getByTestId("inventory-totals")).not.toHaveTextContent("Templates");
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Discard changes" })));
  expect(screen.getByRole("heading", { name: "Imported estate in use" })).toHaveFocus();
});

test("a file the reader refuses is said as the reader says it, and the typed figures stay", async () => {
  render(<Wizard questions={QUESTIONS} start={ESTATE_STEP} />);
  const message = "This is not an RVTools export: the vHost sheet is missing.";
  await importReading({ ok: false, problem: "not_rvtools", message });
  expect(screen.getByText(message)).toHaveAttribute("role", "alert");
  expect(screen.getByRole("textbox", { name: "Hosts" })).toBeInTheDocument();
  read.mockRejectedValueOnce(new Error("not yet"));
  await act(async () => choose());
  expect(screen.getByText("The file could not be read: not yet")).toHaveAttribute("role", "alert");
});

test("more clusters than the API or a results link takes are refused with the reason", () => {
  const named = (n: number, name: (i: number) => string) =>
    rowsFromClusters(Array.from({ length: n }, (_, i) => ({ ...SQL_CLUSTER, name: name(i) })));
  const long = checkRows(named(200, (i) => `A cluster with a long name, number ${i}`));
  expect("errors" in long && long.errors.general).toEqual([
    expect.stringMatching(/^These 200 clusters take [\d,]+ characters of a results link, more than the 10,000/),
  ]);
  const many = checkRows(named(501, (i) => `C${i}`));
  expect("errors" in many && many.errors.general).toEqual(["The estate holds at most 500 clusters."]);
  expect(checkRows(named(100, (i) => `Cluster-Prod-${i}`))).toHaveProperty("clusters");
});
