/** @jest-environment jsdom */
// The optional "Your estate" step of the wizard, rendered in jsdom: what a keyboard or screen-reader user meets.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { Wizard } from "@/components/wizard/wizard";
import { DRAFT_KEY, parseDraft } from "@/components/wizard/draft";
import { DEFAULT_ANSWERS, QUESTIONS } from "@/lib/questionnaire/questions";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

function typeInto(name: string | RegExp, text: string) {
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value: text } });
}

test("the estate step: skip when empty, errors named by field, a draft that round-trips, the review and the results URL", async () => {
  render(<Wizard questions={QUESTIONS} start={{ answers: DEFAULT_ANSWERS, step: 9, furthest: 9 }} />);
  expect(screen.getByRole("heading", { level: 2 })).toHaveAccessibleName(/^Step 10 of 10 ?: Your estate \(optional\)$/);
  const submit = () => screen.getByRole("button", { name: /Skip this step|Review answers|See the recommendation/ });
  expect(submit()).toHaveAccessibleName("Skip this step");
  typeInto("Hosts", "4");
  expect(submit()).toHaveTextContent("Review answers");
  await act(async () => {
    fireEvent.click(submit());
  });
  await waitFor(() =>
    expect(screen.getByRole("textbox", { name: "CPU sockets per host" })).toHaveAttribute("aria-invalid", "true"),
  );
  expect(screen.getByRole("textbox", { name: "CPU sockets per host" })).toHaveFocus();
  expect(screen.getByRole("textbox", { name: "CPU sockets per host" })).toHaveAccessibleDescription(
    /Enter the CPU sockets per host too\./,
  );
  expect(screen.getByRole("textbox", { name: "Cores per CPU" })).toHaveAccessibleDescription(
    /Enter the cores per CPU too\./,
  );
  expect(screen.getByRole("textbox", { name: "Hosts" })).not.toHaveAttribute("aria-invalid");
  // clear → skip, errors go
  await act(async () => {
    typeInto("Hosts", "");
  });
  await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(""));
  expect(submit()).toHaveAccessibleName("Skip this step");
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).answers.estate).toBeUndefined();

  await act(async () => {
    typeInto("Hosts", "4");
    typeInto("CPU sockets per host", "2");
    typeInto("Cores per CPU", "8");
    typeInto(/^Virtual machines/, "1,000");
    typeInto(/^Of which Windows/, "abc");
  });
  expect(screen.getByRole("status")).toHaveTextContent("= 64 physical cores");
  await act(async () => {
    fireEvent.click(submit());
  });
  await waitFor(() => expect(screen.getByRole("textbox", { name: /^Of which Windows/ })).toHaveFocus());
  expect(screen.getByRole("textbox", { name: /^Of which Windows/ })).toHaveAccessibleDescription(
    /Windows Server VMs must be a number\./,
  );
  await act(async () => {
    typeInto(/^Of which Windows/, "2000");
  });
  await act(async () => {
    typeInto(/^Of which Windows/, "40");
  });
  await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(""));
  const saved = parseDraft(localStorage.getItem(DRAFT_KEY), 10);
  expect(saved?.answers.estate).toEqual({ hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 1000, windowsVms: 40 });
  await act(async () => {
    fireEvent.click(submit());
  });
  await screen.findByRole("region", { name: /Review your answers/ });
  expect(screen.getByRole("navigation", { name: "Steps" })).toHaveTextContent(
    "4 hosts × 2 sockets × 8 cores, 1,000 VMs (40 Windows Server), 3 years",
  );
  // Change → values back
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Change Your estate" }));
  });
  expect(screen.getByRole("textbox", { name: "Hosts" })).toHaveValue("4");
  expect(screen.getByRole("textbox", { name: /^Virtual machines/ })).toHaveValue("1000");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Back to review" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "See the recommendation" }));
  });
  await waitFor(() => expect(push).toHaveBeenCalled());
  expect(push.mock.calls[0][0]).toContain(
    "estate.hosts=4&estate.socketsPerHost=2&estate.coresPerSocket=8&estate.vms=1000&estate.windowsVms=40",
  );
});

