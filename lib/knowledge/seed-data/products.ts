// The products an architect actually buys within each hypervisor family, with what they include,
// what they cannot do that their family can (gaps), whether they are sold and supported (lifecycle),
// where they are offered (platforms), the product's own ratings where its evidence differs from its
// family's, and the fit rules the engine uses to pick one. Within a family the usual default comes
// first: ties keep this order.
import type { Product, ProductLifecycle, ProductPlatform, ProductRating } from "@/lib/knowledge/plan-schema";
import type { Source } from "@/lib/knowledge/schema";
import * as S from "./plan-sources";

/** The day the facts added with the December 2026 product review were checked. */
const CHECKED = "2026-12-06";

type PlatformId = ProductPlatform["platform"];

const platform = (
  id: PlatformId,
  relation: ProductPlatform["relation"],
  note: string,
  sources: Source[],
  asOf = CHECKED,
): ProductPlatform => ({ platform: id, relation, note, sources, asOf });

const rating = (
  criterion: string,
  score: number,
  rationale: string,
  sources: Source[],
  asOf = CHECKED,
): ProductRating => ({ criterion, score, rationale, sources, asOf });

const lifecycle = (
  status: ProductLifecycle["status"],
  until: string | null,
  note: string,
  sources: Source[],
  asOf = CHECKED,
): ProductLifecycle => ({ status, until, note, sources, asOf });

// ---------- Platform facts shared by several products ----------

/** Each cloud stack manages its own KVM hosts: another KVM management stack is not offered on it. */
const notOnOpenStack = (name: string) =>
  platform(
    "openstack",
    "excludes",
    `OpenStack's Nova manages its own libvirt/KVM compute hosts; ${name} is a separate management stack, not a Nova compute driver.`,
    [S.NOVA_HYPERVISORS],
  );
const notOnCloudStack = (name: string) =>
  platform(
    "cloudstack",
    "excludes",
    `CloudStack manages its own KVM hosts through its agent on the Linux distributions in its compatibility matrix; ${name} is not a CloudStack host type.`,
    [S.CLOUDSTACK_COMPAT],
  );
const notOnOpenNebula = (name: string) =>
  platform(
    "opennebula",
    "excludes",
    `OpenNebula 7 manages its own KVM (and LXC) nodes through its drivers; ${name} is not an OpenNebula host type.`,
    [S.OPENNEBULA_7_COMPAT],
  );
const notOnKubernetes = (name: string) =>
  platform(
    "kubernetes",
    "excludes",
    `VMs run as Kubernetes resources through KubeVirt (OpenShift Virtualization, Harvester); ${name} manages its VMs outside Kubernetes.`,
    [S.KUBEVIRT, S.CNCF_KUBEVIRT],
  );
const notOnOtherStacks = (name: string, own: PlatformId | null = null): ProductPlatform[] =>
  [notOnOpenStack(name), notOnCloudStack(name), notOnOpenNebula(name), notOnKubernetes(name)].filter(
    (f) => f.platform !== own,
  );

const CLOUD_HOW: Record<"aws" | "azure" | "google-cloud" | "oracle-cloud", [string, Source]> = {
  aws: ["AWS", S.AWS_NESTED_VIRTUALIZATION],
  azure: ["Azure", S.AZURE_ACU_NESTED],
  "google-cloud": ["Google Cloud", S.GCE_NESTED_VIRTUALIZATION],
  "oracle-cloud": ["Oracle Cloud", S.OCI_COMPUTE_OVERVIEW],
};

/** A product you install on your own servers, which a public cloud does not sell as a service. */
const selfManagedOnly = (
  name: string,
  source: Source,
  clouds: (keyof typeof CLOUD_HOW)[] = ["aws", "azure", "google-cloud", "oracle-cloud"],
): ProductPlatform[] =>
  clouds.map((id) => {
    const [cloud, how] = CLOUD_HOW[id];
    return platform(
      id,
      "excludes",
      `Not offered on ${cloud}: ${name} is installed on servers you run, and ${cloud} sells no ${name} service. Installing it yourself on bare-metal or nested-virtualization instances is a self-managed setup, not a landing path this tool recommends.`,
      [source, how],
    );
  });

/** A cloud stack is offered where it is the chosen platform, not as "on premises without a cloud stack". */
const notWithoutCloudStack = (name: string, platformName: string, source: Source) =>
  platform(
    "on-premises",
    "excludes",
    `The on-premises choice means hosts run with the hypervisor's own tools and no cloud stack; ${name} is a cloud stack, offered when ${platformName} is the chosen platform.`,
    [source],
  );

const PROXMOX_PLATFORMS: ProductPlatform[] = [
  ...notOnOtherStacks("Proxmox VE"),
  ...selfManagedOnly("Proxmox VE", S.PROXMOX_VE),
];

const XEN_NOT_ON_AWS = (name: string) =>
  platform(
    "aws",
    "excludes",
    `Not offered on AWS: Xen survives there only inside AWS's own Xen-on-Nitro for older instance types, and we found no ${name} offering on AWS.`,
    [S.XEN_ON_NITRO, S.AWS_EC2_FAQ],
  );

const WINDOWS_NOT_ON_GOOGLE = platform(
  "google-cloud",
  "excludes",
  "Not offered on Google Cloud: Compute Engine's nested virtualization supports only Linux KVM inside VMs and states that Hyper-V is not supported.",
  [S.GCE_NESTED_VIRTUALIZATION],
);

/** The hosted VMware services take VCF: what VVF and the free edition cannot buy. */
const HOSTED_VMWARE_TAKES_VCF = (product: string): ProductPlatform[] => [
  platform(
    "vmware-hybrid",
    "excludes",
    `A VMware hybrid cloud joins VCF on premises with hosted VMware services, and those services take VCF subscriptions, not ${product}.`,
    [S.AVS_VCF_PORTABILITY, S.AWS_EVS_LICENSING, S.OCVS_BYOL_GA],
  ),
  platform(
    "aws",
    "excludes",
    `Amazon EVS, the hosted VMware offer on AWS, runs on a VCF subscription you bring from Broadcom; ${product} is not accepted.`,
    [S.AWS_EVS_LICENSING],
  ),
  platform(
    "azure",
    "excludes",
    `Azure VMware Solution takes portable VCF subscriptions bought from Broadcom (new nodes no longer include one since 2025-11-01); Microsoft states that hyperscaler VMware services need VCF, so ${product} does not buy it.`,
    [S.AVS_VCF_PORTABILITY],
  ),
  platform(
    "google-cloud",
    "excludes",
    `Google Cloud VMware Engine delivers the VCF stack as a Google service, and Broadcom licenses hyperscaler VMware services as VCF (as Microsoft's AVS page states), so ${product} does not buy it.`,
    [S.GCVE_OVERVIEW, S.AVS_VCF_PORTABILITY],
  ),
  platform(
    "oracle-cloud",
    "excludes",
    `Oracle Cloud VMware Solution takes bring-your-own VCF subscriptions for new SDDCs from 2026-03-22, and bring-your-own ESXi on OCI bare metal is not supported, so ${product} has no place there.`,
    [S.OCVS_BYOL_GA, S.OCVS_DOCS],
  ),
];

// ---------- Ratings shared by several products ----------

const NO_MAJOR_BROKER = (name: string, extra: string) =>
  rating(
    "vdi",
    3,
    `Neither Citrix nor Omnissa Horizon supports ${name} as a hosting platform: among KVM products both support only Nutanix AHV, on which the family's rating rests. ${extra}`,
    [S.CITRIX_HOSTS, S.HORIZON_AHV],
    "2026-12-01",
  );

const proxmoxGpu = (score: number, extra = "") =>
  rating(
    "gpu",
    score,
    `NVIDIA's vGPU knowledge base names Proxmox VE among platforms that use NVIDIA's generic KVM vGPU release, with support and feature confirmation handled by the vendor, and Proxmox documents NVIDIA vGPU setup. A secondary summary says NVIDIA has supported Proxmox VE since vGPU software 18; NVIDIA's feature chart lists no features for it, and we have not confirmed live migration of vGPU VMs. The family's 9 rests on RHEL and Ubuntu KVM, which NVIDIA credits with 8 of its 9 features.${extra}`,
    [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_KB_OVERVIEW, S.PROXMOX_NVIDIA_VGPU],
  );

const notInNvidiaList = (name: string) =>
  rating(
    "gpu",
    4,
    `NVIDIA's vGPU knowledge base lists RHEL and Ubuntu KVM with their vGPU features and names Nutanix AHV, SLES and Proxmox VE as vendor-supported, but does not list ${name}; we have not confirmed vGPU support on it, so the family's 9, which rests on RHEL and Ubuntu KVM, does not carry over.`,
    [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_KB_OVERVIEW],
    "2025-10-17",
  );

const supportOnFreeSoftware = (what: string, sources: Source[]) =>
  rating(
    "licence-cost",
    7,
    `${what} No public price was found for the vendor support it is recommended with (quote required). As a judgement we rate it 7, within the range of the support subscriptions on free software we have priced by the same formula (Ubuntu Pro 8.6, Proxmox VE Standard 7.1, Premium 5.5), rather than the family's 9 for running it unsupported. Enter your quote to compute the rating from your estate.`,
    sources,
  );

const PROXMOX_BACKUP = rating(
  "backup",
  8,
  "Proxmox VE ships its own backup with Proxmox Backup Server integration, and Veeam Backup & Replication protects Proxmox VE through its own plug-in: better covered than the plain libvirt hosts and smaller distributions that pull the family's rating down to 7.",
  [S.VEEAM_PROXMOX, S.VEEAM_PLATFORMS, S.PROXMOX_VE],
  "2026-02-12",
);

