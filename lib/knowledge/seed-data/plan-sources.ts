// Source constants for the plan collections (products, prices, exchange rates, migration paths).
// URLs already catalogued in sources.ts are re-exported from there, so each URL is written once.
import type { Source } from "@/lib/knowledge/schema";

export {
  AVS_VCF_PORTABILITY,
  RHV_LIFECYCLE,
  XENSERVER_LICENSING,
  AZURE_VIRTUAL_DESKTOP,
  CLOUDSTACK_4_22_1,
  ESXI_80U3E_NOTES,
  FAILOVER_CLUSTERING,
  FREE_ESXI_DISCONTINUED,
  HYPERV_SCALE_LIMITS,
  KUBEVIRT,
  NOVA_HYPERVISORS,
  NUTANIX_AHV,
  NVIDIA_VGPU_MATRIX,
  OLVM_DOCS,
  OPENSHIFT_VIRTUALIZATION,
  OVIRT,
  PROXMOX_HA,
  PROXMOX_PRICING,
  PROXMOX_ROADMAP,
  PROXMOX_VE,
  SCVMM_OVERVIEW,
  VCF9_VIRTUAL_HARDWARE_22,
  VEEAM_AHV,
  VEEAM_PLATFORMS,
  VEEAM_PROXMOX,
  VIRTIO_WIN,
  VMWARE_72_CORE_COMPLIANCE,
  VMWARE_72_CORE_REPORT,
  VMWARE_PER_CORE_LICENSING,
  VSPHERE_8_DOCS,
  WINDOWS_ADMIN_CENTER,
  WINDOWS_SERVER_PRICING,
  XCP_NG,
  XCP_NG_GITHUB,
  XENSERVER_8_DOCS,
  XENSERVER_8_LIMITS,
  XEN_ORCHESTRA_DOCS,
} from "./sources";

// ---------- VMware / Broadcom ----------
export const VCF_PRODUCT: Source = {
  title: "VMware Cloud Foundation (product page)",
  url: "https://www.vmware.com/products/cloud-infrastructure/vmware-cloud-foundation",
  publisher: "Broadcom",
};
export const VVF_PRODUCT: Source = {
  title: "VMware vSphere Foundation (product page)",
  url: "https://www.vmware.com/products/cloud-infrastructure/vsphere-foundation",
  publisher: "Broadcom",
};
export const BROADCOM_KB_313548: Source = {
  title: "Counting cores for VMware Cloud Foundation and vSphere Foundation (KB 313548: 16-core minimum per CPU)",
  url: "https://knowledge.broadcom.com/external/article/313548",
  publisher: "Broadcom",
};
export const BROADCOM_KB_326663: Source = {
  title: "vSAN capacity included with VMware vSphere Foundation (KB 326663)",
  url: "https://knowledge.broadcom.com/external/article/326663",
  publisher: "Broadcom",
};
export const VCF9_LICENSING_SECONDARY: Source = {
  title: "VCF 9 licensing and consumption model (16-core floor; 1 TiB raw vSAN per VCF core)",
  url: "https://drpranayjha.com/vcf-9-licensing-consumption-model/",
  publisher: "Dr. Pranay Jha (secondary)",
};
export const VCF_CORE_PACKS_SECONDARY: Source = {
  title: "VMware VCF core-pack pricing (list price of about US$350 per core per year)",
  url: "https://www.redresscompliance.com/vmware-vcf-core-pack-pricing-32-cores.html",
  publisher: "Redress Compliance (secondary)",
};
export const VMWARE_MINIMUMS_OTAVA: Source = {
  title:
    "Simplifying VMware Licensing: core counts and bundle requirements (2026-03-26; describes the 72-core minimum from 2025-04-10 as current)",
  url: "https://www.otava.com/blog/simplifying-vmware-licensing",
  publisher: "Otava (secondary)",
};
export const FREE_ESXI_API_READ_ONLY: Source = {
  title: "VMware vSphere Hypervisor: the free ESXi edition has read-only remote APIs, which limits backup tools",
  url: "https://vcapdcd.blogspot.com/2013/11/vmware-vsphere-hypervisor.html",
  publisher: "VCAP-DCD study blog (secondary, 2013)",
};

