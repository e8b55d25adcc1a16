package crashy.preview.exr;

import java.util.Map;
import java.util.Optional;

/** Typed look-up of standard attributes, failing with a message that names the attribute. */
final class HeaderValues {
    private HeaderValues() {}

    static <T> T required(Map<String, ExrAttribute> attributes, String name, Class<T> type, String typeName)
            throws ExrFormatException {
        Optional<T> value = optional(attributes, name, type, typeName);
        if (value.isEmpty()) {
            throw new ExrFormatException("required attribute '" + name + "' is missing");
        }
        return value.get();
    }

    static <T> Optional<T> optional(Map<String, ExrAttribute> attributes, String name, Class<T> type, String typeName)
            throws ExrFormatException {
        ExrAttribute attribute = attributes.get(name);
        if (attribute == null) {
            return Optional.empty();
        }
        if (!attribute.type().equals(typeName) || !type.isInstance(attribute.value())) {
            throw new ExrFormatException(
                    "attribute '" + name + "' has type " + attribute.type() + ", expected " + typeName);
        }
        return Optional.of(type.cast(attribute.value()));
    }
}
