// A term of the trade in running text, linked to its entry under "Terms" on the knowledge page: one
// click (or Enter) to the explanation, and its expansion as the link's tooltip and accessible description.
import { Fragment } from "react";
import {
  glossaryEntry,
  glossaryHint,
  glossaryHref,
  markGlossaryTerms,
  type GlossaryEntry,
  type GlossaryId,
} from "@/lib/presentation/glossary";
import styles from "./glossary-term.module.css";

type Props = { entry: GlossaryEntry; children?: string };

/** One term; `children` is the spelling in the text (the entry's term by default). */
export function GlossaryTerm({ entry, children = entry.term }: Props) {
  // An abbreviation is marked as one; a spelled-out alias (Xen Orchestra for XO) is not.
  const abbreviated = entry.expansion !== undefined && children !== entry.expansion;
  return (
    <a href={glossaryHref(entry.id)} className={styles.term} title={glossaryHint(entry)}>
      {abbreviated ? <abbr>{children}</abbr> : children}
    </a>
  );
}

/** A term named by its id, for text written in the page itself. */
export function GlossaryLink({ id, children }: { id: GlossaryId; children?: string }) {
  return <GlossaryTerm entry={glossaryEntry(id)}>{children}</GlossaryTerm>;
}

/** A text from the knowledge base with the first mention of each glossary term linked. */
export function GlossaryText({ text }: { text: string }) {
  return markGlossaryTerms(text).map((part, index) =>
    part.entry ? (
      <GlossaryTerm key={index} entry={part.entry}>
        {part.text}
      </GlossaryTerm>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
