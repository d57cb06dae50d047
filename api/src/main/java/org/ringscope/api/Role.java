package org.ringscope.api;

/** What a key may do: a scorer reads features, an investigator also rings and labels, an analyst runs Cypher. */
public enum Role {
    SCORER, INVESTIGATOR, ANALYST, ADMIN
}
