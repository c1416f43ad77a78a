// Where the steps sit: the questions, then the optional estate step, then the review. Kept in one
// place so the wizard, the saved draft and the resume prompt agree on what an index means.
export const ESTATE_STEP_NAME = "Your estate";

export function stepIndices(questionCount: number) {
  return { estate: questionCount, review: questionCount + 1 };
}
