/**
 * Test doubles shared by the tests of several packages: fakes of our ports and of the servers our adapters talk to,
 * such as {@link crashy.testing.LoopbackHttpServer}, a scriptable HTTP server on the loopback interface.
 */
@NullMarked
package crashy.testing;

import org.jspecify.annotations.NullMarked;
