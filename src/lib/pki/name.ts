/**
 * Distinguished names (issuer, subject): a sequence of RDNs, each here one attribute. Parsed from
 * openssl's `-subj /CN=jane/O=dev`, encoded as DER, and printed the two ways openssl 3.0 does.
 */
import { DerError, TAG, child, oid, readOid, readString, seq, set, str, type Bytes, type Der } from './der';
import { DN_BY_SHORT, DN_SHORT, OID } from './oids';

export interface NameAttribute {
  oid: string;
  value: string;
  /** The string type it is (or will be) encoded with: UTF8String, PrintableString... */
  tag: number;
}

export type DistinguishedName = NameAttribute[];

export function encodeName(name: DistinguishedName): Bytes {
  return seq(...name.map((a) => set(seq(oid(a.oid), str(a.tag, a.value)))));
}

export function decodeName(node: Der): DistinguishedName {
  if (node.tag !== TAG.SEQUENCE) throw new DerError('name is not a sequence');
  const out: DistinguishedName = [];
  for (const rdn of node.children) {
    for (const atv of rdn.children) {
      const valueNode = child(atv, 1);
      out.push({ oid: readOid(child(atv, 0)), value: readString(valueNode), tag: valueNode.tag });
    }
  }
  return out;
}

/** openssl -text and `subject=`: `CN = jane, O = dev` (XN_FLAG_ONELINE). */
export function formatName(name: DistinguishedName): string {
  return name.map((a) => `${DN_SHORT[a.oid] ?? a.oid} = ${escapeValue(a.value)}`).join(', ');
}

function escapeValue(v: string): string {
  const escaped = v.replace(/[\\,+<>;"]/g, (c) => `\\${c}`);
  return /^[ #]|\s$/.test(escaped) ? `"${escaped}"` : escaped;
}

export type ParseSubjectResult = { ok: true; name: DistinguishedName } | { ok: false; error: string };

/**
 * `/type0=value0/type1=value1...` as `openssl req -subj` takes it; `\` escapes the next character.
 * openssl encodes the values as UTF8String (its default string mask).
 */
export function parseSubject(text: string): ParseSubjectResult {
  if (!text.startsWith('/')) return { ok: false, error: `subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: '${text}'` };
  const out: DistinguishedName = [];
  let i = 1;
  while (i < text.length) {
    let type = '';
    while (i < text.length && text[i] !== '=') {
      if (text[i] === '\\') i++;
      type += text[i] ?? '';
      i++;
    }
    if (i >= text.length) return { ok: false, error: `Hit end of string before finding the '='` };
    i++;
    let value = '';
    while (i < text.length && text[i] !== '/') {
      if (text[i] === '\\') i++;
      value += text[i] ?? '';
      i++;
    }
    i++;
    const attr = DN_BY_SHORT[type] ?? longName(type);
    if (!attr) return { ok: false, error: `Skipping unknown attribute "${type}"` };
    if (value === '') continue;
    out.push({ oid: attr, value, tag: attr === OID.countryName ? TAG.PRINTABLE_STRING : TAG.UTF8_STRING });
  }
  return { ok: true, name: out };
}

function longName(type: string): string | undefined {
  const long: Record<string, string> = {
    commonName: OID.commonName,
    organizationName: OID.organizationName,
    organizationalUnitName: OID.organizationalUnitName,
    countryName: OID.countryName,
    localityName: OID.localityName,
    stateOrProvinceName: OID.stateOrProvinceName,
  };
  return long[type];
}

/** A name as Go's crypto/x509 writes a pkix.Name: C, ST, L, O, OU, then CN, PrintableString where it can. */
export function goName(fields: { commonName?: string; organizations?: string[] }): DistinguishedName {
  const out: DistinguishedName = [];
  for (const o of fields.organizations ?? []) out.push({ oid: OID.organizationName, value: o, tag: goStringTag(o) });
  if (fields.commonName) out.push({ oid: OID.commonName, value: fields.commonName, tag: goStringTag(fields.commonName) });
  return out;
}

/** Reorders a parsed name as Go's pkix.Name round trip does (kube-controller-manager's signer re-encodes the request's subject). */
export function goReencode(name: DistinguishedName): DistinguishedName {
  const order = [OID.countryName, OID.stateOrProvinceName, OID.localityName, OID.organizationName, OID.organizationalUnitName, OID.commonName];
  const out: DistinguishedName = [];
  for (const o of order) {
    const values = name.filter((a) => a.oid === o).map((a) => a.value);
    // Go keeps only the last CommonName.
    const kept = o === OID.commonName ? values.slice(-1) : values;
    for (const v of kept) out.push({ oid: o, value: v, tag: goStringTag(v) });
  }
  return out;
}

function goStringTag(v: string): number {
  return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(v) ? TAG.PRINTABLE_STRING : TAG.UTF8_STRING;
}

export function nameValues(name: DistinguishedName, attr: string): string[] {
  return name.filter((a) => a.oid === attr).map((a) => a.value);
}

export function sameName(a: DistinguishedName, b: DistinguishedName): boolean {
  return a.length === b.length && a.every((x, i) => x.oid === b[i]?.oid && x.value === b[i]?.value);
}
