package fr.accdatahub.auth;

import fr.accdatahub.agreement.AgreementService;
import fr.accdatahub.auth.api.ClientRequest;
import fr.accdatahub.auth.api.ClientView;
import fr.accdatahub.auth.api.RotatedSecret;
import fr.accdatahub.auth.domain.ClientId;
import fr.accdatahub.auth.domain.Mandate;
import fr.accdatahub.auth.store.ClientEntity;
import fr.accdatahub.auth.store.ClientRepository;
import fr.accdatahub.auth.store.MandateEntity;
import fr.accdatahub.auth.store.MandateRepository;
import fr.accdatahub.auth.store.MandateStore;
import fr.accdatahub.calendar.Paris;
import fr.accdatahub.failure.Conflict;
import fr.accdatahub.failure.InvalidRequest;
import fr.accdatahub.failure.NotFound;
import fr.accdatahub.identity.Caller;
import fr.accdatahub.identity.ClientRole;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The operator's management of API clients, their mandates and secrets. */
@ApplicationScoped
public class ClientAdministration {

    /** The longest a rotated secret keeps working beside the new one. */
    public static final Duration LONGEST_OVERLAP = Duration.ofDays(30);

    private final SecretHasher hasher;
    private final ClientRepository clients;
    private final MandateRepository mandates;
    private final AgreementService agreements;
    private final MandateStore mandateStore;

    public ClientAdministration(SecretHasher hasher, ClientRepository clients, MandateRepository mandates,
            AgreementService agreements, MandateStore mandateStore) {
        this.hasher = hasher;
        this.clients = clients;
        this.mandates = mandates;
        this.agreements = agreements;
        this.mandateStore = mandateStore;
    }

    /** Creates a client with a new random secret, shown in this answer only. */
    public Uni<ClientView> create(ClientRequest request) {
        String secret = SecretHasher.newSecret();
        return hasher.hashOffLoop(secret).chain(hash -> create(request, hash)).map(view -> view.withSecret(secret));
    }

    /** Creates a client with a given secret (sandbox demo clients, the operator's bootstrap client). */
    public Uni<ClientView> createWithSecret(ClientRequest request, String secret) {
        return hasher.hashOffLoop(secret).chain(hash -> create(request, hash));
    }

    /** Creates the client unless one exists with its id (the operator's bootstrap client, at every start). */
    @WithSession
    public Uni<Boolean> createUnlessExists(ClientRequest request, String secret) {
        return clients.findById(request.clientId()).chain(existing -> existing != null
                ? Uni.createFrom().item(false)
                : createWithSecret(request, secret).replaceWith(true));
    }

    @WithTransaction
    Uni<ClientView> create(ClientRequest request, String secretHash) {
        List<String> mandated = request.mandates() == null ? List.of() : request.mandates().stream().distinct().toList();
        if (request.role() == ClientRole.OPERATOR && (request.pmoSiret() != null || !mandated.isEmpty())) {
            throw new InvalidRequest("An operator client has no pmo_siret and no mandates");
        }
        if (request.role() == ClientRole.PMO && request.pmoSiret() == null) {
            throw new InvalidRequest("A pmo client needs the pmo_siret of its PMO");
        }
        boolean mandataire = request.role() == ClientRole.MANDATAIRE;
        if (mandataire && (request.name() == null || request.siret() == null || request.pmoSiret() != null)) {
            throw new InvalidRequest("A mandataire client has its own name and siret (and no pmo_siret)");
        }
        if (!mandataire && (request.name() != null || request.siret() != null || request.contact() != null)) {
            throw new InvalidRequest("name, siret and contact are a mandataire client's");
        }
        String clientId = request.clientId() != null
                ? request.clientId()
                : "acc-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return clients.findById(clientId)
                .chain(existing -> {
                    if (existing != null) {
                        throw new Conflict("client_exists", "Client " + clientId + " already exists");
                    }
                    return pmoId(request.pmoSiret());
                })
                .chain(pmoId -> {
                    ClientEntity client = new ClientEntity();
                    client.clientId = clientId;
                    client.secretHash = secretHash;
                    client.role = request.role();
                    client.pmoId = pmoId;
                    client.quotaPerSecond = request.quotaPerSecond();
                    client.quotaPerHour = request.quotaPerHour();
                    client.name = request.name();
                    client.siret = request.siret();
                    client.contact = request.contact();
                    return clients.persist(client);
                })
                .chain(() -> addMandates(clientId, mandated))
                .map(nothing -> new ClientView(clientId, null, request.role(), request.pmoSiret(), mandated,
                        request.quotaPerSecond(), request.quotaPerHour(), request.name(), request.siret(),
                        request.contact()));
    }

