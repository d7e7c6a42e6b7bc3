/**
 * Where the files a console session writes may go, and how a typed file name is read: the one
 * check every prompt that writes a file uses (Reports' File field, Bills and payments'
 * Download, anything later).
 *
 * <p>A local console session ({@link com.actionpack.tui.files.LocalFiles}) takes free paths: the
 * person typing owns the machine. An SSH session ({@link com.actionpack.tui.files.ExportFolder})
 * takes a file name only and writes into {@code <data dir>/exports/<account>/<user>/}: an SSH
 * user is a partner admin, not an account on the host, so nothing typed in a session names a
 * path on the server. May use the JDK only.
 */
package com.actionpack.tui.files;