const PROXMOX_VDI = NO_MAJOR_BROKER(
  "Proxmox VE",
  "Proxmox VE offers SPICE and noVNC consoles, so desktops need a third-party or self-built broker.",
);

const euro = (amount: number) => amount.toLocaleString("en-US");

const proxmoxCost = (level: string, euros: number, usdHost: string, usdCore: string, score: number) =>
  rating(
    "licence-cost",
    score,
    `€${euro(euros)} per CPU socket per year for the ${level} level (secondary copy of proxmox.com pricing, April 2026). A typical host of 2 CPUs × 16 cores: 2 × €${euro(euros)} = €${euro(2 * euros)} = US$${usdHost} at 1.1761 US$ per euro; ÷ 32 cores = US$${usdCore} per core, so the rating is 10 × 100 ÷ (100 + ${usdCore}) = ${score}. The family's 9 counts the free use of Proxmox VE without a subscription.`,
    [S.PROXMOX_PRICING, S.ECB_DAILY_REFERENCE],
    "2026-04-30",
  );

const PROXMOX_LIFECYCLE = lifecycle(
  "supported",
  null,
  "Sold as a yearly subscription that includes upgrades to new Proxmox VE releases; Proxmox sets an end of life for each major release (not recorded here), so no end date is recorded for the subscription.",
  [S.PROXMOX_ROADMAP, S.PROXMOX_PRICING],
);

const PROXMOX_LIMITS =
  "No hard limit on nodes per cluster is documented; users report a practical ceiling of a few dozen nodes per cluster.";

const VMWARE_LIFECYCLE = lifecycle(
  "supported",
  null,
  "Sold as a per-core subscription that includes upgrades during its term. Broadcom publishes general-support dates per major version (vSphere 8's ends 2027-10-11); we found no announced end for the 9.x line.",
  [S.BROADCOM_LIFECYCLE],
);

const WINDOWS_2025_LIFECYCLE = lifecycle(
  "supported",
  "2034-11-14",
  "Windows Server 2025 follows Microsoft's Fixed Lifecycle Policy: mainstream support ends 2029-11-13, extended support (security updates) 2034-11-14.",
  [S.WINDOWS_SERVER_2025_LIFECYCLE],
);

