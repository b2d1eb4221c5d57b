/** Element ids shared by the prerendered page (pages.tsx) and the client entry. */
export const APP_ID = 'newsroom-app';
/** `<script type="application/json">` with the BuildInfo of the prerender. */
export const BUILD_INFO_ID = 'newsroom-build';
