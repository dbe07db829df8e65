package fr.accdatahub.request.domain;

/** Where a request stands: waiting for the operator's answer, or answered. */
public enum RequestStatus {
    PENDING, ACCEPTED, REFUSED
}
