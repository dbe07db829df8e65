package fr.accdatahub.webhook.domain;

/**
 * What came of an attempt: delivered when the endpoint answered 2xx; otherwise the status it answered (a redirect
 * is not followed) or, when there was no answer, why (refused address, connection, timeout).
 */
public record Outcome(boolean delivered, Integer statusCode, String error) {

    public static Outcome answered(int statusCode) {
        boolean success = statusCode >= 200 && statusCode < 300;
        return new Outcome(success, statusCode, success ? null
                : statusCode >= 300 && statusCode < 400 ? "answered a redirect, which is not followed"
                : "answered " + statusCode);
    }

    public static Outcome unanswered(String error) {
        return new Outcome(false, null, error);
    }
}
