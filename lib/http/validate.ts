// Parses client input with a shared zod schema, turning failures into a 400 that names each field.
import type { z } from "zod";
import { fieldErrorsFromZod, ValidationError } from "@/lib/errors/app-error";

export function parseInput<T extends z.ZodType>(schema: T, data: unknown, prefix?: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ValidationError(fieldErrorsFromZod(result.error, prefix));
  return result.data;
}
