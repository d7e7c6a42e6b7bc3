package com.actionpack.core.usecase.account;

import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.common.Require;
import java.util.Objects;

/**
 * Command: appeal a rejected verification by fixing the profile, with a comment and a
 * supporting document's reference (R2). Both texts are required and stripped; a blank one
 * fails at construction with {@link com.actionpack.core.common.InvalidInputException}.
 */
public record Appeal(LegalProfile fixed, String comment, String documentRef) {

    public Appeal {
        Objects.requireNonNull(fixed, "fixed");
        comment = Require.text(comment, "appeal comment");
        documentRef = Require.text(documentRef, "supporting document reference");
    }
}
