// How to move from one hypervisor family to another (or to one product of it): the tools, the
// downtime, what has to change in guests, networks, storage, backup and licensing, and the planning
// assumptions behind the effort estimate (effortDays = fixedDays + VMs × hoursPerVm / 8).
// lift is the team-fit bonus for a well-tooled move.
import type { MigrationPath } from "@/lib/knowledge/plan-schema";
import * as S from "./plan-sources";

const PROXMOX_IMPORT = { name: "Proxmox VE ESXi import wizard", url: S.PROXMOX_MIGRATE.url };
const MTV = { name: "Migration Toolkit for Virtualization (Forklift)", url: S.MTV_DOCS.url };
const MOVE = { name: "Nutanix Move", url: S.NUTANIX_MOVE.url };
const XO_V2V = { name: "Xen Orchestra V2V", url: S.XO_V2V_GUIDE.url };
const WAC = { name: "Windows Admin Center VM Conversion extension (preview)", url: S.WAC_VM_CONVERSION.url };
const SCVMM = { name: "System Center VMM V2V conversion (offline)", url: S.SCVMM_CONVERT_VMWARE.url };
const VIRT_V2V = { name: "virt-v2v", url: S.VIRT_V2V.url };
const STARWIND = { name: "StarWind V2V Converter", url: S.STARWIND_V2V.url };
const VEEAM = { name: "Veeam Backup & Replication (restore to another platform)", url: S.VEEAM_PLATFORMS.url };
const CLOUDSTACK_IMPORT = { name: "Apache CloudStack VMware-to-KVM import", url: S.CLOUDSTACK_VMWARE_IMPORT.url };

// ---------- Steps shared by many paths ----------
const FROM_VMWARE_PREP =
  "Consolidate snapshots and list VMs that need manual handling: RDMs, shared or independent disks, PCIe passthrough, vGPU, vTPM and Secure Boot settings.";
const VMWARE_TOOLS_OUT =
  "Remove VMware Tools from each guest after cut-over, and replace PVSCSI and VMXNET3 devices with the target's paravirtual disk and network devices.";
const NSX_VDS =
  "Rebuild networking: recreate port groups and VLANs on the target's switches; NSX segments, distributed firewall rules and load balancers have no direct equivalent and must be redesigned.";
const VSAN_VMFS =
  "Plan storage: VMFS and vSAN datastores do not carry over; size the target's storage (Ceph, ZFS, SAN, Storage Spaces Direct or the vendor's HCI) before the first wave.";
const BACKUP_REINTEGRATION =
  "Re-integrate backup: register the new platform with a backup product that supports it, run new full backups, and keep the old backups and their restore path until retention expires.";
const WINDOWS_LICENSING =
  "Licensing: Windows guests need Windows Server licences for every physical core of their new hosts; time the end of the old subscription with the last migration wave.";
const VIRTIO_IN =
  "Install the VirtIO drivers and the QEMU guest agent in Windows guests before conversion (virt-v2v and the import tools can inject them); Linux guests have VirtIO in the kernel but may need a rebuilt initramfs.";
const HYPERV_DRIVERS_IN =
  "Check Hyper-V drivers: Windows guests carry the synthetic drivers in-box; Linux guests need the hv_* modules, which mainstream kernels include, in their initramfs.";
const XEN_PV_IN =
  "Install the XCP-ng or XenServer PV drivers and guest tools in Windows guests, and the guest utilities in Linux guests, after the move.";
const XEN_PV_OUT =
  "Remove the Xen PV drivers and guest tools from Windows guests before conversion; left in place they can stop the guest from booting on another hypervisor.";
const VMWARE_TOOLS_IN =
  "Install VMware Tools after the move and switch disks and NICs to PVSCSI and VMXNET3 for performance.";
const WAVES =
  "Migrate in waves, starting with a pilot of non-critical VMs, and keep the source VMs powered off but intact until each wave is accepted.";

