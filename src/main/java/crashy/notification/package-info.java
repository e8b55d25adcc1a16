/**
 * What artists are told about their jobs: {@link crashy.notification.NotificationComposer} turns a job event into the
 * message a chat would send. Start there.
 */
@NullMarked
package crashy.notification;

import org.jspecify.annotations.NullMarked;
