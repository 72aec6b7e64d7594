package fr.passerelle;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server of the tests, on the port the platform's {@code spring.mail.port} names: a free port
 * the build reserved (so that several builds on one machine never collide), 3025 when a test runs outside Maven.
 */
public final class TestSmtp {

    public static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("spring.mail.port", 3025), null, ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }
}
