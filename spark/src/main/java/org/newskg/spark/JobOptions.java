package org.newskg.spark;

import java.io.Serializable;

/**
 * What the executors need of the command line.
 *
 * @param format    the reader for every input ("txt", "html", "jsonl", "warc", ...), or null to
 *                  choose by file name, as `newskg ingest` does
 * @param published the publication date for articles that state none, or null
 */
record JobOptions(String format, String published, boolean link, long maxFileSize) implements Serializable {}
