package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The most common way to rename a bean property for Jackson: {@code @JsonProperty} on the private field, with a plain
 * getter and setter. Jackson has one property, "full_name"; the OpenRPC document must list the same.
 */
public class OpenRpcRenamedBeanPropertyTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(People.class, Person.class));

    public static class Person {
        @JsonProperty("full_name")
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class People {
        @JsonRpc
        public Person person(Person person) {
            return person;
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theDocumentListsThePropertiesTheServerWrites() throws Exception {
        JsonNode written = MAPPER.readTree(HttpRpc.call(
                "{\"jsonrpc\":\"2.0\",\"method\":\"person\",\"params\":[{\"full_name\":\"Ada\"}],\"id\":1}"))
                .get("result");
        assertThat(written.toString()).isEqualTo("{\"full_name\":\"Ada\"}");
        // "name" is not read either: Jackson knows no such property, and ignores it
        assertThat(MAPPER.readTree(HttpRpc.call(
                "{\"jsonrpc\":\"2.0\",\"method\":\"person\",\"params\":[{\"name\":\"Ada\"}],\"id\":2}"))
                .get("result").toString()).isEqualTo("{\"full_name\":null}");

        JsonNode document = Http.getJson("/jsonrpc/openrpc.json");
        List<String> documented = new ArrayList<>();
        document.at("/components/schemas/Person/properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).as(document.at("/components/schemas/Person").toString()).containsExactly("full_name");
    }
}
