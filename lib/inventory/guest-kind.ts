// What a guest is, from the OS RVTools reports: Windows Server needs Windows Server licences,
// a desktop (Windows 10/11 and earlier client versions) needs VDA or Microsoft 365 rights instead,
// Linux needs neither. VMware's guest names ("Microsoft Windows Server 2019 (64-bit)").

export type GuestKind = "windowsServer" | "desktop" | "linux" | "other" | "unknown";

const LINUX =
  /linux|ubuntu|debian|red ?hat|rhel|centos|suse|sles|rocky|alma|fedora|photon|coreos|flatcar|amazon|asianux|mandr|gentoo|kali|mint|turbolinux/;
const WINDOWS_SERVER =
  /server|windows (nt|20\d\d)|windows 20\d\d|small business|\b(2003|2008|2012|2016|2019|2022|2025)\b/;
const WINDOWS_DESKTOP = /windows (xp|vista|7|8|8\.1|10|11)\b/;

/** `unknown`: no OS in either column; `other` includes a bare "Microsoft Windows" of no stated kind. */
export function guestKind(os: string): GuestKind {
  const text = os.trim().toLowerCase();
  if (text === "") return "unknown";
  if (text.includes("windows")) {
    if (WINDOWS_SERVER.test(text)) return "windowsServer";
    if (WINDOWS_DESKTOP.test(text)) return "desktop";
    return "other";
  }
  if (LINUX.test(text)) return "linux";
  return "other";
}
