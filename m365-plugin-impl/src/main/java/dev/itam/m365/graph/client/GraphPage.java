package dev.itam.m365.graph.client;

import java.util.List;

/** A page of a Graph collection; {@code nextLink} is absent on the last page. */
interface GraphPage<T> {

    List<T> value();

    String nextLink();
}
