import type { CertificateBatch, CertificateBatchRequest } from '../../src/api/types.js';
import { EMAIL_PATTERN, FieldErrors, problem } from '../internal/problem.js';
import { minimalPdf } from '../internal/pdf.js';
import { newId } from '../internal/random.js';
import { isIsoDate, romeDate, romeIso } from '../internal/rome-time.js';
import type { BatchRecord, DbState } from './state.js';
import { subjectErrors } from './subjects.js';

/**
 * The real offices run these lists in a nightly batch; the reference server compresses the night
 * into seconds: a valid row is queued, processing after 2 s and issued after 5 s.
 */
export const PROCESSING_AFTER_MS = 2_000;
export const ISSUED_AFTER_MS = 5_000;

function validateEnvelope(state: DbState, body: Partial<CertificateBatchRequest>) {
  const errors = new FieldErrors();
  const config = state.certificateConfigs.get(String(body.officeId ?? ''));
  if (!config) errors.add('officeId', 'invalid', 'This office issues no certificates.');
  const administration =
    body.administration ?? ({} as Partial<CertificateBatchRequest['administration']>);
  errors.requireText('administration.name', administration.name, 200);
  if (typeof administration.pec !== 'string' || !EMAIL_PATTERN.test(administration.pec)) {
    errors.add('administration.pec', administration.pec ? 'invalid' : 'required');
  }
  const protocol = body.protocol ?? ({} as Partial<CertificateBatchRequest['protocol']>);
  errors.requireText('protocol.number', protocol.number, 40);
  if (!isIsoDate(protocol.date))
    errors.add('protocol.date', protocol.date ? 'invalid' : 'required');
  else if (protocol.date > romeDate(state.now())) errors.add('protocol.date', 'in-future');
  errors.requireText('purpose', body.purpose, 300);
  if (config && !config.types.some((t) => t.id === body.certificateType)) {
    errors.add('certificateType', body.certificateType ? 'not-allowed' : 'required');
  }
  if (!Array.isArray(body.people) || !body.people.length) errors.add('people', 'required');
  errors.throwIfAny();
  if (body.people!.length > config!.maxBatchRows) {
    throw problem(413, 'too-many-rows', `At most ${config!.maxBatchRows} people in one list.`);
  }
  return body as CertificateBatchRequest;
}

function protocolKey(request: CertificateBatchRequest): string {
  const sender = request.administration.ipaCode || request.administration.pec.toLowerCase();
  return `${request.officeId}|${sender}|${request.protocol.number.trim().toUpperCase()}`;
}

export function createBatch(
  state: DbState,
  body: Partial<CertificateBatchRequest>,
): CertificateBatch {
  const request = validateEnvelope(state, body);
  const key = protocolKey(request);
  if ([...state.batches.values()].some((batch) => protocolKey(batch.request) === key)) {
    throw problem(
      409,
      'duplicate-protocol',
      `Protocol ${request.protocol.number} was already sent.`,
    );
  }
  const record: BatchRecord = {
    id: newId('lotto'),
    officeId: request.officeId,
    request: structuredClone(request),
    createdAt: state.now(),
    rows: request.people.map((person, index) => {
      const errors = subjectErrors(state, person, '');
      return errors.length
        ? { row: index + 1, status: 'rejected', errors }
        : { row: index + 1, status: 'queued' };
    }),
  };
  state.batches.set(record.id, record);
  return toBatch(state, record);
}

function rowStatus(elapsed: number) {
  if (elapsed >= ISSUED_AFTER_MS) return 'issued' as const;
  return elapsed >= PROCESSING_AFTER_MS ? ('processing' as const) : ('queued' as const);
}

function toBatch(state: DbState, record: BatchRecord): CertificateBatch {
  const elapsed = state.now().getTime() - record.createdAt.getTime();
  const rows = record.rows.map((row) => {
    if (row.status === 'rejected') return row;
    const status = rowStatus(elapsed);
    return status === 'issued'
      ? {
          row: row.row,
          status,
          documentUrl: `/certificate-batches/${record.id}/rows/${row.row}/document`,
        }
      : { row: row.row, status };
  });
  const pending = rows.filter((row) => row.status === 'queued' || row.status === 'processing');
  const started = rows.some((row) => row.status === 'processing' || row.status === 'issued');
  return {
    id: record.id,
    status: !pending.length ? 'done' : started ? 'processing' : 'queued',
    protocol: record.request.protocol,
    createdAt: romeIso(record.createdAt),
    expectedBy: romeIso(new Date(record.createdAt.getTime() + ISSUED_AFTER_MS)),
    rows,
  };
}

export function getBatch(state: DbState, id: string): CertificateBatch {
  const record = state.batches.get(id);
  if (!record) throw problem(404, 'not-found', 'No such batch.');
  return toBatch(state, record);
}

export function batchDocument(state: DbState, id: string, row: number): Uint8Array<ArrayBuffer> {
  const record = state.batches.get(id);
  const batch = record && toBatch(state, record);
  const line = batch?.rows.find((r) => r.row === row);
  if (!record || !line) throw problem(404, 'not-found', 'No such row.');
  if (line.status !== 'issued')
    throw problem(404, 'not-issued', 'The certificate is not issued yet.');
  const { request } = record;
  const office = state.offices.get(record.officeId);
  const type = state.certificateConfigs
    .get(record.officeId)
    ?.types.find((t) => t.id === request.certificateType);
  return minimalPdf([
    office?.name ?? record.officeId,
    `${type?.label ?? request.certificateType}`,
    `Richiesta di ${request.administration.name}`,
    `Protocollo n. ${request.protocol.number} del ${request.protocol.date} - riga ${row}`,
    `Finalita: ${request.purpose}`,
    `Rilasciato il ${romeDate(state.now())} (documento di prova del server di riferimento)`,
  ]);
}
