import type { SimComponent, SimContext } from '../context';

const SWEEP_TIMER = 'events.sweep';
/**
 * How often expired events are looked for. The API server's leases are themselves coarse (an
 * event may outlive its TTL by a few minutes); a multiple of the node monitor's 5 s period keeps
 * the sweep on instants where a timer fires anyway.
 */
const SWEEP_PERIOD_MS = 60_000;

/**
 * The event recorder's clock: a background timer expires events past their TTL. (The recorder's
 * caches go into snapshots with the cluster itself, so partial test wirings keep them too.)
 */
export function eventsComponent(ctx: SimContext): SimComponent {
  return {
    name: 'events',
    timers: {
      [SWEEP_TIMER]: () => {
        ctx.events.expire();
        ctx.rt.clock.after(SWEEP_PERIOD_MS, SWEEP_TIMER, null, true);
      },
    },
    start() {
      ctx.rt.clock.after(SWEEP_PERIOD_MS, SWEEP_TIMER, null, true);
    },
    // The boot events of a cluster that sat idle for days are long gone on a real one.
    afterIdleSkip() {
      ctx.events.expire();
    },
  };
}
