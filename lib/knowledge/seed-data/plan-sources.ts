// Source constants for the plan collections (products, prices, exchange rates, migration paths).
// URLs already catalogued in sources.ts are re-exported from there, so each URL is written once.
import type { Source } from "@/lib/knowledge/schema";

export {
  AVS_INTRO,
  AVS_VCF_PORTABILITY,
  AWS_BACKUP,
  AWS_EC2_FAQ,
  AWS_EVS_LICENSING,
  AWS_NESTED_VIRTUALIZATION,
  AWS_SEV_SNP,
  AWS_VM_IMPORT,
  AZURE_ACU_NESTED,
  AZURE_CONFIDENTIAL_VMS,
  AZURE_HYPERVISOR,
  AZURE_MIGRATE_HYPERV,
  BROADCOM_LIFECYCLE,
  CITRIX_HOSTS,
  CLOUDSTACK_COMPAT,
  CLOUDSTACK_DOCS,
  CNCF_KUBEVIRT,
  GCE_CONFIDENTIAL_VM,
  GCE_NESTED_VIRTUALIZATION,
  GCVE_OVERVIEW,
  GOOGLE_KVM_HARDENING,
  HORIZON_AHV,
  HYPERV_GPU_PARTITIONING,
  NVIDIA_VGPU_FEATURES,
  OCI_COMPUTE_OVERVIEW,
  OCVS,
  OPENNEBULA_7_COMPAT,
  SYSTEM_CENTER_2025_LIFECYCLE,
  VMC_ON_AWS,
  XCP_NG_RELEASES,
  XEN_ON_NITRO,
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
  VM_OPERATOR,
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

export const OCVS_BYOL_GA: Source = {
  title:
    "Bring Your Own License for Oracle Cloud VMware Solution is GA (VCF subscriptions from Broadcom; new license-included SDDCs end 2026-03-21, BYOL from 2026-03-22)",
  url: "https://blogs.oracle.com/cloud-infrastructure/byol-for-ocvs-is-ga",
  publisher: "Oracle",
};
export const OCVS_DOCS: Source = {
  title:
    "Overview of Oracle Cloud VMware Solution (SDDCs of 3 to 64 ESXi hosts; bring-your-own ESXi on bare-metal instances is not supported)",
  url: "https://docs.cloud.oracle.com/iaas/Content/VMware/Concepts/ocvsoverview.htm",
  publisher: "Oracle",
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

export const WINDOWS_SERVER_2025_LIFECYCLE: Source = {
  title:
    "Windows Server 2025 – Microsoft Lifecycle (Fixed Lifecycle Policy: mainstream and extended support end dates)",
  url: "https://learn.microsoft.com/en-us/lifecycle/products/windows-server-2025",
  publisher: "Microsoft",
};
export const SYSTEM_CENTER_PRICING: Source = {
  title:
    "System Center 2025 pricing (Datacenter US$3,968 and Standard US$1,455 per 16 cores, as recorded in our research notes from Microsoft's November 2024 pricing datasheet)",
  url: "https://www.microsoft.com/en-us/system-center/pricing",
  publisher: "Microsoft",
};
export const SCVMM_2025_REQUIREMENTS: Source = {
  title:
    "System requirements for System Center Virtual Machine Manager 2025 (scale of a VMM server: 1,000 hosts and 25,000 VMs, as recorded in our research notes)",
  url: "https://learn.microsoft.com/en-us/system-center/vmm/system-requirements?view=sc-vmm-2025",
  publisher: "Microsoft",
};
export const CITRIX_SCVMM: Source = {
  title:
    "Citrix Virtual Apps and Desktops: Microsoft System Center Virtual Machine Manager virtualization environments (Hyper-V hosts are reached through SCVMM)",
  url: "https://docs.citrix.com/en-us/citrix-virtual-apps-desktops/install-configure/install-prepare/msscvmm.html",
  publisher: "Citrix",
};
export const AZURE_VM_PRICING: Source = {
  title: "Azure Virtual Machines pricing (per VM size, billed per second or reserved)",
  url: "https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/",
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

export const PROXMOX_SUBSCRIPTION_AGREEMENT_COPY: Source = {
  title:
    "Proxmox VE Subscription Agreement v3.3 (older terms: Basic 3 tickets a year, Standard 10, Premium unlimited; response within one business day; remote SSH support from Standard; all cluster nodes at one level)",
  url: "https://de.scribd.com/document/388048759/Proxmox-VE-Subscription-Agreement-V3-3-pdf",
  publisher: "Proxmox Server Solutions (copy on Scribd; older version)",
};
export const PROXMOX_NVIDIA_VGPU: Source = {
  title: "NVIDIA vGPU on Proxmox VE (Proxmox VE wiki: requirements and setup of NVIDIA vGPU)",
  url: "https://pve.proxmox.com/wiki/NVIDIA_vGPU_on_Proxmox_VE",
  publisher: "Proxmox Server Solutions",
};
export const NVIDIA_VGPU_KB_OVERVIEW: Source = {
  title:
    "NVIDIA vGPU knowledge base, overview (an edition listed Nutanix AHV 10.0, SLES 15 and Proxmox VE 8.3 as using NVIDIA's generic KVM vGPU release, with support and feature confirmation by their vendors)",
  url: "https://docs.nvidia.com/vgpu/knowledge-base/latest/overview.html",
  publisher: "NVIDIA",
};
export const NC2_AWS: Source = {
  title: "Nutanix Cloud Clusters (NC2) on AWS: AHV clusters on EC2 bare-metal instances (The Nutanix Bible)",
  url: "https://www.nutanixbible.com/10a-book-of-nutanix-clusters-aws.html",
  publisher: "Nutanix (The Nutanix Bible)",
};
export const NC2_AZURE: Source = {
  title: "Nutanix Cloud Clusters (NC2) on Azure: AHV clusters on Azure bare-metal nodes (The Nutanix Bible)",
  url: "https://www.nutanixbible.com/10b-book-of-nutanix-clusters-azure.html",
  publisher: "Nutanix (The Nutanix Bible)",
};
export const HARVESTER_LIVE_MIGRATION: Source = {
  title: "Harvester v1.6: live migration (VMs with PCI passthrough or vGPU host devices cannot be live-migrated)",
  url: "https://docs.harvesterhci.io/v1.6/vm/live-migration",
  publisher: "SUSE / Harvester project",
};
export const OLVM_ON_OCI_LAB: Source = {
  title:
    "Install Oracle Linux Virtualization Manager in Oracle Cloud Infrastructure (Oracle's playbooks for an engine and KVM hosts on OCI)",
  url: "https://github.com/oracle-devrel/linux-virt-labs/tree/main/olvm",
  publisher: "Oracle (oracle-devrel)",
};
export const HPE_VME_DOCS: Source = {
  title:
    "HPE VM Essentials documentation: provisioning concepts (manages HPE VME clusters and VMware vCenter private clouds)",
  url: "https://hpevm-docs.morpheusdata.com/en/latest/provisioning/concepts/concepts.html",
  publisher: "Hewlett Packard Enterprise",
};
export const VEEAM_HPE_VME: Source = {
  title:
    "Veeam Backup & Replication: HPE Morpheus VM Essentials VM backup (agentless, copy-on-write snapshots, changed block tracking through libvirt and QEMU)",
  url: "https://helpcenter.veeam.com/docs/vbr/userguide/hpe_backup_job_how.html",
  publisher: "Veeam",
};
export const OPENNEBULA_SOURCE: Source = {
  title: "OpenNebula source repository (Apache License 2.0)",
  url: "https://github.com/OpenNebula/one",
  publisher: "OpenNebula Systems",
};
export const OPENNEBULA_SUPPORT_ADDONS: Source = {
  title: "OpenNebula support add-ons (support extended to the KVM, libvirt and OS stack of the virtualization nodes)",
  url: "http://opennebula.systems/opennebula-support-add-ons/",
  publisher: "OpenNebula Systems",
};
export const OPENNEBULA_SUBSCRIPTION_2021: Source = {
  title:
    "OpenNebula Subscription, revision 2021-04-15 (Elemental, Standard and Premium plans; no prices published in it)",
  url: "https://scribd.com/document/606114528/OpenNebula-Subscription-Rev20210415",
  publisher: "OpenNebula Systems (copy on Scribd)",
};
export const CLOUDSTACK_SOURCE: Source = {
  title: "Apache CloudStack source repository (Apache License 2.0)",
  url: "https://github.com/apache/cloudstack",
  publisher: "Apache Software Foundation",
};
export const AWS_EC2_PRICING: Source = {
  title: "Amazon EC2 pricing (per instance type, billed per second or hour; savings plans and reservations)",
  url: "https://aws.amazon.com/ec2/pricing/",
  publisher: "Amazon Web Services",
};
export const GCE_PRICING: Source = {
  title: "Compute Engine VM instance pricing (per machine type, per second; committed-use discounts)",
  url: "https://cloud.google.com/compute/vm-instance-pricing",
  publisher: "Google Cloud",
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
