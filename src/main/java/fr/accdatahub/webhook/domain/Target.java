package fr.accdatahub.webhook.domain;

/** Where and how an endpoint's deliveries are sent: its registered URL and signing secret. */
public record Target(String url, SigningSecret secret) {
}
