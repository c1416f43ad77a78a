// Keeps what the browser scrolls into view on the questionnaire (a focused option, a field with an
// error) clear of the sticky Back/Next bar: while the wizard is open, the page's bottom scroll padding
// is the bar's height, followed as it changes (larger text, a narrower screen).
import { useEffect, type RefObject } from "react";

/** The bar's height in px, set on the root element while the wizard is open. */
const ACTIONS_HEIGHT_PROPERTY = "--wizard-actions-height";

export function useScrollPaddingForActions(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () =>
      root.style.setProperty(ACTIONS_HEIGHT_PROPERTY, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    // A little air between what was scrolled to and the bar's edge.
    root.style.setProperty("scroll-padding-bottom", `calc(var(${ACTIONS_HEIGHT_PROPERTY}) + 0.5rem)`);
    // Absent only where nothing is laid out (jsdom): the one measure above stands.
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(element, { box: "border-box" });
    return () => {
      observer?.disconnect();
      root.style.removeProperty("scroll-padding-bottom");
      root.style.removeProperty(ACTIONS_HEIGHT_PROPERTY);
    };
  }, [bar]);
}
