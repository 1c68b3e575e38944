package nl.praktijkplan.app;


import nl.praktijkplan.cli.Cli;

/**
 * The plain main of the jar: with arguments it runs a command-line command; without, the desktop app ({@link PraktijkplanApp}).
 * (A main class that does not extend Application lets JavaFX start from the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // JavaFX draws the windows; AWT only measures fonts and renders images for the charts and the dossier.
        // Headless, it opens no second X connection of its own (slower start, GTK warnings, a crash at shutdown).
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        StartupPreload.begin();
        javafx.application.Application.launch(PraktijkplanApp.class, args);
    }
}