    @WithSession
    public Uni<List<ClientView>> list() {
        return clients.listAll(Sort.by("clientId"))
                .chain(all -> mandates.listAll().chain(every -> agreements.pmoSirets().map(sirets -> {
                    Map<String, List<String>> byClient = every.stream().collect(Collectors.groupingBy(
                            m -> m.clientId, Collectors.mapping(m -> m.agreementId, Collectors.toList())));
                    return all.stream().map(c -> new ClientView(c.clientId, null, c.role, sirets.get(c.pmoId),
                            byClient.getOrDefault(c.clientId, List.of()).stream().sorted().toList(),
                            c.quotaPerSecond, c.quotaPerHour, c.name, c.siret, c.contact)).toList();
                })));
    }

    @WithTransaction
    public Uni<Void> delete(String clientId) {
        if (!ClientId.isClientId(clientId)) {
            throw unknownClient(clientId);
        }
        return clients.deleteById(clientId).map(deleted -> {
            if (!deleted) {
                throw unknownClient(clientId);
            }
            return null;
        });
    }

    /** Sets the client's mandate for the agreement (replacing the one it has), with its dates and scopes. */
    @WithTransaction
    public Uni<Void> mandate(String clientId, Mandate mandate) {
        return pmoClient(clientId).chain(client -> agreements.requireExists(mandate.agreementId())
                        .chain(() -> agreements.ownedBy(client.pmoId, mandate.agreementId())))
                .chain(own -> {
                    if (own) {
                        throw new Conflict("mandate_on_own_agreement", "Client " + clientId + " acts for "
                                + mandate.agreementId() + " as its PMO's own client: a mandate would only narrow it");
                    }
                    return mandateStore.put(clientId, mandate);
                });
    }

    /** The mandates on an agreement, for its PMO's own clients and the operator (403 through a mandate). */
    public Uni<List<MandateStore.Held>> mandatesOn(Caller caller, String agreementId) {
        return agreements.requireOwn(caller, agreementId).chain(() -> mandateStore.ofAgreement(agreementId));
    }

    /**
     * Issues a new secret, shown once; the previous one keeps working until {@code previousValidUntil} (real time, at
     * most {@link #LONGEST_OVERLAP} ahead; now or earlier stops it at once).
     */
    @WithTransaction
    public Uni<RotatedSecret> rotateSecret(String clientId, Instant previousValidUntil) {
        if (previousValidUntil == null || previousValidUntil.isAfter(Instant.now().plus(LONGEST_OVERLAP))) {
            throw new InvalidRequest("previous_valid_until: required, an instant at most 30 days ahead");
        }
        String secret = SecretHasher.newSecret();
        return existing(clientId).chain(client -> hasher.hashOffLoop(secret).map(hash -> {
            client.previousSecretHash = client.secretHash;
            client.previousValidUntil = previousValidUntil.atOffset(ZoneOffset.UTC);
            client.secretHash = hash;
            return client;
        })).map(client -> new RotatedSecret(client.clientId, secret, Paris.local(previousValidUntil)));
    }

    @WithTransaction
    public Uni<Void> revokeMandate(String clientId, String agreementId) {
        return pmoClient(clientId)
                .chain(client -> mandates.deleteMandate(clientId, agreementId))
                .map(deleted -> {
                    if (deleted == 0) {
                        throw new NotFound("Client " + clientId + " has no mandate for " + agreementId);
                    }
                    return null;
                });
    }

    private Uni<ClientEntity> pmoClient(String clientId) {
        return existing(clientId).map(client -> {
            if (client.role == ClientRole.OPERATOR) {
                throw new Conflict("not_a_pmo_client", "Only pmo and mandataire clients hold mandates");
            }
            return client;
        });
    }

    private Uni<ClientEntity> existing(String clientId) {
        if (!ClientId.isClientId(clientId)) {
            throw unknownClient(clientId);
        }
        return clients.findById(clientId).map(client -> {
            if (client == null) {
                throw unknownClient(clientId);
            }
            return client;
        });
    }

    private Uni<Long> pmoId(String siret) {
        if (siret == null) {
            return Uni.createFrom().nullItem();
        }
        return agreements.pmoId(siret).map(pmoId -> {
            if (pmoId == null) {
                throw new InvalidRequest("No PMO with SIRET " + siret + " (PMOs are created with their agreements)");
            }
            return pmoId;
        });
    }

    private Uni<Void> addMandates(String clientId, List<String> agreementIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String agreementId : agreementIds) {
            chain = chain.chain(() -> agreements.requireExists(agreementId))
                    .chain(() -> mandates.findById(new MandateEntity.Key(clientId, agreementId)))
                    .chain(existing -> existing != null
                            ? Uni.createFrom().voidItem()
                            : mandates.persist(MandateEntity.of(clientId, agreementId)).replaceWithVoid());
        }
        return chain;
    }

    private static NotFound unknownClient(String clientId) {
        return new NotFound("No client " + clientId);
    }
}
