package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Bot API as {@code telegram/bot-api.json} describes it, used to check calls: the method exists (in any letter
 * case, as Telegram allows), every required parameter is there, nothing unknown is (the library's own {@code method}
 * field aside), and each value has a declared type, objects checked field by field down to the leaves.
 */
final class BotApiSpec {
    private static final Pattern ARRAY_OF = Pattern.compile("Array of (.+)");
    private static final Pattern FIXED_VALUE = Pattern.compile("(?:must be|always) \"?([a-z_]+)\"?$");
    private static final Set<String> SCALARS = Set.of("Integer", "Float", "String", "Boolean", "InputFile");
    private static final String ATTACH = "attach://";

    private final Map<String, JsonNode> methodsByLowerCaseName = new HashMap<>();
    private final JsonNode types;

    private BotApiSpec(JsonNode spec) {
        spec.get("methods").forEach(method -> methodsByLowerCaseName.put(lowerCase(method.get("name")), method));
        types = spec.get("types");
    }

    static BotApiSpec load() {
        try (InputStream in = BotApiSpec.class.getResourceAsStream("/telegram/bot-api.json")) {
            if (in == null) {
                throw new IllegalStateException("telegram/bot-api.json is not on the test class path");
            }
            return new BotApiSpec(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The method's name as the spec spells it, for a name in any letter case. */
    Optional<String> methodNamed(String anyCase) {
        return Optional.ofNullable(methodsByLowerCaseName.get(anyCase.toLowerCase(Locale.ROOT)))
                .map(method -> method.get("name").asText());
    }

    /** What is wrong with this call of a method the spec has; empty for a valid call. */
    List<String> problems(String method, Parameters call) {
        Map<String, JsonNode> declared = fieldsOf(methodsByLowerCaseName.get(method.toLowerCase(Locale.ROOT)));
        List<String> problems = new ArrayList<>();
        call.fields().fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode field = declared.get(name);
            if (field == null && !name.equals("method")) {
                problems.add(name + " is not a parameter of " + method);
            } else if (field != null && !entry.getValue().isNull()) {
                problems.addAll(
                        call.form()
                                ? formValueProblems(name, entry.getValue().asText(), typesOf(field), call)
                                : valueProblems(name, entry.getValue(), typesOf(field)));
            }
        });
        call.uploads().keySet().stream()
                .filter(part -> !isUploadParameter(declared.get(part)) && !isAttached(part, call))
                .forEach(part -> problems.add("uploaded part " + part + " is no parameter and no attach:// names it"));
        declared.values().stream()
                .filter(field -> field.get("required").asBoolean())
                .map(field -> field.get("name").asText())
                .filter(name -> !call.has(name) && !call.uploads().containsKey(name))
                .forEach(name -> problems.add(name + " is required"));
        return problems;
    }

    private List<String> valueProblems(String path, JsonNode value, List<String> alternatives) {
        return anyOf(path, value, alternatives, type -> shapeOf(value, type), type -> typeProblems(path, value, type));
    }

    /** A form sends every value as text: each declared type says how to read it, JSON for objects and arrays. */
    private List<String> formValueProblems(String path, String text, List<String> alternatives, Parameters call) {
        if (alternatives.contains("InputFile") && text.startsWith(ATTACH)) {
            return call.uploads().containsKey(text.substring(ATTACH.length()))
                    ? List.of()
                    : List.of(path + " names " + text + " but no part of that name was uploaded");
        }
        Function<String, @Nullable JsonNode> read = type -> fromForm(text, type);
        return anyOf(
                path,
                TextNode.valueOf(text),
                alternatives,
                type -> read.apply(type) != null,
                type -> typeProblems(path, read.apply(type), type));
    }

    private List<String> anyOf(
            String path,
            JsonNode value,
            List<String> alternatives,
            Function<String, Boolean> shapeFits,
            Function<String, List<String>> problemsAs) {
        List<String> fitting = alternatives.stream().filter(shapeFits::apply).collect(Collectors.toList());
        if (fitting.isEmpty()) {
            return List.of(path + " should be " + String.join(" or ", alternatives) + ", was " + abbreviate(value));
        }
        List<String> fewest = List.of();
        for (String type : fitting) {
            List<String> problems = problemsAs.apply(type);
            if (problems.isEmpty()) {
                return problems;
            }
            fewest = fewest.isEmpty() || problems.size() < fewest.size() ? problems : fewest;
        }
        return fewest;
    }

    private List<String> typeProblems(String path, @Nullable JsonNode value, String type) {
        if (value == null) {
            return List.of(path + " should be " + type);
        }
        Matcher array = ARRAY_OF.matcher(type);
        if (array.matches()) {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(valueProblems(path + "[" + i + "]", value.get(i), List.of(array.group(1))));
            }
            return problems;
        }
        if (type.equals("InputFile")) {
            return List.of(path + ": files can only be uploaded as multipart/form-data");
        }
        return SCALARS.contains(type) ? List.of() : objectProblems(path, value, type);
    }

