/**
 * Rapport data: getting interactions in, as objects or as columns.
 * <ul>
 * <li>{@link dev.rapport.data.EventLogReader}: CSV (the canonical header or a
 * {@link dev.rapport.data.ColumnMapping}), JSON lines and IEEE XES into {@code Interaction}s, strict or lenient,
 * with an {@link dev.rapport.data.ImportSummary} (accepted + rejected = rows read).</li>
 * <li>{@link dev.rapport.data.ColumnsReader}: the same CSV straight into {@link dev.rapport.data.InteractionColumns},
 * parsed from the bytes in parallel, with the same summary: the bulk path for millions of rows.</li>
 * </ul>
 * Implementation (the tokenizer, chunks, dictionaries and the column store) lives in
 * {@code dev.rapport.data.internal}; only the journey and metrics modules' bulk algorithms read it.
 */
package dev.rapport.data;
