/**
 * The {@code pyxis} command: {@code python3}-compatible option parsing and reporting. Nothing
 * else in Pyxis may depend on this package; it is the process boundary where Java failures are
 * turned into Python-style reports and exit statuses.
 */
package org.pyxis.cli;
