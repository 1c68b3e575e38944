/**
 * The case library: every client practice and scenario kept in one H2 file. Plain Java, thread-safe, no JavaFX.
 *
 * <h2>Using it (the library screen)</h2>
 * <ol>
 * <li>{@link nl.praktijkplan.store.LibraryOpener#open(char[])} (off the FX thread) returns an
 *     {@link nl.praktijkplan.store.OpenResult}: {@code Opened} (go on), {@code WrongPassword} (ask again),
 *     {@code TooNew} (tell the user to update; the file was not touched), {@code InUse} (another window has it), or
 *     {@code Damaged} (offer {@code restoreBackup(backups().get(0), pw)} or {@code startFresh(pw)}; both keep the
 *     damaged file under a timestamped name). Ask for a password first when {@code isPasswordProtected()}.
 *     Every result carries a Dutch and English sentence for the user.</li>
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
 * {@code -Dpraktijkplan.dataDir}); {@code backups/library-<utc stamp>-<reason>.mv.db} (before a migration and once
 * a day, newest 5 kept); {@code library-damaged-<utc stamp>.mv.db} for a damaged file that was moved aside.
 * H2 cannot open files of another minor version: the case-file JSON export is the way to carry cases across an
 * H2 upgrade.
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
 * </ul>
 */
package nl.praktijkplan.store;
