// The Windows Server prices guest licences are bought at, whatever the hypervisor: a leaf of its own,
// so the results page can name them without loading the cost engine (which it loads for re-scoring).
import type { WindowsEdition } from "./windows-licensing";

export const WINDOWS_PRICES: Record<WindowsEdition, { product: string; key: string }> = {
  standard: { product: "windows-server-standard", key: "licence" },
  datacenter: { product: "windows-server-datacenter", key: "licence" },
};
