// After a publish, cached public pages must see the new version: the knowledge page, and every share
// page (whose "today's data differs" notice compares against the latest version).
import { revalidatePath } from "next/cache";

export function revalidatePublishedPages(): void {
  revalidatePath("/r/[id]", "page");
  revalidatePath("/knowledge");
}
