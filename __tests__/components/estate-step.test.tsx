/** @jest-environment jsdom */
// The optional "Your estate" step of the wizard, rendered in jsdom: what a keyboard or screen-reader user meets.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
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
    /Windows VMs must be a number\./,
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
