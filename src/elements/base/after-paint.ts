/**
 * Resolves once the browser has painted the current frame: what an interaction changed is on screen,
 * and work that can wait (counts, secondary panels) runs in a task of its own after it. (A message
 * rather than a timer: no clamp, and it keeps its place behind what others queued the same way.) A
 * hidden page paints no frames: it resolves after `latest` ms then.
 */
export function afterPaint(latest = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, latest);
    // The next frame's callback, not this one's: a task right after this frame's commit holds back
    // its presentation (Chromium's Event Timing then reports the interaction as late as that task).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timer);
          resolve();
        };
        channel.port2.postMessage(null);
      }),
    );
  });
}
