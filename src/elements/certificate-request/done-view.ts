import { html, nothing, type TemplateResult } from 'lit';
import type {
  CertificateConfig,
  CertificateRequestReceipt,
  PaymentNotice,
} from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { weekdayNames } from '../../internal/dates.js';
import { markPrintTarget } from '../../internal/print.js';
import { safeHref } from '../../internal/urls.js';
import { computeFees, formatEuros } from './fees.js';
import type { CertificateForm } from './form.js';
import { parseBirthDate } from './person-form.js';
import type { LaterStepProps } from './later-views.js';
import type { CertificateRequestMessages } from './messages/it.js';

type T = LocalizeController<CertificateRequestMessages>;

/** "lunedì–venerdì, 09:00–12:00" from the office's collection hours. */
function hoursLines(t: T, config: CertificateConfig): string[] {
  const names = weekdayNames(t.locale, 'long', 1);
  return (config.collectionHours ?? []).map(({ days, from, to }) => {
    const sorted = [...days].sort((a, b) => a - b);
    const consecutive = sorted.every((day, i) => i === 0 || day === sorted[i - 1] + 1);
    const dayText =
      consecutive && sorted.length > 2
        ? `${names[sorted[0] - 1]}–${names[sorted.at(-1)! - 1]}`
        : sorted.map((day) => names[day - 1]).join(', ');
    return t.m.certificateRequest.hoursLine(dayText, from, to);
  });
}

