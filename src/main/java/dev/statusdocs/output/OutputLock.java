package dev.statusdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output folder: a lock on a file beside the build folders, held from the start of a build (or
 * for as long as {@code serve} runs) to its end. A second writer fails at once rather than waiting, so that a
 * forgotten {@code serve} cannot make a build hang. The holder writes its process id into the file so the one
 * refused can usually name it (not when it looks in the instant between the lock and the write); the operating
 * system drops the lock when the holder dies, however it dies.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws UncheckedIOException when another writer holds the folder, or the lock file cannot be opened */
    static OutputLock take(Path file, Path out) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new UncheckedIOException("cannot build into " + out, new IOException(
                        "another statusdocs build or serve" + holder(file) + " is writing there now (it holds " + file
                                + "); wait for it to finish, or choose another folder with --out"));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new UncheckedIOException("cannot lock " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this same process (the lock belongs to the process, not to the channel).
            return null;
        }
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel, Exception failure) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + lock, e);
        }
    }
}
