package nl.gremium.web;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Sends one e-mail (plain text and HTML alternatives) over SMTP as {@link SmtpConfig} says. */
final class Mailer {
    private static final String TIMEOUT_MS = "20000";
    private final SmtpConfig config;
    private final Session session;

    Mailer(SmtpConfig config) {
        this.config = config;
        Properties p = new Properties();
        String proto = config.tls() == SmtpConfig.Tls.ssl ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", config.host());
        p.put("mail." + proto + ".port", String.valueOf(config.port()));
        p.put("mail." + proto + ".connectiontimeout", TIMEOUT_MS);
        p.put("mail." + proto + ".timeout", TIMEOUT_MS);
        p.put("mail." + proto + ".writetimeout", TIMEOUT_MS);
        if (config.tls() == SmtpConfig.Tls.starttls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (config.tls() != SmtpConfig.Tls.none) {
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (config.user() != null && !config.user().isBlank()) {
            p.put("mail." + proto + ".auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(config.user(), config.password() == null ? "" : config.password());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
    }

    void send(String to, String subject, String text, String html) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(config.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setSentDate(Date.from(Instant.now()));
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=utf-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(rich);
        m.setContent(alternatives);
        Transport.send(m);
    }
}
