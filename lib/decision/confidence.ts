// How sure the recommendation is, from the score margin and the robustness share (docs/method.md).
import type { Confidence } from "./types";

/** Below this margin (points out of 100) the top two are a tie in practice. */
export const TIE_MARGIN = 1;
/** Below this margin, or below this robustness share, the lead is narrow. */
export const NARROW_MARGIN = 5;
export const NARROW_SHARE = 0.6;

export function rateConfidence(
  margin: number | null,
  robustnessShare: number,
  winnerName: string,
  runnerUpName: string | null,
): Confidence {
  const share = `${Math.round(robustnessShare * 100)}%`;
  if (margin === null || runnerUpName === null) {
    return {
      label: "clear",
      margin: null,
      robustnessShare,
      explanation: `${winnerName} is the only option that meets every requirement.`,
    };
  }
  const points = margin.toFixed(1);
  if (margin < TIE_MARGIN) {
    return {
      label: "tie",
      margin,
      robustnessShare,
      explanation: `${winnerName} leads ${runnerUpName} by only ${points} points, which is within the uncertainty of the weights: treat it as a tie.`,
    };
  }
  if (margin < NARROW_MARGIN || robustnessShare < NARROW_SHARE) {
    return {
      label: "narrow",
      margin,
      robustnessShare,
      explanation: `${winnerName} leads ${runnerUpName} by ${points} points and wins in ${share} of plausible weightings, so a modest change in priorities could change the result.`,
    };
  }
  return {
    label: "clear",
    margin,
    robustnessShare,
    explanation: `${winnerName} leads ${runnerUpName} by ${points} points and wins in ${share} of plausible weightings.`,
  };
}
