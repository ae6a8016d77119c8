package dev.statusdocs.output;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
            out.writeBytes(header(LOCAL_HEADER, entry, -1));
            out.writeBytes(entry.deflated());
        }
        long directoryStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            out.writeBytes(header(CENTRAL_HEADER, entries.get(i), offsets.get(i)));
        }
        long directorySize = out.size() - directoryStart;
        if (out.size() > PLAIN_ZIP_LIMIT) {
            throw new IllegalStateException("the offline bundle is too large for a plain zip: " + out.size() + " bytes");
        }
        ByteBuffer end = littleEndian(22);
        end.putInt(END_OF_CENTRAL_DIRECTORY);
        end.putShort((short) 0);
        end.putShort((short) 0);
        end.putShort((short) entries.size());
        end.putShort((short) entries.size());
        end.putInt((int) directorySize);
        end.putInt((int) directoryStart);
        end.putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /**
     * A local header ({@code offset} -1) or a central directory header pointing at its local header. Built in a
     * buffer of its own: ByteArrayOutputStream takes a lock for every byte written to it.
     */
    private byte[] header(int signature, Entry entry, long offset) {
        byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
        boolean central = signature == CENTRAL_HEADER;
        ByteBuffer header = littleEndian((central ? 46 : 30) + name.length);
        header.putInt(signature);
        if (central) {
            header.putShort((short) VERSION);
        }
        header.putShort((short) VERSION);
        header.putShort((short) UTF8_NAMES);
        header.putShort((short) DEFLATED);
        header.putShort((short) dosTime);
        header.putShort((short) dosDate);
        header.putInt((int) entry.crc());
        header.putInt(entry.deflated().length);
        header.putInt(entry.size());
        header.putShort((short) name.length);
        header.putShort((short) 0);
        if (central) {
            header.putShort((short) 0);
            header.putShort((short) 0);
            header.putShort((short) 0);
            header.putInt(0);
            header.putInt((int) offset);
        }
        header.put(name);
        return header.array();
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
