package com.actionpack.tui.app;

import com.actionpack.core.CoreServices;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.User;
import com.actionpack.core.common.Actor;
import com.actionpack.tui.files.ExportFolders;
import java.nio.file.Path;

/**
 * Which export folder belongs to a signed-in SSH user: {@code exports/<PartnerID>/<email>/}
 * (an account without a PartnerID is {@code account-<id>}). The console session writes there
 * and SFTP/scp serve it, so both ask this one class.
 */
final class ExportFolderOfUser {

    private final CoreServices core;
    private final ExportFolders folders;

    ExportFolderOfUser(CoreServices core, ExportFolders folders) {
        this.core = core;
        this.folders = folders;
    }

    ExportFolders folders() {
        return folders;
    }

    /** The folder of {@code actor} (not made until something is written). */
    Path folderOf(Actor actor) {
        User user = core.accountQueries().me(actor);
        PartnerAccount account = core.accountQueries().account(actor);
        String name = account.partnerId().isBlank() ? "account-" + account.id() : account.partnerId();
        return folders.folderOf(name, user.email());
    }
}
