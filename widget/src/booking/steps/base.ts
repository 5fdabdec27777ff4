import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { BookingContext } from '../context.js';

/**
 * A step renders into the root's shadow root (no shadow root of its own):
 * one stylesheet, one id space, and `::part` works without `exportparts`.
 * It receives the booking context as its `c` property (see ADR in the widget
 * README: @lit/context cost ~1 KB gzip, over the 20 KB budget).
 */
export class StepBase extends LitElement {
  /** The booking context, set by the root element on every change. */
  @property({ attribute: false })
  c!: BookingContext;

  protected override createRenderRoot() {
    return this;
  }
}
