package com.actionpack.tui.app;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.files.ExportFolder;
import com.actionpack.tui.files.ExportFolders;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.ssh.ConsoleSessionFactory;
import com.actionpack.tui.ssh.SessionRefusedException;
import com.actionpack.tui.ssh.ShellSessions;
import com.actionpack.tui.ssh.ExportFiles;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console served over SSH: each session signed in as its key's user, its audit entries
 * carrying the SSH user and key fingerprint (R21), and every file it writes confined to the
 * user's export folder.
 */
final class SshConsoles {

    private static final Logger LOG = LoggerFactory.getLogger(SshConsoles.class);

    private SshConsoles() {
    }

    /** What SFTP and scp serve: each user's export folder, read-only, with fetches audited. */
    static ExportFiles exports(AppComponent app) {
        return new SshExports(app.core(), new ExportFolderOfUser(app.core(),
                ExportFolders.under(app.config().dataDirectory().root())), Clock.systemUTC());
    }

    static ConsoleSessionFactory of(AppComponent app) {
        boolean noColor = ConsoleSettings.noColorRequested(app.config().environment());
        // Fail at start, not at the first connection, when the database cannot be opened.
        app.database();
        ExportFolderOfUser exports = new ExportFolderOfUser(app.core(),
                ExportFolders.under(app.config().dataDirectory().root()));
        return (terminal, session) -> {
            Actor actor;
            try {
                actor = app.core().signIn().signIn(session.who().email(), session.who().channel());
            } catch (ActionRefusedException refused) {
                // The key is authorized but its email is no user of this database.
                throw new SessionRefusedException(SafeText.line(refused.getMessage()));
            }
            Actor signedIn = actor;
            ExportFolder files = new ExportFolder(exports.folders(), exports.folderOf(actor), session.server(),
                    (name, bytes) -> {
                        try {
                            app.core().fileTransfers().written(signedIn, name, bytes);
                        } catch (RuntimeException e) {
                            // The file is written; a failed audit write is logged, and the session goes on.
                            LOG.error("Could not record that {} wrote {}", session.who().email(), name, e);
                        }
                    });
            // The session's only files are its export folder: nothing typed names a server path.
            ConsoleSettings settings = new ConsoleSettings(app.config().asOf(), Optional.empty(), noColor, files);
            ShellSessions.run(terminal, session, settings, app.workspaces().mainMenu(actor));
        };
    }
}
