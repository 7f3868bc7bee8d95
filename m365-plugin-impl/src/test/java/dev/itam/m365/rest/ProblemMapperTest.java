package dev.itam.m365.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.ConflictException;
import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.importing.TenantUnreachableException;
import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.monitor.TaskInProgressException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    /** The response's status, and its body read back as JSON, after checking it is problem+json with that status. */
    private JsonObject problem(Throwable failure, int status) {
        Response response = mapper.toResponse(failure);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        JsonObject body = Json.createReader(new StringReader((String) response.getEntity()))
                .readObject();
        assertThat(body.getString("type")).isEqualTo("about:blank");
        assertThat(body.getInt("status")).isEqualTo(status);
        return body;
    }

    private static List<String> errors(JsonObject body) {
        return body.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field") + ": "
                        + e.asJsonObject().getString("message"))
                .toList();
    }

    @Test
    void aMissingItemIs404WithItsMessage() {
        JsonObject body = problem(new NotFoundException("There is no portal with id 7."), 404);
        assertThat(body.getString("title")).isEqualTo("Not found");
        assertThat(body.getString("detail")).isEqualTo("There is no portal with id 7.");
        assertThat(errors(body)).isEmpty();
    }

    @Test
    void aLostRaceFromTheCommitIs409AskingToReload() {
        Throwable commit = new jakarta.transaction.TransactionalException(
                "commit failed", new jakarta.transaction.RollbackException("rolled back"));
        commit.getCause().initCause(new jakarta.persistence.OptimisticLockException("stale version"));

        JsonObject body = problem(commit, 409);

        assertThat(body.getString("title")).isEqualTo("Changed meanwhile");
        assertThat(body.getString("detail"))
                .contains("changed or deleted by someone else meanwhile")
                .contains("reload");
    }

    @Test
    void aConflictIs409WithItsViolations() {
        JsonObject body = problem(new ConflictException(List.of(new Violation("name", "Taken."))), 409);
        assertThat(body.getString("title")).isEqualTo("Conflict");
        assertThat(body.getString("detail")).isEqualTo("name: Taken.");
        assertThat(errors(body)).containsExactly("name: Taken.");
    }

    @Test
    void invalidInputIs400ListingEveryField() {
        JsonObject body = problem(
                new InvalidInputException(
                        List.of(new Violation("name", "Enter a name."), new Violation("tenantId", "A GUID."))),
                400);
        assertThat(body.getString("title")).isEqualTo("Invalid input");
        assertThat(body.getString("detail"))
                .isEqualTo("Correct the fields listed in errors and send the request again.");
        assertThat(errors(body)).containsExactly("name: Enter a name.", "tenantId: A GUID.");
    }

    @Test
    void aTaskInProgressIs409() {
        JsonObject body = problem(new TaskInProgressException("An import of 'Contoso' is running."), 409);
        assertThat(body.getString("title")).isEqualTo("Task in progress");
        assertThat(body.getString("detail")).isEqualTo("An import of 'Contoso' is running.");
    }

    @Test
    void anUnreachableTenantIs502NamingTheCategory() {
        JsonObject body =
                problem(new TenantUnreachableException(FailureCategory.SECRET_EXPIRED, "Renew the secret."), 502);
        assertThat(body.getString("title")).isEqualTo("Tenant unreachable (SECRET_EXPIRED)");
        assertThat(body.getString("detail")).isEqualTo("Renew the secret.");
    }

    @Test
    void anyOtherRefusalOfThePluginIs400() {
        JsonObject body = problem(new PluginException("The certificate has no private key."), 400);
        assertThat(body.getString("title")).isEqualTo("Request refused");
        assertThat(body.getString("detail")).isEqualTo("The certificate has no private key.");
    }

    @Test
    void anUnreadableBodyIs400SayingWhatTheBodyMustBe() {
        JsonObject body = problem(
                new UnreadableBodyException("The body is empty. Send one JSON object with the fields parentId, name."),
                400);
        assertThat(body.getString("title")).isEqualTo("Unreadable request body");
        assertThat(body.getString("detail"))
                .isEqualTo("The body is empty. Send one JSON object with the fields parentId, name.");
        assertThat(errors(body)).isEmpty();
    }

    @Test
    void aBodyOverItsLimitIs413NamingTheLimit() {
        JsonObject body = problem(new BodyTooLargeException(10 * 1024 * 1024), 413);
        assertThat(body.getString("title")).isEqualTo("Request body too large");
        assertThat(body.getString("detail"))
                .isEqualTo("The body has more than 10 MB (10,485,760 bytes), the most this operation takes.");
    }

    @Test
    void aParserFailureWritingAResponseIsNoFaultOfTheRequest() {
        assertThat(problem(new JsonbException("Unexpected char 0x7b at 3"), 500).getString("title"))
                .isEqualTo("Internal error");
    }

    @Test
    void anUnknownPathOrAnIdThatIsNoNumberIs404SayingWhereThePathsAre() {
        JsonObject body = problem(new jakarta.ws.rs.NotFoundException(), 404);
        assertThat(body.getString("title")).isEqualTo("Not Found");
        assertThat(body.getString("detail"))
                .isEqualTo("Nothing is found at this path. Check it, and that ids in it are whole numbers, against"
                        + " the API's paths at /openapi.");
    }

    @Test
    void aWrongMethodIs405NamingTheMethodsThePathTakes() {
        Response response = mapper.toResponse(new NotAllowedException("POST", new String[] {"GET"}));
        assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder("GET", "POST");
        JsonObject body = problem(new NotAllowedException("POST", new String[] {"GET"}), 405);
        assertThat(body.getString("title")).isEqualTo("Method Not Allowed");
        assertThat(body.getString("detail")).isEqualTo("This path takes only GET, POST requests.");
    }

    @Test
    void aWrongMediaTypeSaysWhatToSendInstead() {
        assertThat(problem(new NotSupportedException(), 415).getString("detail"))
                .isEqualTo(
                        "Send the body as application/json (Content-Type: application/json); PUT /api/catalogue"
                                + " takes Microsoft's product names CSV as text/csv, PUT /api/prices a price list as text/csv.");
        assertThat(problem(new NotAcceptableException(), 406).getString("detail"))
                .isEqualTo("The API answers in application/json (problems in application/problem+json), GET"
                        + " /api/reclaim also in text/csv: accept one of them, e.g. send Accept: application/json or no"
                        + " Accept header.");
    }

    @Test
    void anUnexpectedFailureIs500WithAReferenceToTheLogAndNoDetails() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(ProblemMapper.class.getName());
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        try {
            IllegalStateException failure = new IllegalStateException("password=hunter2");
            JsonObject body = problem(failure, 500);

            assertThat(body.getString("title")).isEqualTo("Internal error");
            assertThat(body.getString("detail")).doesNotContain("hunter2");
            Matcher reference = Pattern.compile("reference ([0-9a-f-]{36})\\.$").matcher(body.getString("detail"));
            assertThat(reference.find()).as(body.getString("detail")).isTrue();
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getMessage()).isEqualTo("Unexpected failure, reference " + reference.group(1));
                assertThat(record.getThrown()).isSameAs(failure);
            });
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(true);
        }
    }
}
