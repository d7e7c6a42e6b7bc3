package com.actionpack.tui.billing;

import java.nio.file.Path;

/**
 * Writes one invoice or credit note as a PDF (the {@code invoice-pdf} report over the data the
 * signed-in user may see), to a temporary file renamed over the target when complete.
 */
@FunctionalInterface
public interface InvoicePdfs {

    /** When no PDF report is installed: the download offers text only. */
    InvoicePdfs NONE = (number, target) -> new Result(false,
            "PDF is not available (no invoice-pdf report installed): save as .txt instead.");

    /** What happened, as the one line the screen shows. */
    record Result(boolean saved, String message) {
    }

    Result write(String number, Path target);
}
