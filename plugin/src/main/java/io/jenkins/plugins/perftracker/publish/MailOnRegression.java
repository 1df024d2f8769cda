package io.jenkins.plugins.perftracker.publish;

import java.util.Set;
import java.util.StringJoiner;

import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.User;
import hudson.tasks.MailAddressResolver;
import jakarta.mail.Transport;
import jenkins.model.Jenkins;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;
import jenkins.scm.RunWithSCM;

import io.jenkins.plugins.perftracker.core.publish.VerdictMail;

/**
 * Mails a build's new regressions and improvements to the build's culprits through the Mailer plugin. The only
 * class that touches the (optional) Mailer plugin, and it is loaded only when that plugin is installed.
 */
final class MailOnRegression {
    private MailOnRegression() {
    }

    static void send(final Run<?, ?> build, final VerdictMail mail, final TaskListener listener) {
        String recipients = recipients(build);
        if (recipients.isEmpty()) {
            listener.getLogger().println("[perftracker] no culprit with an e-mail address: no mail sent");
            return;
        }
        try {
            Transport.send(new MimeMessageBuilder().setListener(listener).setSubject(mail.subject())
                    .setBody(mail.body()).addRecipients(recipients).buildMimeMessage());
            listener.getLogger().println("[perftracker] mailed the changes to " + recipients);
        }
        catch (Exception e) {
            listener.getLogger().println("[perftracker] could not send the mail: " + e.getMessage());
        }
    }

    /** Whether the Mailer plugin is installed (its classes may be used). */
    static boolean isAvailable() {
        return Jenkins.get().getPlugin("mailer") != null;
    }

    private static String recipients(final Run<?, ?> build) {
        StringJoiner addresses = new StringJoiner(", ");
        if (build instanceof RunWithSCM<?, ?> withScm) {
            Set<User> culprits = withScm.getCulprits();
            for (User user : culprits) {
                String address = MailAddressResolver.resolve(user);
                if (address != null && !address.isBlank()) {
                    addresses.add(address);
                }
            }
        }
        return addresses.toString();
    }
}
