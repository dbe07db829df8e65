package fr.accdatahub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: pages opened by address, the console read (every
 * script error and every failed request shows there), screenshots under {@code target/dashboard}, and axe-core run
 * in the page for the accessibility rules of WCAG level A.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "dashboard");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Whether this machine has the browser and its driver (Debian's packages chromium and chromium-driver). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser open(URI base) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1500",
                "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /** Goes to a dashboard address ({@code ui/#/…}) and waits until the page shows {@code ready}. */
    void go(String path, String ready) {
        driver.get(base.resolve(path).toString());
        await(ready);
    }

    /** Waits until an element matching the CSS selector is on the page, and answers it. */
    WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(css)).stream().findFirst()
                .orElse(null));
    }

    /** Waits until the page's content holds the text. */
    void awaitText(String text) {
        new WebDriverWait(driver, WAIT).until(d -> main().getText().contains(text));
    }

    WebElement main() {
        return driver.findElement(By.id("main"));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The console's errors since the last call (script errors, failed requests, CSP violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Fails on any console error since the last check. */
    void assertCleanConsole(String page) {
        assertEquals(List.of(), consoleErrors(), "console errors on " + page);
    }

    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The WCAG level A violations axe-core finds on the page as it is, each as rule: target. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        driver.executeScript(axeSource());
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag21a'] } })
                  .then((r) => done({ violations: r.violations.map((v) => v.id + ': '
                    + v.nodes.map((n) => n.target.join(' ')).join(', ')) }))
                  .catch((e) => done({ violations: ['axe failed: ' + e] }));""");
        return (List<String>) results.get("violations");
    }

    private static String axeSource() {
        try (InputStream source = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
