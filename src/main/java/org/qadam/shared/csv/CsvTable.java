package org.qadam.shared.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qadam.shared.InvalidInputException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file people upload, read with Apache Commons CSV: UTF-8 only (a byte order mark is allowed),
 * comma or semicolon separated (spreadsheets in Russian and Uzbek settings save with semicolons), a
 * header row naming the columns. A file that is not text, not UTF-8, or lacks a required column is
 * refused as a whole; the rows are kept with their row numbers (the header is row 1, as a spreadsheet
 * shows it) for the caller to check one by one.
 */
public final class CsvTable {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** One data row: its number as a spreadsheet shows it, and its cells by lower-case column name. */
    public record Row(long number, Map<String, String> cells, int size) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads the file, refusing it as a whole with an {@link InvalidInputException} when it is empty, too
     * large, not UTF-8 text, or its header lacks one of {@code required}. Columns outside {@code known}
     * are refused too, so that a misspelt header is not silently ignored.
     */
    public static CsvTable read(byte[] content, Set<String> required, Set<String> known) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("error.csv.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("error.csv.tooLarge", MAX_BYTES / 1024);
        }
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidInputException("error.csv.notText");
            }
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (columns.isEmpty() && record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns.isEmpty()) {
                    for (String name : record) {
                        columns.add(name.strip().toLowerCase(Locale.ROOT));
                    }
                    checkHeader(columns, required, known);
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue; // an empty line, or a spreadsheet row with nothing in it
                }
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException("error.csv.tooManyRows", MAX_ROWS);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
                    cells.put(columns.get(i), record.get(i));
                }
                rows.add(new Row(record.getRecordNumber(), cells, record.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new InvalidInputException("error.csv.malformed");
        }
        if (columns.isEmpty()) {
            throw new InvalidInputException("error.csv.empty");
        }
        return new CsvTable(List.copyOf(columns), List.copyOf(rows));
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("error.csv.notUtf8");
        }
    }

    private static void checkHeader(List<String> columns, Set<String> required, Set<String> known) {
        for (String name : columns) {
            if (!known.contains(name)) {
                throw new InvalidInputException("error.csv.unknownColumn", name, String.join(", ", known));
            }
        }
        for (String name : required) {
            if (!columns.contains(name)) {
                throw new InvalidInputException("error.csv.missingColumn", name);
            }
        }
        if (Set.copyOf(columns).size() != columns.size()) {
            throw new InvalidInputException("error.csv.duplicateColumn");
        }
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether the row has as many cells as the header has columns. */
    public boolean isComplete(Row row) {
        return row.size() == columns.size();
    }
}