const esxi: Product[] = [
  {
    id: "vvf",
    hypervisor: "esxi",
    name: "VMware vSphere Foundation 9",
    vendor: "Broadcom",
    lifecycle: VMWARE_LIFECYCLE,
    includes:
      "ESXi hosts with vCenter, vMotion, vSphere HA and DRS, plus VCF Operations monitoring and Kubernetes on vSphere. A vSAN allowance per licensed core is included, but sources disagree on its size (100 GiB in Broadcom KB 326663, 0.25 TiB in a secondary source). NSX networking is not part of VVF.",
    support:
      "Broadcom production support is bundled in the per-core subscription; there are no perpetual licences, and secondary sources report a 20% surcharge on late renewals.",
    limits:
      "Licensed per physical core with a 16-core minimum per CPU. Virtual hardware 22 in the 9.x line allows up to 960 vCPUs per VM (secondary source). Hosted VMware clouds do not take VVF.",
    suits:
      "vSphere estates that need vCenter, HA, vMotion and DRS but neither NSX networking nor the full VCF private-cloud stack.",
    gaps: [],
    fit: [],
    platforms: HOSTED_VMWARE_TAKES_VCF("VVF"),
    ratings: [
      rating(
        "licence-cost",
        4.3,
        "About US$135 per physical core per year at list (secondary sources; Broadcom publishes no price list), with a 16-core minimum per CPU. A typical host of 2 CPUs × 16 cores: 32 cores × US$135 = US$4,320 a year, so c = US$135 per core and the rating is 10 × 100 ÷ (100 + 135) = 4.3. The family's 2 reflects VMware's bundles in general, including the dearer VCF.",
        [S.VMWARE_PER_CORE_LICENSING, S.BROADCOM_KB_313548],
        "2026-06-30",
      ),
    ],
    sources: [
      S.VVF_PRODUCT,
      S.BROADCOM_KB_313548,
      S.BROADCOM_KB_326663,
      S.VCF9_VIRTUAL_HARDWARE_22,
      S.VMWARE_72_CORE_REPORT,
      S.AVS_VCF_PORTABILITY,
      S.AWS_EVS_LICENSING,
      S.OCVS_BYOL_GA,
    ],
    asOf: CHECKED,
  },
  {
    id: "vcf",
    hypervisor: "esxi",
    name: "VMware Cloud Foundation 9",
    vendor: "Broadcom",
    lifecycle: VMWARE_LIFECYCLE,
    includes:
      "Everything in vSphere Foundation plus NSX networking and security, VCF Operations and Automation, and fleet lifecycle management through the VCF installer and SDDC Manager. Each licensed core includes 1 TiB of raw vSAN capacity (secondary source).",
    support:
      "Broadcom production support is bundled in the per-core subscription. VCF is the licence the hosted VMware clouds take for bring-your-own subscriptions: Azure VMware Solution, Amazon EVS and, from 2026-03-22, Oracle Cloud VMware Solution.",
    limits:
      "Licensed per physical core with a 16-core minimum per CPU; a 72-core minimum per order was introduced on 2025-04-10 and its current status is disputed. Up to 960 vCPUs per VM with virtual hardware 22 (secondary source).",
    suits:
      "Large VMware estates that use NSX, run a private cloud with self-service, or want to move licences to a hosted VMware cloud.",
    gaps: [],
    fit: [
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
    platforms: [
      platform(
        "vmware-hybrid",
        "natural",
        "VCF is the VMware hybrid cloud itself: the same stack runs on premises and in the hosted VMware services.",
        [S.VCF_PRODUCT, S.AVS_INTRO, S.GCVE_OVERVIEW],
      ),
      platform(
        "aws",
        "natural",
        "The hosted VMware offer on AWS: Amazon EVS runs VCF on EC2 bare-metal hosts in your own VPC with a VCF subscription you bring from Broadcom (VMware Cloud on AWS is the older, Broadcom-sold service).",
        [S.AWS_EVS_LICENSING, S.VMC_ON_AWS],
      ),
      platform(
        "azure",
        "natural",
        "The hosted VMware offer on Azure: Azure VMware Solution runs VCF, and new nodes since 2025-11-01 need a portable VCF subscription bought from Broadcom.",
        [S.AVS_VCF_PORTABILITY, S.AVS_INTRO],
      ),
      platform(
        "google-cloud",
        "natural",
        "The hosted VMware offer on Google Cloud: Google Cloud VMware Engine runs the VCF stack as a Google service, and Broadcom licenses hyperscaler VMware services as VCF.",
        [S.GCVE_OVERVIEW, S.AVS_VCF_PORTABILITY],
      ),
      platform(
        "oracle-cloud",
        "natural",
        "The hosted VMware offer on Oracle Cloud: Oracle Cloud VMware Solution, where new SDDCs bring their own VCF subscription from 2026-03-22.",
        [S.OCVS_BYOL_GA, S.OCVS_DOCS],
      ),
    ],
    ratings: [
      rating(
        "licence-cost",
        2.2,
        "About US$350 per physical core per year at list (secondary sources; discounted deals reportedly land at 185–275), with a 16-core minimum per CPU. A typical host of 2 CPUs × 16 cores: 32 cores × US$350 = US$11,200 a year, so c = US$350 and the rating is 10 × 100 ÷ (100 + 350) = 2.2; at a discounted US$230 per core it would be 3.0.",
        [S.VCF_CORE_PACKS_SECONDARY, S.VMWARE_PER_CORE_LICENSING, S.BROADCOM_KB_313548],
        "2026-06-30",
      ),
    ],
    sources: [
      S.VCF_PRODUCT,
      S.VCF9_LICENSING_SECONDARY,
      S.BROADCOM_KB_313548,
      S.VMWARE_MINIMUMS_OTAVA,
      S.AVS_VCF_PORTABILITY,
      S.AWS_EVS_LICENSING,
      S.OCVS_BYOL_GA,
    ],
    asOf: CHECKED,
  },
  {
    id: "vsphere-hypervisor",
    hypervisor: "esxi",
    name: "VMware vSphere Hypervisor 8 (free ESXi)",
    vendor: "Broadcom",
    lifecycle: lifecycle(
      "community",
      "2027-10-11",
      "No support entitlement is sold with the free edition. It is ESXi 8, whose general support ends on 2027-10-11 (technical guidance to 2029-10-11); staying supported after that means a VCF or VVF subscription on 9.x. We have not confirmed whether free patch downloads continue until then.",
      [S.BROADCOM_LIFECYCLE, S.ESXI_80U3E_NOTES],
    ),
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
    platforms: [
      ...HOSTED_VMWARE_TAKES_VCF("the free vSphere Hypervisor"),
      platform(
        "openstack",
        "excludes",
        "Nova's VMware driver works through vCenter, which the free vSphere Hypervisor cannot join.",
        [S.NOVA_HYPERVISORS, S.ESXI_80U3E_NOTES],
      ),
      platform(
        "cloudstack",
        "excludes",
        "CloudStack manages vSphere through vCenter, which the free vSphere Hypervisor cannot join.",
        [S.CLOUDSTACK_COMPAT, S.ESXI_80U3E_NOTES],
      ),
      platform(
        "kubernetes",
        "excludes",
        "vSphere Supervisor's VM Operator runs VMs through vCenter, which the free vSphere Hypervisor cannot join.",
        [S.VM_OPERATOR, S.ESXI_80U3E_NOTES],
      ),
    ],
    ratings: [
      rating(
        "licence-cost",
        10,
        "A free download since ESXi 8.0 Update 3e: no licence or subscription cost, in contrast to the per-core VCF and VVF subscriptions the family rating reflects.",
        [S.ESXI_80U3E_NOTES],
        "2025-04-10",
      ),
      rating(
        "availability",
        1,
        "Without vCenter there is no vMotion, vSphere HA or DRS; VMs go down with their host and must be restarted by hand elsewhere.",
        [S.ESXI_80U3E_NOTES, S.FREE_ESXI_API_READ_ONLY],
        "2025-04-10",
      ),
      rating(
        "management",
        3,
        "One host at a time through the ESXi Host Client: the free edition cannot join vCenter, so there is no central management of hosts, clusters or storage, and its remote APIs are reported to be read-only (secondary source), which blocks most automation. The family's 10 is vCenter's.",
        [S.ESXI_80U3E_NOTES, S.FREE_ESXI_API_READ_ONLY],
        "2025-04-10",
      ),
      rating(
        "backup",
        2,
        "Veeam Backup & Replication 13 excludes the free ESXi edition, and its read-only remote APIs (secondary source) block the image-level backup through vSphere's storage APIs that earns the family its 10; backups need agents inside the guests.",
        [S.VEEAM_PLATFORMS, S.FREE_ESXI_API_READ_ONLY],
        "2026-02-12",
      ),
      rating(
        "vendor-support",
        1,
        "No support entitlement from Broadcom: help comes from community forums only, and the ESXi 8 line it belongs to leaves general support on 2027-10-11. The family's 8 is the support bundled with VCF and VVF subscriptions.",
        [S.ESXI_80U3E_NOTES, S.BROADCOM_LIFECYCLE],
      ),
    ],
    sources: [
      S.ESXI_80U3E_NOTES,
      S.FREE_ESXI_DISCONTINUED,
      S.FREE_ESXI_API_READ_ONLY,
      S.VSPHERE_8_DOCS,
      S.BROADCOM_LIFECYCLE,
    ],
    asOf: CHECKED,
  },
];

const WINDOWS_NO_BROKER_VDI = rating(
  "vdi",
  5,
  "Remote Desktop Services and GPU partitioning run on Windows Server Hyper-V, but the main desktop platforms need more than this product: Citrix's Hyper-V hosting connection goes through System Center Virtual Machine Manager, licensed separately; Azure Virtual Desktop runs on Azure or Azure Local, not on Windows Server clusters; Omnissa Horizon does not run its desktops on Hyper-V.",
  [S.CITRIX_SCVMM, S.AZURE_VIRTUAL_DESKTOP, S.HORIZON_AHV],
  "2026-12-01",
);

const hyperV: Product[] = [
  {
    id: "windows-server-datacenter",
    hypervisor: "hyper-v",
    name: "Windows Server 2025 Datacenter with Failover Clustering",
    vendor: "Microsoft",
    lifecycle: WINDOWS_2025_LIFECYCLE,
    includes:
      "The Hyper-V role, Failover Clustering for HA and live migration, Storage Spaces Direct, and unlimited Windows Server guests on every licensed host. Managed with Windows Admin Center and Failover Cluster Manager at no extra cost; System Center Virtual Machine Manager is optional and licensed separately.",
    support:
      "Microsoft support through the customer's agreement (Software Assurance or a support contract); hardware comes from Windows Server certified vendors.",
    limits: "Up to 2,048 vCPUs and 240 TB of memory per generation-2 VM; 64 nodes and 8,000 VMs per failover cluster.",
    suits: "Windows-heavy estates, where the Datacenter licences needed for the guests already include the hypervisor.",
    gaps: [],
    fit: [],
    platforms: [WINDOWS_NOT_ON_GOOGLE],
    ratings: [WINDOWS_NO_BROKER_VDI],
    sources: [
      S.WINDOWS_SERVER_PRICING,
      S.HYPERV_SCALE_LIMITS,
      S.FAILOVER_CLUSTERING,
      S.WINDOWS_ADMIN_CENTER,
      S.SCVMM_OVERVIEW,
      S.WINDOWS_SERVER_2025_LIFECYCLE,
    ],
    asOf: CHECKED,
  },
  {
    id: "windows-server-standard",
    hypervisor: "hyper-v",
    name: "Windows Server 2025 Standard with Failover Clustering",
    vendor: "Microsoft",
    lifecycle: WINDOWS_2025_LIFECYCLE,
    includes:
      "The Hyper-V role, Failover Clustering and live migration, and the right to run two Windows Server VMs on each host whose physical cores are all licensed; licensing the cores again adds two more VMs (stacking). Managed with Windows Admin Center and Failover Cluster Manager. Storage Spaces Direct and software-defined networking are Datacenter features.",
    support:
      "Microsoft support through the customer's agreement (Software Assurance or a support contract); hardware comes from Windows Server certified vendors.",
    limits:
      "The same Hyper-V scale limits as Datacenter (2,048 vCPUs and 240 TB per generation-2 VM; 64 nodes and 8,000 VMs per cluster), but only two Windows Server VMs per full licensing of a host, and every host a VM may move to must be licensed for it.",
    suits:
      "Hosts with few Windows Server VMs, such as Linux-heavy estates and small sites: at list prices Standard costs less than Datacenter up to about a dozen Windows VMs per host.",
    gaps: [],
    fit: [
      {
        when: { guestOs: "mostly-linux" },
        points: 2,
        reason: "Few Windows VMs per host: two-VM Standard licences cost less than Datacenter's unlimited ones.",
      },
      {
        when: { scale: "small" },
        points: 1,
        reason: "A few hosts with a handful of Windows VMs each are Standard's typical use.",
      },
      {
        when: { guestOs: "mostly-windows" },
        points: -3,
        reason:
          "Many Windows VMs per host: beyond about a dozen per host, Datacenter's unlimited VMs cost less than stacked Standard licences.",
      },
    ],
    platforms: [WINDOWS_NOT_ON_GOOGLE],
    ratings: [
      rating(
        "licence-cost",
        8,
        "US$1,176 per 16-core Standard licence (secondary copies of Microsoft's price list), a one-off licence with minimums of 8 cores per CPU and 16 per host. A typical host of 2 CPUs × 16 cores needs 32 core licences: 2 × US$1,176 = US$2,352, which over the default 3-year horizon is US$24.50 per core per year, so the rating is 10 × 100 ÷ (100 + 24.50) = 8.0. That covers two Windows VMs per host; each further two add the same again, so the cost grows with the Windows VMs per host.",
        [S.WINDOWS_SERVER_PRICING, S.WINDOWS_SERVER_PRICE_COPY],
        "2026-05-04",
      ),
      WINDOWS_NO_BROKER_VDI,
    ],
    sources: [
      S.WINDOWS_SERVER_PRICING,
      S.WINDOWS_SERVER_PRICE_COPY,
      S.HYPERV_SCALE_LIMITS,
      S.FAILOVER_CLUSTERING,
      S.WINDOWS_ADMIN_CENTER,
      S.WINDOWS_SERVER_2025_LIFECYCLE,
    ],
    asOf: CHECKED,
  },
  {
    id: "windows-server-datacenter-system-center",
    hypervisor: "hyper-v",
    name: "Windows Server 2025 Datacenter with System Center 2025",
    vendor: "Microsoft",
    lifecycle: lifecycle(
      "supported",
      "2034-11-14",
      "Windows Server 2025 extended support ends 2034-11-14 (mainstream 2029-11-13). System Center 2025 has mainstream support to 2030-01-09; we did not confirm its extended-support date, so the Windows date is recorded.",
      [S.WINDOWS_SERVER_2025_LIFECYCLE, S.SYSTEM_CENTER_2025_LIFECYCLE],
    ),
    includes:
      "Everything in Windows Server Datacenter (Hyper-V, Failover Clustering, Storage Spaces Direct, unlimited Windows Server VMs per licensed host) plus System Center 2025 Datacenter, whose Virtual Machine Manager manages hosts, clusters, storage, networks and templates across many clusters, with Dynamic Optimization balancing load within clusters.",
    support:
      "Microsoft support through the customer's agreement; System Center 2025 has mainstream support to 2030-01-09.",
    limits:
      "One VMM 2025 server manages up to 1,000 hosts and 25,000 VMs (from our research notes); each failover cluster up to 64 nodes and 8,000 VMs. Every managed host's cores need System Center licences on top of Windows Server's.",
    suits:
      "Large Hyper-V estates run across many clusters, and Citrix desktop estates on Hyper-V, which Citrix reaches through Virtual Machine Manager.",
    gaps: [],
    fit: [
      {
        when: { scale: "large" },
        points: 3,
        reason:
          "Virtual Machine Manager runs many clusters (up to 1,000 hosts per VMM server) from one console and API.",
      },
      {
        when: { vdiBroker: "citrix" },
        points: 4,
        reason: "Citrix Virtual Apps and Desktops reaches Hyper-V hosts through System Center Virtual Machine Manager.",
      },
      {
        when: { scale: "small" },
        points: -3,
        reason: "System Center's per-core licences and management servers are heavy for a few hosts.",
      },
      {
        when: { budget: "minimal" },
        points: -2,
        reason: "System Center adds a per-core licence on top of Windows Server Datacenter.",
      },
    ],
    platforms: [WINDOWS_NOT_ON_GOOGLE],
    ratings: [
      rating(
        "licence-cost",
        3.1,
        "Windows Server Datacenter at US$6,771 plus System Center Datacenter at US$3,968 per 16 cores (Windows from secondary copies of Microsoft pricing, System Center from our research notes): US$671.19 per core, one-off. A typical host of 2 CPUs × 16 cores: 32 × US$671.19 = US$21,478, which over the default 3-year horizon is US$223.73 per core per year, so 10 × 100 ÷ (100 + 223.73) = 3.1. Where Windows guests need Datacenter anyway, System Center alone adds US$82.67 per core per year, which would rate 5.5.",
        [S.WINDOWS_SERVER_PRICE_COPY, S.SYSTEM_CENTER_PRICING],
      ),
      rating(
        "management",
        8,
        "System Center Virtual Machine Manager is included: one console and API for hosts, clusters, storage, networks and templates across many clusters (a VMM 2025 server manages up to 1,000 hosts and 25,000 VMs, from our research notes), closer to vCenter than the family's mix of Windows Admin Center and Failover Cluster Manager.",
        [S.SCVMM_OVERVIEW, S.SCVMM_2025_REQUIREMENTS],
      ),
      rating(
        "availability",
        9,
        "Failover clustering restarts VMs after a host failure and live migration is built in; with Virtual Machine Manager included, Dynamic Optimization balances load across cluster nodes, which the family rating counts as a separate purchase. DRS remains the more mature balancer.",
        [S.SCVMM_OVERVIEW, S.FAILOVER_CLUSTERING],
      ),
    ],
    sources: [
      S.WINDOWS_SERVER_PRICING,
      S.SYSTEM_CENTER_PRICING,
      S.SCVMM_OVERVIEW,
      S.SCVMM_2025_REQUIREMENTS,
      S.SYSTEM_CENTER_2025_LIFECYCLE,
      S.CITRIX_SCVMM,
      S.HYPERV_SCALE_LIMITS,
    ],
    asOf: CHECKED,
  },
  {
    id: "azure-local",
    hypervisor: "hyper-v",
    name: "Azure Local",
    vendor: "Microsoft",
    lifecycle: lifecycle(
      "supported",
      null,
      "Billed and serviced as an Azure service with regular releases; no end of support is announced. We did not record how long each release stays supported.",
      [S.AZURE_LOCAL_BILLING, S.AZURE_LOCAL_BASELINE],
    ),
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
    platforms: [
      platform(
        "on-premises",
        "requires",
        "Azure Local runs on validated hardware in your own datacentres or edge sites.",
        [S.AZURE_LOCAL_BASELINE],
      ),
      platform(
        "azure",
        "requires",
        "Azure Local is deployed and managed from Azure through Azure Arc and billed as an Azure service, so it also belongs with an Azure platform choice; it is not a way to run VMs in Azure's own regions.",
        [S.AZURE_LOCAL_BILLING, S.AZURE_LOCAL_BASELINE],
      ),
    ],
    ratings: [
      rating(
        "licence-cost",
        4.5,
        "A host service fee of US$10 per physical core per month (Microsoft's pricing page as reported; the billing page names no figure), on top of the Windows Server licences the guests need. A typical host of 2 CPUs × 16 cores: 32 cores × US$120 a year = US$3,840, so c = US$120 and the rating is 10 × 100 ÷ (100 + 120) = 4.5. Azure Hybrid Benefit waives the fee for Datacenter licences with Software Assurance, which would make it 10.",
        [S.AZURE_LOCAL_BILLING, S.AZURE_LOCAL_PRICING, S.AZURE_LOCAL_HYBRID_BENEFIT],
        "2026-06-30",
      ),
      rating(
        "gpu",
        4.5,
        "NVIDIA's vGPU knowledge base lists Azure Local with 4 of its 9 vGPU features, one fewer than Windows Server 2025, on which the family's rating rests; GPUs are shared through GPU partitioning.",
        [S.NVIDIA_VGPU_FEATURES, S.HYPERV_GPU_PARTITIONING],
        "2025-10-17",
      ),
    ],
    sources: [S.AZURE_LOCAL_BASELINE, S.AZURE_LOCAL_BILLING, S.AZURE_VIRTUAL_DESKTOP],
    asOf: CHECKED,
  },
  {
    id: "azure-virtual-machines",
    hypervisor: "hyper-v",
    name: "Azure Virtual Machines",
    vendor: "Microsoft",
    lifecycle: lifecycle(
      "supported",
      null,
      "A service run by Microsoft: no end of support applies to the service as a whole.",
      [S.AZURE_HYPERVISOR],
    ),
    includes:
      "VMs run by Microsoft in Azure on its own hypervisor, which Microsoft describes as based on Hyper-V: you choose VM sizes, not hosts. Hyper-V VMs move in with Azure Migrate, and confidential VM sizes protect guest memory with AMD SEV-SNP or Intel TDX.",
    support: "Azure support from Microsoft; the hosts and the hypervisor are Microsoft's responsibility.",
    limits:
      "No access to hosts or the hypervisor: VM sizes and features follow Azure's catalogue. Priced per VM, not per physical core.",
    suits:
      "Organisations moving workloads into Azure itself, especially Windows and Hyper-V estates, whose VMs move with Azure Migrate.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "azure" },
        points: 4,
        reason: "On Azure the usual landing is Azure's own VMs; Azure Local keeps the hosts in your own datacentres.",
      },
    ],
    platforms: [
      platform(
        "azure",
        "requires",
        "Offered only in Azure: these are Azure's own VMs, on Azure's Hyper-V-based hypervisor.",
        [S.AZURE_HYPERVISOR],
      ),
    ],
    ratings: [
      rating(
        "confidential-computing",
        9,
        "Azure confidential VMs run with AMD SEV-SNP or Intel TDX on Azure's Hyper-V-based hypervisor, protecting guest memory from the host. The family's 2 reflects that Microsoft documents no such capability for Hyper-V on your own servers; in Azure it is a standard choice of VM size.",
        [S.AZURE_CONFIDENTIAL_VMS, S.AZURE_HYPERVISOR],
        "2026-12-01",
      ),
    ],
    sources: [S.AZURE_HYPERVISOR, S.AZURE_MIGRATE_HYPERV, S.AZURE_CONFIDENTIAL_VMS, S.AZURE_VM_PRICING],
    asOf: CHECKED,
  },
];

