/**
 * The simulator's `SimTransport` over the MSW handlers, run in process with msw's `getResponse`:
 * no network, no service worker, no timers, so a run stays on virtual time and deterministic.
 */
// Must come before msw: msw needs localStorage as soon as it loads, which workers lack.
import './workerStorage';
import { getResponse, type RequestHandler } from 'msw';
import type { SimServiceRequest, SimServiceResponse, SimTransport } from '../core/sim/types';
import { SERVICES_BASE_URL } from './handlers';

/** Options of {@link createMswTransport}. */
export interface MswTransportOptions {
  /** Origin the service paths are resolved against (default {@link SERVICES_BASE_URL}). */
  baseUrl?: string;
  /**
   * Answer a call whose method and path were answered before with that earlier answer instead of
   * running the handlers again. Only for handlers whose answer depends on method and path alone,
   * as the shipped `handlers` do (tested): a handler call costs tens of microseconds (a `Request`,
   * an `AbortSignal`, a body stream), which at a million simulated requests is most of a run.
   * The reused answer is the same frozen object each time. Default false.
   */
  reuseAnswers?: boolean;
}

/**
 * Builds a transport that answers each service call with the first matching handler. A call no
 * handler matches answers 502 (as a gateway would with no upstream); a handler that throws
 * answers 500 (msw's own rule). Never rejects.
 */
export function createMswTransport(
  handlers: readonly RequestHandler[],
  options: MswTransportOptions = {},
): SimTransport {
  const ask = askHandlers([...handlers], options.baseUrl ?? SERVICES_BASE_URL);
  if (!options.reuseAnswers) return ask;
  const answers = new Map<string, Promise<SimServiceResponse>>();
  return (call) => {
    const key = `${call.method} ${call.path}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = ask(call).then(freezeResponse);
      answers.set(key, answer);
    }
    return answer;
  };
}

function freezeResponse(response: SimServiceResponse): SimServiceResponse {
  Object.freeze(response.headers);
  return Object.freeze(response);
}

function askHandlers(list: RequestHandler[], baseUrl: string): SimTransport {
  return async (call: SimServiceRequest): Promise<SimServiceResponse> => {
    try {
      const request = new Request(new URL(call.path, baseUrl), {
        method: call.method,
        headers: call.headers,
      });
      const response = await getResponse(list, request);
      if (response === undefined) {
        return {
          status: 502,
          headers: {},
          body: { error: `no mock answers ${call.method} ${call.path}` },
        };
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const text = await response.text();
      return { status: response.status, headers, body: parseBody(text, headers['content-type']) };
    } catch (error) {
      return {
        status: 500,
        headers: {},
        body: { error: error instanceof Error ? error.message : String(error) },
      };
    }
  };
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return null;
  if (contentType?.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
