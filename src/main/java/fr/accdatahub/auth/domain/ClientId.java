package fr.accdatahub.auth.domain;

import java.util.regex.Pattern;

/** The form of a client id: 3 to 64 letters, digits, {@code .}, {@code _} or {@code -}. No client has another. */
public final class ClientId {

    public static final String PATTERN = "^[A-Za-z0-9._-]{3,64}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private ClientId() {
    }

    public static boolean isClientId(String clientId) {
        return clientId != null && COMPILED.matcher(clientId).matches();
    }
}
