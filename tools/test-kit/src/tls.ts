// A certificate made in the test run, so no key material lives in the repository.
import selfsigned from 'selfsigned';

/** A fresh self-signed EC certificate for `localhost` and 127.0.0.1, valid for a day (~50 ms to make). */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  return { key: pems.private, cert: pems.cert };
}
