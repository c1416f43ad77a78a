// Which VDI broker supports which hypervisor family as the platform for its desktops (2026-12). A
// broker the team already runs decides the platform more than any rating (DOMAIN.md, "Review of the
// seeded knowledge base"): Citrix supports XenServer, Hyper-V, vSphere and Nutanix AHV; Omnissa
// Horizon supports vSphere and, since Horizon 8 2512, Nutanix AHV; Azure Virtual Desktop runs its
// session hosts on Azure or on Azure Local.
import type { BrokerSupport } from "@/lib/knowledge/schema";
import * as S from "./sources";

const AS_OF = "2026-12-01";

const CITRIX_REQUIREMENTS = S.CITRIX_HOSTS;
const citrixEnvironment = (page: string, name: string) => ({
  title: `Citrix Virtual Apps and Desktops: ${name} virtualization environments`,
  url: `https://docs.citrix.com/en-us/citrix-virtual-apps-desktops/install-configure/install-prepare/${page}.html`,
  publisher: "Citrix",
});
const HORIZON_ON_VSPHERE = {
  title: "Omnissa Tech Zone: creating optimized Windows images for Horizon VMs (vSphere hosts)",
  url: "https://techzone.omnissa.com/resource/manually-creating-optimized-windows-images-horizon-vms",
  publisher: "Omnissa",
};
const HORIZON_ON_AHV = S.HORIZON_AHV;
const AVD_OVERVIEW = {
  title: "What is Azure Virtual Desktop?",
  url: "https://learn.microsoft.com/en-us/azure/virtual-desktop/overview",
  publisher: "Microsoft Learn",
};
const AVD_ON_AZURE_LOCAL = {
  title: "Azure Virtual Desktop on Azure Local",
  url: "https://learn.microsoft.com/en-us/azure/virtual-desktop/azure-local-overview",
  publisher: "Microsoft Learn",
};

export const brokerSupport: BrokerSupport[] = [
  {
    broker: "citrix",
    hypervisor: "esxi",
    supported: true,
    note: "Citrix Virtual Apps and Desktops supports VMware vSphere as a hosting platform, through a connection to vCenter.",
    sources: [CITRIX_REQUIREMENTS, citrixEnvironment("vmware", "VMware")],
    asOf: AS_OF,
  },
  {
    broker: "citrix",
    hypervisor: "hyper-v",
    supported: true,
    products: ["windows-server-datacenter-system-center"],
    note: "Citrix Virtual Apps and Desktops supports Microsoft Hyper-V as a hosting platform through a connection to System Center Virtual Machine Manager, so the Hyper-V product for Citrix is the one that includes System Center.",
    sources: [CITRIX_REQUIREMENTS, citrixEnvironment("msscvmm", "Microsoft System Center Virtual Machine Manager")],
    asOf: AS_OF,
  },
  {
    broker: "citrix",
    hypervisor: "kvm",
    supported: true,
    products: ["nutanix-ahv"],
    note: "Citrix supports KVM only as Nutanix AHV, through the Nutanix plug-in; Proxmox VE, OpenShift Virtualization and the other KVM platforms are not Citrix hosting platforms.",
    sources: [CITRIX_REQUIREMENTS, citrixEnvironment("nutanix", "Nutanix")],
    asOf: AS_OF,
  },
  {
    broker: "citrix",
    hypervisor: "xen",
    supported: true,
    products: ["xenserver"],
    licenceIncluded: true,
    note: "Citrix supports XenServer, its own Xen platform, which is an entitlement of the Citrix for Private Cloud, Universal Hybrid Multi-Cloud, Universal MSP and Platform License subscriptions; the community XCP-ng is not a listed Citrix hosting platform.",
    sources: [
      CITRIX_REQUIREMENTS,
      citrixEnvironment("xenserver", "XenServer"),
      {
        title: "XenServer 8 licensing overview",
        url: "https://docs.xenserver.com/en-us/xenserver/8/overview-licensing.html",
        publisher: "XenServer",
      },
    ],
    asOf: AS_OF,
  },
  {
    broker: "horizon",
    hypervisor: "esxi",
    supported: true,
    note: "Omnissa Horizon 8 was built for vSphere: vCenter is its native capacity provider, with instant clones.",
    sources: [HORIZON_ON_VSPHERE],
    asOf: AS_OF,
  },
  {
    broker: "horizon",
    hypervisor: "hyper-v",
    supported: false,
    note: "Omnissa Horizon 8 does not run its desktops on Hyper-V: its platforms are vSphere and, since 2512, Nutanix AHV.",
    sources: [HORIZON_ON_VSPHERE, HORIZON_ON_AHV],
    asOf: AS_OF,
  },
  {
    broker: "horizon",
    hypervisor: "kvm",
    supported: true,
    products: ["nutanix-ahv"],
    note: "Omnissa Horizon 8 supports KVM only as Nutanix AHV, generally available since Horizon 8 2512 (December 2025).",
    sources: [HORIZON_ON_AHV],
    asOf: AS_OF,
  },
  {
    broker: "horizon",
    hypervisor: "xen",
    supported: false,
    note: "Omnissa Horizon 8 does not run its desktops on Xen: its platforms are vSphere and, since 2512, Nutanix AHV.",
    sources: [HORIZON_ON_VSPHERE, HORIZON_ON_AHV],
    asOf: AS_OF,
  },
  {
    broker: "avd",
    hypervisor: "esxi",
    supported: false,
    note: "Azure Virtual Desktop runs its session hosts on Azure or on Azure Local, not on vSphere.",
    sources: [AVD_OVERVIEW, AVD_ON_AZURE_LOCAL],
    asOf: AS_OF,
  },
  {
    broker: "avd",
    hypervisor: "hyper-v",
    supported: true,
    platforms: ["azure", "on-premises"],
    note: "Azure Virtual Desktop runs on Azure, whose hypervisor descends from Hyper-V, and on premises on Azure Local, Microsoft's Hyper-V-based platform; not on other clouds.",
    sources: [AVD_OVERVIEW, AVD_ON_AZURE_LOCAL],
    asOf: AS_OF,
  },
  {
    broker: "avd",
    hypervisor: "kvm",
    supported: false,
    note: "Azure Virtual Desktop runs its session hosts on Azure or on Azure Local, not on KVM platforms.",
    sources: [AVD_OVERVIEW, AVD_ON_AZURE_LOCAL],
    asOf: AS_OF,
  },
  {
    broker: "avd",
    hypervisor: "xen",
    supported: false,
    note: "Azure Virtual Desktop runs its session hosts on Azure or on Azure Local, not on Xen.",
    sources: [AVD_OVERVIEW, AVD_ON_AZURE_LOCAL],
    asOf: AS_OF,
  },
];
