/**
 * @component Keeps a broken chart from taking the page down: if drawing throws, render `fallback`
 * instead and tell `onError`. Resets when `resetKey` changes (e.g. another state or dataset), so
 * one bad state does not blank the chart for good.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ChartErrorBoundaryProps {
  /** The drawing. */
  children: ReactNode;
  /** What to show instead when the drawing throws. */
  fallback: ReactNode;
  /** Called once per failure, e.g. to reveal the data table. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** When this changes, try drawing again. */
  resetKey?: string;
}

interface BoundaryState {
  failed: boolean;
  key: string | undefined;
}

export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ChartErrorBoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Chart failed to draw:', error);
    this.props.onError?.(error, info);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
