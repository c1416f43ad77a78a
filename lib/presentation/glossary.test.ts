// The glossary: well-formed entries with unique anchors, each earning its place in the knowledge base's
// text, and the splitter that links terms in running text.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { GLOSSARY, glossaryAnchor, glossaryEntry, glossaryHint, glossaryHref, markGlossaryTerms } from "./glossary";

const linked = (text: string) => markGlossaryTerms(text).flatMap((part) => (part.entry ? [part.entry.id] : []));

test("every entry has a unique id that makes a valid anchor, a term and one or two sentences", () => {
  const ids = GLOSSARY.map((entry) => entry.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const entry of GLOSSARY) {
    expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(glossaryAnchor(entry.id)).toBe(`term-${entry.id}`);
    expect(glossaryHref(entry.id)).toBe(`/knowledge#term-${entry.id}`);
    expect(entry.term.trim()).toBe(entry.term);
    expect(entry.explanation).toMatch(/\.$/);
    expect(entry.explanation.split(/(?<=\.) (?=[A-Z])/).length).toBeLessThanOrEqual(2);
  }
});

test("no spelling belongs to two entries", () => {
  const spellings = GLOSSARY.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]);
  expect(new Set(spellings).size).toBe(spellings.length);
});

test("every entry is a term the knowledge base's text actually uses", () => {
  const text = JSON.stringify(seedKnowledge);
  const used = new Set(linked(text));
  expect(GLOSSARY.map((entry) => entry.id).filter((id) => !used.has(id))).toEqual([]);
});

test("the ids the pages link by name exist, with the expansion the issue names", () => {
  expect(glossaryEntry("drs").expansion).toBe("VMware vSphere Distributed Resource Scheduler");
  expect(glossaryEntry("vcf").expansion).toBe("VMware Cloud Foundation");
  expect(glossaryEntry("vvf").expansion).toBe("VMware vSphere Foundation");
  expect(glossaryEntry("mig").expansion).toBe("NVIDIA Multi-Instance GPU");
  expect(glossaryEntry("sev-snp").expansion).toBe("AMD Secure Encrypted Virtualization–Secure Nested Paging");
  expect(glossaryEntry("tdx").expansion).toBe("Intel Trust Domain Extensions");
});

test("a link's hint is the expansion, or the first sentence of a term that is not an abbreviation", () => {
  expect(glossaryHint(glossaryEntry("drs"))).toBe("VMware vSphere Distributed Resource Scheduler");
  expect(glossaryHint(glossaryEntry("vmotion"))).toBe(
    "VMware's live migration: it moves a running VM to another host without shutting it down.",
  );
});

describe("markGlossaryTerms", () => {
  test("links whole words only, as written", () => {
    expect(linked("vSphere HA and DRS, not SHA-256, DRSs or ha.")).toEqual(["ha", "drs"]);
  });

  test("reads the longest spelling: SEV-SNP is one term, not SEV", () => {
    expect(linked("AMD SEV, SEV-ES and SEV-SNP guests")).toEqual(["sev", "sev-es", "sev-snp"]);
    expect(linked("Only SEV-SNP here")).toEqual(["sev-snp"]);
  });

  test("links a term beside punctuation and hyphens, and its other spellings", () => {
    expect(linked("VCF/VVF 9.0 adds MIG-backed vGPUs (vMotion).")).toEqual(["vcf", "vvf", "mig", "vgpu", "vmotion"]);
    expect(linked("Live migration is standard; Xen Orchestra backs up.")).toEqual(["live-migration", "xo"]);
  });

  test("links the first mention of a term only", () => {
    const parts = markGlossaryTerms("vMotion and Storage vMotion, then live migration and Live migration again");
    expect(parts.filter((part) => part.entry).map((part) => part.text)).toEqual(["vMotion", "live migration"]);
  });

  test("gives back every text it is given, term links included", () => {
    const texts = [
      ...seedKnowledge.ratings.map((rating) => rating.rationale),
      ...seedKnowledge.hypervisors.flatMap((h) => [h.summary, h.licence]),
      "",
      "No terms at all.",
    ];
    for (const text of texts)
      expect(
        markGlossaryTerms(text)
          .map((part) => part.text)
          .join(""),
      ).toBe(text);
    expect(markGlossaryTerms("No terms at all.")).toEqual([{ text: "No terms at all." }]);
  });
});
