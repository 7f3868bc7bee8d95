package dev.itam.m365.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.it.PluginClient.Login;
import dev.itam.m365.it.PluginClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Changes that race: of parallel edits of one item each either wins or is told that someone else
 * changed the item meanwhile; none fails as an error of the server, on every database.
 */
class ConcurrentChangesIT extends DeployedPlugin {

    private static final int PARALLEL = 20;

    @Test
    void parallelEditsOfAPortalEachSucceedOrAreToldToReload() throws Exception {
        String name = "Race " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = client.post("api/portals", portal(name, "first").toString(), Login.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "api/portals/" + created.json().getJsonNumber("id").longValue();

        List<Reply> replies =
                inParallel(i -> client.put(path, portal(name, "edit " + i).toString(), Login.ADMIN));

        assertThat(replies).extracting(Reply::status).containsOnly(200, 409).contains(200);
        assertReloadAdvice(replies, 409);
        assertThat(client.get(path, Login.VIEWER).json().getString("description"))
                .matches("edit \\d+");
    }

    @Test
    void parallelDeletesOfAProductRemoveItOnceAndTellTheOthersItIsGone() throws Exception {
        Reply folder = client.post(
                "api/folders",
                Json.createObjectBuilder()
                        .add("name", "Race " + UUID.randomUUID().toString().substring(0, 8))
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(folder.status()).as(folder.body()).isEqualTo(201);
        Reply product = client.post(
                "api/products",
                Json.createObjectBuilder()
                        .add("name", "Raced product")
                        .add("folderId", folder.json().getJsonNumber("id").longValue())
                        .add("consumerType", "USER")
                        .build()
                        .toString(),
                Login.ADMIN);
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        String path = "api/products/" + product.json().getJsonNumber("id").longValue();

        List<Reply> replies = inParallel(i -> client.delete(path, Login.ADMIN));

        assertThat(replies).extracting(Reply::status).isSubsetOf(204, 404, 409);
        assertThat(replies).filteredOn(r -> r.status() == 204).hasSize(1);
        assertReloadAdvice(replies, 409);
        assertThat(replies)
                .filteredOn(r -> r.status() == 404)
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        assertThat(client.delete(path, Login.ADMIN).status()).isEqualTo(404);
    }

    private interface Call {
        Reply send(int index);
    }

    /** Starts all calls at once, so they meet in the same transactions. */
    private static List<Reply> inParallel(Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Callable<Reply>> calls = IntStream.range(0, PARALLEL)
                    .<Callable<Reply>>mapToObj(i -> () -> call.send(i))
                    .toList();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : threads.invokeAll(calls)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertReloadAdvice(List<Reply> replies, int status) {
        assertThat(replies).filteredOn(r -> r.status() == status).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().getString("detail"))
                    .contains("someone else meanwhile")
                    .contains("reload");
        });
    }

    private static JsonObject portal(String name, String description) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("description", description)
                .add("tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47")
                .add("clientId", "0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                .add(
                        "credential",
                        Json.createObjectBuilder()
                                .add("type", "CLIENT_SECRET")
                                .add("secretId", "a1b2c3")
                                .add("secretValue", "race-secret")
                                .add("secretExpiresOn", "2099-12-31"))
                .build();
    }
}