const kvm: Product[] = [
  {
    id: "proxmox-ve-standard",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Standard subscription",
    vendor: "Proxmox Server Solutions",
    lifecycle: PROXMOX_LIFECYCLE,
    includes:
      "KVM VMs and LXC containers in one web UI; clustering, live migration, the HA manager with affinity rules and, since 9.2 (2026-05-21), a load balancer that respects them; Ceph and ZFS storage; built-in backup with Proxmox Backup Server integration. The subscription adds the enterprise repository and support tickets.",
    support:
      "Support tickets with Proxmox Server Solutions (10 a year with remote SSH support under the older agreement we saw) plus the tested enterprise repository; every node of a cluster must carry the same subscription level.",
    limits: PROXMOX_LIMITS,
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
    platforms: PROXMOX_PLATFORMS,
    ratings: [
      proxmoxCost("Standard", 550, "1,293.71", "40.43", 7.1),
      PROXMOX_VDI,
      proxmoxGpu(6),
      PROXMOX_BACKUP,
      rating(
        "vendor-support",
        7,
        "Proxmox sells support tickets by subscription level. Under the older agreement we saw, Standard includes 10 tickets a year with remote SSH support, answered within one business day through the customer portal; we found no 24x7 option in those terms. A smaller, business-hours service than the large vendors behind the family's 8.",
        [S.PROXMOX_PRICING, S.PROXMOX_SUBSCRIPTION_AGREEMENT_COPY],
      ),
    ],
    sources: [
      S.PROXMOX_VE,
      S.PROXMOX_PRICING,
      S.PROXMOX_SUBSCRIPTION_AGREEMENT_COPY,
      S.PROXMOX_HA,
      S.PROXMOX_ROADMAP,
      S.PROXMOX_CLUSTER_MANAGER,
    ],
    asOf: CHECKED,
  },
  {
    id: "proxmox-ve-community",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Community subscription",
    vendor: "Proxmox Server Solutions",
    lifecycle: lifecycle(
      "community",
      null,
      "The Community subscription gives access to the enterprise repository but includes no support tickets: no vendor support is offered. Updates continue for each major release until Proxmox's end of life for it.",
      [S.PROXMOX_PRICING, S.PROXMOX_ROADMAP],
      "2026-04-30",
    ),
    includes:
      "The same Proxmox VE software and features as the paid levels; the Community subscription adds access to the enterprise update repository but no support tickets.",
    support:
      "No support tickets; help comes from the community forum. Without any subscription, updates come from the no-subscription repository.",
    limits:
      "As for Proxmox VE: no documented node limit, with a practical ceiling of a few dozen nodes per cluster reported by users.",
    suits: "Budget-constrained estates, labs and teams with strong Linux skills that can support themselves.",
    gaps: [],
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
    platforms: PROXMOX_PLATFORMS,
    ratings: [
      rating(
        "vendor-support",
        3,
        "The Community subscription includes no support tickets, so there is no vendor to escalate to; the paid levels (Basic, Standard, Premium) add them.",
        [S.PROXMOX_PRICING],
        "2026-04-30",
      ),
      PROXMOX_VDI,
      proxmoxGpu(5, " At the Community level there are no support tickets to take a vGPU problem to the vendor."),
      PROXMOX_BACKUP,
    ],
    sources: [S.PROXMOX_VE, S.PROXMOX_PRICING],
    asOf: CHECKED,
  },
  {
    id: "proxmox-ve-basic",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Basic subscription",
    vendor: "Proxmox Server Solutions",
    lifecycle: PROXMOX_LIFECYCLE,
    includes:
      "The same Proxmox VE software as every level (KVM VMs and LXC containers, clustering, HA, Ceph and ZFS, built-in backup), with the enterprise repository and a small yearly allowance of support tickets.",
    support:
      "Support tickets through the Proxmox customer portal: 3 a year under the older agreement we saw, answered within one business day, without remote SSH support; more tickets can be bought. Every node of a cluster must carry the same level.",
    limits: PROXMOX_LIMITS,
    suits:
      "Small estates that want the enterprise repository and an occasional vendor support ticket at the lowest paid level.",
    gaps: [],
    fit: [
      {
        when: { budget: "minimal" },
        points: 2,
        reason: "Basic is the cheapest Proxmox level that includes vendor support tickets.",
      },
      { when: { scale: "small" }, points: 1, reason: "A few hosts rarely need more than a few tickets a year." },
      {
        when: { mustHave: "vendor-support" },
        points: 1,
        reason: "Basic includes a few vendor support tickets a year.",
      },
      {
        when: { currentPlatform: "esxi" },
        points: 1,
        reason: "Proxmox VE imports VMs straight from ESXi hosts with its built-in import wizard.",
      },
      {
        when: { scale: "large" },
        points: -3,
        reason: "A few tickets a year is thin support for a large estate; Standard and Premium include more.",
      },
    ],
    platforms: PROXMOX_PLATFORMS,
    ratings: [
      proxmoxCost("Basic", 370, "870.31", "27.20", 7.9),
      PROXMOX_VDI,
      proxmoxGpu(6),
      PROXMOX_BACKUP,
      rating(
        "vendor-support",
        5,
        "Under the older agreement we saw, Basic includes 3 support tickets a year, answered within one business day through the customer portal, without remote SSH support; more tickets are bought separately. Enough for occasional help, not for running an estate on the vendor's support, unlike the large vendors behind the family's 8.",
        [S.PROXMOX_PRICING, S.PROXMOX_SUBSCRIPTION_AGREEMENT_COPY],
      ),
    ],
    sources: [S.PROXMOX_VE, S.PROXMOX_PRICING, S.PROXMOX_SUBSCRIPTION_AGREEMENT_COPY, S.PROXMOX_ROADMAP],
    asOf: CHECKED,
  },
  {
    id: "proxmox-ve-premium",
    hypervisor: "kvm",
    name: "Proxmox VE 9 with a Premium subscription",
    vendor: "Proxmox Server Solutions",
    lifecycle: PROXMOX_LIFECYCLE,
    includes:
      "The same Proxmox VE software as every level (KVM VMs and LXC containers, clustering, HA, Ceph and ZFS, built-in backup), with the enterprise repository, unlimited support tickets and remote SSH support.",
    support:
      "Unlimited support tickets through the Proxmox customer portal, with remote SSH support; answered within one business day under the older agreement we saw (check current terms). Every node of a cluster must carry the same level.",
    limits: PROXMOX_LIMITS,
    suits:
      "Production estates that lean on the vendor: many incidents a year, larger clusters or no in-house Proxmox experts.",
    gaps: [],
    fit: [
      {
        when: { scale: "large" },
        points: 1,
        reason: "Unlimited tickets suit a large estate better than Standard's yearly allowance.",
      },
      {
        when: { budget: "flexible" },
        points: 1,
        reason: "With budget to spare, Premium removes the limit on support tickets.",
      },
      {
        when: { mustHave: "vendor-support" },
        points: 2,
        reason: "Premium includes unlimited vendor support tickets and remote support.",
      },
      {
        when: { currentPlatform: "esxi" },
        points: 1,
        reason: "Proxmox VE imports VMs straight from ESXi hosts with its built-in import wizard.",
      },
      {
        when: { budget: "minimal" },
        points: -3,
        reason: "Premium costs twice the Standard level per socket.",
      },
    ],
    platforms: PROXMOX_PLATFORMS,
    ratings: [proxmoxCost("Premium", 1100, "2,587.42", "80.86", 5.5), PROXMOX_VDI, proxmoxGpu(6), PROXMOX_BACKUP],
    sources: [S.PROXMOX_VE, S.PROXMOX_PRICING, S.PROXMOX_SUBSCRIPTION_AGREEMENT_COPY, S.PROXMOX_ROADMAP],
    asOf: CHECKED,
  },
  {
    id: "openshift-virtualization",
    hypervisor: "kvm",
    name: "Red Hat OpenShift Virtualization",
    vendor: "Red Hat",
    lifecycle: lifecycle(
      "supported",
      null,
      "Sold as a subscription that includes upgrades to newer OpenShift releases; we recorded no end date for the product.",
      [S.OPENSHIFT_VIRTUALIZATION],
    ),
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
    platforms: [
      platform(
        "kubernetes",
        "natural",
        "OpenShift Virtualization runs VMs as Kubernetes resources through KubeVirt on Red Hat's Kubernetes platform.",
        [S.OPENSHIFT_VIRTUALIZATION, S.KUBEVIRT],
      ),
      ...notOnOtherStacks("OpenShift Virtualization", "kubernetes"),
    ],
    ratings: [
      rating(
        "licence-cost",
        3,
        "No public price was found for OpenShift Virtualization Engine or OpenShift on bare metal (quote required). As a judgement we rate it like the VMware per-core bundles it usually replaces (by the same formula VVF rates 4.3 and VCF 2.2), at 3, far from the free KVM distributions behind the family's 9. Enter your quote to compute the rating from your estate.",
        [S.OPENSHIFT_VIRTUALIZATION],
      ),
      NO_MAJOR_BROKER(
        "OpenShift Virtualization",
        "Its VMs have web and VNC consoles, so desktops need a third-party or self-built broker.",
      ),
    ],
    sources: [S.OPENSHIFT_VIRTUALIZATION, S.KUBEVIRT, S.MTV_DOCS],
    asOf: CHECKED,
  },
  {
    id: "nutanix-ahv",
    hypervisor: "kvm",
    name: "Nutanix AHV (Nutanix Cloud Infrastructure)",
    vendor: "Nutanix",
    lifecycle: lifecycle(
      "supported",
      null,
      "Sold as a Nutanix Cloud Infrastructure subscription that includes upgrades; Nutanix sets support periods per software release (not recorded here), and we recorded no end date for the product.",
      [S.NUTANIX_AHV],
    ),
    openSource: false,
    includes:
      "The AHV hypervisor on Nutanix's distributed storage, managed with Prism, with HA, live migration and automatic VM placement. Citrix and, since Horizon 8 2512, Omnissa Horizon support AHV for virtual desktops. The same AHV clusters run in AWS and Azure as Nutanix Cloud Clusters (NC2) on bare-metal nodes.",
    support: "Nutanix support for software and, on Nutanix-branded or certified hardware, the whole node.",
    limits:
      "Licensed through Nutanix Cloud Infrastructure subscriptions; runs only on Nutanix-certified hardware or as NC2 on bare-metal nodes in AWS and Azure (a secondary copy of Nutanix's NC2 price list also names Google Cloud, which we did not confirm).",
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
    platforms: notOnOtherStacks("Nutanix AHV"),
    ratings: [
      rating(
        "licence-cost",
        3,
        "AHV comes only with a Nutanix Cloud Infrastructure subscription, a commercial licence with no public price (quote required). As a judgement we rate it like the VMware per-core bundles it usually replaces (by the same formula VVF rates 4.3 and VCF 2.2), at 3, far from the free KVM distributions behind the family's 9. Hardware and support are usually quoted together, so compare whole quotes.",
        [S.NUTANIX_AHV],
      ),
      rating(
        "openness",
        3,
        "AHV is built on KVM and QEMU but is Nutanix's proprietary product: sold only with Nutanix Cloud Infrastructure, managed by Nutanix's own Prism and run on Nutanix-certified hardware, with one vendor to supply and support it. Migration tools ease moves in and out somewhat, but the family's 10 describes upstream KVM and its many distributions.",
        [S.NUTANIX_AHV, S.NUTANIX_MOVE],
      ),
      rating(
        "vdi",
        8,
        "Citrix Virtual Apps and Desktops supports Nutanix AHV through its Nutanix plug-in, and Omnissa Horizon 8 made AHV generally available in 2512 (December 2025): both major brokers, the evidence the family's 6 shares across every KVM product. vSphere keeps the longer track record.",
        [S.CITRIX_HOSTS, S.HORIZON_AHV],
        "2026-12-01",
      ),
      rating(
        "gpu",
        7,
        "Nutanix supports NVIDIA vGPU on AHV, and NVIDIA names AHV among platforms that use its generic KVM vGPU release with support handled by the vendor; NVIDIA's feature chart lists no features for AHV, so coverage such as live migration of vGPU VMs must be confirmed with Nutanix. The family's 9 rests on RHEL and Ubuntu KVM.",
        [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_KB_OVERVIEW, S.NUTANIX_AHV],
        "2025-10-17",
      ),
      rating(
        "management",
        8,
        "Prism manages compute, storage and networking of Nutanix clusters from one interface and API, on premises and for NC2 clusters in AWS and Azure: one consistent plane rather than the family's mix of products. Its third-party integration ecosystem is narrower than vCenter's.",
        [S.NUTANIX_AHV, S.NC2_AWS, S.NC2_AZURE],
      ),
      rating(
        "backup",
        8,
        "Veeam supports AHV with a dedicated, agentless product (Veeam Backup for Nutanix AHV) for image-level backups. The family's 7 averages in KVM products with fewer backup options.",
        [S.VEEAM_AHV, S.VEEAM_PLATFORMS],
        "2026-02-12",
      ),
    ],
    sources: [S.NUTANIX_AHV, S.VEEAM_AHV, S.NVIDIA_VGPU_MATRIX, S.NC2_AWS, S.NC2_AZURE, S.HORIZON_AHV],
    asOf: CHECKED,
  },
  {
    id: "olvm",
    hypervisor: "kvm",
    name: "Oracle Linux Virtualization Manager",
    vendor: "Oracle",
    lifecycle: lifecycle(
      "supported",
      null,
      "Free to download, supported through Oracle Linux Premier Support; we recorded no announced end of support for the current release line.",
      [S.OLVM_DOCS],
    ),
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
    platforms: [
      platform(
        "oracle-cloud",
        "natural",
        "Oracle's own KVM stack and the successor of Oracle VM; Oracle publishes playbooks that deploy OLVM and its KVM hosts on OCI. Oracle's documentation does not name the hypervisor behind OCI's own VM instances.",
        [S.OLVM_DOCS, S.OLVM_ON_OCI_LAB, S.OCI_COMPUTE_OVERVIEW],
      ),
      ...notOnOtherStacks("OLVM"),
      ...selfManagedOnly("OLVM", S.OLVM_DOCS, ["aws", "azure", "google-cloud"]),
    ],
    ratings: [
      supportOnFreeSoftware(
        "OLVM is free to download; Oracle Linux Premier Support, priced per server, covers it (a secondary source says unlimited VMs per server need Premier Plus since March 2025).",
        [S.OLVM_DOCS, S.OLVM_PREMIER_CHANGE_SECONDARY],
      ),
      NO_MAJOR_BROKER("OLVM", "Desktops on OLVM need a third-party or self-built broker."),
      notInNvidiaList("Oracle Linux KVM or OLVM"),
    ],
    sources: [S.OLVM_DOCS, S.OVIRT, S.OLVM_PREMIER_CHANGE_SECONDARY, S.OLVM_ON_OCI_LAB],
    asOf: CHECKED,
  },
  {
    id: "suse-virtualization",
    hypervisor: "kvm",
    name: "SUSE Virtualization (Harvester)",
    vendor: "SUSE",
    lifecycle: lifecycle(
      "supported",
      null,
      "Sold as a SUSE subscription that includes upgrades; we recorded no end date for the product.",
      [S.HARVESTER_DOCS],
    ),
    includes:
      "Harvester's hyperconverged stack: KubeVirt VMs, Longhorn distributed storage and integration with Rancher for Kubernetes clusters, under the Apache 2.0 licence.",
    support: "SUSE subscription support; the open-source Harvester can also run without a subscription.",
    limits:
      "We have not sourced cluster size limits. VMs with PCI passthrough or vGPU devices cannot be live-migrated.",
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
    platforms: [
      platform(
        "kubernetes",
        "natural",
        "Harvester runs VMs as Kubernetes resources with KubeVirt and integrates with Rancher; it is open source under Apache 2.0.",
        [S.HARVESTER, S.HARVESTER_DOCS],
      ),
      ...notOnOtherStacks("SUSE Virtualization", "kubernetes"),
      ...selfManagedOnly("SUSE Virtualization", S.HARVESTER_DOCS),
    ],
    ratings: [
      supportOnFreeSoftware(
        "Harvester is open source (Apache 2.0) and free to run; SUSE sells the support subscription.",
        [S.HARVESTER, S.HARVESTER_DOCS],
      ),
      NO_MAJOR_BROKER("SUSE Virtualization", "Desktops on Harvester need a third-party or self-built broker."),
      rating(
        "gpu",
        6,
        "Harvester attaches PCI passthrough and vGPU devices to VMs, but VMs using them cannot be live-migrated. NVIDIA names SLES among platforms that use its generic KVM vGPU release with vendor-handled support and lists no features for it; the family's 9 rests on RHEL and Ubuntu KVM.",
        [S.HARVESTER_LIVE_MIGRATION, S.NVIDIA_VGPU_KB_OVERVIEW],
      ),
    ],
    sources: [S.HARVESTER, S.HARVESTER_DOCS, S.HARVESTER_LIVE_MIGRATION],
    asOf: CHECKED,
  },
  {
    id: "canonical-openstack",
    hypervisor: "kvm",
    name: "Canonical OpenStack with Ubuntu Pro",
    vendor: "Canonical",
    lifecycle: lifecycle(
      "supported",
      null,
      "Ubuntu Pro is a yearly subscription covering the hosts' security maintenance; we recorded no end date for the product.",
      [S.UBUNTU_PRO_PRICING],
    ),
    includes:
      "An OpenStack distribution on Ubuntu with KVM through Nova and libvirt, Ubuntu Pro security maintenance for the hosts, and unlimited Ubuntu guests when every host is covered.",
    support: "Ubuntu Pro covers security maintenance; phone and ticket support is an add-on priced separately.",
    limits: "Built for many hosts; we have not sourced figures. VMs are run as cloud instances through OpenStack APIs.",
    suits:
      "Organisations building a private cloud with self-service APIs over many hosts, with teams used to OpenStack.",
    gaps: [],
    fit: [
      {
        when: { scale: "small" },
        points: -4,
        reason: "An OpenStack control plane is a lot of machinery for a few hosts.",
      },
    ],
    platforms: [
      platform(
        "openstack",
        "natural",
        "Canonical's OpenStack distribution runs KVM through Nova's libvirt driver, OpenStack's primary and most complete compute driver.",
        [S.CANONICAL_OPENSTACK, S.NOVA_HYPERVISORS],
      ),
      notWithoutCloudStack("Canonical OpenStack", "OpenStack", S.CANONICAL_OPENSTACK),
      ...notOnOtherStacks("Canonical OpenStack", "openstack"),
      ...selfManagedOnly("Canonical OpenStack", S.CANONICAL_OPENSTACK),
    ],
    ratings: [
      rating(
        "licence-cost",
        8.6,
        "Ubuntu Pro at US$500 per physical machine per year (secondary copy of ubuntu.com pricing), which also covers unlimited Ubuntu guests; phone and ticket support cost extra. A typical host of 2 CPUs × 16 cores: US$500 ÷ 32 cores = US$15.63 per core, so 10 × 100 ÷ (100 + 15.63) = 8.6.",
        [S.UBUNTU_PRO_PRICING, S.UBUNTU_PRO_FAQ],
        "2026-01-01",
      ),
      NO_MAJOR_BROKER("OpenStack", "Desktops on OpenStack need a third-party or self-built broker."),
    ],
    sources: [S.CANONICAL_OPENSTACK, S.UBUNTU_PRO_PRICING, S.UBUNTU_PRO_FAQ, S.NOVA_HYPERVISORS],
    asOf: CHECKED,
  },
  {
    id: "hpe-vm-essentials",
    hypervisor: "kvm",
    name: "HPE VM Essentials",
    vendor: "Hewlett Packard Enterprise",
    lifecycle: lifecycle(
      "supported",
      null,
      "Sold by HPE; we did not confirm its support terms and found no announced end of support.",
      [S.HPE_VME_DOCS],
    ),
    openSource: false,
    includes:
      "HPE's KVM-based virtualization: HPE VME clusters, whose VMs Veeam backs up without agents through libvirt and QEMU, run by the HPE VM Essentials manager (built from HPE Morpheus), which also manages existing VMware vCenter private clouds from the same console.",
    support: "Sold by HPE and its partners; we did not confirm the support terms, and no public price was found.",
    limits: "We have not sourced cluster or VM limits, hardware requirements or the licence metric.",
    suits:
      "HPE customers leaving VMware who want one vendor for servers and hypervisor, and to manage vCenter and the new clusters side by side during the move.",
    gaps: [],
    fit: [
      {
        when: { currentPlatform: "esxi" },
        points: 1,
        reason: "The same console manages existing vCenter clouds and the new HPE VME clusters during a migration.",
      },
      {
        when: { mustHave: "backup-ecosystem" },
        points: 1,
        reason: "Veeam Backup & Replication protects HPE VM Essentials VMs without agents.",
      },
      {
        when: { licensing: "open-source-preferred" },
        points: -2,
        reason: "HPE VM Essentials' manager is proprietary, and you prefer open source.",
      },
    ],
    platforms: [...notOnOtherStacks("HPE VM Essentials"), ...selfManagedOnly("HPE VM Essentials", S.HPE_VME_DOCS)],
    ratings: [
      rating(
        "licence-cost",
        5,
        "No public price and no confirmed licence metric (quote required). As a judgement we rate it 5, the formula's value at US$100 per core per year: a commercial subscription should not look as cheap as the free KVM distributions behind the family's 9, but we have no evidence that it costs as much as VMware's bundles. Enter your quote to compute the rating from your estate.",
        [S.HPE_VME_DOCS],
      ),
      rating(
        "openness",
        5,
        "HPE VM Essentials runs VMs on KVM, QEMU and libvirt (Veeam reads them through those interfaces), but its manager is proprietary HPE software from a single vendor; the family's 10 describes upstream KVM and its many distributions.",
        [S.VEEAM_HPE_VME, S.HPE_VME_DOCS],
      ),
      NO_MAJOR_BROKER(
        "HPE VM Essentials",
        "We found no broker support statement for it; check Citrix's current list before planning desktops on it.",
      ),
      notInNvidiaList("HPE VM Essentials"),
    ],
    sources: [S.HPE_VME_DOCS, S.VEEAM_HPE_VME],
    asOf: CHECKED,
  },
  {
    id: "opennebula-kvm",
    hypervisor: "kvm",
    name: "OpenNebula with KVM hosts",
    vendor: "OpenNebula Systems",
    lifecycle: lifecycle(
      "supported",
      null,
      "Enterprise Edition subscriptions from OpenNebula Systems include updates and an upgrade path; we recorded no end date for the product.",
      [S.OPENNEBULA_SUBSCRIPTION_2021],
    ),
    includes:
      "OpenNebula's cloud and virtualization manager running KVM hosts (and LXC containers) that it manages itself, with self-service, multi-tenancy, virtual networks and clusters. OpenNebula is open source under the Apache 2.0 licence; the Enterprise Edition adds tested packages and tools with a subscription.",
    support:
      "Subscriptions from OpenNebula Systems, by quote, with SLA support that can extend to the KVM, libvirt and operating system of the hosts. The Community Edition has community support only.",
    limits:
      "We have not sourced host or VM limits for current releases. Since 7.0 OpenNebula targets KVM and LXC only; its vCenter drivers were removed.",
    suits:
      "Organisations building an open-source private or edge cloud with self-service, and teams already running OpenNebula.",
    gaps: [],
    fit: [],
    platforms: [
      platform(
        "opennebula",
        "natural",
        "OpenNebula manages these KVM hosts itself: the platform's own product for KVM, its main hypervisor since 7.0.",
        [S.OPENNEBULA_7_COMPAT, S.OPENNEBULA_SOURCE],
      ),
      notWithoutCloudStack("OpenNebula", "OpenNebula", S.OPENNEBULA_7_COMPAT),
      ...notOnOtherStacks("OpenNebula", "opennebula"),
      ...selfManagedOnly("OpenNebula", S.OPENNEBULA_SOURCE),
    ],
    ratings: [
      supportOnFreeSoftware(
        "OpenNebula is open source (Apache 2.0) and its Community Edition is free; the Enterprise Edition comes with an OpenNebula Systems subscription.",
        [S.OPENNEBULA_SOURCE, S.OPENNEBULA_SUBSCRIPTION_2021],
      ),
      NO_MAJOR_BROKER("OpenNebula", "OpenNebula offers Guacamole-based remote access, not a desktop broker."),
      notInNvidiaList("OpenNebula"),
      rating(
        "vendor-support",
        7,
        "OpenNebula Systems sells subscriptions with SLA support (9-to-5 in its Standard plan and 24/7 in Premium, in the 2021 terms we saw), extendable to the hosts' KVM, libvirt and operating system. One smaller vendor with narrower hardware and application certification than the large vendors behind the family's 8.",
        [S.OPENNEBULA_SUBSCRIPTION_2021, S.OPENNEBULA_SUPPORT_ADDONS],
      ),
    ],
    sources: [S.OPENNEBULA_7_COMPAT, S.OPENNEBULA_SOURCE, S.OPENNEBULA_SUPPORT_ADDONS, S.OPENNEBULA_SUBSCRIPTION_2021],
    asOf: CHECKED,
  },
  {
    id: "cloudstack-kvm",
    hypervisor: "kvm",
    name: "Apache CloudStack with KVM hosts",
    vendor: "Apache Software Foundation (commercial support from third parties)",
    lifecycle: lifecycle(
      "supported",
      null,
      "Released by the Apache CloudStack project; commercial support contracts cover upgrades. We recorded no end date for the product.",
      [S.CLOUDSTACK_DOCS],
    ),
    includes:
      "Apache CloudStack's IaaS cloud managing KVM hosts through its agent, with self-service and multi-tenant networking; from 4.19 it imports VMware VMs into KVM with virt-v2v. Free software under the Apache License 2.0.",
    support:
      "Community support from the Apache project; commercial support is sold by independent companies (quote required; we recorded no offer by name).",
    limits:
      "We have not sourced host or VM limits. Recent features land KVM-first: KVM host HA and VMware-to-KVM migration improvements in 4.22, Veeam backup for KVM from 4.23.",
    suits:
      "Service providers and enterprises running a multi-tenant IaaS cloud, including those moving VMware estates onto KVM inside CloudStack.",
    gaps: [],
    fit: [
      {
        when: { currentPlatform: "esxi" },
        points: 2,
        reason: "CloudStack 4.19 and later import VMware VMs into KVM from its own interface, using virt-v2v.",
      },
    ],
    platforms: [
      platform(
        "cloudstack",
        "natural",
        "CloudStack manages these KVM hosts itself: KVM is its most used hypervisor, where new features land first.",
        [S.CLOUDSTACK_COMPAT, S.CLOUDSTACK_4_22_1],
      ),
      notWithoutCloudStack("Apache CloudStack", "CloudStack", S.CLOUDSTACK_DOCS),
      ...notOnOtherStacks("Apache CloudStack", "cloudstack"),
      ...selfManagedOnly("Apache CloudStack", S.CLOUDSTACK_SOURCE),
    ],
    ratings: [
      supportOnFreeSoftware(
        "Apache CloudStack is free software (Apache License 2.0) on free Linux KVM hosts; commercial support is sold by independent companies.",
        [S.CLOUDSTACK_SOURCE, S.CLOUDSTACK_DOCS],
      ),
      NO_MAJOR_BROKER("Apache CloudStack", "Desktops on CloudStack need a third-party or self-built broker."),
      notInNvidiaList("Apache CloudStack's KVM hosts"),
      rating(
        "vendor-support",
        5,
        "The Apache project offers community support only, and there is no vendor of record: commercial support comes from independent companies, which we have not sourced by name. The family's 8 rests on vendors that sell support for their own product.",
        [S.CLOUDSTACK_DOCS, S.CLOUDSTACK_SOURCE],
      ),
    ],
    sources: [
      S.CLOUDSTACK_SOURCE,
      S.CLOUDSTACK_VMWARE_IMPORT,
      S.CLOUDSTACK_COMPAT,
      S.CLOUDSTACK_4_22_1,
      S.CLOUDSTACK_DOCS,
    ],
    asOf: CHECKED,
  },
  {
    id: "amazon-ec2",
    hypervisor: "kvm",
    name: "Amazon EC2",
    vendor: "Amazon Web Services",
    lifecycle: lifecycle(
      "supported",
      null,
      "A service run by AWS: no end of support applies to the service as a whole.",
      [S.AWS_EC2_FAQ],
    ),
    openSource: false,
    includes:
      "VMs as EC2 instances on AWS's Nitro hypervisor, which AWS describes as built on core KVM technology; older instance types run on Xen through Xen-on-Nitro. AWS runs the hosts and hypervisor; VM images come in through VM Import/Export, AWS Backup protects instances, and some instance types offer AMD SEV-SNP confidential VMs.",
    support: "AWS support plans; the hosts and the hypervisor are AWS's responsibility.",
    limits:
      "You choose instance types, not hosts or a hypervisor; host-level control only on bare-metal instances. Priced per instance, not per physical core.",
    suits: "Estates moving into AWS itself, for Linux and Windows workloads that can run as EC2 instances.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "aws" },
        points: 6,
        reason:
          "On AWS you run EC2 instances; any other KVM product would need bare-metal instances you manage yourself.",
      },
    ],
    platforms: [
      platform(
        "aws",
        "requires",
        "Offered only on AWS: EC2 is AWS's own compute service; customers do not choose or run its hypervisor.",
        [S.AWS_EC2_FAQ],
      ),
    ],
    ratings: [
      rating(
        "openness",
        3,
        "EC2 runs on AWS's Nitro hypervisor, which AWS describes as built on core KVM technology but does not publish or sell; VMs are managed only through AWS's own APIs and one vendor supplies the platform. Images move in and out through VM Import/Export, which eases an exit somewhat; the family's 10 describes upstream KVM.",
        [S.AWS_EC2_FAQ, S.AWS_VM_IMPORT],
      ),
    ],
    sources: [S.AWS_EC2_FAQ, S.XEN_ON_NITRO, S.AWS_VM_IMPORT, S.AWS_BACKUP, S.AWS_SEV_SNP, S.AWS_EC2_PRICING],
    asOf: CHECKED,
  },
  {
    id: "google-compute-engine",
    hypervisor: "kvm",
    name: "Google Compute Engine",
    vendor: "Google Cloud",
    lifecycle: lifecycle(
      "supported",
      null,
      "A service run by Google: no end of support applies to the service as a whole.",
      [S.GOOGLE_KVM_HARDENING],
    ),
    openSource: false,
    includes:
      "VMs as Compute Engine instances on Google's hardened KVM-based hypervisor, which uses Google's own VMM instead of QEMU; Google runs the hosts. Disk images come in by import, Confidential VMs use AMD SEV, SEV-SNP or Intel TDX, and nested virtualization allows only KVM inside VMs.",
    support: "Google Cloud support; the hosts and the hypervisor are Google's responsibility.",
    limits:
      "You choose machine types, not hosts or a hypervisor. Priced per instance, not per physical core. No Hyper-V, even nested.",
    suits:
      "Estates moving into Google Cloud itself, especially Linux workloads that can run as Compute Engine instances.",
    gaps: [],
    fit: [
      {
        when: { cloudPlatform: "google-cloud" },
        points: 6,
        reason:
          "On Google Cloud you run Compute Engine instances; any other KVM product would run nested or self-managed.",
      },
    ],
    platforms: [
      platform(
        "google-cloud",
        "requires",
        "Offered only on Google Cloud: Compute Engine is Google's own compute service; customers do not choose or run its hypervisor.",
        [S.GOOGLE_KVM_HARDENING],
      ),
    ],
    ratings: [
      rating(
        "openness",
        3,
        "Compute Engine runs a KVM-based hypervisor that Google hardens and operates with its own VMM; it is not published or sold, VMs are managed through Google's own APIs and one vendor supplies the platform. Disk images can be imported and exported, which eases an exit somewhat; the family's 10 describes upstream KVM.",
        [S.GOOGLE_KVM_HARDENING, S.GCE_NESTED_VIRTUALIZATION],
      ),
    ],
    sources: [S.GOOGLE_KVM_HARDENING, S.GCE_CONFIDENTIAL_VM, S.GCE_NESTED_VIRTUALIZATION, S.GCE_PRICING],
    asOf: CHECKED,
  },
  {
    id: "red-hat-virtualization",
    hypervisor: "kvm",
    name: "Red Hat Virtualization 4.4",
    vendor: "Red Hat",
    lifecycle: lifecycle(
      "end-of-support",
      "2026-08-31",
      "Red Hat support for Red Hat Virtualization 4.4 ended in August 2026 (recorded as 2026-08-31); Red Hat names OpenShift Virtualization as the successor, and oVirt continues only as a community project.",
      [S.RHV_LIFECYCLE, S.OVIRT_FUTURE_2022],
      "2026-08-31",
    ),
    includes: "The RHV Manager (built from oVirt) and KVM hosts, with HA, live and storage migration.",
    support:
      "Red Hat support ended in August 2026; Red Hat names OpenShift Virtualization as the successor. oVirt continues only as a community project.",
    limits: "Not assessed: the product is no longer supported.",
    suits: "Nothing new: existing RHV estates should plan a move, usually to OpenShift Virtualization or OLVM.",
    gaps: [],
    fit: [],
    platforms: [],
    ratings: [],
    sources: [S.RHV_LIFECYCLE, S.OVIRT_FUTURE_2022],
    asOf: "2026-08-31",
  },
];

