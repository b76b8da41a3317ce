package fi.saatava.gateway.batches;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF or CRLF) of at most {@code maxChars} characters. {@link java.io.BufferedReader#readLine}
 * has no bound, so a body without line breaks would be read into memory whole.
 */
final class BoundedLineReader {

    /** A line longer than the bound; {@code lineNumber} counts from 1. */
    static final class LineTooLongException extends IOException {

        private final int lineNumber;

        LineTooLongException(int lineNumber) {
            super("Line " + lineNumber + " is too long");
            this.lineNumber = lineNumber;
        }

        int lineNumber() {
            return lineNumber;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int lineNumber;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line break, or {@code null} at the end of the input. */
    String next() throws IOException {
        line.setLength(0);
        lineNumber++;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.isEmpty() ? null : finished();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > maxChars + 1) { // + 1: the CR of a CRLF
                throw new LineTooLongException(lineNumber);
            }
            if (position < limit) {
                position++; // the LF
                return finished();
            }
        }
    }

    private String finished() throws LineTooLongException {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            length--;
        }
        if (length > maxChars) {
            throw new LineTooLongException(lineNumber);
        }
        return line.substring(0, length);
    }
}
