package nl.praktijkplan.casefile;

/**
 * One thing wrong with a case, at a field path such as {@code options[1].purchasePrice},
 * in Dutch and in English.
 */
public record Problem(String path, String messageNl, String messageEn) {

    public String message(boolean dutch) {
        return dutch ? messageNl : messageEn;
    }

    /** "path: message", the form the command line prints. */
    public String describe(boolean dutch) {
        return (path.isEmpty() ? "" : path + ": ") + message(dutch);
    }
}
