// Catalogue of reusable Source constants, so that each URL is written once.
import type { Source } from "@/lib/knowledge/schema";

// ---------- VMware / Broadcom ----------
export const ESXI_80U3E_NOTES: Source = {
  title: "VMware ESXi 8.0 Update 3e Release Notes",
  url: "https://techdocs.broadcom.com/us/en/vmware-cis/vsphere/vsphere/8-0/release-notes/esxi-update-and-patch-release-notes/vsphere-esxi-80u3e-release-notes.html",
  publisher: "Broadcom",
};
export const VSPHERE_8_DOCS: Source = {
  title: "VMware vSphere 8.0 documentation (vMotion, vSphere HA, DRS)",
  url: "https://techdocs.broadcom.com/us/en/vmware-cis/vsphere/vsphere/8-0.html",
  publisher: "Broadcom",
};
export const VSPHERE_SEV_ES_BLOG: Source = {
  title: "vSphere 7 Update 1 – AMD SEV-ES",
  url: "https://blogs.vmware.com/vsphere/2020/09/vsphere-7-update-1-amd-sev-es.html",
  publisher: "VMware",
};
export const LENOVO_SEV_SNP_ESXI9: Source = {
  title: "Configuring Confidential Computing with AMD SEV-SNP and VMware ESXi 9.0 (LP2349)",
  url: "https://lenovopress.lenovo.com/lp2349-configuring-confidential-computing-with-amd-sev-snp-and-vmware-esxi-90",
  publisher: "Lenovo Press",
};
export const VCF9_VIRTUAL_HARDWARE_22: Source = {
  title: "VCF and VVF 9.0: virtual hardware version 22 (960 vCPUs, Intel TDX, AMD SEV-SNP)",
  url: "https://vinfrastructure.it/it/?p=39307",
  publisher: "vInfrastructure blog (secondary)",
};
export const BROADCOM_CLOSES_VMWARE: Source = {
  title: "Broadcom closes VMware deal after 18-month saga ending in China",
  url: "https://www.business-standard.com/world-news/broadcom-closes-vmware-deal-after-18-month-saga-ending-in-china-report-123112300003_1.html",
  publisher: "Business Standard (Bloomberg)",
};
export const FREE_ESXI_DISCONTINUED: Source = {
  title: "Broadcom discontinues the free version of VMware ESXi (summary of Ars Technica report)",
  url: "https://soylentnews.org/article.pl?sid=24/03/13/1444247",
  publisher: "SoylentNews",
};
export const VMWARE_PER_CORE_LICENSING: Source = {
  title: "Cracking the Per-Core VMware Licensing Model: Calculations and Cost Pitfalls",
  url: "https://redresscompliance.com/cracking-the-per-core-vmware-licensing-model-calculations-and-cost-pitfalls.html",
  publisher: "Redress Compliance (secondary)",
};
export const VMWARE_72_CORE_REPORT: Source = {
  title:
    "Managing VMware Licensing Costs Under Broadcom (72-core minimum order: introduced April 2025, reported as walked back)",
  url: "https://www.anystackarchitect.com/managing-vmware-licensing-costs-under-broadcom-core-counts-tier-selection-cluster-design-and-renewal-tactics",
  publisher: "AnyStack Architect (secondary)",
};
export const VMWARE_72_CORE_COMPLIANCE: Source = {
  title: "VMware core count compliance: how Broadcom calculates (mentions the 72-core minimum)",
  url: "https://redresscompliance.com/vmware-core-count-compliance-broadcom-calculation.html",
  publisher: "Redress Compliance (secondary)",
};
export const OMNISSA: Source = {
  title: "Omnissa (Horizon, formerly VMware End-User Computing)",
  url: "https://www.omnissa.com/",
  publisher: "Omnissa",
};
export const VMC_ON_AWS: Source = {
  title: "VMware Cloud on AWS",
  url: "https://aws.amazon.com/vmware/",
  publisher: "Amazon Web Services",
};
export const AVS_INTRO: Source = {
  title: "What is Azure VMware Solution?",
  url: "https://learn.microsoft.com/en-us/azure/azure-vmware/introduction",
  publisher: "Microsoft",
};
export const AVS_VCF_PORTABILITY: Source = {
  title: "Use portable VMware Cloud Foundation (VCF) on Azure VMware Solution",
  url: "https://learn.microsoft.com/en-us/azure/azure-vmware/vmware-cloud-foundations-license-portability",
  publisher: "Microsoft",
};
export const GCVE_OVERVIEW: Source = {
  title: "Google Cloud VMware Engine overview",
  url: "https://cloud.google.com/vmware-engine/docs/overview",
  publisher: "Google Cloud",
};
export const OCVS: Source = {
  title: "Oracle Cloud VMware Solution",
  url: "https://www.oracle.com/cloud/compute/vmware/",
  publisher: "Oracle",
};
export const GARTNER_35_PERCENT: Source = {
  title:
    "VMware news: 35% less workload in 3 years (Gartner VP Julia Palmer at Gartner Symposium, 2025-09-10, as reported by The Register)",
  url: "https://borncity.com/win/2025/09/13/vmware-news-35-less-workload-in-3-years-tesco-lawsuit-but-strong-sales",
  publisher: "Born's Tech and Windows World (secondary)",
};
export const CLOUDBOLT_SURVEY_2025: Source = {
  title: "VMware users intensify efforts to cut software footprint, survey reveals (CloudBolt survey)",
  url: "https://thetechdiff.com/vmware-users-intensify-efforts-to-cut-software-footprint-survey-reveals",
  publisher: "The Tech Diff (secondary)",
};

