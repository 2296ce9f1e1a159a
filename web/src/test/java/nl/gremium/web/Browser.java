package nl.gremium.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser the UI tests drive: Debian's headless Chromium through its chromedriver when both are
 * installed (as .ci/run does), otherwise HtmlUnit, so the suite passes with only a JDK and Maven.
 * Nothing is downloaded: the driver and browser paths are given explicitly.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    static WebDriver open() {
        // Selenium warns that it has no CDP bindings for this Chromium version; the tests use none
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path driver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("gremium.chromium", "/usr/bin/chromium"));
        if (Files.isExecutable(driver) && Files.isExecutable(chromium) && !Boolean.getBoolean("gremium.htmlunit")) {
            try {
                ChromeOptions o = new ChromeOptions();
                o.setBinary(chromium.toString());
                o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("gremium-chromium"));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
                WebDriver d = new ChromeDriver(service, o);
                d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
                return d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.err.println("Browser tests: using HtmlUnit (no " + driver + " or " + chromium + ", or -Dgremium.htmlunit=true)");
        return new HtmlUnitDriver(false); // the pages need no JavaScript
    }

    /**
     * Clicks a link or a form's button and waits for the page it leads to: the old page gone and the new one
     * loaded. A bare click returns before the next page is there, and on a loaded machine the test then reads
     * (or navigates away from) the page it came from.
     */
    static void follow(WebDriver d, WebElement e) {
        navigate(d, e::click);
    }

    /** Presses Enter in a form's field and waits for the page the form leads to, as {@link #follow} does. */
    static void submit(WebDriver d, WebElement field) {
        navigate(d, () -> field.sendKeys(Keys.ENTER));
    }

    /** Does what leaves the page, then waits until the next page has loaded. */
    private static void navigate(WebDriver d, Runnable action) {
        if (d instanceof HtmlUnitDriver) {
            action.run(); // HtmlUnit loads the next page before the action returns
            return;
        }
        // a mark on the old page's window: a new document has a new window object without it. (Staleness of the
        // old <html> element is no good signal: Chromium answers the check with an "unknown error" while the
        // navigation is half done.)
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript("window.gremiumLeaving = true");
        action.run();
        new WebDriverWait(d, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(x -> Boolean.TRUE.equals(
                js.executeScript("return window.gremiumLeaving !== true && document.readyState === 'complete'")));
    }

    /** Saves a full-window PNG under web/target/screenshots (Chromium only; HtmlUnit renders nothing). */
    static void screenshot(WebDriver d, String name) {
        if (!(d instanceof TakesScreenshot shooter) || d instanceof HtmlUnitDriver) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png;
            try {
                png = shooter.getScreenshotAs(OutputType.FILE).toPath();
            } catch (WebDriverException e) {
                // a navigation still settling (a form post's redirect on a loaded machine) aborts the capture:
                // wait until the page has loaded, then take it once more
                new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "complete".equals(
                        ((JavascriptExecutor) x).executeScript("return document.readyState")));
                png = shooter.getScreenshotAs(OutputType.FILE).toPath();
            }
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
