/**
 * Runs a read-only measurement right after the next frame has been rendered, when the browser's
 * layout is fresh: reading geometry inside requestAnimationFrame instead comes after other frame
 * callbacks (React, the crossfade) have written styles, and forces a second style and layout pass
 * on every scroll frame. The measurement's writes then land before the following frame.
 */
export interface AfterFrame {
  /** Run the callback after the next frame; calls made before it runs are merged into one. */
  schedule(): void;
  /** For good: nothing scheduled runs, and nothing can be scheduled. */
  stop(): void;
}

export function afterNextFrame(fn: () => void): AfterFrame {
  let pending = false;
  let stopped = false;
  const run = () => {
    if (!pending || stopped) return;
    pending = false;
    fn();
  };
  // A message task runs as soon as the frame is done, without setTimeout's clamping.
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
  if (channel) channel.port1.onmessage = run;
  const afterPaint = () => (channel ? channel.port2.postMessage(null) : setTimeout(run, 0));
  return {
    schedule() {
      if (pending || stopped) return;
      pending = true;
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterPaint);
      else setTimeout(run, 16);
    },
    stop() {
      stopped = true;
      channel?.port1.close();
    },
  };
}