// ---------- Microsoft ----------
export const AZURE_HYPERVISOR: Source = {
  title: "Hypervisor security on the Azure fleet",
  url: "https://learn.microsoft.com/en-us/azure/security/fundamentals/hypervisor",
  publisher: "Microsoft",
};
export const AZURE_MIGRATE_HYPERV: Source = {
  title: "Migrate Hyper-V VMs to Azure with Azure Migrate",
  url: "https://learn.microsoft.com/en-us/azure/migrate/tutorial-migrate-hyper-v",
  publisher: "Microsoft",
};
export const AZURE_CONFIDENTIAL_VMS: Source = {
  title: "About Azure confidential VMs",
  url: "https://learn.microsoft.com/en-us/azure/confidential-computing/confidential-vm-overview",
  publisher: "Microsoft",
};
export const KERNEL_HYPERV_COCO: Source = {
  title: "Confidential Computing VMs on Hyper-V (Linux kernel documentation)",
  url: "https://docs.kernel.org/virt/hyperv/coco.html",
  publisher: "Linux kernel",
};
export const HYPERV_LIVE_MIGRATION: Source = {
  title: "Live Migration Overview (Hyper-V)",
  url: "https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/manage/live-migration-overview",
  publisher: "Microsoft",
};
export const HYPERV_SCALE_LIMITS: Source = {
  title: "Plan for Hyper-V scalability in Windows Server (maximum scale limits)",
  url: "https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/maximum-scale-limits",
  publisher: "Microsoft",
};
export const HYPERV_GPU_PARTITIONING: Source = {
  title: "GPU partitioning in Windows Server (Hyper-V)",
  url: "https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/gpu-partitioning",
  publisher: "Microsoft",
};
export const HYPERV_LINUX_GUESTS: Source = {
  title: "Supported Linux and FreeBSD virtual machines for Hyper-V on Windows",
  url: "https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/supported-linux-and-freebsd-virtual-machines-for-hyper-v-on-windows",
  publisher: "Microsoft",
};
export const FAILOVER_CLUSTERING: Source = {
  title: "Failover Clustering in Windows Server and Azure Local",
  url: "https://learn.microsoft.com/en-us/windows-server/failover-clustering/failover-clustering-overview",
  publisher: "Microsoft",
};
export const SCVMM_OVERVIEW: Source = {
  title: "What is Virtual Machine Manager? (System Center)",
  url: "https://learn.microsoft.com/en-us/system-center/vmm/overview",
  publisher: "Microsoft",
};
export const WINDOWS_ADMIN_CENTER: Source = {
  title: "Windows Admin Center overview",
  url: "https://learn.microsoft.com/en-us/windows-server/manage/windows-admin-center/overview",
  publisher: "Microsoft",
};
export const WINDOWS_SERVER_PRICING: Source = {
  title: "Windows Server 2025 pricing and licensing",
  url: "https://www.microsoft.com/en-us/windows-server/pricing",
  publisher: "Microsoft",
};
export const HYPERV_SERVER_2019_LIFECYCLE: Source = {
  title: "Hyper-V Server 2019 – Microsoft Lifecycle",
  url: "https://learn.microsoft.com/en-us/lifecycle/products/hyper-v-server-2019",
  publisher: "Microsoft",
};
export const AZURE_VIRTUAL_DESKTOP: Source = {
  title: "What is Azure Virtual Desktop?",
  url: "https://learn.microsoft.com/en-us/azure/virtual-desktop/overview",
  publisher: "Microsoft",
};
export const AZURE_ACU_NESTED: Source = {
  title: "Azure compute unit (ACU) – VM families, including nested virtualization support",
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/acu",
  publisher: "Microsoft",
};