test("skipped estate submits as before", async () => {
  push.mockClear();
  localStorage.clear();
  render(<Wizard questions={QUESTIONS} start={{ answers: DEFAULT_ANSWERS, step: 9, furthest: 9 }} />);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Skip this step" }));
  });
  const review = await screen.findByRole("region", { name: /Review your answers/ });
  expect(review).toHaveTextContent("Not given");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "See the recommendation" }));
  });
  await waitFor(() => expect(push).toHaveBeenCalled());
  expect(push.mock.calls[0][0]).toBe(
    "/results?workloads=general-server&guestOs=mixed&licensing=no-preference&cloudPlatform=on-premises&currentPlatform=none&scale=medium&budget=moderate&mustHaves=&teamSkills=",
  );
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).answers).not.toHaveProperty("estate");
});

test("an invalid estate from a stale start is sent back to the estate step on submit", async () => {
  render(
    <Wizard questions={QUESTIONS} start={{ answers: { ...DEFAULT_ANSWERS, years: 20 }, step: 10, furthest: 10 }} />,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "See the recommendation" }));
  });
  await screen.findByRole("textbox", { name: /^Horizon in years/ });
  expect(screen.getByRole("textbox", { name: /^Horizon in years/ })).toHaveAccessibleDescription(
    /Horizon must be at most 10 years\./,
  );
});

