// The four hypervisors the advisor compares: who stands behind them, products, licence terms (late 2026).
import type { Hypervisor } from "@/lib/knowledge/schema";
import * as S from "./sources";

export const hypervisors: Hypervisor[] = [
  {
    id: "esxi",
    name: "VMware ESXi (vSphere)",
    vendor: "Broadcom (owner of VMware since November 2023)",
    products: [
      "VMware Cloud Foundation (VCF)",
      "VMware vSphere Foundation (VVF)",
      "vSphere Hypervisor 8 (free ESXi)",
      "Azure VMware Solution",
      "Google Cloud VMware Engine",
      "Oracle Cloud VMware Solution",
      "VMware Cloud on AWS",
    ],
    licence:
      "Proprietary. Sold only as per-core subscriptions (mainly VCF and VVF) with a 16-core minimum per CPU; perpetual licences are no longer sold. A 72-core minimum per order was reported from April 2025 and later reported as withdrawn, so confirm current terms with Broadcom. The free vSphere Hypervisor 8 is downloadable again since ESXi 8.0 U3e, with limits and without vCenter.",
    openSource: false,
    summary:
      "ESXi is the hypervisor of VMware vSphere, managed through vCenter. It remains the most complete platform for live migration, HA, resource balancing, backup integration, VDI and GPU sharing. Since Broadcom bought VMware, licensing is subscription-only and per core, and many customers report higher costs and are moving part of their workloads elsewhere.",
    sources: [S.BROADCOM_CLOSES_VMWARE, S.VMWARE_PER_CORE_LICENSING, S.VMWARE_72_CORE_REPORT, S.ESXI_80U3E_NOTES],
    asOf: "2026-11-20",
  },
  {
    id: "hyper-v",
    name: "Microsoft Hyper-V",
    vendor: "Microsoft",
    products: [
      "Windows Server 2025 (Hyper-V role)",
      "Azure Local (formerly Azure Stack HCI)",
      "Microsoft Azure (Hyper-V-based hypervisor)",
      "System Center Virtual Machine Manager",
      "Windows Admin Center",
    ],
    licence:
      "Proprietary. Hyper-V is a role of Windows Server, licensed per core (16-core minimum per server). Standard edition covers 2 Windows Server VMs per full licence; Datacenter covers unlimited Windows Server VMs on the licensed host. Hyper-V Server 2019 was the last free standalone edition; no later version has been released.",
    openSource: false,
    summary:
      "Hyper-V is Microsoft's type-1 hypervisor, shipped with Windows Server and used as the basis of Azure's hypervisor. It integrates best with Windows guests, Active Directory, failover clustering and Azure services, and runs current Linux distributions with built-in drivers. Its cost is mostly the Windows Server licence, which many Windows shops already pay for.",
    sources: [S.WINDOWS_SERVER_PRICING, S.HYPERV_SERVER_2019_LIFECYCLE, S.AZURE_HYPERVISOR],
    asOf: "2026-11-20",
  },
  {
    id: "kvm",
    name: "KVM",
    vendor:
      "Linux kernel community, with commercial distributions and support from Red Hat, Canonical, SUSE, Proxmox, Nutanix, Oracle and others",
    products: [
      "Proxmox VE",
      "Nutanix AHV",
      "Red Hat OpenShift Virtualization (KubeVirt)",
      "Oracle Linux KVM with OLVM",
      "oVirt",
      "libvirt/QEMU on RHEL, Ubuntu, SLES, Debian",
      "OpenStack Nova (libvirt driver)",
    ],
    licence:
      "Open source. KVM is part of the Linux kernel (GPLv2) and QEMU is GPLv2. Proxmox VE is AGPLv3 with optional paid subscriptions; RHEL, Ubuntu Pro, SLES and Oracle sell support; Nutanix AHV comes with Nutanix licences and OpenShift Virtualization with OpenShift subscriptions.",
    openSource: true,
    summary:
      "KVM turns the Linux kernel into a hypervisor and is run by AWS (Nitro), Google Cloud and most OpenStack clouds. On premises it is delivered through distributions such as Proxmox VE, Nutanix AHV, OpenShift Virtualization and Oracle Linux KVM, so features, tooling and support depend on the product chosen. It is the main destination for workloads leaving VMware.",
    sources: [S.KERNEL_KVM, S.QEMU_LICENSE, S.PROXMOX_PRICING, S.AWS_EC2_FAQ, S.GOOGLE_KVM_HARDENING],
    asOf: "2026-11-20",
  },
  {
    id: "xen",
    name: "Xen",
    vendor: "Xen Project (Linux Foundation), with XenServer (Cloud Software Group) and Vates (XCP-ng, Xen Orchestra)",
    products: ["XenServer 8.4", "XCP-ng", "Xen Orchestra", "Qubes OS", "Upstream Xen with xl or libvirt"],
    licence:
      "Open source. The Xen hypervisor is GPLv2 and XCP-ng is fully open source with optional paid support from Vates. XenServer 8.4 is a commercial product (Premium edition, or a time-limited trial).",
    openSource: true,
    summary:
      "Xen is a small type-1 hypervisor with a control domain (dom0). It led open-source virtualization in the 2000s and ran early AWS EC2, but most clouds and cloud stacks have since moved to KVM. It is still actively developed and is used through XenServer, XCP-ng and security-focused systems such as Qubes OS.",
    sources: [S.XEN_PROJECT, S.XENSERVER_8_DOCS, S.XCP_NG, S.QUBES_OS],
    asOf: "2026-11-20",
  },
];
