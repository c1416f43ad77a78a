// Recognises Prisma errors by their documented codes, never by message text.

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** P2002: a unique constraint failed. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}
