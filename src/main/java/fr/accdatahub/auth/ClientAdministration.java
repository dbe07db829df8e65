package fr.accdatahub.auth;

import fr.accdatahub.agreement.Agreement;
import fr.accdatahub.agreement.AgreementAccess;
import fr.accdatahub.agreement.Pmo;
import fr.accdatahub.error.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The operator's management of API clients and their mandates. */
@ApplicationScoped
public class ClientAdministration {

    public static final String CLIENT_ID = "^[A-Za-z0-9._-]{3,64}$";
    private static final Pattern CLIENT_ID_PATTERN = Pattern.compile(CLIENT_ID);

    private final SecretHasher hasher;

    public ClientAdministration(SecretHasher hasher) {
        this.hasher = hasher;
    }

    /** Creates a client with a new random secret, shown in this answer only. */
    public Uni<ClientView> create(ClientRequest request) {
        String secret = SecretHasher.newSecret();
        return hasher.hashOffLoop(secret).chain(hash -> create(request, hash)).map(view -> withSecret(view, secret));
    }

    /** Creates a client with a given secret (sandbox demo clients, the operator's bootstrap client). */
    public Uni<ClientView> createWithSecret(ClientRequest request, String secret) {
        return hasher.hashOffLoop(secret).chain(hash -> create(request, hash));
    }

    @WithTransaction
    Uni<ClientView> create(ClientRequest request, String secretHash) {
        List<String> mandates = request.mandates() == null ? List.of() : request.mandates().stream().distinct().toList();
        if (request.role() == ClientRole.OPERATOR && (request.pmoSiret() != null || !mandates.isEmpty())) {
            throw ApiException.badRequest("An operator client has no pmo_siret and no mandates");
        }
        if (request.role() == ClientRole.PMO && request.pmoSiret() == null) {
            throw ApiException.badRequest("A pmo client needs the pmo_siret of its PMO");
        }
        String clientId = request.clientId() != null
                ? request.clientId()
                : "acc-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return ApiClient.findById(clientId)
                .chain(existing -> {
                    if (existing != null) {
                        throw ApiException.conflict("client_exists", "Client " + clientId + " already exists");
                    }
                    return pmoId(request.pmoSiret());
                })
                .chain(pmoId -> {
                    ApiClient client = new ApiClient();
                    client.clientId = clientId;
                    client.secretHash = secretHash;
                    client.role = request.role();
                    client.pmoId = pmoId;
                    client.quotaPerSecond = request.quotaPerSecond();
                    client.quotaPerHour = request.quotaPerHour();
                    return client.persist();
                })
                .chain(() -> addMandates(clientId, mandates))
                .map(nothing -> new ClientView(clientId, null, request.role(), request.pmoSiret(), mandates,
                        request.quotaPerSecond(), request.quotaPerHour()));
    }

    @WithSession
    public Uni<List<ClientView>> list() {
        return ApiClient.<ApiClient>listAll(Sort.by("clientId"))
                .chain(clients -> Mandate.<Mandate>listAll().chain(mandates -> Pmo.<Pmo>listAll().map(pmos -> {
                    Map<Long, String> sirets = pmos.stream().collect(Collectors.toMap(p -> p.id, p -> p.siret));
                    Map<String, List<String>> byClient = mandates.stream().collect(Collectors.groupingBy(
                            m -> m.clientId, Collectors.mapping(m -> m.agreementId, Collectors.toList())));
                    return clients.stream().map(c -> new ClientView(c.clientId, null, c.role, sirets.get(c.pmoId),
                            byClient.getOrDefault(c.clientId, List.of()).stream().sorted().toList(),
                            c.quotaPerSecond, c.quotaPerHour)).toList();
                })));
    }

    /** Whether {@code clientId} has the form of a client id; no client exists under any other. */
    public static boolean isClientId(String clientId) {
        return clientId != null && CLIENT_ID_PATTERN.matcher(clientId).matches();
    }

    @WithTransaction
    public Uni<Void> delete(String clientId) {
        if (!isClientId(clientId)) {
            throw unknownClient(clientId);
        }
        return ApiClient.deleteById(clientId).map(deleted -> {
            if (!deleted) {
                throw unknownClient(clientId);
            }
            return null;
        });
    }

    @WithTransaction
    public Uni<Void> mandate(String clientId, String agreementId) {
        return pmoClient(clientId).chain(client -> addMandates(clientId, List.of(agreementId)));
    }

    @WithTransaction
    public Uni<Void> revokeMandate(String clientId, String agreementId) {
        return pmoClient(clientId)
                .chain(client -> Mandate.delete("clientId = ?1 and agreementId = ?2", clientId, agreementId))
                .map(deleted -> {
                    if (deleted == 0) {
                        throw ApiException.notFound("Client " + clientId + " has no mandate for " + agreementId);
                    }
                    return null;
                });
    }

    private static ClientView withSecret(ClientView view, String secret) {
        return new ClientView(view.clientId(), secret, view.role(), view.pmoSiret(), view.mandates(),
                view.quotaPerSecond(), view.quotaPerHour());
    }

    private static Uni<ApiClient> pmoClient(String clientId) {
        if (!isClientId(clientId)) {
            throw unknownClient(clientId);
        }
        return ApiClient.<ApiClient>findById(clientId).map(client -> {
            if (client == null) {
                throw unknownClient(clientId);
            }
            if (client.role != ClientRole.PMO) {
                throw ApiException.conflict("not_a_pmo_client", "Only pmo clients hold mandates");
            }
            return client;
        });
    }

    private static Uni<Long> pmoId(String siret) {
        if (siret == null) {
            return Uni.createFrom().nullItem();
        }
        return Pmo.findBySiret(siret).map(pmo -> {
            if (pmo == null) {
                throw ApiException.badRequest("No PMO with SIRET " + siret + " (PMOs are created with their agreements)");
            }
            return pmo.id;
        });
    }

    private static Uni<Void> addMandates(String clientId, List<String> agreementIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String agreementId : agreementIds) {
            chain = chain.chain(() -> Agreement.findById(agreementId))
                    .chain(agreement -> {
                        if (agreement == null) {
                            throw AgreementAccess.unknown(agreementId);
                        }
                        return Mandate.findById(new Mandate.Key(clientId, agreementId));
                    })
                    .chain(existing -> existing != null
                            ? Uni.createFrom().voidItem()
                            : Mandate.of(clientId, agreementId).persist().replaceWithVoid());
        }
        return chain;
    }

    private static ApiException unknownClient(String clientId) {
        return ApiException.notFound("No client " + clientId);
    }
}
