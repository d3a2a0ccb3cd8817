package org.quire.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB container (OCF): a zip whose first entry is an uncompressed {@code mimetype}, so that tools
 * can recognise the file from its first bytes, and whose {@code container.xml} points at the package.
 */
final class OcfArchive {
    static final String ROOT = "OEBPS/";
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private OcfArchive() {
    }

    /**
     * @param time  stamped on every entry, so that the same book gives the same bytes
     * @param files path under {@code OEBPS/} to content, in the order to write them
     */
    static byte[] zip(LocalDateTime time, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = entry("mimetype", time);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            put(zip, first, mimetype);
            String container = CONTAINER.formatted(ROOT + PackageDocument.HREF);
            put(zip, entry("META-INF/container.xml", time), container.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, entry(ROOT + file.getKey(), time), file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** A local time, not an instant: zip stores no zone, and setTime would apply the JVM's. */
    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] data) throws IOException {
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
