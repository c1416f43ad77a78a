// `npm run build` (after `next build`): compiles host/server.ts to dist/server.cjs (scripts/lib/server-bundle.ts).
import { buildServerBundle, SERVER_BUNDLE } from "./lib/server-bundle";

buildServerBundle();
console.log(`Built ${SERVER_BUNDLE}.`);
