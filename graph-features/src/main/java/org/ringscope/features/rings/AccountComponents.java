package org.ringscope.features.rings;

/**
 * Accounts grouped into connected components: {@code componentOf[account]} is a dense component number.
 *
 * @param linkingIdentifiers identifiers that were allowed to link accounts (not hubs, kind links)
 */
public record AccountComponents(int[] componentOf, int componentCount, int linkingIdentifiers, int hubsSkipped) {
}