const XCP_NG_VDI = rating(
  "vdi",
  3,
  "Citrix supports XenServer but does not list XCP-ng as a hosting platform, and Omnissa Horizon does not run its desktops on Xen; the family's 7 is XenServer's Citrix credit. Desktops on XCP-ng need another broker.",
  [S.CITRIX_HOSTS, S.HORIZON_AHV],
  "2026-12-01",
);

const XCP_NG_GPU = rating(
  "gpu",
  3,
  "NVIDIA's vGPU matrix and knowledge base list XenServer, not XCP-ng, so vGPU on XCP-ng is not vendor-supported; the family's 6.5 is XenServer's credit. We have not confirmed which GPU features Vates supports beyond that.",
  [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_MATRIX],
  "2025-10-17",
);

const xen: Product[] = [
  {
    id: "vates-vms",
    hypervisor: "xen",
    name: "Vates VMS (XCP-ng with Xen Orchestra and Vates support)",
    vendor: "Vates",
    lifecycle: lifecycle(
      "supported",
      null,
      "XCP-ng 8.3 is a long-term-support release supported until 2028-11-30; a Vates subscription includes upgrades to later releases, so no end date is recorded for the subscription.",
      [S.XCP_NG_RELEASES, S.VATES_VMS_TERMS],
    ),
    includes:
      "XCP-ng 8.3 hosts with the Xen Orchestra Appliance: pools, HA, live migration, backup and replication, the load balancer, and optional XOSTOR hyperconverged storage.",
    support:
      "Support subscriptions sold by Vates for XCP-ng and Xen Orchestra, under Vates VMS terms last updated 2026-06-18.",
    limits: "XCP-ng hosts support up to 6 TB of RAM and 512 logical CPUs; XCP-ng 8.3 is a long-term-support release.",
    suits: "Xen estates and VMware leavers who want an open-source stack with one vendor for support and backup.",
    gaps: [
      {
        mustHave: "gpu-virtualization",
        note: "NVIDIA's vGPU support matrix lists XenServer but not XCP-ng, so vGPU on XCP-ng runs without NVIDIA's support; a team that requires supported vGPU needs XenServer.",
      },
    ],
    fit: [
      {
        when: { mustHave: "vendor-support" },
        points: 2,
        reason: "Vates sells support for both XCP-ng and Xen Orchestra.",
      },
    ],
    platforms: [XEN_NOT_ON_AWS("Vates VMS or XCP-ng")],
    ratings: [
      rating(
        "licence-cost",
        7,
        "Vates sells VMS subscriptions with no confirmed public price (quote required); one undated blog reports about €1,250 per host per year, which we do not use as a price. If it held, a host of 2 CPUs × 16 cores would cost €1,250 = US$1,470.13, or US$45.94 per core, and 10 × 100 ÷ (100 + 45.94) = 6.9. As a judgement we rate 7: a paid subscription, where the family's 8 also counts the free XCP-ng.",
        [S.VATES_VMS_TERMS, S.VATES_PRICE_BLOG],
      ),
      XCP_NG_VDI,
      XCP_NG_GPU,
    ],
    sources: [S.VATES_VMS_TERMS, S.XCP_NG, S.XCP_NG_DOCS, S.XEN_ORCHESTRA_DOCS, S.XCP_NG_RELEASES],
    asOf: CHECKED,
  },
  {
    id: "xcp-ng",
    hypervisor: "xen",
    name: "XCP-ng 8.3 with Xen Orchestra (community)",
    vendor: "XCP-ng project (Vates)",
    lifecycle: lifecycle(
      "community",
      null,
      "No vendor support is included: community forums only. XCP-ng 8.3 is a long-term-support release updated until 2028-11-30, after which a later XCP-ng release is needed.",
      [S.XCP_NG_RELEASES, S.XCP_NG],
    ),
    includes:
      "The same XCP-ng hosts, managed with XO Lite or Xen Orchestra built from source, with pools, HA and live migration; no paid support.",
    support: "Community forums only; paid support requires a Vates subscription.",
    limits: "XCP-ng hosts support up to 6 TB of RAM and 512 logical CPUs.",
    suits: "Labs and cost-driven Xen estates whose teams can support the platform themselves.",
    gaps: [
      {
        mustHave: "gpu-virtualization",
        note: "NVIDIA's vGPU support matrix lists XenServer but not XCP-ng, so vGPU on XCP-ng runs without NVIDIA's support; a team that requires supported vGPU needs XenServer.",
      },
    ],
    fit: [
      {
        when: { budget: "minimal" },
        points: 3,
        reason: "XCP-ng and Xen Orchestra built from source cost nothing to license.",
      },
    ],
    platforms: [XEN_NOT_ON_AWS("XCP-ng")],
    ratings: [
      rating(
        "vendor-support",
        2,
        "Without a Vates subscription there is no vendor support or service level; help comes from the community.",
        [S.XCP_NG, S.VATES_VMS_TERMS],
        "2026-06-18",
      ),
      rating(
        "licence-cost",
        10,
        "XCP-ng and Xen Orchestra built from source are open source and free: no licence or subscription, so c = 0 and the rating is 10 × 100 ÷ (100 + 0) = 10. The family's 8 also counts the paid Vates and XenServer subscriptions.",
        [S.XCP_NG, S.XCP_NG_GITHUB],
      ),
      XCP_NG_VDI,
      XCP_NG_GPU,
    ],
    sources: [S.XCP_NG, S.XCP_NG_GITHUB, S.XCP_NG_DOCS, S.XEN_ORCHESTRA_DOCS, S.XCP_NG_RELEASES],
    asOf: CHECKED,
  },
  {
    id: "xenserver",
    hypervisor: "xen",
    name: "XenServer 8.4 Premium",
    vendor: "XenServer (Cloud Software Group)",
    lifecycle: lifecycle(
      "supported",
      null,
      "Sold with support as XenServer 8, which is updated in place; we found no announced end of support.",
      [S.XENSERVER_8_DOCS, S.XENSERVER_LICENSING],
    ),
    openSource: false,
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
    platforms: [XEN_NOT_ON_AWS("XenServer")],
    ratings: [
      rating(
        "licence-cost",
        5,
        "No public price for XenServer 8 Premium (quote required), though several Citrix subscriptions include it, which makes it free to those who already hold one. As a judgement for a buyer without that entitlement we rate it 5, the formula's value at US$100 per core per year: a commercial licence, not the free XCP-ng behind the family's 8.",
        [S.XENSERVER_LICENSING],
      ),
      rating(
        "openness",
        6,
        "XenServer is a commercial product of Cloud Software Group, sold mainly as an entitlement of Citrix subscriptions, although it builds on the open-source Xen hypervisor. The open-source XCP-ng shares its Xen base, which eases an exit; the family's 9 describes the Xen Project and XCP-ng.",
        [S.XENSERVER_LICENSING, S.XCP_NG],
      ),
      rating(
        "vdi",
        8,
        "The family's 7 is lowered for XCP-ng, whose desktop options outside the Citrix stack are limited. XenServer itself is a Citrix hosting platform, included in several Citrix subscriptions, with NVIDIA vGPU in its Premium edition (6 of the 9 vGPU features NVIDIA lists): one point above the family, below vSphere, which Omnissa Horizon is built for and where NVIDIA lists every vGPU feature.",
        [S.CITRIX_HOSTS, S.XENSERVER_LICENSING, S.NVIDIA_VGPU_MATRIX],
      ),
    ],
    sources: [S.XENSERVER_LICENSING, S.XENSERVER_8_DOCS, S.XENSERVER_8_LIMITS, S.NVIDIA_VGPU_MATRIX],
    asOf: CHECKED,
  },
];

export const products: Product[] = [...esxi, ...hyperV, ...kvm, ...xen];
