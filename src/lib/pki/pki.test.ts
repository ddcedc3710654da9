import { describe, expect, it } from 'vitest';
import { Random } from '../random';
import { createRequest, parseRequest, requestSignatureValid } from './csr';
import { parseDer, time, readTime } from './der';
import { basicConstraints, decodeExtension, ipBytes, formatIp, keyUsage, subjectAltName } from './extensions';
import { formatName, goReencode, parseSubject } from './name';
import { pemBlocks, pemEncode } from './pem';
import { bitLength, decodePkcs1, decodePkcs8, encodePkcs1, encodePkcs8, generateRsaKey } from './rsa';
import { createCertificate, parseCertificate, signedBy } from './x509';

const key = (seed: number) => generateRsaKey(new Random(seed));

describe('pki', () => {
  it('makes keys of exactly the asked size that survive PKCS#1 and PKCS#8', () => {
    for (const bits of [1024, 2048, 4096]) expect(bitLength(generateRsaKey(new Random(bits), bits).n)).toBe(bits);
    const k = key(1);
    expect(decodePkcs1(encodePkcs1(k))).toEqual(k);
    expect(decodePkcs8(encodePkcs8(k))).toEqual(k);
  });

  it('round-trips certificates and verifies them only against their issuer', () => {
    const caKey = key(2);
    const other = key(3);
    const subject = parseSubject('/CN=kubernetes');
    const jane = parseSubject('/CN=jane/O=dev');
    if (!subject.ok || !jane.ok) throw new Error('subject');
    const ca = createCertificate({ serial: [1], issuer: subject.name, subject: subject.name, notBefore: Date.UTC(2026, 0, 1), notAfter: Date.UTC(2056, 0, 1), publicKey: caKey, extensions: [basicConstraints(true)] }, caKey);
    const leaf = createCertificate({ serial: [0x80, 2], issuer: subject.name, subject: jane.name, notBefore: Date.UTC(2026, 0, 1), notAfter: Date.UTC(2027, 0, 1), publicKey: other, extensions: [] }, caKey);
    const parsed = parseCertificate(leaf.der);
    expect(parsed).toEqual(leaf);
    expect(parseCertificate(ca.der).notAfter).toBe(Date.UTC(2056, 0, 1));
    expect(signedBy(parsed, ca)).toBe(true);
    expect(signedBy(ca, ca)).toBe(true);
    const impostor = createCertificate({ ...ca, publicKey: other }, other);
    expect(signedBy(parsed, impostor)).toBe(false);
    expect(formatName(parsed.subject)).toBe('CN = jane, O = dev');
    expect(formatName(goReencode(parsed.subject))).toBe('O = dev, CN = jane');
  });

  it('round-trips requests with extensions and checks their self-signature', () => {
    const subject = parseSubject('/CN=jane/O=dev/O=ops');
    if (!subject.ok) throw new Error(subject.error);
    const r = createRequest(subject.name, key(4), [subjectAltName({ dns: ['a'], ips: ['10.0.0.1'] }), keyUsage(['digital signature', 'key encipherment'])]);
    const back = parseRequest(pemBlocks(pemEncode('CERTIFICATE REQUEST', r.der))[0]!.der);
    expect(back).toEqual(r);
    expect(requestSignatureValid(back)).toBe(true);
    expect(requestSignatureValid({ ...back, info: [...back.info.slice(0, -1), 0] })).toBe(false);
    expect(decodeExtension(back.extensions[1]!).keyUsage).toEqual(['digital signature', 'key encipherment']);
  });

  it('encodes times, IPs and subjects as openssl reads them', () => {
    expect(readTime(parseDer(time(Date.UTC(2049, 11, 31, 23, 59, 59))))).toBe(Date.UTC(2049, 11, 31, 23, 59, 59));
    expect(readTime(parseDer(time(Date.UTC(2050, 0, 1))))).toBe(Date.UTC(2050, 0, 1));
    expect(formatIp(ipBytes('::1'))).toBe('0:0:0:0:0:0:0:1');
    expect(formatIp(ipBytes('fd00::a:1'))).toBe('FD00:0:0:0:0:0:A:1');
    expect(parseSubject('CN=x')).toMatchObject({ ok: false });
    expect(parseSubject('/CN=a\\/b/O=')).toMatchObject({ ok: true, name: [{ value: 'a/b' }] });
  });
});
