/**
 * @component The motion context every chart draws in: framer-motion's small `domMin` bundle
 * loaded through LazyMotion (charts use `m.*`, never `motion.*`, which `strict` enforces), and
 * `reducedMotion="user"` so that with prefers-reduced-motion every state change is instant.
 */
import type { ReactNode } from 'react';
import { LazyMotion, MotionConfig, domMin } from 'framer-motion';

/** One transition for every chart, so state changes feel alike across the piece. */
export const CHART_TRANSITION = { duration: 0.65, ease: [0.22, 1, 0.36, 1] } as const;

export interface ChartMotionProps {
  /** The chart (or charts) to animate. */
  children: ReactNode;
}

export function ChartMotion({ children }: ChartMotionProps) {
  return (
    <LazyMotion features={domMin} strict>
      <MotionConfig reducedMotion="user" transition={CHART_TRANSITION}>
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