test("desktop VMs, platforms ruled out and cost assumptions: labelled, defaults shown, errors named, values in the URL", async () => {
  push.mockClear();
  localStorage.clear();
  render(<Wizard questions={QUESTIONS} start={{ answers: DEFAULT_ANSWERS, step: 9, furthest: 9 }} />);
  expect(screen.getByRole("textbox", { name: /^Of which desktops/ })).toHaveAccessibleDescription(
    /VDA or Microsoft 365 rights, never Windows Server/,
  );
  const ruledOut = screen.getByRole("group", { name: "We will not run (optional)" });
  const costs = screen.getByRole("group", { name: "Cost assumptions (optional)" });
  const owned = within(costs).getByRole("combobox", { name: "Windows Server licences owned" });
  const term = within(costs).getByRole("combobox", { name: "VMware subscription term" });
  const renewal = within(costs).getByLabelText("Contract renewal date");
  const dayRate = within(costs).getByRole("textbox", { name: "Migration day rate (US$ per person-day)" });
  const discount = within(costs).getByRole("textbox", { name: "Discount rate (% a year)" });
  // Each default is shown where the value goes, and nothing is filled in for the person.
  expect(owned).toHaveAccessibleDescription(/Default: none owned/);
  expect(term).toHaveAccessibleDescription(/Default: the term the published price quotes/);
  expect(
    within(term)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Default", "1 year", "3 years", "5 years"]);
  expect(renewal).toHaveAttribute("type", "date");
  expect(renewal).toHaveAccessibleDescription(/Default: today's contract is taken to run out now/);
  expect(dayRate).toHaveAccessibleDescription(/Default: US\$1,000 per person-day, an assumption\./);
  expect(discount).toHaveAccessibleDescription(/Default: 7 % a year/);
  expect(dayRate).toHaveValue("");
  expect(discount).toHaveValue("");

  // A percent past the schema's limit and a day rate that is no number: named, with the reason.
  await act(async () => {
    typeInto(/^Virtual machines/, "600");
    typeInto(/^Of which Windows/, "120");
    typeInto(/^Of which desktops/, "380");
    typeInto("Discount rate (% a year)", "60");
    typeInto("Migration day rate (US$ per person-day)", "a lot");
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Review answers" }));
  });
  await waitFor(() => expect(dayRate).toHaveFocus());
  expect(screen.getByRole("alert")).toHaveTextContent("Check migration day rate and discount rate.");
  expect(dayRate).toHaveAccessibleDescription(/Migration day rate must be a number\./);
  expect(discount).toHaveAccessibleDescription(/Discount rate must be at most 0\.5 \(50 %\)\./);
  expect(discount).toHaveAttribute("aria-invalid", "true");

  await act(async () => {
    typeInto("Migration day rate (US$ per person-day)", "1,200");
    typeInto("Discount rate (% a year)", "7");
    fireEvent.change(owned, { target: { value: "datacenter" } });
    fireEvent.change(term, { target: { value: "5" } });
    fireEvent.change(renewal, { target: { value: "2027-06-30" } });
    fireEvent.click(within(ruledOut).getByRole("checkbox", { name: "VMware ESXi (vSphere)" }));
    fireEvent.click(within(ruledOut).getByRole("checkbox", { name: "Xen" }));
  });
  await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(""));
  expect(parseDraft(localStorage.getItem(DRAFT_KEY), 10)).toMatchObject({
    answers: { estate: { vms: 600, windowsVms: 120, desktopVms: 380 }, ruledOut: ["esxi", "xen"] },
    assumptions: {
      windowsOwned: "datacenter",
      vmwareTermYears: 5,
      renewalDate: "2027-06-30",
      migrationDayRate: 1200,
      discountRate: 0.07,
    },
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Review answers" }));
  });
  const review = await screen.findByRole("region", { name: /Review your answers/ });
  expect(review).toHaveTextContent("600 VMs (120 Windows Server, 380 desktops)");
  expect(review).toHaveTextContent("Will not runVMware ESXi (vSphere)Xen");
  expect(review).toHaveTextContent("Discount rate: 7 % a year");
  expect(review).toHaveTextContent("Migration day rate: US$1,200 per person-day");

  // Change → the percent comes back as it was typed.
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Change Cost assumptions" }));
  });
  expect(screen.getByRole("textbox", { name: "Discount rate (% a year)" })).toHaveValue("7");
  expect(screen.getByRole("checkbox", { name: "Xen" })).toBeChecked();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Back to review" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "See the recommendation" }));
  });
  await waitFor(() => expect(push).toHaveBeenCalled());
  const url = new URL(push.mock.calls[0][0], "http://localhost");
  expect(url.searchParams.get("estate.desktopVms")).toBe("380");
  expect(url.searchParams.get("ruledOut")).toBe("esxi,xen");
  expect(url.search).toContain(
    "a.windowsOwned=datacenter&a.vmwareTermYears=5&a.renewalDate=2027-06-30&a.migrationDayRate=1200&a.discountRate=0.07",
  );
});

test("assumptions and families from a results URL open filled in, and go back out unchanged", async () => {
  push.mockClear();
  localStorage.clear();
  const start = {
    answers: { ...DEFAULT_ANSWERS, currentPlatform: "esxi" as const, ruledOut: ["esxi" as const] },
    assumptions: { discountRate: 0.055, vmwareTermYears: 1 as const },
    step: 9,
    furthest: 10,
  };
  render(<Wizard questions={QUESTIONS} start={start} />);
  expect(screen.getByRole("textbox", { name: "Discount rate (% a year)" })).toHaveValue("5.5");
  expect(screen.getByRole("combobox", { name: "VMware subscription term" })).toHaveValue("1");
  expect(screen.getByRole("checkbox", { name: "VMware ESXi (vSphere)" })).toBeChecked();
  expect(screen.getByRole("checkbox", { name: "KVM" })).not.toBeChecked();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Review answers" }));
  });
  await act(async () => {
    fireEvent.click(await screen.findByRole("button", { name: "See the recommendation" }));
  });
  await waitFor(() => expect(push).toHaveBeenCalled());
  expect(push.mock.calls[0][0]).toMatch(/&ruledOut=esxi&a\.vmwareTermYears=1&a\.discountRate=0\.055$/);
});