// ---------- Risks shared by many paths ----------
const BOOT_DRIVER_RISK =
  "Windows guests fail to boot (INACCESSIBLE_BOOT_DEVICE) when the new storage driver is not in place before the disk controller changes.";
const NIC_RISK =
  "A new virtual NIC gets a new MAC address and device name: static IP settings and licence checks bound to the MAC can break.";
const APPLIANCE_RISK =
  "Vendor appliances delivered as OVAs may be supported only on the hypervisor they were built for.";
const COLD_RISK = "Cold conversion copies whole disks while the VM is off, so large VMs need long maintenance windows.";

const VMWARE_KVM_SOURCES = [S.VIRT_V2V, S.VIRTIO_WIN];

export const migrationPaths: MigrationPath[] = [
  // ---------- From ESXi ----------
  {
    from: "esxi",
    to: "kvm",
    product: "any",
    tools: [VIRT_V2V, CLOUDSTACK_IMPORT, STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      FROM_VMWARE_PREP,
      VIRTIO_IN,
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      VSAN_VMFS,
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
      WAVES,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK, APPLIANCE_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 2,
    sources: [...VMWARE_KVM_SOURCES, S.CLOUDSTACK_VMWARE_IMPORT, S.STARWIND_V2V, S.VEEAM_PLATFORMS],
    asOf: "2026-11-20",
  },
  ...(["proxmox-ve-standard", "proxmox-ve-community"] as const).map((product): MigrationPath => ({
    from: "esxi",
    to: "kvm",
    product,
    tools: [PROXMOX_IMPORT, VIRT_V2V, VEEAM],
    downtime: "cold",
    steps: [
      "Add each ESXi host (or vCenter) as an import source in Proxmox VE and import VMs from the web UI; the source VM must be powered off, and the live-import option starts it on Proxmox while the disks are still copying.",
      FROM_VMWARE_PREP,
      VIRTIO_IN,
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      VSAN_VMFS,
      "Re-integrate backup: Proxmox Backup Server is built in, and Veeam supports Proxmox VE through its plug-in; run new full backups.",
      WINDOWS_LICENSING,
    ],
    risks: [
      BOOT_DRIVER_RISK,
      NIC_RISK,
      "The import reads over the ESXi API, so throughput per host is limited; large datastores take several windows.",
      APPLIANCE_RISK,
    ],
    fixedDays: { low: 10, high: 20 },
    hoursPerVm: { low: 1, high: 2 },
    lift: 2,
    sources: [S.PROXMOX_MIGRATE, S.VIRTIO_WIN, S.VEEAM_PROXMOX],
    asOf: "2026-05-21",
  })),
  {
    from: "esxi",
    to: "kvm",
    product: "openshift-virtualization",
    tools: [MTV],
    downtime: "warm",
    steps: [
      "Build the OpenShift cluster first: bare-metal nodes, a CSI storage class that supports live migration, and the networks VMs attach to (Multus bridges or localnet).",
      "Map vSphere networks and datastores to OpenShift networks and storage classes in a Migration Toolkit plan; warm migration copies disks while the VM runs and uses changed block tracking for the final sync.",
      FROM_VMWARE_PREP,
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      "Re-integrate backup with a product that protects OpenShift Virtualization VMs (for example through OADP), and retrain operators on Kubernetes resources for VMs.",
      WINDOWS_LICENSING,
    ],
    risks: [
      "The platform build-out and Kubernetes skills are the long pole, not the VM copy.",
      "Warm migration needs changed block tracking enabled on the source VMs.",
      BOOT_DRIVER_RISK,
      APPLIANCE_RISK,
    ],
    fixedDays: { low: 30, high: 60 },
    hoursPerVm: { low: 1, high: 2 },
    lift: 2,
    sources: [S.MTV_DOCS, S.FORKLIFT, S.OPENSHIFT_VIRTUALIZATION, S.KUBEVIRT],
    asOf: "2026-11-20",
  },
  {
    from: "esxi",
    to: "kvm",
    product: "nutanix-ahv",
    tools: [MOVE],
    downtime: "warm",
    steps: [
      "Deploy the Nutanix Move appliance, add vCenter and the AHV cluster, and seed VM disks while the VMs run; Move syncs changes and cuts over each VM in a short window.",
      FROM_VMWARE_PREP,
      "Move does not migrate physical RDMs, independent or shared disks, or PCIe passthrough devices: redesign those VMs first.",
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      "Rebuild disaster recovery: SRM plans do not carry over and must be recreated with Nutanix tools or a third-party product.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [NIC_RISK, "Keep the source VMs for a few weeks after cut-over as the rollback path.", APPLIANCE_RISK],
    fixedDays: { low: 10, high: 25 },
    hoursPerVm: { low: 0.5, high: 1.5 },
    lift: 2,
    sources: [S.NUTANIX_MOVE, S.NUTANIX_MOVE_PLAYBOOK, S.VEEAM_AHV],
    asOf: "2026-11-20",
  },
  {
    from: "esxi",
    to: "hyper-v",
    product: "any",
    tools: [SCVMM, STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      FROM_VMWARE_PREP,
      HYPERV_DRIVERS_IN,
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      VSAN_VMFS,
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
      WAVES,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK, APPLIANCE_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 1,
    sources: [S.SCVMM_CONVERT_VMWARE, S.STARWIND_V2V, S.VEEAM_PLATFORMS],
    asOf: "2026-11-20",
  },
  ...(
    [
      { product: "windows-server-datacenter", fixedDays: { low: 10, high: 25 } },
      { product: "azure-local", fixedDays: { low: 15, high: 30 } },
    ] as const
  ).map(({ product, fixedDays }): MigrationPath => ({
    from: "esxi",
    to: "hyper-v",
    product,
    tools: [WAC, SCVMM],
    downtime: "warm",
    steps: [
      "Install the VM Conversion extension in Windows Admin Center; it connects to vCenter without agents, replicates disks with changed block tracking while the VM runs, then shuts it down for a final sync.",
      "BIOS VMs become generation-1 and UEFI VMs generation-2 Hyper-V VMs; check Secure Boot templates for Linux guests.",
      FROM_VMWARE_PREP,
      HYPERV_DRIVERS_IN,
      VMWARE_TOOLS_OUT,
      NSX_VDS,
      product === "azure-local"
        ? "Deploy and register the Azure Local instance with Azure first; converted VMs must be brought under Azure Arc management to be managed from Azure."
        : "Build the failover cluster and its storage (Storage Spaces Direct or SAN) before the first wave.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [
      "The Windows Admin Center extension is a preview; SCVMM's V2V conversion is the supported fallback but is offline.",
      "Pre-checks flag guest problems that must be fixed by hand before conversion.",
      NIC_RISK,
      APPLIANCE_RISK,
    ],
    fixedDays,
    hoursPerVm: { low: 0.75, high: 1.5 },
    lift: 2,
    sources: [
      S.WAC_VM_CONVERSION,
      S.WAC_VM_CONVERSION_NEWS,
      S.SCVMM_CONVERT_VMWARE,
      ...(product === "azure-local" ? [S.AZURE_LOCAL_BASELINE] : [S.FAILOVER_CLUSTERING]),
    ],
    asOf: "2026-01-31",
  })),
  {
    from: "esxi",
    to: "xen",
    product: "any",
    tools: [XO_V2V, STARWIND],
    downtime: "cold",
    steps: [
      FROM_VMWARE_PREP,
      VMWARE_TOOLS_OUT,
      XEN_PV_IN,
      NSX_VDS,
      VSAN_VMFS,
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
      WAVES,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK, APPLIANCE_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 1,
    sources: [S.XO_V2V_GUIDE, S.STARWIND_V2V, S.XENSERVER_8_DOCS],
    asOf: "2026-11-20",
  },
  ...(["xcp-ng", "vates-vms"] as const).map((product): MigrationPath => ({
    from: "esxi",
    to: "xen",
    product,
    tools: [XO_V2V],
    downtime: "warm",
    steps: [
      "Install the VMware VDDK libraries for Xen Orchestra's V2V backend (nbdkit); it copies allocated blocks while the VM runs and cuts over after a final sync.",
      FROM_VMWARE_PREP,
      VMWARE_TOOLS_OUT,
      XEN_PV_IN,
      NSX_VDS,
      VSAN_VMFS,
      "Re-integrate backup: Xen Orchestra's own backup covers XCP-ng; run new full backups.",
      WINDOWS_LICENSING,
    ],
    risks: [
      "Vendor lab figures (about 10 TB a day, under five minutes of downtime per VM) are best cases; thin networks and busy datastores are slower.",
      NIC_RISK,
      APPLIANCE_RISK,
    ],
    fixedDays: { low: 10, high: 20 },
    hoursPerVm: { low: 0.5, high: 1.5 },
    lift: 1,
    sources: [S.XO_V2V_GUIDE, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-11-20",
  })),

  // ---------- From Hyper-V ----------
  {
    from: "hyper-v",
    to: "esxi",
    product: "any",
    tools: [STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      "Merge checkpoints and export each VM's VHDX disks; generation-2 VMs need UEFI firmware on the target.",
      VMWARE_TOOLS_IN,
      "Recreate virtual switches and VLANs as vSphere port groups.",
      BACKUP_REINTEGRATION,
      "Licensing: add VMware per-core subscriptions; Windows guests keep needing Windows Server licences for every core of their hosts.",
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 0,
    sources: [S.STARWIND_V2V, S.VEEAM_PLATFORMS],
    asOf: "2026-11-20",
  },
  {
    from: "hyper-v",
    to: "kvm",
    product: "any",
    tools: [VIRT_V2V, STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      "Merge checkpoints and export each VM's VHDX disks; generation-2 VMs need UEFI (OVMF) firmware on the target.",
      VIRTIO_IN,
      "Recreate virtual switches and VLANs as Linux bridges or the product's networks.",
      "Plan storage: Storage Spaces Direct and cluster shared volumes do not carry over; size the target's storage first.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
      WAVES,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 1,
    sources: [S.VIRT_V2V, S.VIRTIO_WIN, S.STARWIND_V2V, S.VEEAM_PROXMOX],
    asOf: "2026-11-20",
  },
  {
    from: "hyper-v",
    to: "xen",
    product: "any",
    tools: [STARWIND],
    downtime: "cold",
    steps: [
      "Merge checkpoints and convert each VM's VHDX disks to a format the target imports; generation-2 VMs need UEFI firmware on the target.",
      XEN_PV_IN,
      "Recreate virtual switches and VLANs as pool networks.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK, "Few tools automate this direction, so most steps are manual."],
    fixedDays: { low: 20, high: 40 },
    hoursPerVm: { low: 2, high: 4 },
    lift: 0,
    sources: [S.STARWIND_V2V, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-11-20",
  },

  // ---------- From KVM ----------
  {
    from: "kvm",
    to: "esxi",
    product: "any",
    tools: [STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      "Convert qcow2 or raw disks to VMDK and recreate each VM's configuration on vSphere.",
      "Remove the QEMU guest agent; VirtIO drivers can stay but are unused.",
      VMWARE_TOOLS_IN,
      "Recreate bridges and VLANs as vSphere port groups.",
      BACKUP_REINTEGRATION,
      "Licensing: add VMware per-core subscriptions; Windows guests keep needing Windows Server licences for every core of their hosts.",
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 0,
    sources: [S.STARWIND_V2V, S.VEEAM_PLATFORMS],
    asOf: "2026-11-20",
  },
  {
    from: "kvm",
    to: "hyper-v",
    product: "any",
    tools: [STARWIND, VEEAM],
    downtime: "cold",
    steps: [
      "Convert qcow2 or raw disks to VHDX and recreate each VM as generation 1 (BIOS) or generation 2 (UEFI) to match its firmware.",
      "Remove the QEMU guest agent; VirtIO drivers can stay but are unused.",
      HYPERV_DRIVERS_IN,
      "Recreate bridges and VLANs as Hyper-V virtual switches.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 0,
    sources: [S.STARWIND_V2V, S.VEEAM_PLATFORMS],
    asOf: "2026-11-20",
  },
  {
    from: "kvm",
    to: "xen",
    product: "any",
    tools: [STARWIND],
    downtime: "cold",
    steps: [
      "Convert qcow2 or raw disks to a format the target imports and recreate each VM in the pool.",
      "Remove the QEMU guest agent; VirtIO drivers can stay but are unused.",
      XEN_PV_IN,
      "Recreate bridges and VLANs as pool networks.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [BOOT_DRIVER_RISK, NIC_RISK, COLD_RISK, "Few tools automate this direction, so most steps are manual."],
    fixedDays: { low: 20, high: 40 },
    hoursPerVm: { low: 2, high: 4 },
    lift: 0,
    sources: [S.STARWIND_V2V, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-11-20",
  },

  // ---------- From Xen ----------
  {
    from: "xen",
    to: "esxi",
    product: "any",
    tools: [STARWIND],
    downtime: "cold",
    steps: [
      XEN_PV_OUT,
      "Export VM disks (VHD) and convert them to VMDK.",
      VMWARE_TOOLS_IN,
      "Recreate pool networks and VLANs as vSphere port groups.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [
      BOOT_DRIVER_RISK,
      NIC_RISK,
      COLD_RISK,
      "Old PV-mode Linux guests must be converted to HVM before they can run on another hypervisor.",
    ],
    fixedDays: { low: 20, high: 40 },
    hoursPerVm: { low: 2, high: 4 },
    lift: 0,
    sources: [S.STARWIND_V2V],
    asOf: "2026-11-20",
  },
  {
    from: "xen",
    to: "hyper-v",
    product: "any",
    tools: [STARWIND],
    downtime: "cold",
    steps: [
      XEN_PV_OUT,
      "Export VM disks (VHD) and convert them to VHDX.",
      HYPERV_DRIVERS_IN,
      "Recreate pool networks and VLANs as Hyper-V virtual switches.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
    ],
    risks: [
      BOOT_DRIVER_RISK,
      NIC_RISK,
      COLD_RISK,
      "Old PV-mode Linux guests must be converted to HVM before they can run on another hypervisor.",
    ],
    fixedDays: { low: 20, high: 40 },
    hoursPerVm: { low: 2, high: 4 },
    lift: 0,
    sources: [S.STARWIND_V2V],
    asOf: "2026-11-20",
  },
  {
    from: "xen",
    to: "kvm",
    product: "any",
    tools: [VIRT_V2V, STARWIND],
    downtime: "cold",
    steps: [
      XEN_PV_OUT,
      "Convert guests with virt-v2v, which reads Xen guests and installs VirtIO drivers, or export the disks and convert them to qcow2.",
      VIRTIO_IN,
      "Recreate pool networks and VLANs as Linux bridges or the product's networks.",
      BACKUP_REINTEGRATION,
      WINDOWS_LICENSING,
      WAVES,
    ],
    risks: [
      BOOT_DRIVER_RISK,
      NIC_RISK,
      COLD_RISK,
      "Old PV-mode Linux guests must be converted to HVM before they can run on another hypervisor.",
    ],
    fixedDays: { low: 15, high: 35 },
    hoursPerVm: { low: 1.5, high: 3 },
    lift: 1,
    sources: [S.VIRT_V2V, S.VIRTIO_WIN, S.STARWIND_V2V],
    asOf: "2026-11-20",
  },
];
