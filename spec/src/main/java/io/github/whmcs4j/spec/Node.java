package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.SourceLocation;
import java.util.List;

/** A spec document as a tree that remembers where each part came from. */
sealed interface Node {
    SourceLocation location();

    /** What this node is, for messages: "a mapping", "a list", "a value". */
    String kind();

    record Scalar(String text, SourceLocation location) implements Node {
        @Override
        public String kind() {
            return "a value";
        }
    }

    record Sequence(List<Node> items, SourceLocation location) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, SourceLocation location) implements Node {
        @Override
        public String kind() {
            return "a mapping";
        }

        Node get(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry.value();
                }
            }
            return null;
        }
    }

    record Entry(String key, SourceLocation keyLocation, Node value) {
    }
}
