/**
 * A CAdES signature for PDF (PAdES baseline B-B, sub-filter ETSI.CAdES.detached) made with a PKCS#12
 * certificate. @signpdf/signer-p12 writes a plain PKCS#7 signature with a signing-time attribute; PAdES
 * wants the signing certificate bound into the signed attributes (ESS signing-certificate-v2) and the time
 * only in the signature dictionary, so the CMS structure is built here with node-forge's ASN.1.
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';

const { asn1, pki } = forge;
const { Class, Type } = asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

export interface Credentials {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  /** Every certificate of the file, the signer's included, carried in the signature for verifiers. */
  certificates: forge.pki.Certificate[];
}

export class WrongPassphraseError extends Error {}
export class UnreadableCertificateError extends Error {}

/** The key and certificates of a PKCS#12 file (.p12, .pfx). */
export function openP12(bytes: Buffer, passphrase: string): Credentials {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(bytes.toString('binary')), false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/MAC could not be verified|Invalid password/i.test(message)) throw new WrongPassphraseError(message);
    throw new UnreadableCertificateError(message);
  }
  const certificates = (p12.getBags({ bagType: pki.oids.certBag })[pki.oids.certBag] ?? []).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const keyBags = [...(p12.getBags({ bagType: pki.oids.pkcs8ShroudedKeyBag })[pki.oids.pkcs8ShroudedKeyBag] ?? []), ...(p12.getBags({ bagType: pki.oids.keyBag })[pki.oids.keyBag] ?? [])];
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  const certificate = key && certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!key || !certificate) throw new UnreadableCertificateError('no RSA key with its certificate');
  return { key, certificate, certificates };
}

/** The common name of the certificate's subject, as printed on the visible signature. */
export function signerName(credentials: Credentials): string {
  return String(credentials.certificate.subject.getField('CN')?.value ?? credentials.certificate.subject.attributes.map((a) => a.value).join(', '));
}

export class CadesSigner extends Signer {
  constructor(private readonly credentials: Credentials) {
    super();
  }

  async sign(content: Buffer): Promise<Buffer> {
    const { key, certificate, certificates } = this.credentials;
    const certificateDer = der(pki.certificateToAsn1(certificate));
    const issuerAndSerial = [pki.distinguishedNameToAsn1(certificate.issuer), node(Type.INTEGER, forge.util.hexToBytes(certificate.serialNumber))];
    const essCertIdV2 = sequence([octets(sha256(certificateDer)), sequence([sequence([tagged(4, [pki.distinguishedNameToAsn1(certificate.issuer)])]), issuerAndSerial[1]])]);
    // DER orders the members of a SET OF by their encodings.
    const attributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(sha256(content))),
      attribute(OID.signingCertificateV2, sequence([sequence([essCertIdV2])])),
    ].sort((a, b) => Buffer.compare(der(a), der(b)));
    // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are carried in.
    const signature = sign('sha256', der(set(attributes)), createPrivateKey(pki.privateKeyToPem(key)));
    const signerInfo = sequence([
      integer(1),
      sequence(issuerAndSerial),
      sequence([oid(OID.sha256)]),
      tagged(0, attributes),
      sequence([oid(OID.rsaEncryption), asn1.create(Class.UNIVERSAL, Type.NULL, false, '')]),
      octets(signature),
    ]);
    const signedData = sequence([
      integer(1),
      set([sequence([oid(OID.sha256)])]),
      sequence([oid(OID.data)]),
      tagged(0, certificates.map((cert) => pki.certificateToAsn1(cert))),
      set([signerInfo]),
    ]);
    return der(sequence([oid(OID.signedData), tagged(0, [signedData])]));
  }
}

type Asn1 = forge.asn1.Asn1;

function node(type: number, bytes: string): Asn1 {
  return asn1.create(Class.UNIVERSAL, type, false, bytes);
}
function sequence(items: Asn1[]): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
}
function set(items: Asn1[]): Asn1 {
  return asn1.create(Class.UNIVERSAL, Type.SET, true, items);
}
function tagged(tag: number, items: Asn1[]): Asn1 {
  return asn1.create(Class.CONTEXT_SPECIFIC, tag, true, items);
}
function oid(id: string): Asn1 {
  return node(Type.OID, asn1.oidToDer(id).getBytes());
}
function integer(value: number): Asn1 {
  return node(Type.INTEGER, asn1.integerToDer(value).getBytes());
}
function octets(bytes: Buffer): Asn1 {
  return node(Type.OCTETSTRING, bytes.toString('binary'));
}
function attribute(type: string, value: Asn1): Asn1 {
  return sequence([oid(type), set([value])]);
}
function der(value: Asn1): Buffer {
  return Buffer.from(asn1.toDer(value).getBytes(), 'binary');
}
function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}
