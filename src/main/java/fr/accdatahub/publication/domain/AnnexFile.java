package fr.accdatahub.publication.domain;

/** An annex 6 file: its name and its content. */
public record AnnexFile(String name, String content) {
}