/** The 18 digits in groups of four, as on a paper notice: 3012 0000 0000 0012 34. */
function groupedNotice(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function renderPayment(t: T, payment: PaymentNotice): TemplateResult {
  const m = t.m.certificateRequest;
  const amount = formatEuros(Number(payment.amount.amount) * 100, t.locale);
  const url = safeHref(payment.url);
  return html`<section class="payment" aria-labelledby="payment-title">
    <h4 id="payment-title" class="done__title">${m.payment}</h4>
    <p>
      ${m.noticeCode}: <span class="code notice-code">${groupedNotice(payment.noticeCode)}</span>
    </p>
    <p>${m.dueDate(t.date(payment.dueDate, 'long'))}</p>
    ${
      url
        ? html`<p>
            <a class="button" href=${url} target="_blank" rel="noopener noreferrer">
              ${m.pay(amount)}<span class="visually-hidden"> ${t.m.common.opensInNewWindow}</span>
            </a>
          </p>`
        : nothing
    }
  </section>`;
}

function bringList(props: LaterStepProps, receipt: CertificateRequestReceipt): string[] {
  const { t, config, form } = props;
  const m = t.m.certificateRequest;
  const fees = computeFees(config, form);
  const euros = (amount: number) => formatEuros(amount, t.locale);
  return [
    m.bringId,
    fees.stamps ? m.bringStamps(fees.stamps, euros(fees.stamp)) : '',
    form.collection === 'delegate' ? m.bringDelegation : '',
    fees.rightsTotal && !receipt.payment ? m.bringRights(euros(fees.rightsTotal)) : '',
  ].filter(Boolean);
}

function holderName(form: CertificateForm): string {
  return `${form.givenName.trim()} ${form.familyName.trim()}`;
}

/** The request form and the delegation, hidden on screen, each printed alone on one page. */
function renderForms(props: LaterStepProps, receipt: CertificateRequestReceipt): TemplateResult {
  const { t, config, form, place } = props;
  const m = t.m.certificateRequest;
  const birthDate = parseBirthDate(form.birthDate);
  const types = config.types.filter((type) => form.certificates.includes(type.id));
  const use = config.uses.find((each) => each.id === form.useId);
  const document = form.documentType ? m.documentTypes[form.documentType] : '';
  return html`<section id="form-request" class="print-form" aria-hidden="true">
      <h2>${m.requestForm}</h2>
      <p>${m.number}: <strong class="code">${receipt.number}</strong></p>
      <dl>
        <dt>${m.labels.office}</dt>
        <dd>${props.office?.name ?? receipt.officeId}</dd>
        <dt>${m.labels.person}</dt>
        <dd>
          ${holderName(form)}, ${m.sexes[form.sex || 'F']},
          ${birthDate ? t.date(birthDate, 'short') : ''}, ${place.selected?.name ?? place.code}
          ${form.fiscalCode ? `— ${form.fiscalCode.toUpperCase()}` : ''}
        </dd>
        <dt>${m.labels.certificates}</dt>
        <dd>${types.map((type) => type.label).join('; ')}</dd>
        <dt>${m.labels.use}</dt>
        <dd>${use?.label}${use?.legalBasis ? ` (${use.legalBasis})` : ''}</dd>
        <dt>${m.labels.urgent}</dt>
        <dd>${form.urgent ? m.yes : m.no}</dd>
      </dl>
      <p class="print-form__sign">${m.placeAndDate}: ____________________</p>
      <p class="print-form__sign">${m.signature}: ____________________</p>
    </section>
    ${
      form.collection === 'delegate'
        ? html`<section id="form-delegation" class="print-form" aria-hidden="true">
            <h2>${m.delegationForm}</h2>
            <p>${m.number}: <strong class="code">${receipt.number}</strong></p>
            <p>
              ${m.delegationText(
                holderName(form),
                `${form.delegateGivenName.trim()} ${form.delegateFamilyName.trim()}`,
                `${document} ${form.documentNumber.toUpperCase()}`,
              )}
            </p>
            <p>${types.map((type) => type.label).join('; ')}</p>
            <p class="print-form__sign">${m.placeAndDate}: ____________________</p>
            <p class="print-form__sign">${m.signature}: ____________________</p>
          </section>`
        : nothing
    }`;
}

function print(host: HTMLElement, which: 'request' | 'delegation'): void {
  const form = host.shadowRoot?.querySelector(`#form-${which}`);
  if (!form) return;
  markPrintTarget(form);
  window.print();
}

export function renderDone(props: LaterStepProps): unknown {
  const { t, config, form, receipt } = props;
  if (!receipt) return nothing;
  const m = t.m.certificateRequest;
  const office = props.office;
  return html`<p class="done__number">
      ${m.number}: <strong class="code">${receipt.number}</strong>
    </p>
    <p>${m.readyFrom(t.date(receipt.readyFrom, 'long'))}</p>
    ${
      form.collection === 'pec'
        ? html`<p>${m.pecSent(form.pec)}</p>`
        : html`<section aria-labelledby="where-title">
            <h4 id="where-title" class="done__title">${m.where}</h4>
            <p>
              ${office ? html`${office.name}<br />${office.address}<br />` : nothing}
              ${config.collectionPlace ?? nothing}
            </p>
            ${
              config.collectionHours?.length
                ? html`<p>${m.hours}:</p>
                    <ul>
                      ${hoursLines(t, config).map((line) => html`<li>${line}</li>`)}
                    </ul>`
                : nothing
            }
            <h4 class="done__title">${m.bring}</h4>
            <ul>
              ${bringList(props, receipt).map((line) => html`<li>${line}</li>`)}
            </ul>
          </section>`
    }
    ${receipt.payment ? renderPayment(t, receipt.payment) : nothing}
    <div class="button-row">
      <button
        type="button"
        class="button button--secondary"
        @click=${() => print(props.host, 'request')}
      >
        ${m.printRequest}
      </button>
      ${
        form.collection === 'delegate'
          ? html`<button
              type="button"
              class="button button--secondary"
              @click=${() => print(props.host, 'delegation')}
            >
              ${m.printDelegation}
            </button>`
          : nothing
      }
      <button type="button" class="button button--link" @click=${props.onStartOver}>
        ${m.newRequest}
      </button>
    </div>
    ${renderForms(props, receipt)}`;
}