    private List<String> objectProblems(String path, JsonNode value, String typeName) {
        JsonNode type = types.get(typeName);
        if (type.has("subtypes")) {
            List<String> kinds = new ArrayList<>();
            type.get("subtypes").forEach(kind -> kinds.add(kind.asText()));
            return valueProblems(
                    path,
                    value,
                    kinds.stream()
                            .filter(kind -> namesItself(value, kind))
                            .findFirst()
                            .map(List::of)
                            .orElse(kinds));
        }
        Map<String, JsonNode> declared = fieldsOf(type);
        if (declared.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        value.fieldNames().forEachRemaining(name -> {
            if (!declared.containsKey(name)) {
                problems.add(path + "." + name + " is not a field of " + typeName);
            }
        });
        for (JsonNode field : declared.values()) {
            String name = field.get("name").asText();
            JsonNode fieldValue = value.get(name);
            if (fieldValue == null || fieldValue.isNull()) {
                if (field.get("required").asBoolean()) {
                    problems.add(path + "." + name + " is required in " + typeName);
                }
            } else {
                problems.addAll(valueProblems(path + "." + name, fieldValue, typesOf(field)));
                fixedValue(type, field)
                        .filter(fixed -> !fixed.equals(fieldValue.asText()))
                        .ifPresent(fixed -> problems.add(path + "." + name + " must be " + fixed + " in " + typeName));
            }
        }
        return problems;
    }

    /** Whether the value's discriminator ({@code "type":"chat"}, say) is the one this kind of a union must have. */
    private boolean namesItself(JsonNode value, String kind) {
        JsonNode type = types.get(kind);
        return fieldsOf(type).values().stream()
                .anyMatch(field -> fixedValue(type, field)
                        .filter(fixed -> fixed.equals(
                                value.path(field.get("name").asText()).asText()))
                        .isPresent());
    }

    /** The subtypes of a union tell themselves apart by a field whose description says it "must be" one value. */
    private static Optional<String> fixedValue(JsonNode type, JsonNode field) {
        if (!type.has("subtype_of")) {
            return Optional.empty();
        }
        Matcher fixed = FIXED_VALUE.matcher(field.get("description").asText());
        return fixed.find() ? Optional.of(fixed.group(1)) : Optional.empty();
    }

    private static boolean shapeOf(JsonNode value, String type) {
        if (ARRAY_OF.matcher(type).matches()) {
            return value.isArray();
        }
        return switch (type) {
            case "Integer" -> value.isIntegralNumber();
            case "Float" -> value.isNumber();
            case "String" -> value.isTextual();
            case "Boolean" -> value.isBoolean();
            case "InputFile" -> value.isTextual() && value.asText().startsWith(ATTACH);
            default -> value.isObject();
        };
    }

    private static @Nullable JsonNode fromForm(String text, String type) {
        switch (type) {
            case "String":
                return TextNode.valueOf(text);
            case "Integer":
                return text.matches("-?\\d{1,18}") ? LongNode.valueOf(Long.parseLong(text)) : null;
            case "Float":
                return text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")
                        ? DoubleNode.valueOf(Double.parseDouble(text))
                        : null;
            case "Boolean":
                return text.equals("true") || text.equals("false")
                        ? BooleanNode.valueOf(Boolean.parseBoolean(text))
                        : null;
            case "InputFile":
                return null;
            default:
                try {
                    JsonNode parsed = Parameters.parse(text);
                    return shapeOf(parsed, type) ? parsed : null;
                } catch (UncheckedIOException notJson) {
                    return null;
                }
        }
    }

    private boolean isAttached(String part, Parameters call) {
        List<JsonNode> values = new ArrayList<>();
        call.fields().elements().forEachRemaining(values::add);
        return values.stream()
                .anyMatch(value -> value.isTextual() && value.asText().equals(ATTACH + part));
    }

    private static boolean isUploadParameter(@Nullable JsonNode field) {
        return field != null && typesOf(field).contains("InputFile");
    }

    private static Map<String, JsonNode> fieldsOf(JsonNode methodOrType) {
        Map<String, JsonNode> fields = new HashMap<>();
        methodOrType
                .path("fields")
                .forEach(field -> fields.put(field.get("name").asText(), field));
        return fields;
    }

    private static List<String> typesOf(JsonNode field) {
        List<String> types = new ArrayList<>();
        field.get("types").forEach(type -> types.add(type.asText()));
        return types;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String lowerCase(JsonNode name) {
        return name.asText().toLowerCase(Locale.ROOT);
    }
}
