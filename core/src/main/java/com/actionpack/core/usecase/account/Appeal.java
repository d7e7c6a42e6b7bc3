package com.actionpack.core.usecase.account;

import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.TypedProfile;
import com.actionpack.core.common.InputProblems;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Require;
import java.util.Objects;

/**
 * Command: appeal a rejected verification by fixing the profile, with a comment and a
 * supporting document's reference (R2). Both texts are required and stripped. Every invalid
 * field is refused at once, in form order, by one {@link InvalidInputException}: a blank comment
 * and a blank reference together, and with {@link #of} the profile's own fields before them.
 */
public record Appeal(LegalProfile fixed, String comment, String documentRef) {

    /** Core's names of the two fields, as its sentences start. */
    public static final String COMMENT = "appeal comment";
    public static final String DOCUMENT = "supporting document reference";

    public Appeal {
        Objects.requireNonNull(fixed, "fixed");
        InputProblems problems = new InputProblems();
        String typedComment = comment;
        String typedDocument = documentRef;
        String checkedComment = problems.check(() -> Require.text(typedComment, COMMENT));
        String checkedDocument = problems.check(() -> Require.text(typedDocument, DOCUMENT));
        problems.throwIfAny();
        comment = checkedComment;
        documentRef = checkedDocument;
    }

    /** The appeal as typed into the form: the profile's fields, the comment and the reference, all checked at once. */
    public static Appeal of(TypedProfile typed, String comment, String documentRef) {
        InputProblems problems = new InputProblems();
        LegalProfile fixed = typed.check(problems);
        problems.check(() -> Require.text(comment, COMMENT));
        problems.check(() -> Require.text(documentRef, DOCUMENT));
        problems.throwIfAny();
        return new Appeal(fixed, comment, documentRef);
    }
}
