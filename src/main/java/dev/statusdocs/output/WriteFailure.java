package dev.statusdocs.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says why writing the site failed and what to do about it. The JDK's exceptions for the commonest causes carry
 * only the file's name ({@link AccessDeniedException}'s message is the path alone), so the cause is named here.
 */
final class WriteFailure {
    private WriteFailure() {
    }

    /** @return an exception whose message is "cause: file; what to do", with the original as its cause */
    static IOException explain(IOException e, OutputLayout layout) {
        String file = e instanceof FileSystemException system ? system.getFile() : null;
        String what = cause(e);
        String where = file == null ? "" : ": " + file;
        return new IOException(what + where + "; " + advice(file, layout), e);
    }

    private static String cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            String reason = system.getReason();
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String advice(String file, OutputLayout layout) {
        String unchanged = "; the site at " + layout.out() + " was not changed";
        Path home = layout.home();
        if (file == null || !Path.of(file).startsWith(home) || Path.of(file).equals(home)) {
            return "make sure " + layout.out().getParent() + " is writable and its disk has room, then build again"
                    + unchanged;
        }
        Path inside = home.resolve(home.relativize(Path.of(file)).getName(0));
        if (layout.currentSlot().map(layout::slot).filter(inside::equals).isPresent()) {
            return "make " + home + " writable again (chmod -R u+w " + home + "), then build again" + unchanged;
        }
        return inside + " is statusdocs's own scratch folder, not the site: make it writable again (chmod -R u+w "
                + inside + ") or delete it, then build again" + unchanged;
    }
}
