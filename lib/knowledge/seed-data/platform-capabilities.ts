// Must-haves that a platform, not the hypervisor a team would install, delivers (2026-12). On a
// public cloud the customer does not run the hypervisor: Azure's confidential VMs run on its
// Hyper-V-based hypervisor although Windows Server documents no such VMs on premises, and the
// clouds protect and support their own instances. Each entry replaces the family's capability for
// teams on that platform (DOMAIN.md, "Review of the seeded knowledge base (2026-12)").
import type { PlatformCapability } from "@/lib/knowledge/schema";
import * as S from "./sources";

const AS_OF = "2026-12-01";

export const platformCapabilities: PlatformCapability[] = [
  {
    platform: "azure",
    hypervisor: "hyper-v",
    mustHave: "confidential-computing",
    met: true,
    note: "Met on Azure: Azure confidential VMs (AMD SEV-SNP and Intel TDX) run on Azure's hypervisor, which is based on Hyper-V. Windows Server and Azure Local on premises document no such VMs, so this holds for Azure only.",
    sources: [S.AZURE_CONFIDENTIAL_VMS, S.KERNEL_HYPERV_COCO, S.AZURE_HYPERVISOR],
    asOf: AS_OF,
  },
  {
    platform: "aws",
    hypervisor: "kvm",
    mustHave: "confidential-computing",
    met: true,
    note: "Met on AWS: Amazon EC2 offers AMD SEV-SNP on M6a, C6a and R6a instances of its KVM-based Nitro hypervisor, enabled at launch; the confidential VM comes from EC2, not from a KVM you run.",
    sources: [S.AWS_SEV_SNP, S.AWS_EC2_FAQ],
    asOf: AS_OF,
  },
  {
    platform: "aws",
    hypervisor: "xen",
    mustHave: "confidential-computing",
    met: false,
    note: "Not on AWS: EC2's AMD SEV-SNP is offered on current Nitro instance types only, and Xen remains on AWS only for older instance types run through Xen-on-Nitro.",
    sources: [S.AWS_SEV_SNP, S.XEN_ON_NITRO],
    asOf: AS_OF,
  },
  {
    platform: "aws",
    hypervisor: "kvm",
    mustHave: "backup-ecosystem",
    met: true,
    note: "Met on AWS: AWS Backup protects EC2 instances and their EBS volumes as a managed service, and the major backup vendors support EC2.",
    sources: [S.AWS_BACKUP],
    asOf: AS_OF,
  },
  {
    platform: "google-cloud",
    hypervisor: "kvm",
    mustHave: "confidential-computing",
    met: true,
    note: "Met on Google Cloud: Compute Engine's Confidential VMs (AMD SEV and SEV-SNP, Intel TDX) run on Google's KVM-based hypervisor.",
    sources: [S.GCE_CONFIDENTIAL_VM, S.GOOGLE_KVM_HARDENING],
    asOf: AS_OF,
  },
  {
    platform: "oracle-cloud",
    hypervisor: "kvm",
    mustHave: "confidential-computing",
    met: true,
    note: "Met on Oracle Cloud: OCI Compute offers confidential computing on some AMD shapes (AMD SEV for VMs, memory encryption on bare metal; Oracle's page not re-checked from a stored copy). Oracle does not name the hypervisor behind its VMs, so this rests on OCI's service, not on a KVM you run.",
    sources: [S.OCI_CONFIDENTIAL_COMPUTING, S.OCI_COMPUTE_OVERVIEW],
    asOf: AS_OF,
  },
  {
    platform: "vmware-hybrid",
    hypervisor: "esxi",
    mustHave: "vendor-support",
    met: true,
    note: "Met through the hosted service: Azure VMware Solution and Google Cloud VMware Engine are run and supported by Microsoft and Google, with Broadcom behind the VMware software.",
    sources: [S.AVS_INTRO, S.GCVE_OVERVIEW],
    asOf: AS_OF,
  },
];
