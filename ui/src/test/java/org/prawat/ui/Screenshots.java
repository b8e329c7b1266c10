package org.prawat.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Journeys keep what the browser showed under {@code target/screenshots/<name>.png}. */
public final class Screenshots {

    private Screenshots() {}

    public static Path save(ChromeDriver browser, String name) {
        try {
            Path screenshot = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(screenshot.getParent());
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
            return screenshot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
