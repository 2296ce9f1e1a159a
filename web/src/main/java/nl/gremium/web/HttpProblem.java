package nl.gremium.web;

/** A request that cannot be answered, with the HTTP status to answer it with and a message for the user. */
final class HttpProblem extends RuntimeException {
    final int status;

    HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpProblem notFound(String what) {
        return new HttpProblem(404, what + " not found");
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }
}