// ---------- Backup ----------
export const VEEAM_PLATFORMS: Source = {
  title:
    "Veeam Backup & Replication 13 User Guide: Supported Platforms, Applications and Workloads (updated 2026-02-12)",
  url: "https://helpcenter.veeam.com/docs/vbr/userguide/platform_support.html",
  publisher: "Veeam",
};
export const VEEAM_PROXMOX: Source = {
  title: "Veeam Plug-In for Proxmox VE User Guide",
  url: "https://helpcenter.veeam.com/docs/vbproxmoxve/userguide/overview.html",
  publisher: "Veeam",
};
export const VEEAM_AHV: Source = {
  title: "Veeam Backup for Nutanix AHV User Guide",
  url: "https://helpcenter.veeam.com/docs/vbahv/userguide/overview.html",
  publisher: "Veeam",
};
export const STORWARE_PLATFORMS: Source = {
  title: "Storware (vProtect) manual: protected virtual machine platforms",
  url: "https://github.com/Storware/vprotect-manual/blob/master/deployment/protected-platforms/virtual-machines/README.md",
  publisher: "Storware",
};

// ---------- GPU ----------
export const NVIDIA_VGPU_MATRIX: Source = {
  title: "NVIDIA Virtual GPU Software Product Support Matrix",
  url: "https://docs.nvidia.com/vgpu/latest/product-support-matrix/index.html",
  publisher: "NVIDIA",
};

