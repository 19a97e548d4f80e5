/** What the transport knows about a response it returned; read by unwrap() to build error messages. */
export interface ResponseInfo {
  method: string;
  /** Without query string or userinfo. */
  url: string;
  attempts: number;
  /** Redacts this transport's known secrets (auth header values, `secrets()`), and URL userinfo/queries. */
  scrub: (text: string) => string;
}

// A WeakMap, not a property on the Response: nothing to leak through inspect, nothing kept alive.
const infos = new WeakMap<Response, ResponseInfo>();

export function setResponseInfo(response: Response, info: ResponseInfo): Response {
  infos.set(response, info);
  return response;
}

export function getResponseInfo(response: Response): ResponseInfo | undefined {
  return infos.get(response);
}
