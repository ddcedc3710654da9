import { describe, expect, it } from 'vitest';
import { ControlWords } from './control-words';
import { RealTimeWait } from './realtime-wait';

/** Control words whose waits move a fake real clock instead of blocking; `onWait` may change controls. */
class FakeControls extends ControlWords {
  wall = 0;
  waits: number[] = [];
  onWait: (wall: number) => void = () => undefined;
  override waitForChange(_generation: number, ms: number): void {
    this.waits.push(ms);
    this.wall += ms;
    this.onWait(this.wall);
  }
}

function setup() {
  const controls = new FakeControls();
  let virtual = 1_000_000;
  const cluster = { now: () => virtual, advance: (ms: number) => void (virtual += ms) };
  const wait = new RealTimeWait({ cluster, controls, wallNow: () => controls.wall });
  return { controls, wait, elapsed: () => virtual - 1_000_000 };
}

describe('RealTimeWait', () => {
  it('takes the real time a sleep asks for at 1×, in slices of at most 50 ms', () => {
    const { controls, wait, elapsed } = setup();
    wait.clock().sleep(2000);
    expect(controls.wall).toBe(2000);
    expect(elapsed()).toBe(2000);
    expect(Math.max(...controls.waits)).toBe(50);
  });

  it('takes a tenth of it at 10×', () => {
    const { controls, wait, elapsed } = setup();
    controls.setSpeed(10);
    wait.sleep(5000);
    expect(controls.wall).toBe(500);
    expect(elapsed()).toBe(5000);
  });

  it('stops early on Ctrl-C, having moved the cluster only as far as real time went', () => {
    const { controls, wait, elapsed } = setup();
    controls.onWait = (wall) => wall >= 300 && controls.interrupt();
    wait.sleep(100_000);
    expect(controls.wall).toBe(300);
    expect(elapsed()).toBe(300);
  });

  it('does not move the cluster while paused, and goes on when resumed', () => {
    const { controls, wait, elapsed } = setup();
    controls.setPaused(true);
    controls.onWait = (wall) => wall >= 1000 && controls.setPaused(false);
    wait.sleep(500);
    expect(controls.wall).toBe(1500);
    expect(elapsed()).toBe(500);
  });

  it('applies a skip at once, counting it against the wait', () => {
    const { controls, wait, elapsed } = setup();
    controls.onWait = (wall) => wall === 100 && controls.skip(60_000);
    wait.sleep(90_000);
    expect(elapsed()).toBe(90_000);
    expect(controls.wall).toBe(100 + 29_900);
  });

  it('waits until done() for the editor, the cluster moving meanwhile', () => {
    const { controls, wait, elapsed } = setup();
    const blocks: number[] = [];
    wait.until(() => controls.wall >= 1234, (ms) => {
      blocks.push(ms);
      controls.wall += ms;
    });
    expect(elapsed()).toBe(1250);
    expect(blocks.every((ms) => ms === 50)).toBe(true);
  });
});
