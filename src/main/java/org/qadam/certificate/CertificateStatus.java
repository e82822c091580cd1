package org.qadam.certificate;

/** A certificate is valid until it is revoked (with a reason) or superseded by a re-issued one. */
public enum CertificateStatus {
    VALID, REVOKED, SUPERSEDED
}
