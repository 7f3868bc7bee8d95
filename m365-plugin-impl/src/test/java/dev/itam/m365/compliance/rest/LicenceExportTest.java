package dev.itam.m365.compliance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.PortalBalance;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.export.rest.ExportFormat;
import dev.itam.m365.export.rest.RequestHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A licence's consumers export reads them a page at a time while it writes, never all at once. */
class LicenceExportTest {

    private static final int CONSUMERS = 2_500;

    private final Paged compliance = new Paged();
    private final LicenceResource resource = new LicenceResource();

    LicenceExportTest() {
        resource.compliance = compliance;
    }

    @Test
    void theConsumersAreReadAPageAtATimeAsTheFileIsWritten() throws IOException {
        resource.headers = RequestHeaders.of("text/csv");

        Response response = resource.consumersExport(10);
        assertThat(compliance.reads).as("the first page before the answer").containsExactly("0+1000");

        Lines lines = new Lines();
        ((StreamingOutput) response.getEntity()).write(lines);
        assertThat(compliance.reads).containsExactly("0+1000", "1000+1000", "2000+1000");
        assertThat(lines.count).as("a header and every consumer").isEqualTo(CONSUMERS + 1);
        assertThat(response.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"licence-10-consumers.csv\"");
    }

    @Test
    void xlsxIsReadAPageAtATimeToo() throws IOException {
        resource.headers = RequestHeaders.of(ExportFormat.XLSX_TYPE);

        ((StreamingOutput) resource.consumersExport(10).getEntity()).write(OutputStream.nullOutputStream());

        assertThat(compliance.reads).containsExactly("0+1000", "1000+1000", "2000+1000");
    }

    /** Counts the CRLFs written. */
    private static final class Lines extends OutputStream {
        int count;

        @Override
        public void write(int b) {
            if (b == '\n') {
                count++;
            }
        }
    }

    /** 2,500 consumers, only ever served a page at a time. */
    private static final class Paged implements ComplianceService {
        final List<String> reads = new ArrayList<>();

        @Override
        public List<Consumer> consumers(long licenceId, int first, int max) {
            reads.add(first + "+" + max);
            return IntStream.range(first, Math.min(first + max, CONSUMERS))
                    .mapToObj(i -> new Consumer(
                            i,
                            "id-" + i,
                            "User " + i,
                            "u" + i + "@x.example",
                            null,
                            null,
                            true,
                            AssignmentSource.DIRECT,
                            null,
                            null))
                    .toList();
        }

        @Override
        public List<Consumer> consumers(long licenceId) {
            throw new AssertionError("every consumer at once");
        }

        @Override
        public List<LicenceCompliance> licences() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PortalBalance> balances() {
            throw new UnsupportedOperationException();
        }
    }
}
