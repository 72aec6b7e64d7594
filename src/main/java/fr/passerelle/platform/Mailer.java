package fr.passerelle.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one path every e-mail of the platform leaves by: plain text in French from the templates
 * {@code templates/mail/*.txt}, from the sender {@code passerelle.mail.from}, and only once the transaction that
 * decided to send it has committed — a rolled-back act e-mails nobody. Without an SMTP server
 * ({@code spring.mail.host}) nothing is e-mailed; a refused e-mail is logged and never fails the caller.
 * Every template receives {@code publicUrl}, the platform's public address, to build absolute links.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /**
     * One e-mail: its recipient, subject and the template (a name under {@code templates/mail/}, without
     * {@code .txt}) with its variables, and the files it carries.
     */
    public record Mail(String to, String subject, String template, Map<String, ?> variables, List<Attachment> attachments) {

        public Mail {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** An e-mail without attachment. */
        public Mail(String to, String subject, String template, Map<String, ?> variables) {
            this(to, subject, template, variables, List.of());
        }
    }

    /**
     * A file an e-mail carries: its name, its content type (with its parameters, e.g.
     * {@code text/calendar; charset=UTF-8; method=REQUEST}) and its bytes.
     */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Its own engine in TEXT mode, not a bean, so that the HTML view engine of the site stays as Boot builds it. */
    private final SpringTemplateEngine templates = textTemplates();
    private final ObjectProvider<JavaMailSender> smtp;
    private final String sender;
    private final String publicUrl;

    public Mailer(ObjectProvider<JavaMailSender> smtp, PasserelleProperties properties) {
        this.smtp = smtp;
        this.sender = properties.mail().from();
        this.publicUrl = properties.publicBaseUrl();
    }

    /** The address e-mails leave from ({@code passerelle.mail.from}), which invitations name as their organiser. */
    public String sender() {
        return sender;
    }

    /** Whether an SMTP server is configured: without one, acts that exist only to e-mail are refused. */
    public boolean configured() {
        return smtp.getIfAvailable() != null;
    }

    /** Sends these e-mails once the current transaction has committed (at once when there is none). */
    public void sendAfterCommit(List<Mail> mails) {
        sendAfterCommit(mails, mail -> {
        });
    }

    /**
     * Sends these e-mails once the current transaction has committed (at once when there is none), and calls
     * {@code whenRefused} — outside that transaction — for each one the server refused, so that the caller can undo
     * what it recorded for it.
     */
    public void sendAfterCommit(List<Mail> mails, Consumer<Mail> whenRefused) {
        if (mails.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sendAll(mails, whenRefused);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendAll(mails, whenRefused);
            }
        });
    }

    /**
     * Sends one e-mail now, for callers that already run after their commit and keep track of what left; true
     * when the server accepted it. Never throws.
     */
    public boolean sendNow(Mail mail) {
        JavaMailSender server = smtp.getIfAvailable();
        if (server == null) {
            return false;
        }
        try {
            if (mail.attachments().isEmpty()) {
                var message = new SimpleMailMessage();
                message.setFrom(sender);
                message.setTo(mail.to());
                message.setSubject(mail.subject());
                message.setText(render(mail));
                server.send(message);
            } else {
                MimeMessage message = server.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(sender);
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                helper.setText(render(mail));
                for (Attachment file : mail.attachments()) {
                    helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                }
                server.send(message);
            }
            return true;
        } catch (RuntimeException | MessagingException e) {
            log.warn("E-mail « {} » to {} not sent: {}", mail.subject(), mail.to(), e.getMessage());
            return false;
        }
    }

    /** The text of an e-mail, as its template writes it. */
    public String render(Mail mail) {
        var context = new Context(Locale.FRANCE);
        context.setVariables(Map.copyOf(mail.variables()));
        context.setVariable("publicUrl", publicUrl);
        return templates.process(mail.template(), context);
    }

    private void sendAll(List<Mail> mails, Consumer<Mail> whenRefused) {
        for (Mail mail : mails) {
            if (!sendNow(mail)) {
                try {
                    whenRefused.accept(mail);
                } catch (RuntimeException e) {
                    log.warn("After the refused e-mail « {} » to {}, undoing failed", mail.subject(), mail.to(), e);
                }
            }
        }
    }

    private static SpringTemplateEngine textTemplates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
