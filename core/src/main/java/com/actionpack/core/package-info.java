/**
 * Core's assembly: {@link com.actionpack.core.CoreServices} builds every use case over the
 * out-ports gathered in {@link com.actionpack.core.Ports}; the adapters (persistence, the console,
 * the bench) build the application through it.
 *
 * <p>May use every package of core; nothing in core uses it (the layer rule of {@code
 * ArchitectureTest}).
 */
package com.actionpack.core;
