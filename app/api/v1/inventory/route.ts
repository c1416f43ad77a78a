// POST /api/v1/inventory: an RVTools export in, the estate read from it out; nothing is stored.
import { inventoryHandler } from "@/lib/inventory/handler";

export const dynamic = "force-dynamic";

export const POST = inventoryHandler;
