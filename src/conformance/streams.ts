/** The outcome of a stream control call. */
export type ControlResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** A way to put a channel on air and take it off again, outside the IVS API (an emulator's control routes). */
export interface StreamControl {
  /** Puts the channel on air. */
  start(channelArn: string): Promise<ControlResult>;
  /** Takes the channel off the air. */
  stop(channelArn: string): Promise<ControlResult>;
}

/** How the run may drive live streams: `auto` probes the target, `emulator` assumes the control routes, `none` never goes live. */
export type StreamControlMode = 'auto' | 'emulator' | 'none';

/** Whether the live-stream checks can run, and with what. */
export type StreamSupport =
  | { readonly available: true; readonly control: StreamControl }
  | { readonly available: false; readonly reason: string };

/** The stream support a run reports. */
export const noStreams = (reason: string): StreamSupport => ({ available: false, reason });
