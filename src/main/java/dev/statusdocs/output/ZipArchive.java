package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip archive written from entries compressed beforehand, so that entries can be compressed in parallel
 * ({@link java.util.zip.ZipOutputStream} compresses one entry after another). Every entry is deflated and
 * carries the same DOS date, and names are UTF-8. Plain zip only: the offline bundle stays far below the
 * 65,535 entries and 4 GiB that would need the Zip64 extensions.
 */
final class ZipArchive {
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int VERSION = 20;
    private static final int UTF8_NAMES = 0x0800;
    private static final int DEFLATED = 8;
    private static final long PLAIN_ZIP_LIMIT = 0xFFFFFFFFL;

    /** One file, compressed. */
    record Entry(String name, byte[] deflated, long crc, int size) {
        static Entry of(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            return new Entry(name, deflate(content), crc.getValue(), content.length);
        }
    }

    private final int dosDate;
    private final int dosTime;

    /** Every entry is dated {@code year-month-day hour:minute}, in DOS form (no zone, two-second steps). */
    ZipArchive(int year, int month, int day, int hour, int minute) {
        this.dosDate = (year - 1980) << 9 | month << 5 | day;
        this.dosTime = hour << 11 | minute << 5;
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 3));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    byte[] write(List<Entry> entries) {
        if (entries.size() > 0xFFFF) {
            throw new IllegalStateException("too many files for a plain zip: " + entries.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add((long) out.size());
            header(out, LOCAL_HEADER, entry, -1);
            out.writeBytes(entry.deflated());
        }
        long directoryStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            header(out, CENTRAL_HEADER, entries.get(i), offsets.get(i));
        }
        long directorySize = out.size() - directoryStart;
        if (out.size() > PLAIN_ZIP_LIMIT) {
            throw new IllegalStateException("the offline bundle is too large for a plain zip: " + out.size() + " bytes");
        }
        int32(out, END_OF_CENTRAL_DIRECTORY);
        int16(out, 0);
        int16(out, 0);
        int16(out, entries.size());
        int16(out, entries.size());
        int32(out, directorySize);
        int32(out, directoryStart);
        int16(out, 0);
        return out.toByteArray();
    }

    /** A local header ({@code offset} -1) or a central directory header pointing at its local header. */
    private void header(ByteArrayOutputStream out, int signature, Entry entry, long offset) {
        byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
        int32(out, signature);
        if (signature == CENTRAL_HEADER) {
            int16(out, VERSION);
        }
        int16(out, VERSION);
        int16(out, UTF8_NAMES);
        int16(out, DEFLATED);
        int16(out, dosTime);
        int16(out, dosDate);
        int32(out, entry.crc());
        int32(out, entry.deflated().length);
        int32(out, entry.size());
        int16(out, name.length);
        int16(out, 0);
        if (signature == CENTRAL_HEADER) {
            int16(out, 0);
            int16(out, 0);
            int16(out, 0);
            int32(out, 0);
            int32(out, offset);
        }
        out.writeBytes(name);
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write(value >>> 8 & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        int16(out, (int) (value & 0xFFFF));
        int16(out, (int) (value >>> 16 & 0xFFFF));
    }
}
