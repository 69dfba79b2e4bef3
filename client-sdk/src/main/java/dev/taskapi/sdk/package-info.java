/**
 * The Java SDK of the Task API: {@link dev.taskapi.sdk.TaskApiClient} and what it hands out.
 * <p>
 * A small hand-written layer over the client generated from {@code openapi.yaml} (packages
 * {@code dev.taskapi.client.*}, whose models it uses as they are): sign-in with the built-in identity
 * provider or any bearer token, bounded retries of 429 and 503, idempotent creates, every page of a list as a
 * {@link java.util.stream.Stream}, ETag-guarded updates, and typed exceptions carrying the problem details.
 */
@NullMarked
package dev.taskapi.sdk;

import org.jspecify.annotations.NullMarked;