// ---------- Microsoft ----------
export const WINDOWS_SERVER_PRICE_COPY: Source = {
  title:
    "Windows Server pricing as copied from microsoft.com (Datacenter US$6,771 and Standard US$1,176 per 16-core licence; Azure Arc pay-as-you-go US$33.58 per core per month)",
  url: "https://raw.githubusercontent.com/api-evangelist/microsoft-windows-server/refs/heads/main/finops/microsoft-windows-server-finops.yml",
  publisher: "API Evangelist (secondary copy)",
};
export const AZURE_LOCAL_BILLING: Source = {
  title: "Azure Local billing and payment (flat rate per physical core, billed monthly)",
  url: "https://learn.microsoft.com/en-us/azure/azure-local/concepts/billing",
  publisher: "Microsoft",
};
export const AZURE_LOCAL_PRICING: Source = {
  title: "Azure Local pricing (host service fee per physical core per month)",
  url: "https://azure.microsoft.com/en-us/pricing/details/azure-local/",
  publisher: "Microsoft",
};
export const AZURE_LOCAL_HYBRID_BENEFIT: Source = {
  title:
    "Azure Hybrid Benefit for Azure Local (waives the host fee and the Windows Server guest subscription for Datacenter licences with Software Assurance)",
  url: "https://learn.microsoft.com/en-us/azure/azure-local/concepts/azure-hybrid-benefit",
  publisher: "Microsoft",
};
export const AZURE_LOCAL_BASELINE: Source = {
  title: "Azure Local baseline reference architecture (2 to 16 machines; L1 and L2 host-fee rates)",
  url: "https://learn.microsoft.com/en-us/azure/architecture/hybrid/azure-local-baseline",
  publisher: "Microsoft",
};
export const WAC_VM_CONVERSION: Source = {
  title: "Migrate VMware VMs to Hyper-V with the VM Conversion extension in Windows Admin Center (preview)",
  url: "https://learn.microsoft.com/en-us/windows-server/manage/windows-admin-center/use/migrate-vmware-to-hyper-v",
  publisher: "Microsoft",
};
export const WAC_VM_CONVERSION_NEWS: Source = {
  title:
    "Microsoft announces a free VM conversion tool for VMware to Hyper-V (agentless, change block tracking, up to 10 VMs at once)",
  url: "https://worldofsoftware.org/microsoft-announces-conversion-of-virtual-machines",
  publisher: "World of Software (secondary)",
};
export const SCVMM_CONVERT_VMWARE: Source = {
  title: "Convert a VMware VM to Hyper-V in the VMM fabric (System Center 2025)",
  url: "https://learn.microsoft.com/en-us/system-center/vmm/vm-convert-vmware?view=sc-vmm-2025",
  publisher: "Microsoft",
};

// ---------- KVM products ----------
export const PROXMOX_MIGRATE: Source = {
  title: "Migrate to Proxmox VE (including the automatic ESXi import)",
  url: "https://pve.proxmox.com/wiki/Migrate_to_Proxmox_VE",
  publisher: "Proxmox Server Solutions",
};
export const PROXMOX_CLUSTER_MANAGER: Source = {
  title: "Proxmox VE Cluster Manager (corosync cluster, quorum, node requirements)",
  url: "https://pve.proxmox.com/wiki/Cluster_Manager",
  publisher: "Proxmox Server Solutions",
};
export const MTV_DOCS: Source = {
  title:
    "Migration Toolkit for Virtualization documentation (cold and warm migration from VMware to OpenShift Virtualization)",
  url: "https://docs.redhat.com/en/documentation/migration_toolkit_for_virtualization/",
  publisher: "Red Hat",
};
export const FORKLIFT: Source = {
  title: "Forklift (upstream of the Migration Toolkit for Virtualization)",
  url: "https://github.com/kubev2v/forklift",
  publisher: "Konveyor / kubev2v",
};
export const NUTANIX_MOVE: Source = {
  title: "Nutanix Move (free cross-hypervisor migration to AHV)",
  url: "https://www.nutanix.com/products/move",
  publisher: "Nutanix",
};
export const NUTANIX_MOVE_PLAYBOOK: Source = {
  title:
    "Nutanix Move VM migration playbook: ESXi to AHV (ESXi 6.0–8.0 sources, online replication, NSX and SRM dependencies)",
  url: "https://intelligentvisibility.com/guides/nutanix-move-vm-migration-playbook-vmware-esxi-to-ahv",
  publisher: "Intelligent Visibility (secondary)",
};
export const OLVM_PREMIER_CHANGE_SECONDARY: Source = {
  title: "Oracle Linux virtualisation: change to Premier Support terms in March 2025 (in German)",
  url: "https://www.dbmasters.at/db/masters/artikel/oracle-linux-virtualisierung-wartungsaenderung",
  publisher: "DB Masters (secondary)",
};
export const HARVESTER: Source = {
  title: "Harvester, the open-source HCI behind SUSE Virtualization (Apache 2.0)",
  url: "https://github.com/harvester/harvester",
  publisher: "SUSE / Harvester project",
};
export const HARVESTER_DOCS: Source = {
  title: "Harvester documentation (KubeVirt-based VMs, Longhorn storage, Rancher integration)",
  url: "https://docs.harvesterhci.io/",
  publisher: "SUSE / Harvester project",
};
export const CANONICAL_OPENSTACK: Source = {
  title: "Canonical OpenStack",
  url: "https://canonical.com/openstack",
  publisher: "Canonical",
};
export const UBUNTU_PRO_PRICING: Source = {
  title: "Ubuntu Pro pricing",
  url: "https://ubuntu.com/pricing/pro",
  publisher: "Canonical",
};
export const UBUNTU_PRO_FAQ: Source = {
  title: "Ubuntu Pro FAQ (unlimited guests when every physical host is covered)",
  url: "https://discourse.ubuntu.com/t/ubuntu-pro-faq/34042",
  publisher: "Canonical",
};
export const OVIRT_FUTURE_2022: Source = {
  title: "Future of oVirt, February 2022",
  url: "https://blogs.ovirt.org/2022/02/future-of-ovirt-february-2022/",
  publisher: "oVirt project",
};

