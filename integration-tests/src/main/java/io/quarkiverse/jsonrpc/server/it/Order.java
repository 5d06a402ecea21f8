package io.quarkiverse.jsonrpc.server.it;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order: violations inside it are reported with the names the client wrote, {@code customer_name} and
 * {@code lines[1].qty}.
 */
public record Order(@JsonProperty("customer_name") @NotBlank String customerName,
        @Size(min = 1, max = 10) List<@Valid Line> lines) {

    /** Its quantity is {@code qty} in JSON: a renamed property inside the list's elements. */
    public record Line(@NotBlank @Pattern(regexp = "[A-Z]-\\d+") String sku,
            @JsonProperty("qty") @Positive int quantity) {
    }
}
