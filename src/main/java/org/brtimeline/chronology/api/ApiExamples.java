package org.brtimeline.chronology.api;

/** Example replies for the OpenAPI description, taken from the shipped corpus. */
final class ApiExamples {

    static final String EVENT = """
            {
              "id": 31,
              "title": "Belarusian government delegation led by Golovchenko visits Novosibirsk, Irkutsk and Sverdlovsk regions",
              "summary": "Prime Minister Roman Golovchenko leads a working visit to three Russian regions.",
              "start": "2023-04-26",
              "end": "2023-04-28",
              "earliest": "2023-04-26",
              "latest": "2023-04-28",
              "precision": "day",
              "qualifier": null,
              "label": "26–28 April 2023",
              "wording": "From April 26th to 28th",
              "dateBasis": "stated",
              "dateNote": null,
              "category": "economy",
              "status": "published",
              "actors": [{"id": 12, "name": "Roman Golovchenko", "kind": "person"}],
              "places": ["Novosibirsk", "Irkutsk", "Sverdlovsk"],
              "evidence": [{
                "id": 77,
                "articleSlug": "situation-in-belarus-2023-04-24-union-state-region",
                "articleTitle": "Situation in Belarus: Union State and regional cooperation",
                "publisher": "“Situation in Belarus” weekly digest",
                "articlePublished": "2023-04-24",
                "articlePublishedPrecision": "week",
                "quote": "From April 26th to 28th, a Belarusian government delegation headed by Prime Minister Roman Golovchenko paid a working visit to three Russian regions",
                "startOffset": 5120,
                "endOffset": 5268,
                "passage": 14,
                "readerUrl": "/articles/situation-in-belarus-2023-04-24-union-state-region?evidence=77"
              }],
              "version": 0
            }
            """;

    static final String PAGE = "{\"items\": [" + EVENT + "], \"total\": 1, \"page\": 0, \"size\": 100}";

    static final String BAD_DATE = """
            {"status": 400, "error": "Bad Request", "parameter": "from", "message": "from: '2020-13-01' is not a real date in the form YYYY-MM-DD"}
            """;

    private ApiExamples() {}
}
