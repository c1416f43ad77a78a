// Keeps what the browser scrolls into view on the questionnaire (a focused option, a field with an
// error) clear of the sticky Back/Next bar: while the wizard is open, the page's bottom scroll padding
// is the bar's height, followed as it changes (larger text, a narrower screen).
import { useEffect, type RefObject } from "react";

export function useScrollPaddingForActions(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    // The bar's height and a little air between what was scrolled to and the bar's edge.
    const measure = () => {
      root.style.scrollPaddingBottom = `calc(${Math.ceil(element.getBoundingClientRect().height)}px + 0.5rem)`;
    };
    measure();
    // Absent only where nothing is laid out (jsdom): the one measure above stands.
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(element, { box: "border-box" });
    return () => {
      observer?.disconnect();
      root.style.removeProperty("scroll-padding-bottom");
    };
  }, [bar]);
}
