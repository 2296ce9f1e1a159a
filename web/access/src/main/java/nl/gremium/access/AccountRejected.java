package nl.gremium.access;

import java.util.List;

/**
 * A change to an account that the rules refuse (weak password, taken or malformed name, unknown role or user). The
 * message is English for the CLI; {@link #reason} and {@link #args} let the web pages say it in the user's language
 * (message key {@code users.error.<reason>}).
 */
public final class AccountRejected extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why a change was refused; the web pages' message keys are {@code users.error.} plus the lower-case name. */
    public enum Reason { PASSWORD_SHORT, PASSWORD_LONG, PASSWORD_COMMON, PASSWORD_NAME, NAME_NOT_ALLOWED, NO_ROLE, EXISTS, NO_SUCH_USER, UNKNOWN_ROLE }

    private final Reason reason;
    private final transient List<Object> args;

    public AccountRejected(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The values the message names (a user name, a length), in the order the message keys use them. */
    public Object[] args() {
        return args.toArray();
    }
}
