/**
 * The case library: every client practice and scenario kept in one H2 file. Plain Java, thread-safe, no JavaFX.
 *
 * <h2>Using it (the library screen)</h2>
 * <ol>
 * <li>{@link nl.praktijkplan.store.LibraryOpener#open(char[])} (off the FX thread) returns an
 *     {@link nl.praktijkplan.store.OpenResult}: {@code Opened} (go on; it passed the check), {@code WrongPassword} (ask
 *     again), {@code TooNew} (tell the user to update; the file was not touched), {@code InUse} (another window has
 *     it), {@code Missing} (the file is gone but backups exist: offer {@code restoreBackup(b, pw)} or
 *     {@code startFresh(pw)}) or {@code Damaged} (it cannot be read or fails the check: offer, in this order,
 *     {@code salvage(d.salvage(), pw)} when not null, {@code restoreBackup(b, pw)} with each backup's date and what it
 *     holds, or {@code startFresh(pw)}; each keeps the damaged file under a timestamped name). Ask for a password
 *     first when {@code isPasswordProtected()}. Every result carries a Dutch and English sentence for the user.
 *     {@code changePassword(old, new)} (library closed) sets, changes or removes the password of the library and of
 *     every backup.</li>
 * <li>{@link nl.praktijkplan.store.Library}: {@code practices()}, {@code search(q)}, {@code recentCases(n)};
 *     {@code createPractice}, {@code createCase}/{@code addCase}, {@code duplicateCase} ("save as scenario"),
 *     {@code renamePractice}/{@code renameCase}; {@code deleteCase}/{@code deletePractice} to the recycle bin,
 *     {@code recycleBin()}, {@code restoreCase}/{@code restorePractice}, {@code purgeCase}/{@code purgePractice},
 *     {@code emptyRecycleBin()}; {@code load}, {@code markOpened}, {@code save}, {@code versions},
 *     {@code loadVersion}, {@code restoreVersion}; {@code exportCase}, {@code importCase} →
 *     {@link nl.praktijkplan.store.ImportResult} ({@code Conflict} → {@code keepBoth} or {@code replace}).</li>
 * <li>{@link nl.praktijkplan.store.Autosaver}: one per open library; {@code submit(caseId, content)} on every
 *     edit (returns at once), {@code flush()} before export or closing a case, {@code close()} before
 *     {@code Library.close()}. Its listener runs on the autosave thread.</li>
 * </ol>
 * Errors are {@link nl.praktijkplan.store.LibraryException}s whose message is a sentence for the user (Dutch via
 * {@code userMessage().nl()}); nothing in this package throws {@code SQLException}.
 *
 * <h2>Files</h2>
 * {@code <data folder>/library.mv.db} ({@link nl.praktijkplan.store.DataDirectory}, overridable with
 * {@code -Dpraktijkplan.dataDir}); {@code backups/library-<utc stamp>-<reason>-<practices>p<cases>c.mv.db} (before a
 * migration, before a password change and once a day, only from a library that passed the check; kept in
 * generations: 7 daily, 4 weekly, 6 monthly); {@code library-damaged-<utc stamp>.mv.db} for a damaged file that was
 * moved aside; {@code recovery/} while H2's Recover tool rebuilds a damaged file. Folders are 700 and files 600 on
 * POSIX systems. H2 cannot open files of another minor version: the case-file JSON export is the way to carry cases
 * across an H2 upgrade.
 *
 * <h2>Integrity</h2>
 * Every stored version carries a SHA-256 checksum of its content ({@link nl.praktijkplan.store.Checksums}), written on
 * save and verified on every load (a mismatch is a {@code DamagedVersionException}, never content read back). When
 * the library opens, {@link nl.praktijkplan.store.IntegrityCheck} reads every case's current version and matches it.
 * A bloated file (less than half live) is rebuilt when it opens ({@link nl.praktijkplan.store.Compaction}).
 *
 * <h2>Schema</h2>
 * Created and upgraded by {@link nl.praktijkplan.store.Migrations} from
 * {@code /nl/praktijkplan/store/migrations/V<n>__*.sql}, recorded in {@code schema_version(version, description,
 * applied_at)}.
 * <ul>
 * <li>V1: {@code practice(id, name, municipality, created_at, updated_at)};
 *     {@code business_case(id, practice_id → practice ON DELETE CASCADE, name, created_at, updated_at)};
 *     {@code case_version(id, case_id → business_case ON DELETE CASCADE, version_no, kind, created_at, saved_at,
 *     content CLOB = case-file JSON)}, unique (case_id, version_no).</li>
 * <li>V2: {@code deleted_at} on practice and business_case (recycle bin), {@code opened_at} on business_case
 *     (recent cases), {@code search_key} on both (lower case, accents folded; rebuilt in Java after migrating),
 *     indexes on the timestamps.</li>
 * <li>V3: {@code checksum} on case_version (SHA-256 hex of the content; existing rows computed by the migration).</li>
 * </ul>
 */
package nl.praktijkplan.store;