// ---------- KVM ----------
export const KERNEL_KVM: Source = {
  title: "KVM (Linux kernel documentation)",
  url: "https://docs.kernel.org/virt/kvm/index.html",
  publisher: "Linux kernel",
};
export const KERNEL_KVM_SEV: Source = {
  title: "Secure Encrypted Virtualization (SEV, SEV-ES, SEV-SNP) in KVM",
  url: "https://docs.kernel.org/virt/kvm/x86/amd-memory-encryption.html",
  publisher: "Linux kernel",
};
export const KERNEL_KVM_TDX: Source = {
  title: "Intel Trust Domain Extensions (TDX) in KVM",
  url: "https://docs.kernel.org/virt/kvm/x86/intel-tdx.html",
  publisher: "Linux kernel",
};
export const KERNELNEWBIES_2_6_20: Source = {
  title: "Linux 2.6.20 (first kernel with KVM)",
  url: "https://kernelnewbies.org/Linux_2_6_20",
  publisher: "KernelNewbies",
};
export const QEMU_LICENSE: Source = {
  title: "QEMU license",
  url: "https://www.qemu.org/docs/master/about/license.html",
  publisher: "QEMU project",
};
export const PROXMOX_VE: Source = {
  title: "Proxmox Virtual Environment overview",
  url: "https://www.proxmox.com/en/products/proxmox-virtual-environment/overview",
  publisher: "Proxmox Server Solutions",
};
export const PROXMOX_PRICING: Source = {
  title: "Proxmox VE subscriptions and pricing",
  url: "https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing",
  publisher: "Proxmox Server Solutions",
};
export const PROXMOX_HA: Source = {
  title: "Proxmox VE High Availability (HA rules, affinity, cluster resource scheduling)",
  url: "https://pve.proxmox.com/wiki/High_Availability",
  publisher: "Proxmox Server Solutions",
};
export const PROXMOX_ROADMAP: Source = {
  title: "Proxmox VE Roadmap and release history",
  url: "https://pve.proxmox.com/wiki/Roadmap",
  publisher: "Proxmox Server Solutions",
};
export const OLVM_DOCS: Source = {
  title: "Oracle Linux Virtualization Manager documentation",
  url: "https://docs.oracle.com/en/virtualization/oracle-linux-virtualization-manager/",
  publisher: "Oracle",
};
export const OVIRT: Source = {
  title: "oVirt open source virtualization management",
  url: "https://www.ovirt.org/",
  publisher: "oVirt project",
};
export const NUTANIX_AHV: Source = {
  title: "Nutanix AHV",
  url: "https://www.nutanix.com/products/ahv",
  publisher: "Nutanix",
};
export const OPENSHIFT_VIRTUALIZATION: Source = {
  title: "Red Hat OpenShift Virtualization",
  url: "https://www.redhat.com/en/technologies/cloud-computing/openshift/virtualization",
  publisher: "Red Hat",
};
export const VM_OPERATOR: Source = {
  title: "vm-operator: self-service manage your virtual infrastructure through Kubernetes (vSphere Supervisor)",
  url: "https://github.com/vmware-tanzu/vm-operator",
  publisher: "VMware (Broadcom)",
};
export const KUBEVIRT: Source = {
  title: "KubeVirt: virtual machines on Kubernetes",
  url: "https://kubevirt.io/",
  publisher: "KubeVirt project",
};
export const CNCF_KUBEVIRT: Source = {
  title: "KubeVirt (CNCF project page)",
  url: "https://www.cncf.io/projects/kubevirt/",
  publisher: "Cloud Native Computing Foundation",
};
export const VIRTIO_WIN: Source = {
  title: "virtio-win drivers for Windows guests on KVM",
  url: "https://github.com/virtio-win/virtio-win-pkg-scripts",
  publisher: "virtio-win project",
};
export const QUMRANET_WIKI: Source = {
  title: "Qumranet (acquired by Red Hat in 2008)",
  url: "https://en.wikipedia.org/wiki/Qumranet",
  publisher: "Wikipedia",
};
export const OVA_WIKI: Source = {
  title: "Open Virtualization Alliance",
  url: "https://en.wikipedia.org/wiki/Open_Virtualization_Alliance",
  publisher: "Wikipedia",
};
export const HWANG_2013: Source = {
  title: "A Component-Based Performance Comparison of Four Hypervisors (Hwang, Zeng, Wu, Wood; IFIP/IEEE IM 2013)",
  url: "https://www.researchgate.net/publication/242105480_A_Component_Based_Performance_Comparison_of_Four_Hypervisors",
  publisher: "ResearchGate (author copy)",
};

