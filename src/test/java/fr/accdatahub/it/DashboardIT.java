package fr.accdatahub.it;

import static fr.accdatahub.it.Clients.retrying;
import static fr.accdatahub.it.Clients.uniqueDigits;
import static fr.accdatahub.it.PackagedServiceResource.OPERATOR_ID;
import static fr.accdatahub.it.PackagedServiceResource.OPERATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.accdatahub.client.ApiClient;
import fr.accdatahub.client.ApiException;
import fr.accdatahub.client.api.DashboardApi;
import fr.accdatahub.client.api.MeasuresApi;
import fr.accdatahub.client.api.OperatorApi;
import fr.accdatahub.client.api.RepartitionKeysApi;
import fr.accdatahub.client.api.RequestsApi;
import fr.accdatahub.client.api.SimulationsApi;
import fr.accdatahub.client.model.AgreementChange;
import fr.accdatahub.client.model.AgreementCreation;
import fr.accdatahub.client.model.AgreementStatus;
import fr.accdatahub.client.model.Attachment;
import fr.accdatahub.client.model.CalculationRequest;
import fr.accdatahub.client.model.ChangeRequest;
import fr.accdatahub.client.model.Client;
import fr.accdatahub.client.model.ClientCreation;
import fr.accdatahub.client.model.ClientRole;
import fr.accdatahub.client.model.Clock;
import fr.accdatahub.client.model.DashboardSettings;
import fr.accdatahub.client.model.EnergyBlock;
import fr.accdatahub.client.model.Indicators;
import fr.accdatahub.client.model.KeyStep;
import fr.accdatahub.client.model.KeyStrategy;
import fr.accdatahub.client.model.KeySubmission;
import fr.accdatahub.client.model.KeyType;
import fr.accdatahub.client.model.KeyValue;
import fr.accdatahub.client.model.NewParticipant;
import fr.accdatahub.client.model.Pmo;
import fr.accdatahub.client.model.RawCurve;
import fr.accdatahub.client.model.RawCurves;
import fr.accdatahub.client.model.RawReading;
import fr.accdatahub.client.model.RequestType;
import fr.accdatahub.client.model.Role;
import fr.accdatahub.client.model.SimulationRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard ({@code /ui}) in Debian's headless Chromium against the packaged service: a PMO's staff signs in
 * with the keyboard, opens every page of its operation of February 2025 (3 consumers and a producer, two refused key
 * steps, a missing meter reading, a pending request and one refused for short notice) and sees the API's own numbers,
 * drawn charts, no console error or failed request, no WCAG level A violation; another PMO's agreement stays hidden; a 200-consumer operation's month is
 * drawn and its time reported. Screenshots go to {@code target/dashboard}. Skipped, saying so, without Chromium.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceResource.class)
class DashboardIT {

    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final OffsetDateTime FEBRUARY = OffsetDateTime.of(2025, 2, 1, 0, 0, 0, 0, WINTER);
    private static final int STEPS = 28 * 96;
    /** Steps 100 and 101 (2 February, 01:00 and 01:15) are sent over 100 %. */
    private static final List<Integer> REFUSED = List.of(100, 101);
    private static final int LARGE = 200;

    @TestHTTPResource("/")
    URI base;

    /** What the operator made for the suite. */
    private record Operation(String agreementId, List<String> consumers, String producer, String largeId,
            String otherId, Client dashboardClient) {
    }

