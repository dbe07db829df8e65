package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static fr.accdatahub.it.Clients.uniqueDigits;
import static fr.accdatahub.it.PackagedServiceResource.OPERATOR_ID;
import static fr.accdatahub.it.PackagedServiceResource.OPERATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.accdatahub.client.ApiClient;
import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.AgreementsApi;
import fr.accdatahub.client.api.EventsApi;
import fr.accdatahub.client.api.MeasuresApi;
import fr.accdatahub.client.api.Oauth2Api;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.api.RepartitionKeysApi;
import fr.accdatahub.client.api.RequestsApi;
import fr.accdatahub.client.api.SimulationsApi;
import fr.accdatahub.client.model.Agreement;
import fr.accdatahub.client.model.AgreementChange;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.AgreementStatus;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.AuditEntry;
import fr.accdatahub.client.model.Calculation;
import fr.accdatahub.client.model.CalculationRequest;
import fr.accdatahub.client.model.ChangeRequest;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.Clock;
import fr.accdatahub.client.model.Energy;
import fr.accdatahub.client.model.EnergyBlock;
import fr.accdatahub.client.model.Error;
import fr.accdatahub.client.model.EventType;
import fr.accdatahub.client.model.FaultKind;
import fr.accdatahub.client.model.FaultRequest;
import fr.accdatahub.client.model.FaultSwitch;
import fr.accdatahub.client.model.FiledRequest;
import fr.accdatahub.client.model.GenerationRequest;
import fr.accdatahub.client.model.GenerationRequestReference;
import fr.accdatahub.client.model.Indicators;
import fr.accdatahub.client.model.KeyStep;
import fr.accdatahub.client.model.KeyStrategy;
import fr.accdatahub.client.model.KeySubmission;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.KeyValue;
import fr.accdatahub.client.model.LoadCurve;
import fr.accdatahub.client.model.MandateHeld;
import fr.accdatahub.client.model.MandateScope;
import fr.accdatahub.client.model.MandateTerms;
import fr.accdatahub.client.model.NewParticipant;
import fr.accdatahub.client.model.Participant;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.Publication;
import fr.accdatahub.client.model.RawCurve;
import fr.accdatahub.client.model.RawCurves;
import fr.accdatahub.client.model.RawCurvesLoaded;
import fr.accdatahub.client.model.RawReading;
import fr.accdatahub.client.model.Reading;
import fr.accdatahub.client.model.Rejection;
import fr.accdatahub.client.model.Request;
import fr.accdatahub.client.model.RequestAnswer;
import fr.accdatahub.client.model.RequestStatus;
import fr.accdatahub.client.model.RequestType;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.client.model.RotatedSecret;
import fr.accdatahub.client.model.ScenarioMade;
import fr.accdatahub.client.model.ScenarioPublication;
import fr.accdatahub.client.model.ScenarioRequest;
import fr.accdatahub.client.model.SecretRotation;
import fr.accdatahub.client.model.Simulation;
import fr.accdatahub.client.model.SimulationRequest;
import fr.accdatahub.client.model.StatusVersion;
import fr.accdatahub.client.model.StepKeysInForce.SourceEnum;
import fr.accdatahub.client.model.StepKeysInForce;
import fr.accdatahub.client.model.StepReport;
import fr.accdatahub.client.model.StepStatus;
import fr.accdatahub.client.model.SubmissionReport;
import fr.accdatahub.client.model.WebhookEndpoint;
import fr.accdatahub.client.model.WebhookRegistration;
import fr.accdatahub.client.model.WebhookTest;
import fr.accdatahub.client.model.WorkbookRequests;
import fr.accdatahub.support.Receiver;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * A month of an operation as a mandataire's software lives it, through the Java client generated from
 * {@code openapi/acc-datahub.yaml} only, against the packaged service (the jar here; with {@code -Pnative}, the native
 * executable), calling every operation of the contract: the operator sets up an agreement of 3 consumers and a
 * producer and a client for its PMO; the PMO reads its agreements and perimeter, sends February 2025's keys (some
 * refused, in JSON and as an annex 5 file) and reads the reports and the keys in force; the operator loads the
 * meters' curves, runs February's calculation and takes its monthly package; the PMO reads the published curves and
 * energies; its token is revoked and its client deleted. A change of the contract that breaks generated clients (a
 * renamed field, type or operation, a field the service sends that the contract does not declare) fails here.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceResource.class)
class MandataireFlowIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final OffsetDateTime FEBRUARY = OffsetDateTime.of(2025, 2, 1, 0, 0, 0, 0, WINTER);
    private static final int STEPS = 28 * 96;
    /** Keys 50 / 30 / 20 %; steps 100 and 101 are sent with 20.01 (refused: 100.01 %). */
    private static final List<BigDecimal> KEYS = List.of(new BigDecimal("50"), new BigDecimal("30"),
            new BigDecimal("20"));
    private static final List<Integer> OVER_100 = List.of(100, 101);
    private static final int[] CONSUMPTION_W = {1_000, 2_000, 3_000};
    private static final int PRODUCTION_W = 6_000;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aMonthFromKeysToPublishedEnergies() throws ApiException, IOException, InterruptedException {
        OperatorApi operator = new OperatorApi(Clients.as(base, OPERATOR_ID, OPERATOR_SECRET));
        OffsetDateTime now = OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, WINTER);
        retrying(() -> operator.setClock(new Clock().now(now)));
        try {
            Duration sinceSet = Duration.between(now, retrying(operator::getClock).getNow());
            assertTrue(!sinceSet.isNegative() && sinceSet.toMinutes() < 1, "the set clock runs on: " + sinceSet);
            Operation operation = setUp(operator);
            String pmoToken = Clients.token(base, operation.pmoClient().getClientId(),
                    operation.pmoClient().getClientSecret());
            ApiClient pmo = Clients.bearer(base, pmoToken);
            readAgreementsAndPerimeter(pmo, operation);
            actForAnotherPmo(operator, new AgreementsApi(pmo), operation);
            askForAnEntry(operator, new RequestsApi(pmo), new AgreementsApi(pmo), operation);
            sendTheWorkbookBack(pmo, operation);
            List<String> submissions = sendKeys(new RepartitionKeysApi(pmo), operation);
            calculate(operator, operation, submissions);
            readPublishedMeasures(new MeasuresApi(pmo), operation);
            readVersionsAndEvents(new MeasuresApi(pmo), new EventsApi(pmo), operation);
            simulateAndGenerateKeys(new SimulationsApi(pmo), new MeasuresApi(pmo), new RepartitionKeysApi(pmo),
                    operation);
            testOnTheSandbox(operator, pmo, operation);
            readMonthlyPackage(operator, operation);
            actAsAMandataire(operator, pmo, operation);
            endAccess(operator, pmo, pmoToken, operation);
        } finally {
            retrying(operator::resetClock);
        }
    }

    @Test
    void requestsAreLoggedAsJsonWithTheirClientAndAgreement() throws ApiException, IOException {
        OperatorApi operator = new OperatorApi(Clients.as(base, OPERATOR_ID, OPERATOR_SECRET));
        ApiException notFound = assertThrows(ApiException.class, () -> retrying(() ->
                operator.listCalculations("ACC99999998")));
        assertEquals(404, notFound.getCode());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> requestLines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target", "quarkus.log"))) {
            if (line.contains("\"acc.requests\"")) {
                requestLines.add(json.readTree(line));
            }
        }
        assertFalse(requestLines.isEmpty(), "no request logged as JSON");
        for (JsonNode line : requestLines) {
            assertTrue(line.path("mdc").hasNonNull("client_id") && line.path("mdc").hasNonNull("agreement_id"),
                    "a request line without its client and agreement: " + line);
        }
        assertTrue(requestLines.stream().anyMatch(line -> line.path("mdc").path("client_id").asText()
                .equals(OPERATOR_ID) && line.path("mdc").path("agreement_id").asText().equals("ACC99999998")
                && line.path("message").asText().contains(" 404 ")), "the 404 is not logged: " + requestLines);
    }

    /**
     * The PMO asks for a participant's entry from 1 April (the clock says 3 March: the notice is kept), the operator
     * accepts it, and the perimeter of 1 April holds the participant with its master data.
     */
    private static void askForAnEntry(OperatorApi operator, RequestsApi requests, AgreementsApi agreements,
            Operation operation) throws ApiException {
        String newcomer = uniqueDigits('6');
        Request asked = retrying(() -> requests.submitRequest(operation.agreementId(), new ChangeRequest()
                .type(RequestType.PARTICIPANT_ENTRY).effectiveDate(LocalDate.of(2025, 4, 1))
                .participant(new NewParticipant().usagePointId(newcomer).role(Role.CONS).holderName("Mme Martin")
                        .address("12 rue des Tilleuls, 69003 Lyon"))));
        assertEquals(RequestStatus.PENDING, asked.getStatus());
        assertEquals(LocalDate.of(2025, 3, 10), asked.getAnswerDue());
        assertEquals(List.of(asked.getRequestId()), retrying(() -> requests.listRequests(operation.agreementId(),
                RequestStatus.PENDING, null, null)).getRequests().stream().map(Request::getRequestId).toList());
        assertTrue(retrying(() -> operator.listAllRequests(RequestStatus.PENDING, 0, 500)).getRequests().stream()
                .anyMatch(request -> request.getRequestId().equals(asked.getRequestId())));
        Request accepted = retrying(() -> operator.answerRequest(asked.getRequestId(),
                new RequestAnswer().decision(RequestAnswer.DecisionEnum.ACCEPTED)));
        assertEquals(RequestStatus.ACCEPTED, accepted.getStatus());
        assertEquals(RequestStatus.ACCEPTED, retrying(() -> requests.getRequest(operation.agreementId(),
                asked.getRequestId())).getStatus());
        Participant entered = retrying(() -> agreements.getPerimeter(operation.agreementId(), LocalDate.of(2025, 4,
                1))).getParticipants().stream().filter(p -> p.getUsagePointId().equals(newcomer)).findFirst()
                .orElseThrow();
        assertEquals("Mme Martin", entered.getHolderName());
        assertEquals(LocalDate.of(2025, 4, 1), entered.getStart());
    }

    /**
     * The PMO exports the annex 2 workbook of 1 April, strikes out a consumer's row and sends it back: that makes one
     * exit request, with no row since the row is gone. Java's native generated client writes a binary body as JSON
     * (its template serialises every non-string body), so the request interceptor sets the body again.
     */
    private static void sendTheWorkbookBack(ApiClient pmo, Operation operation)
            throws ApiException, IOException, InterruptedException {
        LocalDate april = LocalDate.of(2025, 4, 1);
        HttpRequest.Builder export = HttpRequest.newBuilder(URI.create(pmo.getBaseUri()
                + "/collective_self_consumption/v4/agreements/" + operation.agreementId() + "/perimeter?date=" + april))
                .header("Accept", XLSX);
        pmo.getRequestInterceptor().accept(export);
        HttpResponse<byte[]> exported = pmo.getHttpClient().send(export.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, exported.statusCode());
        assertEquals("attachment; filename=\"" + operation.agreementId() + "_20250401_ANNEXE 2.xlsx\"",
                exported.headers().firstValue("Content-Disposition").orElseThrow());
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(exported.body()))) {
            Sheet consumers = workbook.getSheet("Consommateurs");
            Row leaving = StreamSupport.stream(consumers.spliterator(), false)
                    .filter(row -> operation.consumers().get(0).equals(row.getCell(3).getStringCellValue()))
                    .findFirst().orElseThrow();
            consumers.removeRow(leaving);
            workbook.write(edited);
        }
        ApiClient uploading = Clients.anonymous(URI.create(pmo.getBaseUri()));
        uploading.setRequestInterceptor(pmo.getRequestInterceptor().andThen(request -> request.method("POST",
                HttpRequest.BodyPublishers.ofByteArray(edited.toByteArray()))));
        WorkbookRequests filed = retrying(() -> new RequestsApi(uploading).submitRequestWorkbook(
                operation.agreementId(), april, new File("annexe2.xlsx")));
        FiledRequest exit = filed.getRequests().get(0);
        assertEquals(1, filed.getRequests().size());
        assertEquals(RequestType.PARTICIPANT_EXIT, exit.getRequest().getType());
        assertNull(exit.getSheet(), "a participant left out has no row");
        assertNull(exit.getRow());
        assertEquals(RequestStatus.PENDING, exit.getRequest().getStatus());
    }

    /** What the operator made for the flow. */
    private record Operation(String agreementId, String otherAgreementId, List<String> consumers, String producer,
            Client pmoClient) {
    }

    private static Operation setUp(OperatorApi operator) throws ApiException {
        String siret = uniqueDigits('8');
        Agreement agreement = retrying(() -> operator.createAgreement(new AgreementCreation()
                .name("Résidence des Lilas").keyType(KeyType.DYNAMIC_SIMPLE).startDate(START)
                .pmo(new Pmo().name("PMO des Lilas").siret(siret))));
        assertEquals(AgreementStatus.SUSPENDED, agreement.getStatus());
        assertEquals(1, agreement.getAnniversaryDay());
        String id = agreement.getAgreementId();
        String prmBase = uniqueDigits('9').substring(0, 13);
        List<String> consumers = IntStream.range(0, 3).mapToObj(i -> prmBase + i).toList();
        String producer = prmBase + 9;
        for (int i = 0; i < consumers.size(); i++) {
            attach(operator, id, consumers.get(i), Role.CONS, "Foyer " + (i + 1));
        }
        attach(operator, id, producer, Role.PROD, "Toiture de l'école");
        Agreement active = retrying(() -> operator.changeAgreement(id,
                new AgreementChange().status(AgreementStatus.ACTIVE)));
        assertEquals(AgreementStatus.ACTIVE, active.getStatus());

        String other = retrying(() -> operator.createAgreement(new AgreementCreation().name("Another PMO's")
                .keyType(KeyType.DEFAULT).startDate(START)
                .pmo(new Pmo().name("Autre PMO").siret(uniqueDigits('7'))))).getAgreementId();
        String leaving = prmBase + 8;
        attach(operator, other, leaving, Role.CONS, "Foyer parti");
        assertEquals(LocalDate.of(2025, 3, 1), retrying(() -> operator.endParticipant(other, leaving, Role.CONS,
                LocalDate.of(2025, 3, 1))).getEnd());

        Client pmoClient = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO)
                .pmoSiret(siret).quotaPerSecond(20)));
        assertEquals(20, pmoClient.getQuotaPerSecond());
        Client listed = retrying(operator::listClients).getClients().stream()
                .filter(client -> client.getClientId().equals(pmoClient.getClientId())).findFirst().orElseThrow();
        assertEquals(siret, listed.getPmoSiret());
        assertNull(listed.getClientSecret(), "the secret is shown once, when the client is created");
        return new Operation(id, other, consumers, producer, pmoClient);
    }

    private static void attach(OperatorApi operator, String agreementId, String prm, Role role, String name)
            throws ApiException {
        Participant participant = retrying(() -> operator.attachParticipant(agreementId, prm, role,
                new Attachment().start(START).name(name)));
        assertEquals(prm, participant.getUsagePointId());
    }

    /** The PMO sees its agreement and its perimeter, and nothing of another PMO's. */
    private static void readAgreementsAndPerimeter(ApiClient pmo, Operation operation) throws ApiException {
        AgreementsApi agreements = new AgreementsApi(pmo);
        assertEquals(List.of(operation.agreementId()), retrying(agreements::listAgreements).getAgreements()
                .stream().map(Agreement::getAgreementId).toList());
        Agreement agreement = retrying(() -> agreements.getAgreement(operation.agreementId(), null));
        assertEquals("Résidence des Lilas", agreement.getName());
        assertEquals(List.of(AgreementStatus.ACTIVE), agreement.getStatusHistory().stream()
                .map(StatusVersion::getStatus).toList(), "active from the first day it held a producer and a consumer");
        assertEquals(AgreementStatus.ACTIVE, retrying(() -> agreements.getAgreement(operation.agreementId(),
                START)).getStatus());
        assertEquals(START, agreement.getKeyTypeHistory().get(0).getFrom());
        List<Participant> perimeter = retrying(() -> agreements.getPerimeter(operation.agreementId(),
                LocalDate.of(2025, 2, 15))).getParticipants();
        assertEquals(operation.consumers(), perimeter.stream().filter(p -> p.getRole() == Role.CONS)
                .map(Participant::getUsagePointId).sorted().toList());
        assertEquals(List.of(operation.producer()), perimeter.stream().filter(p -> p.getRole() == Role.PROD)
                .map(Participant::getUsagePointId).toList());

        ApiException hidden = assertThrows(ApiException.class,
                () -> agreements.getAgreement(operation.otherAgreementId(), null));
        assertEquals(404, hidden.getCode());
        assertEquals("not_found", error(pmo, hidden).getError());
    }

    /** A mandate lets the PMO's client act for another PMO's agreement, until it is removed. */
    private static void actForAnotherPmo(OperatorApi operator, AgreementsApi agreements, Operation operation)
            throws ApiException {
        String client = operation.pmoClient().getClientId();
        Clients.perform(() -> operator.addMandate(client, operation.otherAgreementId(), null));
        assertEquals("Another PMO's", retrying(() -> agreements.getAgreement(operation.otherAgreementId(), null)).getName());
        assertEquals(2, retrying(agreements::listAgreements).getAgreements().size());
        Clients.perform(() -> operator.removeMandate(client, operation.otherAgreementId()));
        assertEquals(404, assertThrows(ApiException.class,
                () -> agreements.getAgreement(operation.otherAgreementId(), null)).getCode());
    }

    /**
     * February's keys and a late step of January, in one submission; the report names each refusal. Then the last two
     * steps again, as the annex 5 file. Returns the two submissions' ids.
     */
    private static List<String> sendKeys(RepartitionKeysApi keys, Operation operation) throws ApiException {
        List<KeyStep> steps = new ArrayList<>();
        steps.add(step(operation, FEBRUARY.minusMinutes(15), KEYS));
        for (int i = 0; i < STEPS; i++) {
            List<BigDecimal> coefficients = OVER_100.contains(i)
                    ? List.of(KEYS.get(0), KEYS.get(1), new BigDecimal("20.01")) : KEYS;
            steps.add(step(operation, FEBRUARY.plusMinutes(15L * i), coefficients));
        }
        KeySubmission submission = new KeySubmission().keyType(KeySubmission.KeyTypeEnum.DYNAMIC_SIMPLE)
                .steps(steps);
        SubmissionReport report = retrying(() -> keys.submitRepartitionKeys(operation.agreementId(), submission,
                "lilas-2025-02"));
        assertEquals(STEPS - OVER_100.size(), report.getAccepted());
        assertEquals(0, report.getPartiallyAccepted());
        assertEquals(1 + OVER_100.size(), report.getRejected());
        Map<OffsetDateTime, List<Rejection.CodeEnum>> refused = report.getSteps().stream()
                .filter(step -> step.getStatus() == StepStatus.REJECTED)
                .collect(Collectors.toMap(step -> step.getStart().toInstant().atOffset(WINTER),
                        step -> step.getRejections().stream().map(Rejection::getCode).toList()));
        assertEquals(Map.of(
                FEBRUARY.minusMinutes(15), List.of(Rejection.CodeEnum.DEADLINE_PASSED),
                FEBRUARY.plusMinutes(15L * 100), List.of(Rejection.CodeEnum.SUM_OVER_100),
                FEBRUARY.plusMinutes(15L * 101), List.of(Rejection.CodeEnum.SUM_OVER_100)), refused);

        String submissionId = report.getSubmissionId().toString();
        SubmissionReport replayed = retrying(() -> keys.submitRepartitionKeys(operation.agreementId(), submission,
                "lilas-2025-02"));
        assertEquals(submissionId, replayed.getSubmissionId().toString());
        SubmissionReport stored = retrying(() -> keys.getKeySubmission(operation.agreementId(),
                report.getSubmissionId()));
        assertEquals(report.getAccepted(), stored.getAccepted());
        assertEquals(report.getRejected(), stored.getRejected());
        assertKeysInForce(keys, operation, submissionId);

        List<String> consumers = operation.consumers();
        String file = "Horodate;" + String.join(";", consumers) + "\r\n"
                + "28/02/2025 23:30;50,00;30,00;20,00\r\n28/02/2025 23:45;50,00;30,00;20,00\r\n";
        String name = operation.agreementId() + "_15_28022025_28022025.txt";
        SubmissionReport fromFile = retrying(() -> keys.submitRepartitionKeyFile(operation.agreementId(), file, name,
                null, null, null));
        assertEquals(name, fromFile.getFileName());
        assertEquals(List.of(2, 3), fromFile.getSteps().stream().map(StepReport::getLine).toList());
        assertEquals(2, fromFile.getAccepted());
        assertEquals(2L, retrying(() -> keys.listKeySubmissions(operation.agreementId(), null, null)).getTotal());
        return List.of(submissionId, fromFile.getSubmissionId().toString());
    }

    /** Around the refused steps: the keys sent before them and after, the DEFAULT key on them. */
    private static void assertKeysInForce(RepartitionKeysApi keys, Operation operation, String submissionId)
            throws ApiException {
        OffsetDateTime from = FEBRUARY.plusMinutes(15L * (OVER_100.get(0) - 1));
        String start = from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String end = from.plusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        List<StepKeysInForce> steps = retrying(() -> keys.getRepartitionKeys(operation.agreementId(), start, end))
                .getSteps();
        assertEquals(List.of(SourceEnum.SUBMITTED, SourceEnum.DEFAULT, SourceEnum.DEFAULT, SourceEnum.SUBMITTED),
                steps.stream().map(StepKeysInForce::getSource).toList());
        assertEquals(submissionId, steps.get(0).getSubmissionId().toString());
        assertEquals(KEYS.stream().map(BigDecimal::stripTrailingZeros).toList(), steps.get(0).getKeys().stream()
                .map(KeyValue::getCoefficient).map(BigDecimal::stripTrailingZeros).toList());
    }

    private static KeyStep step(Operation operation, OffsetDateTime start, List<BigDecimal> coefficients) {
        List<KeyValue> values = new ArrayList<>();
        for (int j = 0; j < coefficients.size(); j++) {
            values.add(new KeyValue().usagePointId(operation.consumers().get(j)).coefficient(coefficients.get(j)));
        }
        return new KeyStep().start(start).keys(values);
    }

    /** The operator loads February's curves and computes the period with the keys accepted. */
    private static void calculate(OperatorApi operator, Operation operation, List<String> submissions)
            throws ApiException {
        List<RawCurve> curves = new ArrayList<>();
        for (int j = 0; j < operation.consumers().size(); j++) {
            curves.add(flat(operation.consumers().get(j), RawCurve.TypeEnum.CONS, CONSUMPTION_W[j]));
        }
        curves.add(flat(operation.producer(), RawCurve.TypeEnum.PROD, PRODUCTION_W));
        RawCurvesLoaded loaded = retrying(() -> operator.loadRawLoadCurves(operation.agreementId(),
                new RawCurves().curves(curves), null, null));
        assertEquals(List.of(STEPS, STEPS, STEPS, STEPS),
                loaded.getCurves().stream().map(curve -> curve.getReadings()).toList());

        Calculation calculation = retrying(() -> operator.runCalculation(operation.agreementId(),
                new CalculationRequest().periodStart(FEBRUARY.toLocalDate())));
        assertEquals(Calculation.StatusEnum.COMPLETED, calculation.getStatus());
        assertEquals(LocalDate.of(2025, 3, 1), calculation.getPeriodEnd());
        assertEquals(STEPS, calculation.getSteps());
        assertEquals(OVER_100.size(), calculation.getDefaultSteps());
        assertEquals(Set.copyOf(submissions), calculation.getSubmissions().stream().map(Object::toString)
                .collect(Collectors.toSet()));
        assertEquals(4 * STEPS, calculation.getMeasuredPoints());
        assertEquals(0, calculation.getEstimatedPoints());
        assertEquals(List.of(calculation.getCalculationId()), retrying(() -> operator.listCalculations(
                operation.agreementId())).getCalculations().stream().map(Calculation::getCalculationId).toList());
    }

    private static RawCurve flat(String prm, RawCurve.TypeEnum type, int watts) {
        List<RawReading> readings = IntStream.range(0, STEPS)
                .mapToObj(i -> new RawReading().start(FEBRUARY.plusMinutes(15L * i)).value(watts)).toList();
        return new RawCurve().usagePointId(prm).type(type).intervalReading(readings);
    }

    /**
     * With keys 50 / 30 / 20, the producer's 6,000 W give the consumers 3,000 / 1,800 / 1,200 W: the first consumer
     * keeps 1,000 W, the surplus is 2,000 W. The two refused steps use the DEFAULT key (prorata of consumption), which
     * covers every consumption exactly.
     */
    private static void readPublishedMeasures(MeasuresApi measures, Operation operation) throws ApiException {
        String id = operation.agreementId();
        String second = operation.consumers().get(1);
        List<LoadCurve> curves = retrying(() -> measures.getDefinitiveLoadCurves(id, "2025-02-01", "2025-03-01",
                "autocons,complement", second)).getCurves();
        assertEquals(List.of(LoadCurve.TypeEnum.AUTOCONS, LoadCurve.TypeEnum.COMPLEMENT),
                curves.stream().map(LoadCurve::getType).sorted().toList());
        for (LoadCurve curve : curves) {
            List<Reading> readings = curve.getIntervalReading();
            assertEquals(STEPS, readings.size());
            boolean autocons = curve.getType() == LoadCurve.TypeEnum.AUTOCONS;
            for (int i = 0; i < STEPS; i++) {
                long expected = OVER_100.contains(i) ? (autocons ? 2_000 : 0) : (autocons ? 1_800 : 200);
                assertEquals(expected, readings.get(i).getValue(), curve.getType() + " at step " + i);
            }
        }

        Energy consumer = retrying(() -> measures.getConsumerEnergy(id, second, "2025-02-01", "2025-03-01", null));
        assertKwh("1344.00", consumer.getQuantities(), EnergyBlock.TypeEnum.CONS);
        assertKwh("1209.70", consumer.getQuantities(), EnergyBlock.TypeEnum.AUTOCONS);
        assertKwh("134.30", consumer.getQuantities(), EnergyBlock.TypeEnum.COMPLEMENT);
        assertEquals(List.of(operation.producer()), consumer.getByProducer().stream()
                .map(detail -> detail.getUsagePointId()).toList());
        assertKwh("1209.70", consumer.getByProducer().get(0).getQuantities(), EnergyBlock.TypeEnum.AUTOCONS);

        Energy producer = retrying(() -> measures.getProducerEnergy(id, operation.producer(), "2025-02-01",
                "2025-03-01", null));
        assertKwh("4032.00", producer.getQuantities(), EnergyBlock.TypeEnum.PROD);
        assertKwh("2689.00", producer.getQuantities(), EnergyBlock.TypeEnum.AUTOPROD);
        assertKwh("1343.00", producer.getQuantities(), EnergyBlock.TypeEnum.SURPLUS);

        Indicators indicators = retrying(() -> measures.getIndicators(id, "2025-02-01", "2025-03-01"));
        assertDecimal("4032", indicators.getConsumption());
        assertDecimal("4032", indicators.getProduction());
        assertDecimal("2689", indicators.getAutoconsumption());
        assertDecimal("1343", indicators.getComplement());
        assertDecimal("1343", indicators.getSurplus());
    }

    /**
     * February computed on 3 March, before its key deadline (end of 6 March): a provisional version 1, due by 8 March,
     * announced in the PMO's events; the PMO's copy of the monthly package.
     */
    private static void readVersionsAndEvents(MeasuresApi measures, EventsApi events, Operation operation)
            throws ApiException, IOException {
        String id = operation.agreementId();
        List<Publication> versions = retrying(() -> measures.listPublications(id)).getPublications();
        assertEquals(1, versions.size());
        Publication february = versions.get(0);
        assertEquals(1, february.getVersion());
        assertEquals(Publication.StatusEnum.PROVISIONAL, february.getStatus());
        assertEquals(LocalDate.of(2025, 3, 8), february.getDueBy());
        assertEquals(february.getCalculationId(), retrying(() -> measures.getPublication(id,
                february.getCalculationId())).getCalculationId());
        List<String> types = retrying(() -> events.listEvents(null, 1000)).getEvents().stream()
                .filter(event -> id.equals(event.getAgreementId()))
                .map(event -> event.getType().getValue()).toList();
        assertTrue(types.contains("publication.published") && types.contains("repartition_keys.judged"),
                "the PMO's events: " + types);
        receiveATestWebhook(events);
        File zip = retrying(() -> measures.getPmoMonthlyPackage(id, FEBRUARY.toLocalDate()));
        try {
            assertTrue(zip.length() > 0, "the PMO's copy of the package");
        } finally {
            Files.deleteIfExists(zip.toPath());
        }
    }

    /**
     * February simulated with the keys in force gives the published numbers; March's keys, made by OPTIMAL from
     * February's curves, are accepted at every step when sent back.
     */
    private static void simulateAndGenerateKeys(SimulationsApi simulations, MeasuresApi measures,
            RepartitionKeysApi keys, Operation operation) throws ApiException {
        String id = operation.agreementId();
        Simulation simulated = retrying(() -> simulations.simulate(id, new SimulationRequest()
                .start(FEBRUARY.toLocalDate()).end(LocalDate.of(2025, 3, 1))
                .keys(new KeyStrategy().strategy(KeyStrategy.StrategyEnum.SUBMITTED)), false));
        Indicators published = retrying(() -> measures.getIndicators(id, "2025-02-01", "2025-03-01"));
        assertEquals(published.getAutoconsumption(), simulated.getIndicators().getAutoconsumption());
        assertEquals(published.getSurplus(), simulated.getIndicators().getSurplus());
        assertEquals(0, simulated.getComparedWithPublished().getAutoconsumption().signum());
        KeySubmission march = retrying(() -> simulations.generateKeys(id, new GenerationRequest()
                .start(LocalDate.of(2025, 3, 1)).end(LocalDate.of(2025, 4, 1))
                .keys(new KeyStrategy().strategy(KeyStrategy.StrategyEnum.OPTIMAL))
                .reference(new GenerationRequestReference().start(FEBRUARY.toLocalDate()))));
        assertEquals(31 * 96 - 4, march.getSteps().size(), "every step of March (its last Sunday has 92)");
        SubmissionReport report = retrying(() -> keys.submitRepartitionKeys(id, march, "lilas-2025-03"));
        assertEquals(march.getSteps().size(), report.getAccepted());
        assertEquals(0, report.getRejected());
    }

    /** The PMO's webhook endpoint: registered with its secret, tried with a signed test message, removed. */
    private static void receiveATestWebhook(EventsApi events) throws ApiException {
        try (Receiver receiver = Receiver.start()) {
            WebhookEndpoint endpoint = retrying(() -> events.registerWebhook(new WebhookRegistration()
                    .url(receiver.url()).eventTypes(List.of(EventType.PUBLICATION_PUBLISHED))));
            assertEquals(WebhookEndpoint.StatusEnum.ACTIVE, endpoint.getStatus());
            WebhookTest test = retrying(events::testWebhook);
            assertTrue(test.getDelivered());
            Receiver.Received received = receiver.next(Duration.ofSeconds(5));
            assertEquals(test.getWebhookId(), received.id());
            assertTrue(received.signedWith(endpoint.getSecret()));
            assertNull(retrying(events::getWebhook).getSecret(), "the secret is shown once");
            assertTrue(retrying(() -> events.listWebhookDeliveries(null, 10)).getDeliveries().isEmpty());
            Clients.perform(events::deleteWebhook);
        }
    }

    /** The annex 6 files of the month, as the operator sends them: the second consumer's autoconsumption by class. */
    /**
     * A mandataire of its own acts for two PMOs: it submits for the first (read and submit) and only reads the second
     * (read); the first PMO sees its mandate and, in the audit trail, its submission; its secret is rotated.
     */
    private void actAsAMandataire(OperatorApi operator, ApiClient pmo, Operation operation) throws ApiException {
        Client created = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.MANDATAIRE)
                .name("Énergie Partagée Services").siret(uniqueDigits('6')).contact("support@eps.example")));
        String id = created.getClientId();
        LocalDate from = LocalDate.of(2025, 3, 1);
        Clients.perform(() -> operator.addMandate(id, operation.agreementId(), new MandateTerms().from(from)));
        Clients.perform(() -> operator.addMandate(id, operation.otherAgreementId(), new MandateTerms().from(from)
                .to(LocalDate.of(2026, 1, 1)).scopes(List.of(MandateScope.READ))));
        ApiClient mandataire = Clients.bearer(base, Clients.token(base, id, created.getClientSecret()));
        assertEquals(Set.of(operation.agreementId(), operation.otherAgreementId()),
                retrying(new AgreementsApi(mandataire)::listAgreements).getAgreements().stream()
                        .map(Agreement::getAgreementId).collect(Collectors.toSet()));
        KeySubmission step = new KeySubmission().keyType(KeySubmission.KeyTypeEnum.DYNAMIC_SIMPLE)
                .steps(List.of(step(operation, FEBRUARY, KEYS)));
        RepartitionKeysApi keys = new RepartitionKeysApi(mandataire);
        assertEquals(1, retrying(() -> keys.submitRepartitionKeys(operation.agreementId(), step, null)).getAccepted());
        ApiException readOnly = assertThrows(ApiException.class,
                () -> keys.submitRepartitionKeys(operation.otherAgreementId(), step, null));
        assertEquals(403, readOnly.getCode());
        assertEquals("access_denied", error(mandataire, readOnly).getError());
        assertFalse(retrying(() -> new AgreementsApi(mandataire).getPerimeter(operation.otherAgreementId(), null))
                .getParticipants().isEmpty());

        AgreementsApi pmoAgreements = new AgreementsApi(pmo);
        MandateHeld held = retrying(() -> pmoAgreements.listAgreementMandates(operation.agreementId())).getMandates()
                .stream().filter(mandate -> mandate.getClientId().equals(id)).findFirst().orElseThrow();
        assertEquals(List.of(MandateScope.READ, MandateScope.SUBMIT), held.getScopes());
        assertEquals(from, held.getFrom());
        List<AuditEntry> trail = retrying(() -> pmoAgreements.getAuditTrail(operation.agreementId(), START,
                LocalDate.of(2026, 1, 1), null, null)).getEntries();
        AuditEntry submitted = trail.stream().filter(entry -> entry.getClientId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the mandataire's submission is not in " + trail));
        assertEquals(ClientRole.MANDATAIRE, submitted.getClientKind());
        assertEquals(AuditEntry.OutcomeEnum.DONE, submitted.getOutcome());

        RotatedSecret rotated = retrying(() -> operator.rotateClientSecret(id, new SecretRotation()
                .previousValidUntil(OffsetDateTime.now().plusHours(1))));
        Clients.token(base, id, created.getClientSecret());
        Clients.token(base, id, rotated.getClientSecret());
    }

    /** The sandbox as a test bench: a scenario made for the PMO and read back, then a fault switch it meets. */
    private static void testOnTheSandbox(OperatorApi operator, ApiClient pmo, Operation operation)
            throws ApiException {
        assertTrue(retrying(operator::listScenarios).getScenarios().stream()
                .anyMatch(scenario -> scenario.getName().equals("step-switch")));
        String client = operation.pmoClient().getClientId();
        ScenarioMade made = retrying(() -> operator.makeScenario("step-switch", new ScenarioRequest().clientId(client)));
        assertEquals(List.of(1, 1), made.getPublications().stream().map(ScenarioPublication::getVersion)
                .toList());
        Energy energy = retrying(() -> new MeasuresApi(pmo).getConsumerEnergy(made.getAgreementId(),
                made.getConsumers().getFirst(), "2024-09-15", "2024-10-15", "autocons"));
        assertKwh("360.00", energy.getQuantities(), EnergyBlock.TypeEnum.AUTOCONS);
        Clients.perform(() -> operator.removeScenario(made.getAgreementId()));

        retrying(() -> operator.setFault(new FaultRequest().clientId(client).kind(FaultKind.TECHNICAL_ERROR)
                .duration("PT1M")));
        assertEquals(List.of(FaultKind.TECHNICAL_ERROR), retrying(operator::listFaults).getFaults().stream()
                .map(FaultSwitch::getKind).toList());
        ApiException injected = assertThrows(ApiException.class, () -> new AgreementsApi(pmo).listAgreements());
        assertEquals(500, injected.getCode());
        assertEquals("technical_error", error(pmo, injected).getError());
        assertEquals(List.of("true"), injected.getResponseHeaders().map().get("x-fault-injected"));
        Clients.perform(operator::clearFaults);
    }

    private static void readMonthlyPackage(OperatorApi operator, Operation operation) throws ApiException, IOException {
        File zip = retrying(() -> operator.getMonthlyPackage(operation.agreementId(), FEBRUARY.toLocalDate()));
        String energy = operation.consumers().get(1) + "_01022025_28022025_Autoconso_ENERGIE.csv";
        try (ZipFile entries = new ZipFile(zip)) {
            ZipEntry entry = entries.getEntry(energy);
            assertNotNull(entry, energy + " in the package");
            BigDecimal total = BigDecimal.ZERO;
            for (String line : new String(entries.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n")) {
                total = total.add(new BigDecimal(line.split(";")[1].replace(',', '.')));
            }
            assertDecimal("1209.70", total);
        } finally {
            Files.deleteIfExists(zip.toPath());
        }
    }

    /** A revoked token is refused; a deleted client gets no more tokens. */
    private void endAccess(OperatorApi operator, ApiClient pmo, String pmoToken, Operation operation)
            throws ApiException {
        Clients.perform(() -> new Oauth2Api(Clients.anonymous(base)).revokeToken(pmoToken));
        ApiException revoked = assertThrows(ApiException.class, () -> new AgreementsApi(pmo).listAgreements());
        assertEquals(401, revoked.getCode());
        assertEquals("invalid_token", error(pmo, revoked).getError());
        Clients.perform(() -> operator.deleteClient(operation.pmoClient().getClientId()));
        ApiException deleted = assertThrows(ApiException.class, () -> Clients.token(base,
                operation.pmoClient().getClientId(), operation.pmoClient().getClientSecret()));
        assertEquals(401, deleted.getCode());
        assertEquals("invalid_client", error(pmo, deleted).getError());
    }

    private static void assertKwh(String expected, List<EnergyBlock> blocks, EnergyBlock.TypeEnum type) {
        EnergyBlock block = blocks.stream()
                .filter(b -> b.getType() == type && b.getCalendarType() == EnergyBlock.CalendarTypeEnum.DISTRIB)
                .findFirst().orElseThrow(() -> new AssertionError("no DISTRIB " + type + " in " + blocks));
        assertDecimal(expected, block.getTotal());
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " expected, got " + actual);
    }

    private static Error error(ApiClient client, ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Error.class);
        } catch (IOException unreadable) {
            throw new AssertionError("not the error format: " + e.getResponseBody(), unreadable);
        }
    }

}
