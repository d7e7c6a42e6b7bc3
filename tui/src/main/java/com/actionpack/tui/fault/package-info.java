/**
 * What a failure becomes, decided in one place for the console and the command line alike: a
 * refusal, bad input, a busy or unusable database, or an unexpected error with an incident id
 * that is logged with its stack trace. Knows core's and persistence's exceptions; nothing of
 * Lanterna or picocli.
 */
package com.actionpack.tui.fault;
