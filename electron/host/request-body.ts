import type http from 'node:http';

/** Limits on one API request body. */
export interface BodyLimits {
  maxBytes: number;
  /** How long the whole body may take to arrive once the headers are in. */
  timeoutMs: number;
}

export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413; message: string };

/**
 * Reads a request body as UTF-8 within the limits: a declared length over
 * the limit is refused before reading, a streamed one as soon as it passes
 * the limit, and a body that trickles in slower than the timeout is dropped
 * (a slow client must not hold a request open forever).
 */
export function readRequestBody(req: http.IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const megabytes = Math.round(limits.maxBytes / (1024 * 1024));
  const limitText = megabytes >= 1 ? `${megabytes} MB` : `${limits.maxBytes} bytes`;
  const tooLarge: BodyResult = { ok: false, status: 413, message: `Request too large (limit ${limitText})` };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) return Promise.resolve(tooLarge);

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, status: 408, message: `Request body did not arrive within ${Math.round(limits.timeoutMs / 100) / 10} s` }),
      limits.timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) finish(tooLarge);
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.once('error', () => finish({ ok: false, status: 400, message: 'Request body could not be read' }));
    req.once('close', () => finish({ ok: false, status: 400, message: 'Request body ended early' }));
  });
}
