package fr.accdatahub.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What the workbook reader refuses before parsing: too many bytes, or a part that inflates beyond reason. */
class AnnexTwoWorkbookTest {

    @Test
    void aWorkbookOverFourMebibytesIsRefusedUnread() {
        WorkbookRejected rejected = assertThrows(WorkbookRejected.class,
                () -> AnnexTwoWorkbook.read(new byte[AnnexTwoWorkbook.MAX_BYTES + 1]));
        assertEquals("The workbook is larger than 4 MiB", rejected.getMessage());
    }

    /** 40 MB of one sheet compress into some 40 KB: POI's inflation guards stop it before it reaches memory. */
    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
        }
        assertTrue(zip.size() < AnnexTwoWorkbook.MAX_BYTES);
        WorkbookRejected rejected = assertThrows(WorkbookRejected.class,
                () -> AnnexTwoWorkbook.read(zip.toByteArray()));
        assertEquals("The workbook inflates beyond what a workbook does (a zip bomb)", rejected.getMessage());
    }
}
