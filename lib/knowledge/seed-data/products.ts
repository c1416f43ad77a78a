// The products an architect actually buys within each hypervisor family, with what they include,
// what they cannot do that their family can (gaps), and the fit rules the engine uses to pick one.
// Within a family the usual default comes first: ties keep this order.
import type { Product } from "@/lib/knowledge/plan-schema";
import * as S from "./plan-sources";

const esxi: Product[] = [
  {
    id: "vvf",
    hypervisor: "esxi",
    name: "VMware vSphere Foundation 9",
    vendor: "Broadcom",
    status: "active",
    includes:
      "ESXi hosts with vCenter, vMotion, vSphere HA and DRS, plus VCF Operations monitoring and Kubernetes on vSphere. A vSAN allowance per licensed core is included, but sources disagree on its size (100 GiB in Broadcom KB 326663, 0.25 TiB in a secondary source). NSX networking is not part of VVF.",
    support:
      "Broadcom production support is bundled in the per-core subscription; there are no perpetual licences, and secondary sources report a 20% surcharge on late renewals.",
    limits:
      "Licensed per physical core with a 16-core minimum per CPU. Virtual hardware 22 in the 9.x line allows up to 960 vCPUs per VM (secondary source).",
    suits:
      "vSphere estates that need vCenter, HA, vMotion and DRS but neither NSX networking nor the full VCF private-cloud stack.",
    gaps: [],
    fit: [],
    ratings: [],
    sources: [
      S.VVF_PRODUCT,
      S.BROADCOM_KB_313548,
      S.BROADCOM_KB_326663,
      S.VCF9_VIRTUAL_HARDWARE_22,
      S.VMWARE_72_CORE_REPORT,
    ],
    asOf: "2026-03-26",
  },
  {
    id: "vcf",
    hypervisor: "esxi",
    name: "VMware Cloud Foundation 9",
    vendor: "Broadcom",
    status: "active",
    includes:
      "Everything in vSphere Foundation plus NSX networking and security, VCF Operations and Automation, and fleet lifecycle management through the VCF installer and SDDC Manager. Each licensed core includes 1 TiB of raw vSAN capacity (secondary source).",
    support:
      "Broadcom production support is bundled in the per-core subscription. VCF is the licence that hosted VMware clouds accept for bring-your-own subscriptions (Azure VMware Solution, Amazon EVS).",
    limits:
      "Licensed per physical core with a 16-core minimum per CPU; a 72-core minimum per order was introduced on 2025-04-10 and its current status is disputed. Up to 960 vCPUs per VM with virtual hardware 22 (secondary source).",
    suits:
      "Large VMware estates that use NSX, run a private cloud with self-service, or want to move licences to a hosted VMware cloud.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "vmware-hybrid" },
        points: 4,
        reason: "Hosted VMware clouds such as Azure VMware Solution accept VCF subscriptions brought by the customer.",
      },
      {
        when: { scale: "large" },
        points: 2,
        reason: "NSX and fleet-wide lifecycle management pay off in large estates.",
      },
      {
        when: { budget: "minimal" },
        points: -2,
        reason: "VCF is the most expensive VMware bundle (its price is in the knowledge base's price list).",
      },
    ],
    ratings: [
      {
        criterion: "licence-cost",
        score: 1,
        rationale:
          "About US$350 per physical core per year at list (secondary sources; discounted deals reportedly land at 185–275), with a 16-core minimum per CPU. That is well above vSphere Foundation and the family rating.",
        sources: [S.VCF_CORE_PACKS_SECONDARY, S.VMWARE_PER_CORE_LICENSING, S.BROADCOM_KB_313548],
        asOf: "2026-06-30",
      },
    ],
    sources: [
      S.VCF_PRODUCT,
      S.VCF9_LICENSING_SECONDARY,
      S.BROADCOM_KB_313548,
      S.VMWARE_MINIMUMS_OTAVA,
      S.AVS_VCF_PORTABILITY,
    ],
    asOf: "2026-03-26",
  },
  {
    id: "vsphere-hypervisor",
    hypervisor: "esxi",
    name: "VMware vSphere Hypervisor 8 (free ESXi)",
    vendor: "Broadcom",
    status: "active",
    includes:
      "A single ESXi 8 host managed through its own Host Client. It cannot join vCenter, so there is no vMotion, vSphere HA, DRS or central management.",
    support:
      "No support entitlement: Broadcom withdrew the free edition in February 2024 and made it downloadable again with ESXi 8.0 Update 3e (2025); help comes from community forums only.",
    limits:
      "One host, managed host by host. The free edition's remote APIs are read-only (secondary source), which also stops most automation and backup tools.",
    suits:
      "Labs, test hosts and single-server sites where a host outage is acceptable and nothing has to move between hosts.",
    gaps: [
      {
        mustHave: "live-migration",
        note: "The free vSphere Hypervisor cannot connect to vCenter, so it has no vMotion.",
      },
      {
        mustHave: "high-availability",
        note: "The free vSphere Hypervisor is a single host without vCenter, so it has no vSphere HA.",
      },
      {
        mustHave: "vendor-support",
        note: "The free vSphere Hypervisor comes without any support entitlement from Broadcom.",
      },
    ],
    fit: [
      {
        when: { mustHave: "backup-ecosystem" },
        points: -4,
        reason:
          "The free edition's remote APIs are reported to be read-only, which would block image-level backup products; confirm with your backup vendor.",
      },
      { when: { scale: "small" }, points: 2, reason: "A few standalone hosts can run without vCenter." },
      { when: { budget: "minimal" }, points: 3, reason: "The free vSphere Hypervisor costs nothing to license." },
      { when: { scale: "medium" }, points: -3, reason: "Without vCenter, dozens of hosts must be managed one by one." },
      {
        when: { scale: "large" },
        points: -6,
        reason: "A large estate cannot be run host by host without vCenter, HA or vMotion.",
      },
    ],
    ratings: [
      {
        criterion: "licence-cost",
        score: 10,
        rationale:
          "A free download since ESXi 8.0 Update 3e: no licence or subscription cost, in contrast to the per-core VCF and VVF subscriptions the family rating reflects.",
        sources: [S.ESXI_80U3E_NOTES],
        asOf: "2025-04-10",
      },
      {
        criterion: "availability",
        score: 1,
        rationale:
          "Without vCenter there is no vMotion, vSphere HA or DRS; VMs go down with their host and must be restarted by hand elsewhere.",
        sources: [S.ESXI_80U3E_NOTES, S.FREE_ESXI_API_READ_ONLY],
        asOf: "2025-04-10",
      },
    ],
    sources: [S.ESXI_80U3E_NOTES, S.FREE_ESXI_DISCONTINUED, S.FREE_ESXI_API_READ_ONLY, S.VSPHERE_8_DOCS],
    asOf: "2025-04-10",
  },
];

