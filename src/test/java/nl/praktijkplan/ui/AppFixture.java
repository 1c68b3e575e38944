package nl.praktijkplan.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;

/**
 * The whole application in a TestFX test, kept out of the user's folders: a test class registers it next to
 * TestFX's ApplicationExtension and starts the app from its {@code @Start} method,
 *
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class SomeWindowTest {
 *     &#64;RegisterExtension
 *     static final AppFixture fixture = new AppFixture();
 *     private PraktijkplanApp app;
 *
 *     &#64;Start
 *     void start(Stage stage) { app = fixture.start(stage); }
 * }
 * </pre>
 *
 * Before the class it makes temporary config and data folders and points {@code praktijkplan.configDir} and
 * {@code praktijkplan.dataDir} at them (the app opens the case library at start-up, and a damaged library in the
 * user's data folder would show a dialog that blocks every click); after each test it stops the app it started
 * (closing the library); after the class it clears both properties.
 */
public final class AppFixture implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Path configDir;
    private Path dataDir;
    private PraktijkplanApp app;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        configDir = Files.createTempDirectory("pp-config");
        dataDir = Files.createTempDirectory("pp-data");
        System.setProperty("praktijkplan.configDir", configDir.toString());
        System.setProperty("praktijkplan.dataDir", dataDir.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty("praktijkplan.configDir");
        System.clearProperty("praktijkplan.dataDir");
    }

    public Path configDir() {
        return configDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A first start: without preferences the app asks guided or expert. */
    public PraktijkplanApp start(Stage stage) {
        try {
            Files.deleteIfExists(preferences());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(stage);
    }

    /** A start with these preferences, e.g. {@code {"modeChosen": true}} to skip the first-start question. */
    public PraktijkplanApp start(Stage stage, String preferencesJson) {
        try {
            Files.writeString(preferences(), preferencesJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(stage);
    }

    private Path preferences() {
        return configDir.resolve("preferences.json");
    }

    private PraktijkplanApp launch(Stage stage) {
        app = new PraktijkplanApp();
        app.start(stage);
        return app;
    }

    /** Waits up to 5 s until a node is in the scene: a ScrollPane adds its content only when its skin is built on a pulse. */
    public static <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return find(robot, id, type, 5);
    }

    public static <T extends Node> T find(FxRobot robot, String id, Class<T> type, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no node " + id, e);
        }
        return robot.lookup(id).queryAs(type);
    }

    /** Waits up to {@code seconds} until the condition holds, then for the FX events it set off. */
    public static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label with this id, once it is in the scene. */
    public static String text(FxRobot robot, String id) {
        return find(robot, id, Label.class).getText();
    }
}
