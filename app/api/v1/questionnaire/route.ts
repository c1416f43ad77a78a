// The questions, options, help texts and defaults the wizard renders from.
import { DEFAULT_ANSWERS, QUESTIONS } from "@/lib/questionnaire/questions";

export const dynamic = "force-static";

export function GET() {
  return Response.json({ version: "v1", questions: QUESTIONS, defaults: DEFAULT_ANSWERS });
}
