/**
 * The FAQ entry (the source document's questions and answers, R20).
 *
 * <p>May use the JDK only.
 */
package com.actionpack.core.faq;