    @Test
    void aPmoReadsItsOperationInTheBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Skipped: no Chromium here (" + Browser.CHROMIUM + " and "
                + Browser.CHROMEDRIVER + ", Debian's packages chromium and chromium-driver; .ci/run installs them)");
        ApiClient operatorClient = Clients.as(base, OPERATOR_ID, OPERATOR_SECRET);
        OperatorApi operator = new OperatorApi(operatorClient);
        retrying(() -> operator.setClock(new Clock().now(OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, WINTER))));
        try (Browser browser = Browser.open(base)) {
            Operation operation = setUp(operator, base);
            assertTheDashboardIsServedUnderAStrictPolicy();
            Map<String, List<String>> violations = new TreeMap<>();
            try {
                signInWithTheKeyboard(browser, operation, violations);
                readTheOperation(browser, operation, violations);
                readTheKeys(browser, operation, violations);
                readTheMeasures(browser, operatorClient, operation, violations);
                readTheActivityAndSimulate(browser, operatorClient, operation, violations);
                drawTwoHundredConsumers(browser, operation);
                neverSeeAnotherPmo(browser, operation);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("failure");
                throw e;
            }
            assertEquals(Map.of(), violations, "WCAG level A violations (axe-core) per page");
        } finally {
            retrying(operator::resetClock);
        }
    }

    private void assertTheDashboardIsServedUnderAStrictPolicy() throws IOException, InterruptedException,
            ApiException {
        DashboardSettings settings = new DashboardApi(Clients.anonymous(base)).getDashboardSettings();
        assertTrue(settings.getSandbox());
        assertEquals(List.of(), settings.getDemoClients(), "no demo clients offered where the demo was not seeded");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> address = http.send(HttpRequest.newBuilder(base.resolve("ui")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, address.statusCode());
        assertEquals("/ui/", URI.create(address.headers().firstValue("Location").orElseThrow()).getPath());
        String policy = http.send(HttpRequest.newBuilder(base.resolve("ui/")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive), policy);
        }
        assertFalse(policy.contains("unsafe-inline"), policy);
    }

    private static void signInWithTheKeyboard(Browser browser, Operation operation,
            Map<String, List<String>> violations) throws IOException {
        browser.go("ui", "form.sign-in");
        WebElement first = browser.all("input").get(0);
        assertEquals("text", first.getAttribute("type"), "the client id is the page's first input");
        assertEquals("password", browser.all("input").get(1).getAttribute("type"));
        check(browser, "sign-in", violations);
        for (int tab = 0; tab < 6 && !"client-id".equals(browser.focused().getAttribute("id")); tab++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        assertEquals("client-id", browser.focused().getAttribute("id"), "the client id is reached with Tab");
        Client client = operation.dashboardClient();
        browser.focused().sendKeys(client.getClientId(), Keys.TAB);
        browser.focused().sendKeys(client.getClientSecret(), Keys.ENTER);
        browser.await("a.agreement-link");
        assertEquals(List.of(operation.agreementId(), operation.largeId()), browser.all("a.agreement-link").stream()
                .map(WebElement::getText).sorted().toList());
        assertFalse(browser.main().getText().contains(operation.otherId()));
        assertEquals(Boolean.TRUE, browser.script("return sessionStorage.getItem('acc-datahub.token') !== null"
                + " && document.cookie === '' && !location.href.includes('eyJ')"), "the token is in session storage only");
        check(browser, "agreements", violations);
    }

    private static void readTheOperation(Browser browser, Operation operation, Map<String, List<String>> violations)
            throws IOException {
        browser.all("a.agreement-link").stream().filter(link -> link.getText().equals(operation.agreementId()))
                .findFirst().orElseThrow().click();
        browser.await("svg.timeline");
        List<String> prms = browser.all("span.prm").stream().map(WebElement::getText).toList();
        assertTrue(prms.containsAll(operation.consumers()) && prms.contains(operation.producer()), prms.toString());
        assertEquals(4, browser.all("svg.timeline rect.attachment").size(), "a bar per attachment");
        browser.awaitText("dynamique simple");
        check(browser, "agreement", violations);
    }

    private static void readTheKeys(Browser browser, Operation operation, Map<String, List<String>> violations)
            throws IOException {
        browser.go("ui/#/agreements/" + operation.agreementId() + "/keys?month=2025-02-01",
                "button[data-day='2025-02-02']");
        assertTrue(browser.await("button[data-day='2025-02-01']").getText().contains("96 transmis"));
        WebElement second = browser.await("button[data-day='2025-02-02']");
        assertTrue(second.getText().contains("94 transmis") && second.getText().contains("2 par défaut")
                && second.getText().contains("2 refusés"), second.getText());
        second.sendKeys(Keys.ENTER);
        browser.await(".rejection-code");
        assertEquals(List.of("SUM_OVER_100", "SUM_OVER_100"), browser.all(".rejection-code").stream()
                .map(WebElement::getText).toList());
        check(browser, "keys", violations);
    }

    private static void readTheMeasures(Browser browser, ApiClient operator, Operation operation,
            Map<String, List<String>> violations) throws IOException, ApiException {
        String id = operation.agreementId();
        browser.go("ui/#/agreements/" + id + "/measures", "figure.chart + figure.chart");
        List<WebElement> charts = browser.all("figure.chart");
        for (WebElement chart : charts) {
            assertEquals("3", chart.getAttribute("data-series"));
            assertEquals(String.valueOf(STEPS), chart.getAttribute("data-points"));
            assertFalse(chart.findElements(By.cssSelector("canvas")).isEmpty(), "uPlot draws on a canvas");
        }
        Indicators published = retrying(() -> new MeasuresApi(operator).getIndicators(id,
                "2025-02-01", "2025-03-01"));
        assertShown(browser, "consumption", published.getConsumption());
        assertShown(browser, "production", published.getProduction());
        assertShown(browser, "autoconsumption", published.getAutoconsumption());
        assertShown(browser, "surplus", published.getSurplus());
        assertShown(browser, "complement", published.getComplement());
        assertShown(browser, "autoconsumption_rate", published.getAutoconsumptionRate().movePointRight(2));
        assertShown(browser, "autoproduction_rate", published.getAutoproductionRate().movePointRight(2));
        assertShown(browser, "coverage_rate", published.getCoverageRate().movePointRight(2));
        assertTrue(browser.await(".estimated-note").getText().startsWith("1 pas avec une valeur estimée"),
                "the one step whose reading was missing is marked");
        download(browser, "Indicateurs (xlsx)", id + "_01022025_28022025.xlsx");
        check(browser, "measures", violations);

        String consumer = operation.consumers().get(0);
        browser.go("ui/#/agreements/" + id + "/measures?period=2025-02-01&view=week&day=2025-02-03&prm=" + consumer
                + ":cons", "figure.chart");
        List<EnergyBlock> energies = retrying(() -> new MeasuresApi(operator).getConsumerEnergy(id,
                consumer, "2025-02-03", "2025-02-10", null)).getQuantities();
        BigDecimal consumed = energies.stream().filter(block -> block.getType() == EnergyBlock.TypeEnum.CONS)
                .findFirst().orElseThrow().getTotal();
        WebElement row = browser.all("table tr").stream().filter(tr -> tr.getText().startsWith("cons "))
                .findFirst().orElseThrow();
        assertEquals(0, consumed.compareTo(french(row.findElements(By.tagName("td")).get(1).getText())));
        assertEquals(String.valueOf(7 * 96), browser.await("figure.chart").getAttribute("data-points"), "a week of steps");
        download(browser, "CDC cons (csv)", consumer + "_03022025_09022025_Conso_CDC.csv");
        check(browser, "measures-participant", violations);
    }

    private static void readTheActivityAndSimulate(Browser browser, ApiClient operator, Operation operation,
            Map<String, List<String>> violations) throws IOException, ApiException {
        String id = operation.agreementId();
        browser.go("ui/#/agreements/" + id + "/activity", "h2");
        browser.awaitText("repartition_keys.judged");
        browser.awaitText("publication.published");
        browser.awaitText("PARTICIPANT_ENTRY");
        WebElement refused = browser.all("table tr").stream().filter(tr -> tr.getText().contains("REFUSED"))
                .findFirst().orElseThrow();
        assertTrue(refused.getText().contains("NOTICE_NOT_RESPECTED"), refused.getText());
        check(browser, "activity", violations);

        browser.go("ui/#/agreements/" + id + "/simulation", "form.controls");
        browser.await("form.controls button[type=submit]").click();
        browser.await("#simulation-result table");
        BigDecimal optimal = retrying(() -> new SimulationsApi(operator).simulate(id,
                new SimulationRequest().start(FEBRUARY.toLocalDate()).end(LocalDate.of(2025, 3, 1))
                        .keys(new KeyStrategy().strategy(KeyStrategy.StrategyEnum.OPTIMAL)), false))
                .getIndicators().getAutoconsumption();
        WebElement row = browser.all("#simulation-result tr").stream()
                .filter(tr -> tr.getText().startsWith("Autoconsommation")).findFirst().orElseThrow();
        assertEquals(0, optimal.compareTo(french(row.findElements(By.tagName("td")).get(1).getText())));
        check(browser, "simulation", violations);
    }

    /** Every consumer's month on one chart: drawn, and the time from the page's start to the chart reported. */
    private static void drawTwoHundredConsumers(Browser browser, Operation operation) throws IOException {
        browser.go("ui/#/agreements/" + operation.largeId() + "/measures?prm=consumers", "#main[data-rendered-in-ms]");
        WebElement chart = browser.await("figure.chart");
        assertEquals(String.valueOf(LARGE), chart.getAttribute("data-series"), "a line per consumer");
        assertEquals(String.valueOf(STEPS), chart.getAttribute("data-points"));
        String milliseconds = browser.main().getAttribute("data-rendered-in-ms");
        String line = "A month of " + LARGE + " consumers (" + LARGE + " curves of " + STEPS
                + " steps) fetched, drawn and painted in " + milliseconds + " ms (its data fetched in "
                + browser.main().getAttribute("data-fetched-in-ms") + " ms)";
        System.out.println("[dashboard] " + line);
        Files.writeString(Path.of("target", "dashboard", "timings.txt"), line + System.lineSeparator());
        browser.assertCleanConsole("200 consumers");
        browser.screenshot("consumers-200");
    }

    private static void neverSeeAnotherPmo(Browser browser, Operation operation) throws IOException {
        browser.go("ui/#/agreements/" + operation.otherId(), "p.error");
        browser.awaitText("Introuvable");
        List<String> errors = browser.consoleErrors();
        assertFalse(errors.isEmpty(), "the agreement was asked for and refused");
        assertTrue(errors.stream().allMatch(error -> error.contains(operation.otherId()) && error.contains("404")),
                "only the refused agreement's own 404: " + errors);
        browser.screenshot("another-pmo");
    }

    /** A download button fetches its file with the token and names it as the API does. */
    private static void download(Browser browser, String button, String name) {
        browser.all("div.downloads button").stream().filter(b -> b.getText().equals(button)).findFirst()
                .orElseThrow().click();
        browser.awaitText("téléchargé : " + name);
    }

    /** The page's console is clean, axe-core finds nothing at level A, and a screenshot is kept. */
    private static void check(Browser browser, String page, Map<String, List<String>> violations)
            throws IOException {
        browser.assertCleanConsole(page);
        List<String> found = browser.accessibilityViolations();
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
        browser.screenshot(page);
    }

    private static void assertShown(Browser browser, String indicator, BigDecimal expected) {
        String shown = browser.await("[data-indicator='" + indicator + "']").getText();
        assertEquals(0, expected.compareTo(french(shown)), indicator + " shown as " + shown);
    }

    /** A number as the dashboard writes it in French: {@code 5 671,20} or {@code 65,85 %}. */
    private static BigDecimal french(String text) {
        return new BigDecimal(text.replaceAll("[\\s\u202f\u00a0%]", "").replace(',', '.'));
    }

    private static Operation setUp(OperatorApi operator, URI base) throws ApiException {
        String siret = uniqueDigits('8');
        Pmo pmo = new Pmo().name("PMO du Verger").siret(siret);
        String prmBase = uniqueDigits('5').substring(0, 11);
        String id = agreement(operator, "Lotissement du Verger", pmo);
        List<String> consumers = IntStream.range(0, 3).mapToObj(i -> prmBase + "00" + i).toList();
        String producer = prmBase + "009";
        consumers.forEach(prm -> attach(operator, id, prm, Role.CONS));
        attach(operator, id, producer, Role.PROD);
        activate(operator, id);

        String largeId = agreement(operator, "Quartier des Deux Cents", pmo);
        String largeBase = uniqueDigits('4').substring(0, 11);
        List<String> many = IntStream.range(0, LARGE).mapToObj(i -> largeBase + "%03d".formatted(i)).toList();
        String largeProducer = largeBase + "999";
        many.forEach(prm -> attach(operator, largeId, prm, Role.CONS));
        attach(operator, largeId, largeProducer, Role.PROD);
        activate(operator, largeId);

        String otherId = agreement(operator, "Opération d'une autre PMO",
                new Pmo().name("Autre PMO").siret(uniqueDigits('7')));
        Client dashboard = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO)
                .pmoSiret(siret)));
        Client software = retrying(() -> operator.createClient(new ClientCreation().role(ClientRole.PMO)
                .pmoSiret(siret).quotaPerSecond(50)));
        ApiClient pmoApi = Clients.as(base, software.getClientId(), software.getClientSecret());
        sendKeys(new RepartitionKeysApi(pmoApi), id, consumers);
        retrying(() -> new RequestsApi(pmoApi).submitRequest(id, new ChangeRequest()
                .type(RequestType.PARTICIPANT_ENTRY).effectiveDate(LocalDate.of(2025, 4, 1))
                .participant(new NewParticipant().usagePointId(prmBase + "010").role(Role.CONS)
                        .holderName("M. Bernard").address("3 chemin du Verger, 26000 Valence"))));
        retrying(() -> new RequestsApi(pmoApi).submitRequest(id, new ChangeRequest()
                .type(RequestType.PARTICIPANT_EXIT).effectiveDate(LocalDate.of(2025, 3, 10))
                .usagePointId(consumers.get(2)).role(Role.CONS)));
        List<RawCurve> curves = new ArrayList<>();
        for (int j = 0; j < consumers.size(); j++) {
            curves.add(curve(consumers.get(j), RawCurve.TypeEnum.CONS, 800 + 400 * j, j == 0 ? 500 : -1));
        }
        curves.add(curve(producer, RawCurve.TypeEnum.PROD, 0, -1));
        calculate(operator, id, curves);
        List<RawCurve> large = new ArrayList<>();
        for (int j = 0; j < LARGE; j++) {
            large.add(curve(many.get(j), RawCurve.TypeEnum.CONS, 300 + 7 * j, -1));
        }
        large.add(curve(largeProducer, RawCurve.TypeEnum.PROD, 0, -1));
        calculate(operator, largeId, large);
        return new Operation(id, consumers, producer, largeId, otherId, dashboard);
    }

    private static String agreement(OperatorApi operator, String name, Pmo pmo) throws ApiException {
        return retrying(() -> operator.createAgreement(new AgreementCreation().name(name)
                .keyType(KeyType.DYNAMIC_SIMPLE).startDate(START).pmo(pmo))).getAgreementId();
    }

    private static void attach(OperatorApi operator, String agreementId, String prm, Role role) {
        try {
            retrying(() -> operator.attachParticipant(agreementId, prm, role, new Attachment().start(START)
                    .name(role == Role.PROD ? "Ombrière du parking" : "Foyer " + prm.substring(11))));
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static void activate(OperatorApi operator, String agreementId) throws ApiException {
        assertEquals(AgreementStatus.ACTIVE, retrying(() -> operator.changeAgreement(agreementId,
                new AgreementChange().status(AgreementStatus.ACTIVE))).getStatus());
    }

    /** February's keys 50 / 30 / 20 %, two steps of 2 February sent at 100.01 % (refused: SUM_OVER_100). */
    private static void sendKeys(RepartitionKeysApi keys, String agreementId, List<String> consumers)
            throws ApiException {
        List<KeyStep> steps = new ArrayList<>();
        for (int s = 0; s < STEPS; s++) {
            String third = REFUSED.contains(s) ? "20.01" : "20";
            List<String> coefficients = List.of("50", "30", third);
            List<KeyValue> values = IntStream.range(0, 3).mapToObj(j -> new KeyValue().usagePointId(consumers.get(j))
                    .coefficient(new BigDecimal(coefficients.get(j)))).toList();
            steps.add(new KeyStep().start(FEBRUARY.plusMinutes(15L * s)).keys(values));
        }
        assertEquals(REFUSED.size(), retrying(() -> keys.submitRepartitionKeys(agreementId, new KeySubmission()
                .keyType(KeySubmission.KeyTypeEnum.DYNAMIC_SIMPLE).steps(steps), null)).getRejected());
    }

    /**
     * A February meter curve: a consumer's base load with an evening peak, or a producer's midday bell (a 6 kW roof);
     * the reading at {@code missing} (when not negative) left out, to be estimated.
     */
    private static RawCurve curve(String prm, RawCurve.TypeEnum type, int base, int missing) {
        List<RawReading> readings = new ArrayList<>();
        for (int s = 0; s < STEPS; s++) {
            int quarter = s % 96;
            int watts = type == RawCurve.TypeEnum.PROD
                    ? (int) Math.max(0, 6_000 * Math.sin(Math.PI * (quarter - 32) / 40.0))
                    : base + (quarter >= 72 && quarter < 88 ? 2 * base : 0) + 37 * (s % 7);
            if (s != missing) {
                readings.add(new RawReading().start(FEBRUARY.plusMinutes(15L * s)).value(watts));
            }
        }
        return new RawCurve().usagePointId(prm).type(type).intervalReading(readings);
    }

    private static void calculate(OperatorApi operator, String agreementId, List<RawCurve> curves)
            throws ApiException {
        retrying(() -> operator.loadRawLoadCurves(agreementId, new RawCurves().curves(curves), null, null));
        retrying(() -> operator.runCalculation(agreementId, new CalculationRequest()
                .periodStart(FEBRUARY.toLocalDate())));
    }
}