// ---------- Public clouds ----------
export const AWS_EC2_FAQ: Source = {
  title: "Amazon EC2 FAQs (Nitro Hypervisor: built on core KVM technology)",
  url: "https://aws.amazon.com/ec2/faqs/",
  publisher: "Amazon Web Services",
};
export const XEN_ON_NITRO: Source = {
  title: "Xen-on-Nitro: AWS Nitro for Legacy Instances",
  url: "https://perspectives.mvdirona.com/2021/11/xen-on-nitro-aws-nitro-for-legacy-instances/",
  publisher: "James Hamilton, Perspectives (AWS)",
};
export const AWS_EVS_LICENSING: Source = {
  title: "Amazon EVS user guide: VCF licensing (bring your own VCF subscription)",
  url: "https://docs.aws.amazon.com/evs/latest/userguide/vcf-license-mgmt.html",
  publisher: "Amazon Web Services",
};
export const AWS_VM_IMPORT: Source = {
  title: "VM Import/Export: import virtual machine images into Amazon EC2",
  url: "https://docs.aws.amazon.com/vm-import/latest/userguide/what-is-vmimport.html",
  publisher: "Amazon Web Services",
};
export const AWS_SEV_SNP: Source = {
  title: "AMD SEV-SNP for Amazon EC2 instances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sev-snp.html",
  publisher: "Amazon Web Services",
};
export const AWS_BACKUP: Source = {
  title: "What is AWS Backup? (supported resources include Amazon EC2 and Amazon EBS)",
  url: "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html",
  publisher: "Amazon Web Services",
};
export const GCE_CONFIDENTIAL_VM: Source = {
  title: "Confidential VM overview (AMD SEV, AMD SEV-SNP, Intel TDX)",
  url: "https://cloud.google.com/confidential-computing/confidential-vm/docs/confidential-vm-overview",
  publisher: "Google Cloud",
};
export const OCI_CONFIDENTIAL_COMPUTING: Source = {
  title: "OCI Compute: confidential computing",
  url: "https://docs.oracle.com/en-us/iaas/Content/Compute/References/confidential_compute.htm",
  publisher: "Oracle",
};
export const AWS_NESTED_VIRTUALIZATION: Source = {
  title: "Use nested virtualization to run hypervisors in Amazon EC2 instances",
  url: "https://docs.aws.eu/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html",
  publisher: "Amazon Web Services",
};
export const GOOGLE_KVM_HARDENING: Source = {
  title: "7 ways we harden our KVM hypervisor at Google Cloud: security in plaintext",
  url: "https://cloud.google.com/blog/products/gcp/7-ways-we-harden-our-kvm-hypervisor-at-google-cloud-security-in-plaintext",
  publisher: "Google Cloud",
};
export const GCE_NESTED_VIRTUALIZATION: Source = {
  title: "About nested virtualization (Compute Engine)",
  url: "https://cloud.google.com/compute/docs/instances/nested-virtualization/overview",
  publisher: "Google Cloud",
};
export const OCI_COMPUTE_OVERVIEW: Source = {
  title: "Overview of the Compute Service (Oracle Cloud Infrastructure)",
  url: "https://docs.oracle.com/en-us/iaas/Content/Compute/Concepts/computeoverview.htm",
  publisher: "Oracle",
};
export const OCI_HYPERVISOR_SECONDARY: Source = {
  title: "Oracle Cloud Infrastructure Hypervisor (third-party explainer; not an Oracle document)",
  url: "https://unogeeks.com/oracle-cloud-infrastructure-hypervisor-2/",
  publisher: "Unogeeks (secondary)",
};
export const OCI_HYPERV_WHITEPAPER: Source = {
  title: "Deploying Hyper-V on Oracle Cloud Infrastructure (Oracle white paper, November 2018; copy on Scribd)",
  url: "https://ro.scribd.com/document/400491622/Deploy-Hyper-v-With-Routing",
  publisher: "Oracle (via Scribd)",
};

// ---------- Cloud stacks ----------
export const NOVA_HYPERVISORS: Source = {
  title: "OpenStack Nova: Hypervisors (configuration guide)",
  url: "https://docs.openstack.org/nova/latest/admin/configuration/hypervisors.html",
  publisher: "OpenStack",
};
export const NOVA_SUPPORT_MATRIX: Source = {
  title: "OpenStack Nova: Feature Support Matrix",
  url: "https://docs.openstack.org/nova/latest/user/support-matrix.html",
  publisher: "OpenStack",
};
export const NOVA_RN_VICTORIA: Source = {
  title: "Nova release notes, Victoria series (22.0.0: XenAPI driver removed)",
  url: "https://docs.openstack.org/releasenotes/nova/victoria.html",
  publisher: "OpenStack",
};
export const NOVA_RN_WALLABY: Source = {
  title: "Nova release notes, Wallaby series (23.0.0: libvirt Xen support removed)",
  url: "https://docs.openstack.org/releasenotes/nova/wallaby.html",
  publisher: "OpenStack",
};
export const NOVA_RN_2023_1: Source = {
  title: "Nova release notes, 2023.1 series (VMware driver marked experimental)",
  url: "https://docs.openstack.org/releasenotes/nova/2023.1.html",
  publisher: "OpenStack",
};
export const NOVA_RN_2024_1: Source = {
  title: "Nova release notes, 2024.1 series (29.0.0: Hyper-V driver removed)",
  url: "https://docs.openstack.org/releasenotes/nova/2024.1.html",
  publisher: "OpenStack",
};
export const CLOUDSTACK_COMPAT: Source = {
  title: "Apache CloudStack Compatibility Matrix (supported hypervisor versions)",
  url: "https://docs.cloudstack.apache.org/en/latest/releasenotes/compat.html",
  publisher: "Apache CloudStack",
};
export const CLOUDSTACK_4_22_1: Source = {
  title: "Apache CloudStack 4.22.1.0 Release (VMware-to-KVM migration improvements)",
  url: "https://cloudstack.apache.org/blog/cloudstack-4.22.1.0-release",
  publisher: "Apache CloudStack",
};
export const CLOUDSTACK_TO_APACHE_2012: Source = {
  title: "Citrix releases CloudStack to Apache (2012-04-04)",
  url: "https://cloudcomputing.info/2012/04/04/citrix-releases-cloudstack-to-apache/",
  publisher: "CloudComputing.info",
};
export const CLOUDSTACK_WIKI: Source = {
  title: "Apache CloudStack",
  url: "https://en.wikipedia.org/wiki/Apache_CloudStack",
  publisher: "Wikipedia",
};
export const OPENNEBULA_7_COMPAT: Source = {
  title: "OpenNebula 7.0 Compatibility Guide (vCenter drivers removed; KVM and LXC)",
  url: "https://docs.opennebula.io/7.0/software/release_information/release_notes_70/compatibility",
  publisher: "OpenNebula Systems",
};

