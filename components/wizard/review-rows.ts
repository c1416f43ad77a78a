// The review's rows: every answer in words, each with the step it is given on, then the estate step's
// three parts (the estate, the platforms ruled out, the cost assumptions).
import type { Answers } from "@/lib/questionnaire/answers";
import { describeAnswer, hypervisorLabel } from "@/lib/questionnaire/describe-answer";
import { describeAssumptions, describeEstate } from "@/lib/questionnaire/describe-estate";
import { VDI_BROKER_QUESTION, type Question } from "@/lib/questionnaire/questions";
import type { ReviewRow } from "./review-step";
import { ESTATE_STEP_NAME } from "./steps";

type Values = Partial<Omit<Answers, "estate">> & { estate?: unknown; assumptions?: unknown };

export function reviewRows(questions: readonly Question[], values: Values, estateStep: number): ReviewRow[] {
  return [
    ...questions.flatMap((q, index) => [
      {
        step: index,
        name: q.shortTitle,
        question: q.title,
        labels: describeAnswer(q, values[q.id]),
        empty: values[q.id] === undefined ? "Not answered" : undefined,
      },
      // The broker is asked under workloads, once desktops are among them.
      ...(q.id === "workloads" && values.workloads?.includes("vdi")
        ? [
            {
              step: index,
              name: VDI_BROKER_QUESTION.shortTitle,
              question: VDI_BROKER_QUESTION.title,
              labels: describeAnswer(VDI_BROKER_QUESTION, values.vdiBroker),
              empty: "Not given",
            },
          ]
        : []),
    ]),
    {
      step: estateStep,
      name: ESTATE_STEP_NAME,
      question: "Your estate (optional)",
      labels: describeEstate(values) ?? ["Incomplete"],
      empty: "Not given",
    },
    {
      step: estateStep,
      name: "Will not run",
      question: "Platforms you will not run (optional)",
      labels: (values.ruledOut ?? []).map(hypervisorLabel),
      empty: "None ruled out",
    },
    {
      step: estateStep,
      name: "Cost assumptions",
      question: "Cost assumptions (optional)",
      labels: describeAssumptions(values.assumptions) ?? ["Incomplete"],
      empty: "The defaults",
    },
  ];
}
