package crashy.farm.deadline;

import static crashy.farm.deadline.DeadlineAnswers.array;
import static crashy.farm.deadline.DeadlineAnswers.job;
import static crashy.farm.deadline.DeadlineAnswers.real;
import static crashy.farm.deadline.DeadlineAnswers.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineJsonReaderTest {
    private final DeadlineJsonReader reader = new DeadlineJsonReader();

    @Test
    void readsTasksFromTheDocumentedObjectAndSkipsItsOtherMembers() throws IOException {
        // given
        String answer = """
                {"ID": "j1", "PreTask": {"TaskID": -1, "Frames": "pre"}, "Tasks": [{"TaskID": 0}, {"TaskID": 1}],
                 "PostTask": {"TaskID": -2}}""";

        // expect
        assertThat(taskIds(answer)).containsExactly(0, 1);
    }

    @Test
    void readsTasksFromABareArray() throws IOException {
        assertThat(taskIds("[{\"TaskID\": 4}, null, {\"TaskID\": 5}]")).containsExactly(4, 5);
    }

    @Test
    void readsASingleTaskObjectAsOneTask() throws IOException {
        assertThat(taskIds(real("task-failed.json"))).containsExactly(20);
    }

    @Test
    void readsASingleTaskInsteadOfTheTasksArray() throws IOException {
        assertThat(taskIds("{\"ID\": \"j1\", \"Tasks\": {\"TaskID\": 9}}")).containsExactly(9);
    }

    @Test
    void readsAJobWithoutTasksAsNoTasks() throws IOException {
        assertThat(taskIds("{\"ID\": \"j1\", \"Tasks\": null}")).isEmpty();
        assertThat(taskIds("{\"ID\": \"j1\"}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "There are no error reports for this job.", "\"No reports\"", "", "  \n"})
    void readsAMessageOrAJsonStringInsteadOfTheReportArrayAsNoReports(String answer) throws IOException {
        assertThat(reader.listOrNone(stream(answer), DeadlineReportJson.class, Function.identity()))
                .isEmpty();
    }

    @Test
    void readsReportsAfterALeadingByteOrderMark() throws IOException {
        // given
        String answer = "\uFEFF[" + real("task-report-error.json") + "]";

        // expect
        assertThat(reader.listOrNone(stream(answer), DeadlineReportJson.class, DeadlineReportJson::id))
                .containsExactly("60ae9515d1300e1054f5cb7d");
    }

    @Test
    void stillRefusesABrokenReportArray() {
        assertThatThrownBy(
                        () -> reader.listOrNone(stream("[{\"_id\": "), DeadlineReportJson.class, Function.identity()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"the log\"", "[\"the log\"]", "the log"})
    void readsReportContentsAsAStringAOneElementArrayOrPlainText(String answer) throws IOException {
        assertThat(reader.contents(stream(answer))).isEqualTo("the log");
    }

    @Test
    void readsNoReportContentsAsEmptyText() throws IOException {
        assertThat(reader.contents(stream("[]"))).isEmpty();
    }

    @Test
    void readsIdsAndTakesTheIdOfFullJobsWhenTheServerIgnoresIdOnly() throws IOException {
        // given
        String answer = array("\"a1\"", job("b2", 1, "ana"), "null", "\"\"", "\"c3\"");

        // expect
        assertThat(reader.strings(stream(answer), "_id")).containsExactly("a1", "b2", "c3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>Bad Gateway</body></html>", "{\"Message\": \"no\"}", "\"Error\"", "", "[{]"})
    void refusesAJobListThatIsNotAnArrayOfObjects(String answer) {
        assertThatThrownBy(() -> reader.list(stream(answer), DeadlineJobJson.class, Function.identity()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesAJobListThatEndsEarly() {
        // given
        String answer = array(job("a1", 1, "ana"), job("b2", 1, "ana"));
        String truncated = answer.substring(0, answer.length() - 20);

        // expect
        assertThatThrownBy(() -> reader.list(stream(truncated), DeadlineJobJson.class, Function.identity()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void turnsAValueOurRecordsRefuseIntoAParseFailure() {
        // given
        DeadlineJobMapper mapper = new DeadlineJobMapper(new SharedStrings(10));

        // expect
        assertThatThrownBy(() -> reader.list(stream("[{\"_id\": \" \"}]"), DeadlineJobJson.class, mapper::job))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("a job id cannot be blank");
    }

    @Test
    void streamsALongListElementByElement() throws IOException {
        // given: an answer produced piece by piece, never as one string
        List<InputStream> pieces = IntStream.range(0, 5_000)
                .mapToObj(i -> stream((i == 0 ? "[" : ",") + job("job" + i, 1, "ana")))
                .collect(java.util.stream.Collectors.toList());
        pieces.add(stream("]"));
        InputStream answer = new SequenceInputStream(Collections.enumeration(pieces));

        // when
        List<String> ids = reader.list(answer, DeadlineJobJson.class, DeadlineJobJson::id);

        // then
        assertThat(ids).hasSize(5_000).startsWith("job0").endsWith("job4999");
    }

    private List<Integer> taskIds(String answer) throws IOException {
        return reader.tasks(stream(answer), DeadlineTaskJson::id);
    }
}
