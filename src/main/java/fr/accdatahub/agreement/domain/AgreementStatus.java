package fr.accdatahub.agreement.domain;

public enum AgreementStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