const hyperV: Product[] = [
  {
    id: "windows-server-datacenter",
    hypervisor: "hyper-v",
    name: "Windows Server 2025 Datacenter with Failover Clustering",
    vendor: "Microsoft",
    status: "active",
    includes:
      "The Hyper-V role, Failover Clustering for HA and live migration, Storage Spaces Direct, and unlimited Windows Server guests on every licensed host. Managed with Windows Admin Center and Failover Cluster Manager at no extra cost; System Center Virtual Machine Manager is optional and licensed separately.",
    support:
      "Microsoft support through the customer's agreement (Software Assurance or a support contract); hardware comes from Windows Server certified vendors.",
    limits: "Up to 2,048 vCPUs and 240 TB of memory per generation-2 VM; 64 nodes and 8,000 VMs per failover cluster.",
    suits: "Windows-heavy estates, where the Datacenter licences needed for the guests already include the hypervisor.",
    gaps: [],
    fit: [],
    ratings: [],
    sources: [
      S.WINDOWS_SERVER_PRICING,
      S.HYPERV_SCALE_LIMITS,
      S.FAILOVER_CLUSTERING,
      S.WINDOWS_ADMIN_CENTER,
      S.SCVMM_OVERVIEW,
    ],
    asOf: "2026-05-04",
  },
  {
    id: "azure-local",
    hypervisor: "hyper-v",
    name: "Azure Local",
    vendor: "Microsoft",
    status: "active",
    includes:
      "Hyper-V, Storage Spaces Direct and failover clustering on validated hardware, managed from Azure through Azure Arc; Azure Virtual Desktop session hosts can run on it.",
    support: "Supported by Microsoft as an Azure service, with the hardware vendor for the validated system.",
    limits:
      "1 to 16 machines per instance; needs outbound connectivity to Azure (disconnected operation is a separate deployment model). Billed monthly per physical core.",
    suits:
      "Organisations standardised on Azure that want Azure management, AKS or Azure Virtual Desktop in their own datacentres or at edge sites.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "azure" },
        points: 3,
        reason: "Azure Local is managed from Azure and extends Azure services on premises.",
      },
      {
        when: { workload: "edge" },
        points: 2,
        reason: "Azure Local supports small instances at edge sites, managed centrally from Azure.",
      },
      { when: { workload: "vdi" }, points: 1, reason: "Azure Virtual Desktop session hosts can run on Azure Local." },
      {
        when: { scale: "large" },
        points: -2,
        reason: "An Azure Local instance has at most 16 machines, so a large estate needs many instances.",
      },
    ],
    ratings: [
      {
        criterion: "licence-cost",
        score: 5,
        rationale:
          "A flat host service fee per physical core per month (US$10 on Microsoft's pricing page as reported; the billing page itself names no figure) on top of the Windows Server licences the guests need (your own Datacenter licences or Azure Local's per-core Windows Server subscription). Azure Hybrid Benefit waives the fee for Datacenter licences with Software Assurance.",
        sources: [S.AZURE_LOCAL_BILLING, S.AZURE_LOCAL_PRICING, S.AZURE_LOCAL_HYBRID_BENEFIT],
        asOf: "2026-06-30",
      },
    ],
    sources: [S.AZURE_LOCAL_BASELINE, S.AZURE_LOCAL_BILLING, S.AZURE_VIRTUAL_DESKTOP],
    asOf: "2026-06-30",
  },
];

