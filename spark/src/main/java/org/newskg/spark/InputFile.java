package org.newskg.spark;

import java.io.Serializable;

/**
 * One input the job reads, as the driver lists it: a Hadoop path, its length (for the size limit)
 * and its sidecar, if any. {@code order} is its place in input order, the order `newskg ingest`
 * would read it in: the first copy of an article in this order is the one kept.
 *
 * @param path    the file's Hadoop path (file:, hdfs:, s3a:, ...), also the source name in reports
 * @param sidecar the path of its metadata sidecar ({@code a.json} beside {@code a.txt}), or null
 */
record InputFile(int order, String path, long size, String sidecar) implements Serializable {}
