// One badge per posting: a host element beside the title, an open shadow root, preact inside.
import { h, render } from 'preact';
import type { Report } from '../../core/types';
import { Badge } from './Badge';
import { BADGE_CSS } from './styles';
import type { BadgeState } from './verdict-text';

export class PostingBadge {
  readonly host: HTMLElement;
  private readonly mountPoint: HTMLElement;
  private state: BadgeState = { kind: 'pending' };
  private retry: (() => void) | undefined;

  constructor(jobId: string) {
    this.host = document.createElement('truetitle-badge');
    this.host.dataset.truetitle = 'badge';
    this.host.dataset.jobId = jobId;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    this.mountPoint = document.createElement('span');
    shadow.append(style, this.mountPoint);
    this.paint();
  }

  /** Puts the badge beside the title; called again after the site re-renders the title. */
  attach(title: Element): void {
    if (title.tagName === 'A') {
      if (title.nextElementSibling !== this.host) title.after(this.host);
    } else if (this.host.parentElement !== title) {
      title.append(this.host);
    }
  }

  showPending(): void {
    this.set({ kind: 'pending' });
  }

  showReport(report: Report): void {
    this.set({ kind: 'report', report });
  }

  showError(message: string, retry: () => void): void {
    this.retry = retry;
    this.set({ kind: 'error', message });
  }

  remove(): void {
    render(null, this.mountPoint);
    this.host.remove();
  }

  private set(state: BadgeState): void {
    this.state = state;
    this.paint();
  }

  private paint(): void {
    this.host.dataset.verdict = this.state.kind === 'report' ? this.state.report.verdict : this.state.kind;
    render(h(Badge, { state: this.state, onRetry: () => this.retry?.() }), this.mountPoint);
  }
}