// ---------- Xen ----------
export const XEN_PROJECT: Source = {
  title: "Xen Project (Linux Foundation)",
  url: "https://xenproject.org/",
  publisher: "Xen Project",
};
export const XEN_SOSP_2003: Source = {
  title: "Xen and the Art of Virtualization (SOSP 2003)",
  url: "https://doi.org/10.1145/945445.945462",
  publisher: "ACM",
};
export const XENSOURCE_WIKI: Source = {
  title: "XenSource (acquired by Citrix in 2007)",
  url: "https://en.wikipedia.org/wiki/XenSource",
  publisher: "Wikipedia",
};
export const XENSERVER_8_DOCS: Source = {
  title: "XenServer 8 documentation",
  url: "https://docs.xenserver.com/en-us/xenserver/8/",
  publisher: "XenServer (Cloud Software Group)",
};
export const XENSERVER_8_LIMITS: Source = {
  title: "XenServer 8 configuration limits",
  url: "https://docs.xenserver.com/en-us/xenserver/8/system-requirements/configuration-limits",
  publisher: "XenServer (Cloud Software Group)",
};
export const XCP_NG: Source = {
  title: "XCP-ng: open-source Xen-based virtualization platform",
  url: "https://xcp-ng.org/",
  publisher: "Vates",
};
export const XCP_NG_GITHUB: Source = {
  title: "xcp-ng/xcp (project repository)",
  url: "https://github.com/xcp-ng/xcp",
  publisher: "XCP-ng project",
};
export const XEN_ORCHESTRA_DOCS: Source = {
  title: "Xen Orchestra documentation (backup, load balancing, XO Lite)",
  url: "https://docs.xen-orchestra.com/",
  publisher: "Vates",
};
export const QUBES_OS: Source = {
  title: "Qubes OS (security by isolation, built on Xen)",
  url: "https://www.qubes-os.org/",
  publisher: "Qubes OS project",
};
export const ORACLE_VM_WIKI: Source = {
  title: "Oracle VM Server for x86",
  url: "https://en.wikipedia.org/wiki/Oracle_VM_Server_for_x86",
  publisher: "Wikipedia",
};
export const EUCALYPTUS_WIKI: Source = {
  title: "Eucalyptus (software)",
  url: "https://en.wikipedia.org/wiki/Eucalyptus_(software)",
  publisher: "Wikipedia",
};

