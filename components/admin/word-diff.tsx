// One changed text field, word by word: removed words struck through in red, added ones underlined in
// green, the rest as is, so a one-word correction in a 600-character rationale can be seen. Numbers,
// dates and lists are short: they keep the before/after boxes (DiffView).
import { diffWords } from "diff";
import styles from "./admin.module.css";

export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className={styles.wordDiff}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
