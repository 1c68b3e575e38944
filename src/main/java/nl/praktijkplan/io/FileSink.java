package nl.praktijkplan.io;

import java.io.IOException;
import java.nio.file.Path;

/** Where an exporter's file goes: {@link AtomicFiles#write} in the application. */
@FunctionalInterface
public interface FileSink {
    void write(Path target, AtomicFiles.Content content) throws IOException;
}