// ---------- Xen products ----------
export const XCP_NG_DOCS: Source = {
  title: "XCP-ng documentation (release 8.3, host limits, support)",
  url: "https://docs.xcp-ng.org/",
  publisher: "Vates",
};
export const XO_V2V_GUIDE: Source = {
  title: "Xen Orchestra V2V migration guide (VMware to XCP-ng with nbdkit and VDDK, warm migration)",
  url: "https://docs.xen-orchestra.com/v2v-migration-guide",
  publisher: "Vates",
};
export const VATES_VMS_TERMS: Source = {
  title: "Vates VMS terms and conditions (support subscriptions for XCP-ng and Xen Orchestra; last update 2026-06-18)",
  url: "https://vates.tech/en/user-conditions/vates-vms",
  publisher: "Vates",
};
export const VATES_PRICE_BLOG: Source = {
  title: "Why XCP-ng, and not VMware (mentions Vates Pro support at about €1,250 per host per year; undated)",
  url: "https://nortinia.com/journal/nip-xcp-ng-why-not-vmware",
  publisher: "Nortinia (secondary, unconfirmed)",
};

// ---------- Generic migration tools ----------
export const VIRT_V2V: Source = {
  title: "virt-v2v: convert a guest to use KVM (reads VMware, Xen and Hyper-V guests)",
  url: "https://libguestfs.org/virt-v2v.1.html",
  publisher: "libguestfs project",
};
export const STARWIND_V2V: Source = {
  title: "StarWind V2V Converter (free disk and VM conversion between hypervisor formats)",
  url: "https://www.starwindsoftware.com/starwind-v2v-converter",
  publisher: "StarWind",
};
export const CLOUDSTACK_VMWARE_IMPORT: Source = {
  title: "Apache CloudStack: importing VMware VMs into KVM (4.19 and later, uses virt-v2v)",
  url: "https://docs.cloudstack.apache.org/en/latest/adminguide/virtual_machines/importing_vmware_vms_into_kvm.html",
  publisher: "Apache CloudStack",
};

// ---------- Currency ----------
export const ECB_DAILY_REFERENCE: Source = {
  title: "ECB euro foreign exchange reference rates, daily XML (fixing of 2026-05-08: 1 EUR = 1.1761 USD)",
  url: "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
  publisher: "European Central Bank",
};
export const ECB_USD_SERIES: Source = {
  title: "ECB euro reference rate for the US dollar, history (1 EUR = 1.1761 USD on 2026-05-08)",
  url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html",
  publisher: "European Central Bank",
};
export const ECB_REFERENCE_RATES: Source = {
  title: "Euro foreign exchange reference rates (methodology and history)",
  url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
  publisher: "European Central Bank",
};
