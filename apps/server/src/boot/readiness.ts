/**
 * Whether this replica takes new work, for `/readyz`. A drain turns it to 503 and waits until a load balancer has
 * seen that (its next health check), so the balancer stops sending requests before the listener closes; a server
 * nobody ever probed (no load balancer) stops at once.
 */
export class Readiness {
  private draining = false;
  private probed = false;
  private seen: (() => void) | undefined;

  get isDraining(): boolean {
    return this.draining;
  }

  /** Called by each `/readyz`: answers whether to say 503. */
  probe(): boolean {
    this.probed = true;
    if (this.draining) this.seen?.();
    return this.draining;
  }

  /** Starts draining; resolves once a prober was told, at once if none ever probed, or after `maxMs` at most. */
  async drain(maxMs: number): Promise<void> {
    this.draining = true;
    if (!this.probed || maxMs <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.seen = resolve;
      timer = setTimeout(resolve, maxMs);
    });
    clearTimeout(timer);
  }
}
