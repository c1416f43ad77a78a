// `npm run build` (after `next build`): compiles server.ts to dist/server.cjs (scripts/lib/server-bundle.ts).
import { buildServerBundle, SERVER_BUNDLE } from "./lib/server-bundle";

buildServerBundle();
console.log(`Built ${SERVER_BUNDLE}.`);
