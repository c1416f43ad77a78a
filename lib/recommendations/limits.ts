// Length limits of a saved recommendation's free text, apart from the zod schema so that a page can
// show them without shipping zod to the browser.
export const NAME_MAX = 120;
export const NOTES_MAX = 2000;
