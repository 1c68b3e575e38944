package nl.praktijkplan.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.praktijkplan.app.PraktijkplanApp;
import nl.praktijkplan.ui.comparison.ConsultationView;

/**
 * Screenshots of every chapter and of consultation mode at a given window size, for looking at the layout and for
 * the README's images. Not a test. Run headless (Monocle) or on a display:
 *
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -Dprism.order=sw -Dheadless.geometry=1920x1080-32 -Dpraktijkplan.configDir=/tmp/tour-config \
 *      -Dpraktijkplan.dataDir=/tmp/tour-data nl.praktijkplan.bench.ScreenTour /tmp/tour 1366 768
 * </pre>
 */
public final class ScreenTour {

    private static final String[] CHAPTERS = {"practice", "space", "options", "investment", "financing", "operations",
            "comparison", "report", "assumptions"};

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/tour");
        double w = args.length > 1 ? Double.parseDouble(args[1]) : 1366;
        double h = args.length > 2 ? Double.parseDouble(args[2]) : 768;
        Files.createDirectories(out);
        Platform.startup(() -> { });
        PraktijkplanApp app = new PraktijkplanApp();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(w);
            stage[0].setHeight(h);
        });
        settle();
        for (int i = 0; i < CHAPTERS.length; i++) {
            String id = CHAPTERS[i];
            onFx(() -> app.view().select(id));
            settle();
            shoot(stage[0].getScene(), out.resolve(String.format("%02d-%s.png", i + 1, id)));
        }
        // The README's other states: the sensitivity tab, a refused entry at its field, the dark theme.
        onFx(() -> ((javafx.scene.control.TabPane) stage[0].getScene().lookup("#comparisonTabs")).getSelectionModel().select(1));
        settle();
        shoot(stage[0].getScene(), out.resolve("11-sensitivity.png"));
        onFx(() -> app.view().select("practice"));
        settle();
        onFx(() -> {
            javafx.scene.control.TextField f = (javafx.scene.control.TextField) stage[0].getScene().lookup("#practice-patients");
            f.requestFocus();
            f.setText("4.1OO");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        settle();
        javafx.geometry.Bounds field = stage[0].getScene().lookup("#practice-patients").localToScene(
                stage[0].getScene().lookup("#practice-patients").getBoundsInLocal());
        shoot(stage[0].getScene(), out.resolve("12-validation.png"), new java.awt.Rectangle((int) field.getMinX() - 260,
                (int) field.getMinY() - 6, (int) field.getWidth() + 360, (int) field.getHeight() + 84));
        onFx(() -> {
            app.preferences().dark = true;
            app.rebuild();
            app.view().select("financing");
        });
        settle();
        shoot(stage[0].getScene(), out.resolve("13-financing-dark.png"));
        onFx(() -> {
            app.preferences().dark = false;
            app.rebuild();
        });
        settle();

        ConsultationView[] c = new ConsultationView[1];
        onFx(() -> {
            c[0] = app.view().openConsultation(app.viewModel(), false);
            c[0].stage().setX(0);
            c[0].stage().setY(0);
            c[0].stage().setWidth(w);
            c[0].stage().setHeight(h);
        });
        settle();
        shoot(c[0].stage().getScene(), out.resolve("10-consultation.png"));
        onFx(() -> {
            app.viewModel().discardProvisional();
            c[0].stage().hide();
            app.stop();
        });
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    /** A few pulses: layout, lazily built chapters and charts catch up. */
    private static void settle() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            Thread.sleep(150);
            onFx(() -> { });
        }
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        shoot(scene, file, null);
    }

    /** The scene as a PNG, or the part of it inside {@code crop}. */
    private static void shoot(Scene scene, Path file, java.awt.Rectangle crop) throws Exception {
        File f = file.toFile();
        Object[] img = new Object[1];
        onFx(() -> img[0] = scene.snapshot(null));
        java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage((javafx.scene.image.WritableImage) img[0], null);
        if (crop != null) {
            java.awt.Rectangle r = crop.intersection(new java.awt.Rectangle(image.getWidth(), image.getHeight()));
            image = image.getSubimage(r.x, r.y, r.width, r.height);
        }
        ImageIO.write(image, "png", f);
        System.out.println(f);
    }
}
