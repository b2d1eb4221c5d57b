/**
 * framer-motion's animation features for the sticky graphic's crossfade, in a chunk of their own
 * that LazyMotion loads on the reader's first scroll (StickyGraphic.tsx): the first chart needs no
 * crossfade, so they stay off the path to it.
 */
export { domMin as default } from 'framer-motion';
