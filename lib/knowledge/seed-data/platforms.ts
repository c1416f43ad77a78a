// The cloud platforms a user can target, in questionnaire order, with a short description of each.
import type { Platform } from "@/lib/knowledge/schema";

export const platforms: Platform[] = [
  {
    id: "on-premises",
    name: "On-premises, no cloud stack",
    description:
      "Your own data centre or colocation, managed with the hypervisor's own tools (vCenter, Windows Server clustering, Proxmox VE, XenServer and similar). No cloud-stack constraint on the hypervisor.",
  },
  {
    id: "openstack",
    name: "OpenStack",
    description:
      "Open-source private or public cloud built on OpenStack. Compute runs through Nova drivers; the libvirt/KVM driver is the primary and most complete one.",
    fit: "On OpenStack, fit rates how completely Nova's compute drivers run each hypervisor today.",
  },
  {
    id: "cloudstack",
    name: "Apache CloudStack",
    description:
      "Open-source IaaS cloud platform managed by the Apache Software Foundation. It manages KVM, VMware vSphere and XenServer/XCP-ng hosts.",
    fit: "On CloudStack, fit rates how well CloudStack manages each hypervisor's hosts today.",
  },
  {
    id: "opennebula",
    name: "OpenNebula",
    description:
      "Open-source cloud and edge platform. Since version 7.0 it targets KVM (and LXC containers) only, after removing its vCenter drivers.",
    fit: "On OpenNebula, fit rates which hypervisors its current release manages.",
  },
  {
    id: "kubernetes",
    name: "Kubernetes (VMs next to containers)",
    description:
      "Running VMs as Kubernetes resources with KubeVirt, for example through Red Hat OpenShift Virtualization. KubeVirt runs VMs with KVM/QEMU.",
    fit: "On Kubernetes, fit rates whether each hypervisor's VMs can run as Kubernetes resources next to your containers.",
  },
  {
    id: "aws",
    name: "Amazon Web Services",
    description:
      "Amazon EC2 and related services. Current instances run on the Nitro hypervisor, built on core KVM technology; some older instance types run on Xen (Xen-on-Nitro).",
    fit: "On AWS you do not choose the hypervisor behind EC2, so fit rates each family's landing path there: a service that keeps it (Amazon EVS for vSphere), its own hypervisor on bare-metal or nested instances, or conversion to EC2 instances.",
  },
  {
    id: "azure",
    name: "Microsoft Azure",
    description:
      "Microsoft's public cloud, including Azure Local for on-premises hosts. Azure's hypervisor is based on Hyper-V; Azure VMware Solution hosts vSphere as a separate service.",
    fit: "On Azure you do not run the hypervisor yourself, so fit rates each family's landing path there: Hyper-V heritage (Azure's hypervisor is based on it), Azure VMware Solution for vSphere, or self-managed nested virtualization.",
  },
  {
    id: "google-cloud",
    name: "Google Cloud",
    description:
      "Google Compute Engine and related services, running on a security-hardened KVM-based hypervisor; Google Cloud VMware Engine hosts vSphere as a separate service.",
    fit: "On Google Cloud you do not choose Compute Engine's hypervisor, so fit rates each family's landing path there: Google Cloud VMware Engine for vSphere, KVM images and nested KVM on a KVM-based cloud, or nothing.",
  },
  {
    id: "oracle-cloud",
    name: "Oracle Cloud Infrastructure",
    description:
      "Oracle's public cloud with virtual machine and bare-metal instances; Oracle Cloud VMware Solution hosts vSphere on bare metal. Oracle's own on-premises virtualization product is Oracle Linux KVM with OLVM.",
    fit: "On Oracle Cloud you do not choose the hypervisor behind OCI's VMs, so fit rates each family's landing path there: Oracle Cloud VMware Solution for vSphere, imported KVM disk images, or a self-managed hypervisor on bare metal.",
  },
  {
    id: "vmware-hybrid",
    name: "VMware hybrid cloud",
    description:
      "VMware Cloud Foundation across your data centre and hosted VMware services (Azure VMware Solution, Google Cloud VMware Engine, Oracle Cloud VMware Solution, VMware Cloud on AWS). Only ESXi runs here.",
    fit: "On a VMware hybrid cloud, fit rates whether each hypervisor can run there at all: only ESXi can.",
  },
];
