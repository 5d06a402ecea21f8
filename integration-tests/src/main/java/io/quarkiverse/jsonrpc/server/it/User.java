package io.quarkiverse.jsonrpc.server.it;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A user as {@code createUser} takes it: Bean Validation checks it where a param says {@code @Valid}. */
public record User(@NotBlank String name, @Min(0) @Max(150) int age, @Email String email) {
}
