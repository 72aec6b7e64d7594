package fr.passerelle.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through {@code /usr/bin/chromedriver} (no driver download), with axe-core to
 * check each page for accessibility. Tests hold it only to open page objects: finding elements is package-private,
 * so selectors live in the page objects of this package and nowhere else.
 */
public final class Browser implements AutoCloseable {

    private static final String AXE = readAxe();

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1024", "--lang=fr-FR");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.baseUrl = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebDriver driver() {
        return driver;
    }

    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to 15 s; an element htmx swapped between finding it and reading it is looked up again, not an error. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void waitForText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** The path and query of the current address, e.g. {@code /gestion/campus/…/candidatures/…}. */
    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The full current address, to share or to open again. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Forgets the session, as when someone else sits at the computer. */
    public void logOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * The HTTP status of a GET of the path with this browser's session, redirects not followed: what following a link
     * would answer, without leaving the page. A redirect to the login page answers 401.
     */
    public int statusOf(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path)).header("Cookie", cookies).GET().build();
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
            boolean toLogin = response.headers().firstValue("Location").map(l -> l.contains("/connexion")).orElse(false);
            return toLogin ? 401 : response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The links of the page's main content (not the header's nor the footer's) that stay on the platform, as paths:
     * no anchors within the page, no e-mail or telephone links, no other site.
     */
    public List<String> contentLinks() {
        return findAll("main a[href]").stream().map(a -> a.getAttribute("href"))
                .filter(href -> href != null && href.startsWith(baseUrl + "/"))
                .map(href -> href.substring(baseUrl.length()))
                .map(href -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href)
                .filter(href -> !href.isEmpty())
                .distinct().toList();
    }

    void waitForPath(Predicate<String> condition) {
        waiting().until(d -> condition.test(currentPath()));
    }

    /** Runs axe-core on the current page and fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        var js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath (npm ci copies it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
