package io.scry.coordinator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scry.protocol.security.ConnectionStrings;
import java.util.Map;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCode;
import org.apache.pekko.http.javadsl.model.StatusCodes;

/** The API's JSON: one mapper, responses with a status, and errors as {@code {"error": "..."}}. */
public final class Json {

  /** Dates as ISO-8601 strings; records as objects. Shared with API clients such as the CLI. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static HttpResponse ok(Object body) {
    return response(StatusCodes.OK, body);
  }

  static HttpResponse response(StatusCode status, Object body) {
    return HttpResponse.create()
        .withStatus(status)
        .withEntity(ContentTypes.APPLICATION_JSON, write(body));
  }

  /** An error body; any password the message quotes (a target URL, say) is masked. */
  static HttpResponse error(StatusCode status, String message) {
    return response(status, Map.of("error", ConnectionStrings.mask(message)));
  }
}
