/**
 * Notifications: what a step of a process tells the people it concerns. Any module calls
 * {@link fr.passerelle.notifications.Notifications#send(fr.passerelle.notifications.Notice)} inside its own transaction
 * with the accounts to notify; the notifications are stored with that transaction and shown in the in-app list
 * ({@code /gestion/notifications}, with the unread count in the page header), and e-mailed in French after the
 * commit only — at once, or in a daily digest for the people who chose it. A failing SMTP server never fails the
 * caller: what was not e-mailed waits for the next digest run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "platform"})
package fr.passerelle.notifications;
