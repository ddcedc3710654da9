/**
 * The sandbox's control bar (markup in Sandbox.astro): the cluster clock, pause, 1×, 10×, skip
 * ahead one minute, and reset behind a confirmation dialog. Every control is a labelled button;
 * pause and the speeds say their state with aria-pressed.
 */
import type { ClockState } from './protocol';
import { clockText } from './summary';

export interface ControlActions {
  speed(speed: number): void;
  pause(paused: boolean): void;
  skip(): void;
  reset(): void;
}

export interface Controls {
  show(clock: ClockState): void;
  setEnabled(enabled: boolean): void;
}

export function bindControls(root: HTMLElement, actions: ControlActions): Controls {
  const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  const pause = button('pause');
  const speed1 = button('speed-1');
  const speed10 = button('speed-10');
  const skip = button('skip');
  const reset = button('reset');
  const time = root.querySelector<HTMLTimeElement>('[data-clock]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-reset-dialog]');
  let state: ClockState = { now: 0, speed: 1, paused: false };

  const show = (clock: ClockState) => {
    state = clock;
    if (time && clock.now > 0) {
      const text = clockText(clock.now);
      if (time.textContent !== text) time.textContent = text;
      time.dateTime = new Date(clock.now).toISOString();
    }
    pause?.setAttribute('aria-pressed', String(clock.paused));
    speed1?.setAttribute('aria-pressed', String(clock.speed === 1));
    speed10?.setAttribute('aria-pressed', String(clock.speed === 10));
    root.dataset['paused'] = String(clock.paused);
  };

  pause?.addEventListener('click', () => {
    actions.pause(!state.paused);
    show({ ...state, paused: !state.paused });
  });
  for (const [el, speed] of [[speed1, 1], [speed10, 10]] as const) {
    el?.addEventListener('click', () => {
      actions.speed(speed);
      if (state.paused) actions.pause(false);
      show({ ...state, speed, paused: false });
    });
  }
  skip?.addEventListener('click', () => actions.skip());
  reset?.addEventListener('click', () => {
    if (dialog && typeof dialog.showModal === 'function') dialog.showModal();
    else actions.reset();
  });
  dialog?.addEventListener('close', () => {
    if (dialog.returnValue === 'reset') actions.reset();
    dialog.returnValue = '';
    reset?.focus();
  });

  return {
    show,
    setEnabled(enabled) {
      for (const el of [pause, speed1, speed10, skip, reset]) if (el) el.disabled = !enabled;
    },
  };
}
