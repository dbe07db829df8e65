package fr.accdatahub.agreement;

public enum AgreementStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
