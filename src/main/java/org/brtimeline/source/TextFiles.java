package org.brtimeline.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.brtimeline.base.InvalidValueException;

/**
 * Reads an uploaded or imported file as article text: strictly UTF-8 (a byte-order mark is
 * dropped), never guessed, so that a binary or wrongly encoded file is refused instead of
 * stored as garbage. Windows (CRLF) and old Mac (CR) line endings become {@code \n}: the
 * paragraphs, sentences and quotes are the same whichever system saved the file.
 */
public final class TextFiles {

    /** The largest file accepted: 4 bytes per character at most, so no text over the limit gets through. */
    public static final int MAX_BYTES = Article.MAX_TEXT * 4;

    private TextFiles() {}

    /** The text without a leading byte-order mark and with {@code \n} for every line ending. */
    public static String normalized(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutMark.indexOf('\r') < 0 ? withoutMark : withoutMark.replaceAll("\r\n?", "\n");
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidValueException("text", "the file is larger than " + MAX_BYTES / 1_000_000 + " MB");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidValueException(
                        "text", "this looks like a binary file, not text (it contains NUL bytes)");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return normalized(text);
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("text", "the file is not valid UTF-8; save it as UTF-8 and try again");
        }
    }
}
