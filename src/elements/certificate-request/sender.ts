import { html, nothing, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { newIdempotencyKey, type ApiClient } from '../../api/client.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import { createCertificateRequest } from '../../api/operations/certificates.js';
import type { CertificateRequest, CertificateRequestReceipt } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderApiError, renderMessage } from '../../styles/index.js';
import type { CertificateRequestMessages } from './messages/it.js';

export interface SenderOptions {
  api: () => ApiClient | undefined;
  body: () => CertificateRequest;
  signal: (signal: AbortSignal) => AbortSignal;
  onSent: (receipt: CertificateRequestReceipt) => void;
  /** The server refused some fields (422): they go back to their steps. */
  onRefused: (error: ApiError) => void;
  onFailed: () => void;
}

/**
 * Sends the request once: one at a time whatever the clicks, and a retry after a failure with
 * the same Idempotency-Key, so that the office never records it twice. A change to what was
 * typed makes it another request, with a key of its own.
 */
export class CertificateSender {
  readonly task: Task<readonly [ApiClient | undefined, string], CertificateRequestReceipt>;
  private key?: string;

  constructor(host: ReactiveControllerHost, options: SenderOptions) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([api, key], { signal }) =>
        createCertificateRequest(api!, options.body(), {
          idempotencyKey: key,
          signal: options.signal(signal),
        }),
      args: () => [options.api(), this.key ?? ''] as const,
      onComplete: (receipt) => {
        this.key = undefined;
        options.onSent(receipt);
      },
      onError: (error) => {
        if (isApiError(error) && error.kind === 'validation') {
          this.key = undefined;
          options.onRefused(error);
        } else options.onFailed();
      },
    });
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** A failure shown on the review (the refused fields go to their steps instead). */
  get failure(): ApiError | undefined {
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    return isApiError(error) && error.kind !== 'validation' ? error : undefined;
  }

  send(): void {
    if (this.pending) return;
    this.key ??= newIdempotencyKey();
    void this.task.run();
  }

  forget(): void {
    this.key = undefined;
  }

  renderFailure(t: LocalizeController<CertificateRequestMessages>, loginUrl: string): unknown {
    const error = this.failure;
    if (!error) return nothing;
    return html`<div id="failure" tabindex="-1">
      ${
        error.kind === 'quota'
          ? renderMessage(t, 'warning', html`<p>${t.m.certificateRequest.problems.quota}</p>`)
          : renderApiError(t, error.kind, { onRetry: () => this.send(), loginUrl })
      }
    </div>`;
  }
}
