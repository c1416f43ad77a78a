import { auditSentence } from "@/components/admin/audit-sentence";
import type { AuditRecord } from "@/lib/admin/audit-service";

const entry = (changes: Partial<AuditRecord>): AuditRecord => ({
  id: 1,
  at: "2026-12-03T10:00:00.000Z",
  actor: "a.admin",
  sessionRef: "abc",
  action: "edit",
  entity: "ratings",
  key: "kvm/backup",
  before: null,
  after: null,
  ...changes,
});

test("an edit reads as a sentence with the form's field labels, whatever the collection is called", () => {
  const words = (key: string) => key.replace("kvm", "KVM").replace("openstack", "OpenStack");
  expect(
    auditSentence(
      entry({ before: { score: 9, asOf: "2026-10-15" }, after: { score: 3.5, asOf: "2026-11-24" } }),
      words,
    ),
  ).toBe("a.admin changed the rating KVM/backup: Score (0–10) 9 → 3.5, As of 2026-10-15 → 2026-11-24.");
  // Recorded under the collection name, edited as "platform-support": still its label and the form's words.
  expect(
    auditSentence(
      entry({
        entity: "platformSupport",
        key: "openstack/kvm",
        before: { level: "supported" },
        after: { level: "native" },
      }),
      words,
    ),
  ).toBe("a.admin changed the platform fact OpenStack/KVM: Support level supported → native.");
  expect(auditSentence(entry({ action: "publish", entity: "version", key: "kb-2", actor: "" }), words)).toBe(
    "Someone with the shared password published version 2.",
  );
});
