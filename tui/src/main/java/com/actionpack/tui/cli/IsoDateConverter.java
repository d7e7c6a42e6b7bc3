package com.actionpack.tui.cli;

import com.actionpack.tui.text.SafeText;
import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads YYYY-MM-DD and says so, with an example, when the value is not a real date. */
public final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + SafeText.line(value)
                    + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-24");
        }
    }
}
