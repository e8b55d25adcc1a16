package crashy.simulator;

import java.util.List;
import java.util.function.Function;

/** {@code /api/pools}, {@code /api/groups} and {@code /api/users}: names, workers in pools or groups, user objects. */
final class NamesEndpoint {
    private final SimulatedFarm farm;

    NamesEndpoint(SimulatedFarm farm) {
        this.farm = farm;
    }

    Reply pools(Query query) {
        return namesOrMembers(query.list("Pool"), farm.pools(), WorkerView::pools);
    }

    Reply groups(Query query) {
        return namesOrMembers(query.list("Group"), farm.groups(), WorkerView::groups);
    }

    /** With no filter the names; with one, the workers that belong to any of the pools or groups named. */
    private Reply namesOrMembers(List<String> wanted, List<String> names, Function<WorkerView, List<String>> of) {
        if (wanted.isEmpty()) {
            return Reply.strings(names);
        }
        return Reply.strings(farm.workers().stream()
                .filter(worker -> of.apply(worker).stream().anyMatch(wanted::contains))
                .map(WorkerView::name)
                .toList());
    }

    Reply users(Query query) {
        List<String> wanted = query.list("Name");
        List<String> users = farm.users().stream()
                .filter(user -> wanted.isEmpty() || wanted.contains(user))
                .toList();
        if (query.flag("NamesOnly")) {
            return Reply.strings(users);
        }
        return Reply.json(json -> {
            json.writeStartArray();
            for (String user : users) {
                json.writeStartObject();
                json.writeStringField("_id", user);
                json.writeStringField("Name", user);
                json.writeStringField("Email", user + "@studio.example");
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