const kvm: Product[] = [
  {
    id: "proxmox-ve-standard",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Standard subscription",
    vendor: "Proxmox Server Solutions",
    status: "active",
    includes:
      "KVM VMs and LXC containers in one web UI; clustering, live migration, the HA manager with affinity rules and, since 9.2 (2026-05-21), a load balancer that respects them; Ceph and ZFS storage; built-in backup with Proxmox Backup Server integration. The subscription adds the enterprise repository and support tickets.",
    support:
      "Support tickets with Proxmox Server Solutions at the response times of the Standard level, plus the tested enterprise repository; every node of a cluster must carry the same subscription level.",
    limits:
      "No hard limit on nodes per cluster is documented; users report a practical ceiling of a few dozen nodes per cluster.",
    suits: "Small and medium estates leaving VMware that want a complete, inexpensive platform with vendor support.",
    gaps: [],
    fit: [
      {
        when: { scale: "small" },
        points: 1,
        reason: "Proxmox VE runs a few hosts with little overhead and no separate management server.",
      },
      { when: { scale: "medium" }, points: 1, reason: "Proxmox VE clusters comfortably cover tens of hosts." },
      {
        when: { mustHave: "vendor-support" },
        points: 2,
        reason: "The Standard subscription includes support tickets with the vendor.",
      },
      {
        when: { currentPlatform: "esxi" },
        points: 1,
        reason: "Proxmox VE imports VMs straight from ESXi hosts with its built-in import wizard.",
      },
      {
        when: { scale: "large" },
        points: -1,
        reason:
          "Users report a practical ceiling of a few dozen nodes per Proxmox cluster, so a large estate runs several clusters.",
      },
    ],
    ratings: [],
    sources: [S.PROXMOX_VE, S.PROXMOX_PRICING, S.PROXMOX_HA, S.PROXMOX_ROADMAP, S.PROXMOX_CLUSTER_MANAGER],
    asOf: "2026-05-21",
  },
  {
    id: "proxmox-ve-community",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Community subscription",
    vendor: "Proxmox Server Solutions",
    status: "active",
    includes:
      "The same Proxmox VE software and features as the paid levels; the Community subscription adds access to the enterprise update repository but no support tickets.",
    support:
      "No support tickets; help comes from the community forum. Without any subscription, updates come from the no-subscription repository.",
    limits:
      "As for Proxmox VE: no documented node limit, with a practical ceiling of a few dozen nodes per cluster reported by users.",
    suits: "Budget-constrained estates, labs and teams with strong Linux skills that can support themselves.",
    gaps: [
      {
        mustHave: "vendor-support",
        note: "The Community subscription gives access to the enterprise repository only: it includes no support tickets.",
      },
    ],
    fit: [
      {
        when: { budget: "minimal" },
        points: 3,
        reason: "The Community subscription is Proxmox VE's lowest-priced subscription.",
      },
      {
        when: { scale: "large" },
        points: -3,
        reason: "Running a large estate without vendor support concentrates the risk on your own team.",
      },
    ],
    ratings: [
      {
        criterion: "vendor-support",
        score: 3,
        rationale:
          "The Community subscription includes no support tickets, so there is no vendor to escalate to; the paid levels (Basic, Standard, Premium) add them.",
        sources: [S.PROXMOX_PRICING],
        asOf: "2026-04-30",
      },
    ],
    sources: [S.PROXMOX_VE, S.PROXMOX_PRICING],
    asOf: "2026-04-30",
  },
  {
    id: "openshift-virtualization",
    hypervisor: "kvm",
    name: "Red Hat OpenShift Virtualization",
    vendor: "Red Hat",
    status: "active",
    includes:
      "KubeVirt-based VMs managed as Kubernetes resources on OpenShift, with live migration, node remediation for HA, CSI storage and the Migration Toolkit for Virtualization. VM-only bare-metal clusters can use the OpenShift Virtualization Engine subscription.",
    support: "Red Hat subscription support (Standard or Premium) for the whole stack, including RHEL guests.",
    limits: "Scale follows OpenShift cluster limits; we have not sourced figures for VMs per cluster.",
    suits:
      "Organisations that run or plan Kubernetes and want VMs and containers on one platform and one operating model.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "kubernetes" },
        points: 5,
        reason: "VMs become Kubernetes resources on your OpenShift platform.",
      },
      {
        when: { workload: "containers" },
        points: 3,
        reason: "VMs and containers share one platform, network and tooling.",
      },
      { when: { scale: "small" }, points: -3, reason: "An OpenShift control plane is heavy for a handful of hosts." },
      {
        when: { lacksTeamSkill: "linux" },
        points: -2,
        reason: "OpenShift runs on Linux and Kubernetes: a team without Linux skills has a whole platform to learn.",
      },
      {
        when: { lacksTeamSkill: "automation" },
        points: -1,
        reason:
          "OpenShift is run declaratively (YAML, GitOps); a team that does not automate has a new way of working to learn.",
      },
      {
        when: { budget: "minimal" },
        points: -3,
        reason: "OpenShift subscriptions are priced by quote and are not a low-cost option.",
      },
    ],
    ratings: [],
    sources: [S.OPENSHIFT_VIRTUALIZATION, S.KUBEVIRT, S.MTV_DOCS],
    asOf: "2026-11-20",
  },
  {
    id: "nutanix-ahv",
    hypervisor: "kvm",
    name: "Nutanix AHV (Nutanix Cloud Infrastructure)",
    vendor: "Nutanix",
    status: "active",
    includes:
      "The AHV hypervisor on Nutanix's distributed storage, managed with Prism, with HA, live migration and automatic VM placement. Citrix and, since Horizon 8 2512, Omnissa Horizon support AHV for virtual desktops.",
    support: "Nutanix support for software and, on Nutanix-branded or certified hardware, the whole node.",
    limits: "Licensed through Nutanix Cloud Infrastructure subscriptions; runs only on Nutanix-certified hardware.",
    suits:
      "Organisations that want a turnkey hyperconverged platform with one vendor for software and support, including VDI estates.",
    gaps: [],
    fit: [
      {
        when: { budget: "flexible" },
        points: 2,
        reason: "Nutanix buys a turnkey platform and one support contract for a higher price.",
      },
      { when: { workload: "vdi" }, points: 1, reason: "Citrix and Omnissa Horizon both support Nutanix AHV." },
      {
        when: { budget: "minimal" },
        points: -3,
        reason: "Nutanix has no public price and is bought with certified hardware, so it is not a low-cost option.",
      },
      {
        when: { licensing: "open-source-required" },
        points: -10,
        reason: "Nutanix AHV is proprietary software, and you require open source.",
      },
      {
        when: { licensing: "open-source-preferred" },
        points: -3,
        reason: "Nutanix AHV is proprietary and ties you to Nutanix storage and certified hardware.",
      },
    ],
    ratings: [
      {
        criterion: "licence-cost",
        score: 4,
        rationale:
          "AHV comes only with a Nutanix Cloud Infrastructure subscription, a commercial per-core licence with no public price (a quote is required): unlike the free KVM distributions behind the family rating, it is a platform cost of its own.",
        sources: [S.NUTANIX_AHV],
        asOf: "2026-11-20",
      },
    ],
    sources: [S.NUTANIX_AHV, S.VEEAM_AHV, S.NVIDIA_VGPU_MATRIX],
    asOf: "2026-11-20",
  },
  {
    id: "olvm",
    hypervisor: "kvm",
    name: "Oracle Linux Virtualization Manager",
    vendor: "Oracle",
    status: "active",
    includes:
      "An oVirt-based manager for KVM hosts running Oracle Linux, with HA, live migration and storage migration. The software is free to download; support comes with Oracle Linux Premier Support.",
    support:
      "Oracle Linux Premier Support covers OLVM. A secondary source reports that since March 2025 Premier Support covers two VMs per server and unlimited VMs need Premier Plus; check your contract.",
    limits: "We have not sourced host or cluster limits for current releases.",
    suits: "Oracle shops that want Oracle support for the hypervisor, and those replacing Oracle VM.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "oracle-cloud" },
        points: 3,
        reason: "OLVM is Oracle's own KVM stack and fits an Oracle-centred estate.",
      },
    ],
    ratings: [],
    sources: [S.OLVM_DOCS, S.OVIRT, S.OLVM_PREMIER_CHANGE_SECONDARY],
    asOf: "2026-11-20",
  },
  {
    id: "suse-virtualization",
    hypervisor: "kvm",
    name: "SUSE Virtualization (Harvester)",
    vendor: "SUSE",
    status: "active",
    includes:
      "Harvester's hyperconverged stack: KubeVirt VMs, Longhorn distributed storage and integration with Rancher for Kubernetes clusters, under the Apache 2.0 licence.",
    support: "SUSE subscription support; the open-source Harvester can also run without a subscription.",
    limits: "We have not sourced cluster size limits.",
    suits:
      "Edge and mid-sized sites that want VMs and Kubernetes clusters from one open-source stack managed with Rancher.",
    gaps: [],
    fit: [
      {
        when: { workload: "edge" },
        points: 2,
        reason: "Harvester is built for small hyperconverged clusters, including edge sites.",
      },
      {
        when: { cloudPlatform: "kubernetes" },
        points: 2,
        reason: "Harvester runs VMs on Kubernetes and integrates with Rancher.",
      },
      {
        when: { workload: "containers" },
        points: 1,
        reason: "VMs and Kubernetes clusters are managed from one Rancher interface.",
      },
    ],
    ratings: [],
    sources: [S.HARVESTER, S.HARVESTER_DOCS],
    asOf: "2026-11-20",
  },
  {
    id: "canonical-openstack",
    hypervisor: "kvm",
    name: "Canonical OpenStack with Ubuntu Pro",
    vendor: "Canonical",
    status: "active",
    includes:
      "An OpenStack distribution on Ubuntu with KVM through Nova and libvirt, Ubuntu Pro security maintenance for the hosts, and unlimited Ubuntu guests when every host is covered.",
    support: "Ubuntu Pro covers security maintenance; phone and ticket support is an add-on priced separately.",
    limits: "Built for many hosts; we have not sourced figures. VMs are run as cloud instances through OpenStack APIs.",
    suits:
      "Organisations building a private cloud with self-service APIs over many hosts, with teams used to OpenStack.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "openstack" },
        points: 6,
        reason: "You have chosen OpenStack, and this is a supported OpenStack distribution on KVM.",
      },
      {
        when: { scale: "small" },
        points: -4,
        reason: "An OpenStack control plane is a lot of machinery for a few hosts.",
      },
    ],
    ratings: [],
    sources: [S.CANONICAL_OPENSTACK, S.UBUNTU_PRO_PRICING, S.UBUNTU_PRO_FAQ, S.NOVA_HYPERVISORS],
    asOf: "2026-11-20",
  },
  {
    id: "red-hat-virtualization",
    hypervisor: "kvm",
    name: "Red Hat Virtualization 4.4",
    vendor: "Red Hat",
    status: "end-of-life",
    endOfLife: "2026-08-31",
    includes: "The RHV Manager (built from oVirt) and KVM hosts, with HA, live and storage migration.",
    support:
      "Red Hat support ended in August 2026; Red Hat names OpenShift Virtualization as the successor. oVirt continues only as a community project.",
    limits: "Not assessed: the product is no longer supported.",
    suits: "Nothing new: existing RHV estates should plan a move, usually to OpenShift Virtualization or OLVM.",
    gaps: [],
    fit: [],
    ratings: [],
    sources: [S.RHV_LIFECYCLE, S.OVIRT_FUTURE_2022],
    asOf: "2026-08-31",
  },
];