// ---------- Added with the December 2026 review ----------
export const RHV_LIFECYCLE: Source = {
  title: "Red Hat Virtualization Life Cycle",
  url: "https://access.redhat.com/support/policy/updates/rhev",
  publisher: "Red Hat",
};
export const XENSERVER_LICENSING: Source = {
  title: "XenServer 8 licensing overview (Premium edition, Citrix entitlements, trial)",
  url: "https://docs.xenserver.com/en-us/xenserver/8/overview-licensing.html",
  publisher: "XenServer (Cloud Software Group)",
};
export const NVIDIA_VGPU_FEATURES: Source = {
  title: "NVIDIA Virtual GPU Software knowledge base: supported vGPU features by hypervisor (2025-10-17)",
  url: "https://docs.nvidia.com/vgpu/knowledge-base/latest/index.html",
  publisher: "NVIDIA",
};
export const WS2022_DEPRECATED_FEATURES: Source = {
  title: "Features removed or no longer developed starting with Windows Server 2022 (Guarded Fabric and Shielded VMs)",
  url: "https://learn.microsoft.com/en-us/windows-server/get-started/removed-deprecated-features-windows-server-2022",
  publisher: "Microsoft",
};
export const CITRIX_HOSTS: Source = {
  title: "Citrix Virtual Apps and Desktops: system requirements (hosts / virtualization resources)",
  url: "https://docs.citrix.com/en-us/citrix-virtual-apps-desktops/system-requirements.html",
  publisher: "Citrix",
};
export const HORIZON_AHV: Source = {
  title: "Omnissa Horizon 8 architecture on Nutanix AHV (GA in Horizon 8 2512, December 2025)",
  url: "https://mikedent.io/post/2026/1/horizon-architecture-ahv",
  publisher: "Mike Dent (secondary; the Horizon 8 2512 release notes are the primary source)",
};
export const BROADCOM_LIFECYCLE: Source = {
  title: "Broadcom product lifecycle: VMware vSphere 7 and 8 (end of general support, technical guidance)",
  url: "https://support.broadcom.com/group/ecx/productlifecycle",
  publisher: "Broadcom",
};
export const SYSTEM_CENTER_2025_LIFECYCLE: Source = {
  title: "System Center 2025 lifecycle (mainstream support)",
  url: "https://learn.microsoft.com/en-us/lifecycle/products/system-center-2025-virtual-machine-manager",
  publisher: "Microsoft",
};
export const XCP_NG_RELEASES: Source = {
  title: "XCP-ng 8.3 LTS (released 2024-10-07, supported until 2028-11-30)",
  url: "https://docs.xcp-ng.org/releases/release-8-3/",
  publisher: "XCP-ng (Vates)",
};
export const CLOUDSTACK_DOCS: Source = {
  title: "Apache CloudStack documentation (release notes and hypervisor guides)",
  url: "https://docs.cloudstack.apache.org/en/latest/",
  publisher: "Apache CloudStack",
};
export const LIBVIRT: Source = {
  title: "libvirt: the virtualization API (drivers for KVM/QEMU, Xen, VMware ESXi, Hyper-V and others)",
  url: "https://libvirt.org/",
  publisher: "libvirt project",
};
export const LINUXINSIDER_2011: Source = {
  title:
    "Hypervisor Fight Is Good for Customers, Good for FOSS (LinuxInsider opinion column, 2011; cited from our research notes, not re-checked from a stored copy)",
  url: "https://www.linuxinsider.com/",
  publisher: "LinuxInsider",
};
export const CONVIRT_SOURCE: Source = {
  title: "ConVirt 2.x source code and changelog (Convirture Corp., copyright 2008 onwards), as mirrored",
  url: "https://github.com/hewei-chn/openconvirt",
  publisher: "GitHub mirror of Convirture's open-source ConVirt",
};
export const XENMAN_SOURCEFORGE: Source = {
  title: "XenMan / ConVirt project (the tool's original name and downloads)",
  url: "https://sourceforge.net/projects/xenman/",
  publisher: "SourceForge",
};
export const ALGARNI_2018: Source = {
  title:
    "Performance Evaluation of Xen, KVM, and Proxmox Hypervisors (Algarni, Ikbal, Alroobaea, Ghiduk, Nadeem; International Journal of Open Source Software and Processes 9(2), 2018)",
  url: "https://doi.org/10.4018/IJOSSP.2018040103",
  publisher: "IGI Global",
};
export const PVE_HA_MANAGER_CHANGELOG: Source = {
  title:
    "pve-ha-manager changelog: HA affinity rules (5.0, Proxmox VE 9.0) and the dynamic-load scheduler with rebalancing (5.2)",
  url: "https://github.com/proxmox/pve-ha-manager/blob/master/debian/changelog",
  publisher: "Proxmox Server Solutions",
};
