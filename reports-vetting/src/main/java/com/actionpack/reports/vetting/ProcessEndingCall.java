package com.actionpack.reports.vetting;

/**
 * One call in a plugin's bytecode that could end the process it runs in.
 *
 * @param className the calling class, in Java form ({@code rogue.Rogue$Type})
 * @param method    the calling method's name ({@code run}, {@code <init>}, {@code lambda$run$0})
 * @param call      the call as a Java programmer writes it ({@code System.exit})
 * @param effect    why it is refused, a clause that reads after a comma
 *                  ({@code which would end the app and every session in it})
 * @since 1.1
 */
public record ProcessEndingCall(String className, String method, String call, String effect) {

    /**
     * The finding as one line.
     *
     * @return e.g. {@code rogue.Rogue$Type.run calls System.exit, which would end the app and every session in it}
     */
    public String line() {
        return className + "." + method + " calls " + call + ", " + effect;
    }
}
