package io.quarkiverse.jsonrpc.server.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Maven project of a Quarkus app with {@code subtract} and as many methods as asked in all, ten to a bean:
 * the apps whose startup is compared.
 * <p>
 * {@code java … ManyMethodsApp <directory> <methods> <extension version> <quarkus version>}
 */
public final class ManyMethodsApp {

    private static final String PACKAGE = "bench.generated";

    private ManyMethodsApp() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), args[2], args[3]);
    }

    static void write(Path directory, int methods, String extensionVersion, String quarkusVersion) throws IOException {
        Path sources = directory.resolve("src/main/java/" + PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        Files.createDirectories(directory.resolve("src/main/resources"));
        Files.writeString(directory.resolve("pom.xml"), pom(methods, extensionVersion, quarkusVersion));
        // Quarkus's own log stays at INFO: StartupProbe reads the port the application took from its "Listening on"
        Files.writeString(directory.resolve("src/main/resources/application.properties"),
                "quarkus.banner.enabled=false\nquarkus.log.level=WARN\nquarkus.log.category.\"io.quarkus\".level=INFO\n");
        int beans = (methods + 9) / 10;
        int written = 0;
        for (int bean = 0; bean < beans; bean++) {
            StringBuilder source = new StringBuilder("package " + PACKAGE + ";\n\n")
                    .append("import io.quarkiverse.jsonrpc.server.JsonRpc;\n\n")
                    .append("public class Bean").append(bean).append(" {\n");
            for (int i = 0; i < 10 && written < methods; i++, written++) {
                // the first method is the one called; the others only fill the table
                String name = written == 0 ? "subtract" : "m" + written;
                source.append("\n    @JsonRpc\n    public int ").append(name).append("(int a, int b) {\n")
                        .append("        return a - b").append(written == 0 ? "" : " + " + written).append(";\n    }\n");
            }
            Files.writeString(sources.resolve("Bean" + bean + ".java"), source.append("}\n").toString());
        }
    }

    private static String pom(int methods, String extensionVersion, String quarkusVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <modelVersion>4.0.0</modelVersion>
                    <groupId>bench.generated</groupId>
                    <artifactId>methods-%1$d</artifactId>
                    <version>1</version>
                    <properties>
                        <maven.compiler.release>17</maven.compiler.release>
                        <maven.compiler.parameters>true</maven.compiler.parameters>
                        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    </properties>
                    <dependencyManagement>
                        <dependencies>
                            <dependency>
                                <groupId>io.quarkus</groupId>
                                <artifactId>quarkus-bom</artifactId>
                                <version>%3$s</version>
                                <type>pom</type>
                                <scope>import</scope>
                            </dependency>
                        </dependencies>
                    </dependencyManagement>
                    <dependencies>
                        <dependency>
                            <groupId>io.quarkiverse.jsonrpc-server</groupId>
                            <artifactId>quarkus-jsonrpc-server</artifactId>
                            <version>%2$s</version>
                        </dependency>
                    </dependencies>
                    <build>
                        <plugins>
                            <plugin>
                                <groupId>io.quarkus</groupId>
                                <artifactId>quarkus-maven-plugin</artifactId>
                                <version>%3$s</version>
                                <executions>
                                    <execution>
                                        <goals>
                                            <goal>build</goal>
                                        </goals>
                                    </execution>
                                </executions>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """.formatted(methods, extensionVersion, quarkusVersion);
    }
}
