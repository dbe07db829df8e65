package fr.accdatahub.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;

/** The HTTP layer's own limits ({@code acc.http.*}). */
@ConfigMapping(prefix = "acc.http")
public interface HttpSettings {

    /** The largest request body; one declared larger is refused with a 413 before it is read. */
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBodySize();
}
