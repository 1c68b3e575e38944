package nl.praktijkplan.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last {@value #DAILY} days, of the last {@value #WEEKLY} ISO weeks
 * and of the last {@value #MONTHLY} months that have a backup (UTC), the rule of grandfather-father-son rotation. A
 * library used every day thus keeps a week of daily copies, a month of weekly ones and half a year of monthly ones;
 * one used once a month keeps six months. Days, weeks and months without a backup do not count.
 */
final class BackupGenerations {

    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int MONTHLY = 6;

    private BackupGenerations() {
    }

    /** The backups to keep, from {@code all} sorted newest first. */
    static Set<Backup> keep(List<Backup> all) {
        Set<Backup> keep = new LinkedHashSet<>();
        keepNewestPer(all, DAILY, t -> t.toLocalDate().toString(), keep);
        keepNewestPer(all, WEEKLY, t -> t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), keep);
        keepNewestPer(all, MONTHLY, t -> t.getYear() + "-" + t.getMonthValue(), keep);
        return keep;
    }

    private static void keepNewestPer(List<Backup> newestFirst, int count, Function<ZonedDateTime, String> bucket,
            Set<Backup> keep) {
        Set<String> seen = new HashSet<>();
        for (Backup b : newestFirst) {
            if (seen.size() == count) {
                return;
            }
            if (seen.add(bucket.apply(utc(b.createdAt())))) {
                keep.add(b);
            }
        }
    }

    private static ZonedDateTime utc(Instant t) {
        return t.atZone(ZoneOffset.UTC);
    }
}
