package org.labourhub.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * This process's claim on a data folder: an operating-system lock on {@code labourhub.lock} in it, held until
 * {@link #close()} or the end of the process (the system drops it however the process ends, even on kill -9).
 * A second LabourHub on the same folder is refused before it touches anything there. The file keeps the holder's
 * process id, for the refusal message; it is never deleted, so that two starts always lock the same file.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "labourhub.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder, or throws {@link DataFolderInUse} if another process holds it. */
    static DataFolderLock take(Path home) {
        try {
            FileChannel channel = FileChannel.open(home.resolve(FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                // closing this channel would drop the other channel's lock too (POSIX locks are per process)
                throw new DataFolderInUse(home, ProcessHandle.current().pid());
            }
            if (lock == null) {
                Long holder = holderIn(channel);
                channel.close();
                throw new DataFolderInUse(home, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data folder " + home, e);
        }
    }

    /** The process id the holder wrote, read through the same channel (opening the file again could drop locks). */
    private static Long holderIn(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String text = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not release the lock on the data folder", e);
        }
    }
}
