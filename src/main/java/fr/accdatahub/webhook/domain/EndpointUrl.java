package fr.accdatahub.webhook.domain;

import fr.accdatahub.failure.InvalidRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A webhook endpoint's URL, as it may be registered: absolute, {@code https} (or {@code http} when the sandbox is
 * enabled, so that a developer can receive on their machine), with a host, no user information and no fragment, at
 * most 2,048 characters. Where the host leads is checked apart ({@link AddressPolicy}), at registration and again at
 * each delivery.
 */
public record EndpointUrl(URI uri) {

    public static final int MAX_LENGTH = 2048;

    public static EndpointUrl parse(String value, boolean sandbox) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest("url is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRequest("url must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidRequest("url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(sandbox && scheme.equals("http"))) {
            throw new InvalidRequest(sandbox ? "url must be an https or http URL" : "url must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidRequest("url must name a host, without user information or fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new InvalidRequest("url's port must be from 1 to 65535");
        }
        return new EndpointUrl(uri);
    }

    public boolean secure() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    /** The host as a name or an address literal (without the brackets of an IPv6 one). */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() >= 0 ? uri.getPort() : secure() ? 443 : 80;
    }

    /** The path and query to request ({@code /} when the URL has no path). */
    public String target() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