const xen: Product[] = [
  {
    id: "vates-vms",
    hypervisor: "xen",
    name: "Vates VMS (XCP-ng with Xen Orchestra and Vates support)",
    vendor: "Vates",
    status: "active",
    includes:
      "XCP-ng 8.3 hosts with the Xen Orchestra Appliance: pools, HA, live migration, backup and replication, the load balancer, and optional XOSTOR hyperconverged storage.",
    support:
      "Support subscriptions sold by Vates for XCP-ng and Xen Orchestra, under Vates VMS terms last updated 2026-06-18.",
    limits: "XCP-ng hosts support up to 6 TB of RAM and 512 logical CPUs; XCP-ng 8.3 is a long-term-support release.",
    suits: "Xen estates and VMware leavers who want an open-source stack with one vendor for support and backup.",
    gaps: [],
    fit: [
      {
        when: { mustHave: "vendor-support" },
        points: 2,
        reason: "Vates sells support for both XCP-ng and Xen Orchestra.",
      },
    ],
    ratings: [],
    sources: [S.VATES_VMS_TERMS, S.XCP_NG, S.XCP_NG_DOCS, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-06-18",
  },
  {
    id: "xcp-ng",
    hypervisor: "xen",
    name: "XCP-ng 8.3 with Xen Orchestra (community)",
    vendor: "XCP-ng project (Vates)",
    status: "active",
    includes:
      "The same XCP-ng hosts, managed with XO Lite or Xen Orchestra built from source, with pools, HA and live migration; no paid support.",
    support: "Community forums only; paid support requires a Vates subscription.",
    limits: "XCP-ng hosts support up to 6 TB of RAM and 512 logical CPUs.",
    suits: "Labs and cost-driven Xen estates whose teams can support the platform themselves.",
    gaps: [
      {
        mustHave: "vendor-support",
        note: "XCP-ng run without a Vates subscription has no vendor support: community forums only.",
      },
    ],
    fit: [
      {
        when: { budget: "minimal" },
        points: 3,
        reason: "XCP-ng and Xen Orchestra built from source cost nothing to license.",
      },
    ],
    ratings: [
      {
        criterion: "vendor-support",
        score: 2,
        rationale:
          "Without a Vates subscription there is no vendor support or service level; help comes from the community.",
        sources: [S.XCP_NG, S.VATES_VMS_TERMS],
        asOf: "2026-06-18",
      },
    ],
    sources: [S.XCP_NG, S.XCP_NG_GITHUB, S.XCP_NG_DOCS, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-06-18",
  },
  {
    id: "xenserver",
    hypervisor: "xen",
    name: "XenServer 8.4 Premium",
    vendor: "XenServer (Cloud Software Group)",
    status: "active",
    includes:
      "XenServer pools managed with XenCenter, with HA and live migration; vGPU, workload balancing and changed block tracking are Premium features. Premium is an entitlement of several Citrix subscriptions; the Standard edition is no longer sold.",
    support:
      "Support from XenServer (Cloud Software Group), usually bought with a Citrix subscription; a trial covers 3 hosts for 90 days.",
    limits: "Up to 64 vCPUs (32 recommended) and 1.5 TiB of memory per VM.",
    suits:
      "Citrix desktop estates whose Citrix subscription (Citrix for Private Cloud, Universal Hybrid Multi-Cloud, Universal MSP or a Platform License) entitles them to XenServer.",
    gaps: [],
    fit: [
      {
        when: { workload: "vdi" },
        points: 4,
        reason:
          "XenServer is an entitlement of several Citrix subscriptions, so a Citrix desktop estate may already have it.",
      },
      {
        when: { licensing: "commercial-preferred" },
        points: 2,
        reason: "XenServer is the commercially supported Xen product.",
      },
      {
        when: { mustHave: "gpu-virtualization" },
        points: 1,
        reason: "XenServer Premium supports NVIDIA vGPU, including live migration.",
      },
      {
        when: { licensing: "open-source-required" },
        points: -10,
        reason: "XenServer is proprietary software, and you require open source.",
      },
      {
        when: { licensing: "open-source-preferred" },
        points: -2,
        reason: "XenServer is proprietary, and you prefer open source.",
      },
    ],
    ratings: [],
    sources: [S.XENSERVER_LICENSING, S.XENSERVER_8_DOCS, S.XENSERVER_8_LIMITS, S.NVIDIA_VGPU_MATRIX],
    asOf: "2026-11-20",
  },
];

export const products: Product[] = [...esxi, ...hyperV, ...kvm, ...xen];
