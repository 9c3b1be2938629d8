package org.brtimeline.base;

/**
 * A value breaks a rule of the domain: carries the field at fault and what is wrong, so that a form
 * can show the problem next to that field and an API can name the parameter, without parsing a
 * message. {@link #getMessage()} is "field: problem", for logs and command-line reports.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidValueException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field (or parameter) at fault, as the domain names it: "title", "start", "evidence", … */
    public String field() {
        return field;
    }

    /** What an error says to a person: the problem alone for a domain rule, the message otherwise. */
    public static String problemIn(RuntimeException e) {
        return e instanceof InvalidValueException invalid ? invalid.problem() : e.getMessage();
    }

    /** What is wrong, in plain words, without the field's name. */
    public String problem() {
        return problem;
    }
}
