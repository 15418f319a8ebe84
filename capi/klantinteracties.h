/*
 * klantinteracties.h: the C ABI of libklantinteracties.
 *
 * The VNG Klantinteracties standard as Open Klant (2.18, API 0.9.0) serves
 * it, in process: validate a request body the way Open Klant would, with the
 * same verdict and the same `invalidParams`, and read or write the API's JSON.
 *
 * Conventions (the model is libgit2):
 *
 *  - Every name starts with `ki_` (functions, types) or `KI_` (macros).
 *  - Functions return an `int` status: KI_OK (0) or one of the negative
 *    KI_E* codes below. Results come back through out-parameters, which come
 *    first. On entry every non-NULL out-parameter is set to NULL, so after a
 *    call it is either NULL or a string the caller owns.
 *  - What goes in and comes out is the API's own JSON, UTF-8, NUL-terminated.
 *    A rejected payload gives the body of Open Klant's HTTP 400 answer, the
 *    "error document" (validation.md section 0):
 *
 *      {"type":"http://localhost/ref/fouten/ValidationError/","code":"invalid",
 *       "title":"Invalid input.","status":400,"detail":"Invalid input.",
 *       "instance":"urn:uuid:<random uuid4, new for every document>",
 *       "invalidParams":[{"name":"soortPartij","code":"required",
 *                         "reason":"Dit veld is vereist."}]}
 *
 *  - Every string the library returns is allocated by the library and is
 *    released with ki_free(); nothing else frees it.
 *  - No function crashes on bad input: NULL where a string is required, text
 *    that is not valid UTF-8, or text longer than the input limit
 *    (ki_set_input_limit(), KI_INPUT_LIMIT_DEFAULT = 16 MiB) give KI_EINVAL;
 *    any unexpected failure inside the library (including running out of
 *    memory) gives KI_EINTERNAL. A failing call changes nothing.
 *  - After a failing call, ki_last_error() describes the failure in one line.
 *
 * Types: `type` arguments name an OpenAPI component of the Klantinteracties
 * API, in any letter case: "Klantcontact", "Partij", "PatchedPartij",
 * "MaakKlantcontact", "ExpandPartij", "PaginatedPartijList", ... (ki_types()
 * lists them all).
 *
 * Thread safety: every function may be called from several threads at once,
 * except ki_register_free() (not while its handle is in use).
 * Validation and the codec share no mutable state except the process-wide
 * reference lists and clock, which ki_referentielijsten_load(),
 * ki_referentielijsten_reset() and ki_set_clock() replace as a whole
 * (copy-on-write under a lock): a validation running at the same time sees
 * either the old or the new set, never a mix. Each function states its own
 * guarantee below.
 *
 * The register (ki_register_*) and the cases (ki_register_case) are below;
 * their thread safety is stated there.
 *
 * The header is C99 and C++ compatible.
 */
#ifndef KLANTINTERACTIES_H
#define KLANTINTERACTIES_H

#include <stddef.h>
#include <stdint.h>

#include "klantinteracties_version.h"

/* KI_API marks the functions the shared library exports; the library is
 * built with hidden visibility and a version script, so these are its only
 * symbols. */
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(KI_BUILDING_LIBRARY)
#define KI_API __declspec(dllexport)
#else
#define KI_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define KI_API __attribute__((visibility("default")))
#else
#define KI_API
#endif

/* KI_NOEXCEPT: no function lets an exception out; C++ callers see that. */
#if defined(__cplusplus)
#define KI_NOEXCEPT noexcept
#else
#define KI_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes --------------------------------------------------------- */

/** The status every function returns. The values are stable ABI. */
typedef enum ki_status {
  /** Success. */
  KI_OK = 0,
  /** Invalid argument: a required pointer is NULL, a string is not valid
   *  UTF-8 or is longer than the input limit, or a `mode`, `profile`,
   *  `lijst` or `step` name or a register option is not one of those
   *  documented. Nothing was judged. */
  KI_EINVAL = -1,
  /** The JSON text is malformed. The error document (one invalidParam
   *  `nonFieldErrors`/`parse_error`, as Open Klant answers a body it cannot
   *  parse) is returned where the function has an out-parameter for it. */
  KI_EPARSE = -2,
  /** The payload was judged and rejected: the error document with its
   *  invalidParams is returned. */
  KI_EINVALID = -3,
  /** The object does not exist (HTTP 404). Used by the register functions. */
  KI_ENOTFOUND = -4,
  /** The operation conflicts with the stored state. Used by the register
   *  functions. */
  KI_ECONFLICT = -5,
  /** `type` names no OpenAPI component, or (ki_validate*) a component that is
   *  never a request body (Expand*, Paginated*, nested parts), or
   *  (ki_register_*) no collection or resource type of the register. */
  KI_EUNKNOWN_TYPE = -6,
  /** An unexpected failure inside the library (a bug, or out of memory). */
  KI_EINTERNAL = -7
} ki_status;

/** The default input limit: 16 MiB per string argument. */
#define KI_INPUT_LIMIT_DEFAULT ((size_t)16 * 1024 * 1024)
/* The default nesting limit of JSON documents (ki_set_depth_limit()). */
#define KI_DEPTH_LIMIT_DEFAULT ((size_t)64)

/** ki_set_clock() value that returns to the system clock. */
#define KI_CLOCK_SYSTEM INT64_MIN
/** The largest distance from the epoch, in seconds, ki_set_clock() accepts. */
#define KI_CLOCK_RANGE INT64_C(9000000000)

/* ---- Library ---------------------------------------------------------------- */

/**
 * The version of the loaded library, "MAJOR.MINOR.PATCH" (compare with
 * KI_VERSION_STRING, the version of the headers compiled against).
 *
 * @return a static string; never NULL; never to be freed.
 * Thread safety: safe from any thread.
 */
KI_API const char* ki_version(void) KI_NOEXCEPT;

/**
 * The name of a status code: "KI_OK", "KI_EINVAL", ..., or "KI_UNKNOWN_STATUS"
 * for a value that is no status.
 *
 * @param status a value a ki_ function returned.
 * @return a static string; never NULL; never to be freed.
 * Thread safety: safe from any thread.
 */
KI_API const char* ki_status_name(int status) KI_NOEXCEPT;

/**
 * Releases a string the library returned through an out-parameter.
 *
 * @param ptr the string (owned by the caller until this call); NULL is
 *        allowed and does nothing. Must come from this library and must not
 *        be freed twice.
 * Thread safety: safe from any thread (not twice on the same pointer).
 */
KI_API void ki_free(void* ptr) KI_NOEXCEPT;

/**
 * One line describing why the last failing ki_ call on this thread failed,
 * e.g. "ki_validate: unknown type 'Partijen'" or "ki_validate: Partij is
 * invalid: soortPartij: Dit veld is vereist. (1 invalidParam)". A successful
 * call makes it "" again; ki_free(), ki_version(), ki_status_name() and
 * ki_last_error() itself leave it unchanged.
 *
 * @return a string owned by the library, valid on this thread until the next
 *         ki_ call on it; never NULL; never to be freed.
 * Thread safety: each thread has its own message.
 */
KI_API const char* ki_last_error(void) KI_NOEXCEPT;

/**
 * Sets the maximum length in bytes (without the terminating NUL) of every
 * string argument; longer strings give KI_EINVAL. The default is
 * KI_INPUT_LIMIT_DEFAULT (16 MiB).
 *
 * @param out_previous receives the limit that was in force; may be NULL.
 * @param max_bytes the new limit, at least 1.
 * @return KI_OK; KI_EINVAL when max_bytes is 0 (nothing changes).
 * Thread safety: safe from any thread; the limit is process-wide and calls
 *         that are already running keep the limit they started with.
 */
KI_API int ki_set_input_limit(size_t* out_previous, size_t max_bytes) KI_NOEXCEPT;

/**
 * Sets the maximum nesting of arrays and objects in every JSON document the
 * library reads (the body object itself is level 1). A deeper document is
 * answered as malformed JSON: KI_EPARSE with the error document
 * {"name": "nonFieldErrors", "code": "parse_error",
 *  "reason": "JSON parse error - nested deeper than 64 levels"}.
 * The default is KI_DEPTH_LIMIT_DEFAULT (64).
 *
 * @param out_previous receives the limit that was in force; may be NULL.
 * @param max_depth the new limit, at least 1.
 * @return KI_OK; KI_EINVAL when max_depth is 0 (nothing changes).
 * Thread safety: as ki_set_input_limit().
 */
KI_API int ki_set_depth_limit(size_t* out_previous, size_t max_depth) KI_NOEXCEPT;

/**
 * The OpenAPI components the library knows, as a JSON array in the order of
 * the OpenAPI document:
 *   [{"name":"Actor","use":"resource","mode":"create"},
 *    {"name":"PatchedActor","use":"patch","mode":"partial"},
 *    {"name":"ExpandPartij","use":"response","mode":null}, ...]
 * `use` is "resource" (a POST/PUT body and response), "patch" (a PATCH body),
 * "response" (only ever answered) or "part" (nested in others); `mode` is
 * the default mode of ki_validate() for it, null when it cannot be validated.
 *
 * @param out_json receives the array; must not be NULL; free with ki_free().
 * @return KI_OK; KI_EINVAL when out_json is NULL; KI_EINTERNAL.
 * Thread safety: safe from any thread.
 */
KI_API int ki_types(char** out_json) KI_NOEXCEPT;

/* ---- Validation and the codec --------------------------------------------- */

/**
 * Validates a request body as Open Klant validates it: the same verdict and,
 * when it rejects, the same error document, with the same invalidParams in
 * the same order. Only the stateless rules are applied; rules that need
 * stored objects (existence of references, uniqueness) belong to the register.
 *
 * @param out_error_document on KI_EINVALID and KI_EPARSE receives the error
 *        document (free with ki_free()); otherwise set to NULL. May be NULL
 *        when only the status is wanted.
 * @param type the component to validate as: a request body ("Partij",
 *        "PatchedPartij", "MaakKlantcontact", ...; any letter case). Must not
 *        be NULL.
 * @param json the body, JSON text (UTF-8). Must not be NULL.
 * @param mode "create" (POST), "update" (PUT) or "partial" (PATCH); NULL for
 *        the component's default ("partial" for Patched*, else "create").
 * @param profile "openklant" (exactly Open Klant's verdict) or "strict" (adds
 *        the checks Open Klant lacks, the rules marked NOT ENFORCED); NULL
 *        is "openklant".
 * @return KI_OK (valid); KI_EINVALID (rejected; error document);
 *         KI_EPARSE (malformed JSON; error document); KI_EUNKNOWN_TYPE;
 *         KI_EINVAL (NULL type or json, non-UTF-8 or oversized text,
 *         unknown mode or profile); KI_EINTERNAL.
 * Thread safety: safe from any number of threads at once; judges against the
 *         process-wide reference lists and clock as they are when it starts.
 */
KI_API int ki_validate(char** out_error_document, const char* type, const char* json,
                       const char* mode, const char* profile) KI_NOEXCEPT;

/**
 * ki_validate(), returning on success what Open Klant would store: the body
 * decoded and re-encoded in the API's shape (keys in the API's order and
 * camelCase, uuids and date-times in canonical form, unknown keys kept last).
 *
 * @param out_json receives, on KI_OK, the normalised object; on KI_EINVALID
 *        and KI_EPARSE, the error document; otherwise NULL. Must not be NULL.
 *        Free with ki_free().
 * @param type, json, mode, profile as for ki_validate().
 * @return as ki_validate(); KI_EINVAL also when out_json is NULL.
 * Thread safety: as ki_validate().
 */
KI_API int ki_validate_normalise(char** out_json, const char* type, const char* json,
                                 const char* mode, const char* profile) KI_NOEXCEPT;

/**
 * Decodes JSON as a component and encodes it again: the JSON the library
 * would write for it (the `roundtrip` of the command-line tool). Only the
 * decoding is judged (JSON syntax, types, nested shapes), not the validation
 * rules; any component can be used, responses included.
 *
 * @param out_json receives, on KI_OK, the re-encoded JSON; on KI_EINVALID
 *        (not decodable as `type`) and KI_EPARSE (malformed JSON), the error
 *        document; otherwise NULL. Must not be NULL. Free with ki_free().
 * @param type any component ("ExpandPartij", "PaginatedKlantcontactList",
 *        "Partij", ...; any letter case). Must not be NULL.
 * @param json the document, JSON text (UTF-8). Must not be NULL.
 * @return KI_OK; KI_EINVALID; KI_EPARSE; KI_EUNKNOWN_TYPE; KI_EINVAL (NULL
 *         argument, non-UTF-8 or oversized text); KI_EINTERNAL.
 * Thread safety: safe from any number of threads at once.
 */
KI_API int ki_normalise(char** out_json, const char* type, const char* json) KI_NOEXCEPT;

/* ---- Reference lists (referentielijsten) and the clock ---------------------- */

/**
 * Replaces one reference list of the process-wide set that ki_validate()
 * judges against, from a Referentielijsten API document in either shape: the
 * VNG API's array ([{"code","naam","indicatieActief"}], Land's
 * [{"landcode","landnaam","ingangsdatumLand","einddatumLand"}]) or Open
 * Klant's items page ({"count","next","previous","results":[{"code","naam",
 * "begindatumGeldigheid","einddatumGeldigheid"}]}). Items without a code are
 * skipped. Loading the Kanaal list switches the kanaal check on (KI-KAN-001),
 * as configuring the Referentielijsten API does in Open Klant.
 *
 * @param out_error_document on KI_EINVALID and KI_EPARSE receives an error
 *        document naming what is wrong in the list document (free with
 *        ki_free()); otherwise NULL. May be NULL.
 * @param lijst which list, any letter case: "kanaal", "land", "taal",
 *        "soort_digitaal_adres", "soort_object", "soort_object_id",
 *        "extern_register". Must not be NULL.
 * @param json the list document, JSON text (UTF-8). Must not be NULL.
 * @return KI_OK; KI_EINVALID (not a list document; nothing changes);
 *         KI_EPARSE (malformed JSON; nothing changes); KI_EINVAL (NULL
 *         argument, unknown lijst, non-UTF-8 or oversized text);
 *         KI_EINTERNAL.
 * Thread safety: safe from any thread; the set is replaced as a whole, so a
 *         validation running at the same time sees the old or the new set.
 *         Concurrent loads are applied one after the other.
 */
KI_API int ki_referentielijsten_load(char** out_error_document, const char* lijst,
                                     const char* json) KI_NOEXCEPT;

/**
 * Restores the built-in reference lists (referentielijsten.md: ISO 3166 with
 * XK, the example Taal list, ...; an empty Kanaal list and the kanaal check
 * off, as in Open Klant's default configuration). The clock set with
 * ki_set_clock() stays.
 *
 * @return KI_OK; KI_EINTERNAL.
 * Thread safety: as ki_referentielijsten_load().
 */
KI_API int ki_referentielijsten_reset(void) KI_NOEXCEPT;

/**
 * Fixes the moment against which the validity windows of reference-list
 * items are judged (KI-KAN-003), or returns to the system clock. For tests
 * and for replaying a past moment.
 *
 * @param unix_seconds seconds since 1970-01-01T00:00:00Z (UTC), negative
 *        allowed, at most KI_CLOCK_RANGE away from 0 (about the years 1685
 *        to 2255); KI_CLOCK_SYSTEM for the system clock (the default).
 * @return KI_OK; KI_EINVAL for a moment out of range (nothing changes);
 *         KI_EINTERNAL.
 * Thread safety: as ki_referentielijsten_load().
 */
KI_API int ki_set_clock(int64_t unix_seconds) KI_NOEXCEPT;

/* ---- The register (ki_register_*) ------------------------------------------ */
/*
 * An in-memory Klantinteracties register with the semantics of Open Klant's
 * endpoints: every write is validated (the stateless rules and those that
 * need stored objects: existing references, uniqueness), all or nothing, and
 * answered with the API's JSON.
 *
 * `type` arguments name a resource of the register either by its collection,
 * as in the API's path ("partijen", "klantcontacten", "digitaleadressen",
 * "partij-identificatoren", ...), or by its OpenAPI component ("Partij",
 * "Klantcontact", "DigitaalAdres", ...); both in any letter case. Anything
 * else gives KI_EUNKNOWN_TYPE.
 *
 * `uuid` arguments are the resource's uuid as text; text that is no uuid is
 * answered as Open Klant answers such a path: KI_ENOTFOUND.
 *
 * The answers map Open Klant's HTTP statuses: 200/201/204 KI_OK; 400
 * KI_EINVALID with the error document; 404 KI_ENOTFOUND with Open Klant's
 * 404 document ({"type":".../ref/fouten/NotFound/","code":"not_found",...});
 * 409 KI_ECONFLICT with its document. Malformed JSON gives KI_EPARSE with
 * the error document of a body that cannot be parsed. On any failure the
 * register is unchanged.
 *
 * Thread safety: one handle may be used by any number of threads at once;
 * readers (get, list, export) run in parallel, writers one at a time (a
 * waiting writer goes before readers that arrive after it). Only
 * ki_register_free() must not run at the same time as another call on the
 * same handle.
 */

/** An in-memory register (opaque). */
typedef struct ki_register ki_register;

/**
 * Creates an empty register.
 *
 * @param out receives the handle; must not be NULL. Free it with
 *        ki_register_free().
 * @param options_json NULL for the defaults, or a JSON object with any of
 *          "base_url": scheme, host and port of the URLs the register hands
 *                      out and of its error documents' `type`
 *                      (default "http://localhost:8000");
 *          "profile":  "openklant" (default: Open Klant's verdict) or
 *                      "strict" (adds the checks marked NOT ENFORCED);
 *          "clock":    a fixed moment, RFC 3339 ("2023-03-01T09:12:00Z"), for
 *                      the moments the register fills in itself
 *                      (plaatsgevondenOp when absent, toegewezenOp,
 *                      afgehandeldOp); default: the system clock.
 *        The register judges against the process-wide reference lists as
 *        they are at this call (ki_referentielijsten_load() later does not
 *        change them for this register).
 * @return KI_OK; KI_EPARSE (malformed options); KI_EINVAL (out NULL, an
 *         unknown option or value, non-UTF-8 or oversized text);
 *         KI_EINTERNAL.
 * Thread safety: safe from any thread.
 */
KI_API int ki_register_new(ki_register** out, const char* options_json) KI_NOEXCEPT;

/**
 * Frees a register and everything stored in it.
 *
 * @param reg the handle; NULL does nothing.
 * Thread safety: no other call may use `reg` at the same time or after.
 */
KI_API void ki_register_free(ki_register* reg) KI_NOEXCEPT;

/**
 * POST /{collection}: stores a new resource.
 *
 * @param out_json receives, on KI_OK, the stored resource as the API returns
 *        it (with uuid and url); on KI_EINVALID and KI_EPARSE, the error
 *        document; otherwise NULL. May be NULL. Free with ki_free().
 * @param reg the register; must not be NULL.
 * @param type the collection or type name (see above); must not be NULL.
 * @param json the request body, JSON text; must not be NULL.
 * @return KI_OK; KI_EINVALID; KI_EPARSE; KI_EUNKNOWN_TYPE; KI_EINVAL (NULL
 *         argument, non-UTF-8 or oversized text); KI_EINTERNAL.
 * Thread safety: see "The register" above (a writer).
 */
KI_API int ki_register_create(char** out_json, ki_register* reg, const char* type,
                              const char* json) KI_NOEXCEPT;

/**
 * PUT /{collection}/{uuid}: replaces a resource (omitted optional fields keep
 * their stored value, as in Open Klant).
 *
 * @param out_json as ki_register_create(); on KI_ENOTFOUND the 404 document.
 * @param reg, type, json as ki_register_create().
 * @param uuid the resource's uuid; must not be NULL.
 * @return KI_OK; KI_EINVALID; KI_EPARSE; KI_ENOTFOUND; KI_EUNKNOWN_TYPE;
 *         KI_EINVAL; KI_EINTERNAL.
 * Thread safety: a writer.
 */
KI_API int ki_register_update(char** out_json, ki_register* reg, const char* type,
                              const char* uuid, const char* json) KI_NOEXCEPT;

/**
 * PATCH /{collection}/{uuid}: changes the fields the body names.
 *
 * Parameters, statuses and thread safety as ki_register_update().
 */
KI_API int ki_register_patch(char** out_json, ki_register* reg, const char* type,
                             const char* uuid, const char* json) KI_NOEXCEPT;

/**
 * DELETE /{collection}/{uuid}, with Open Klant's cascades and protections.
 *
 * @param out_error_document on KI_EINVALID (the resource is protected) and
 *        KI_ENOTFOUND receives the error document; otherwise NULL. May be
 *        NULL. Free with ki_free().
 * @param reg, type, uuid as ki_register_update().
 * @return KI_OK; KI_EINVALID; KI_ENOTFOUND; KI_EUNKNOWN_TYPE; KI_EINVAL;
 *         KI_EINTERNAL.
 * Thread safety: a writer.
 */
KI_API int ki_register_remove(char** out_error_document, ki_register* reg, const char* type,
                              const char* uuid) KI_NOEXCEPT;

/**
 * GET /{collection}/{uuid}[?expand=...].
 *
 * @param out_json receives the resource (KI_OK) or the 404 document
 *        (KI_ENOTFOUND); must not be NULL. Free with ki_free().
 * @param reg, type, uuid as ki_register_update().
 * @param expand NULL or the value of the `expand` parameter, comma-separated
 *        as in the API ("hadBetrokkenen,hadBetrokkenen.wasPartij").
 * @return KI_OK; KI_ENOTFOUND; KI_EUNKNOWN_TYPE; KI_EINVAL; KI_EINTERNAL.
 * Thread safety: a reader.
 */
KI_API int ki_register_get(char** out_json, ki_register* reg, const char* type, const char* uuid,
                           const char* expand) KI_NOEXCEPT;

/**
 * GET /{collection}?...: one page of the collection.
 *
 * @param out_json receives the page {"count","next","previous","results"}
 *        (KI_OK) or the error document (KI_EINVALID: an unknown or invalid
 *        parameter); must not be NULL. Free with ki_free().
 * @param reg, type as ki_register_create().
 * @param query_json NULL for none, or a JSON object of parameter -> value
 *        with the API's parameter names, values as strings (numbers and
 *        booleans are taken as their JSON text):
 *        {"partijIdentificator__objectId":"999990019","page":"2","pageSize":10}.
 * @return KI_OK; KI_EINVALID; KI_EPARSE (query_json malformed);
 *         KI_EUNKNOWN_TYPE; KI_EINVAL (query_json not an object of such
 *         values, NULL argument, non-UTF-8 or oversized text); KI_EINTERNAL.
 * Thread safety: a reader.
 */
KI_API int ki_register_list(char** out_json, ki_register* reg, const char* type,
                            const char* query_json) KI_NOEXCEPT;

/**
 * POST /maak-klantcontact: a klantcontact with, in the same call, its
 * betrokkene and onderwerpobject (the component MaakKlantcontact).
 *
 * @param out_json as ki_register_create() (on KI_OK the API's answer).
 * @param reg the register; must not be NULL.
 * @param json the MaakKlantcontact body; must not be NULL.
 * @return KI_OK; KI_EINVALID; KI_EPARSE; KI_EINVAL; KI_EINTERNAL.
 * Thread safety: a writer.
 */
KI_API int ki_register_maak_klantcontact(char** out_json, ki_register* reg,
                                         const char* json) KI_NOEXCEPT;

/**
 * The whole register as JSON Lines: one {"type": <component>, "object":
 * <the resource as the API renders it>} per stored resource.
 *
 * @param out_jsonl receives the text ("" for an empty register); must not be
 *        NULL. Free with ki_free().
 * @param reg the register; must not be NULL.
 * @return KI_OK; KI_EINVAL; KI_EINTERNAL.
 * Thread safety: a reader.
 */
KI_API int ki_register_export_snapshot(char** out_jsonl, ki_register* reg) KI_NOEXCEPT;

/**
 * Replaces the whole contents of the register with a snapshot that
 * ki_register_export_snapshot() wrote, all or nothing.
 *
 * @param out_error_document on KI_EINVALID receives the error document (its
 *        invalidParams are named "<line>.type", "<line>.object.<field>",
 *        lines counted from 0 without blank lines); otherwise NULL. May be
 *        NULL. Free with ki_free().
 * @param reg the register; must not be NULL.
 * @param jsonl the snapshot; must not be NULL.
 * @return KI_OK; KI_EINVALID (nothing changes); KI_ECONFLICT; KI_EINVAL;
 *         KI_EINTERNAL.
 * Thread safety: a writer.
 */
KI_API int ki_register_import_snapshot(char** out_error_document, ki_register* reg,
                                       const char* jsonl) KI_NOEXCEPT;

/* ---- The cases (ki_register_case) ------------------------------------------ */

/**
 * Runs one step of a VNG case (spec/cases.md) on the register: one call,
 * all or nothing (every part is checked before anything is written; on
 * failure nothing is stored and the error document names the part:
 * "betrokkene.wasPartij.uuid", "partij.digitaleAdressen.0.adres").
 *
 * @param out_json receives, on KI_OK, the output document of the step (the
 *        stored objects as the API renders them); on KI_EINVALID,
 *        KI_EPARSE, KI_ENOTFOUND and KI_ECONFLICT the error document;
 *        otherwise NULL. Must not be NULL. Free with ki_free().
 * @param reg the register; must not be NULL.
 * @param step the step's name, any letter case (below); must not be NULL.
 * @param input_json the step's input document (below); must not be NULL.
 *        Members not listed are rejected (code "unknown"); a member of the
 *        wrong type or a missing required member is rejected (KI_EINVALID)
 *        with the member's path as its name ("klant.variant").
 * @return KI_OK; KI_EINVALID; KI_EPARSE; KI_ENOTFOUND (a uuid the step
 *         needs is not stored, e.g. the interne taak of "c2984");
 *         KI_ECONFLICT; KI_EINVAL (NULL argument, unknown step, non-UTF-8
 *         or oversized text); KI_EINTERNAL.
 * Thread safety: a writer (the queries are readers). The step is all or
 *         nothing but not isolated: another thread may see its objects
 *         just before a failing step removes them again.
 *
 * The parts of the input documents ([] optional; defaults in brackets;
 * uuids as text):
 *
 *   KLANTCONTACT  {"onderwerp", ["kanaal" ("telefoon")], ["inhoud"],
 *                  ["reactie"], ["taal" ("nld")], ["vertrouwelijk" (false)],
 *                  ["indicatieContactGelukt" (true; null: onbekend)],
 *                  ["plaatsgevondenOp" (date-time; the register's clock)],
 *                  ["referentienummer"]}
 *   DIGITAAL_ADRES {"soortDigitaalAdres" ("email", "telefoonnummer",
 *                  "overig"), "adres", ["omschrijving"],
 *                  ["isStandaardAdres" (false)]}
 *   CONTACTNAAM   the API's Contactnaam {"voorletters","voornaam",
 *                  "voorvoegselAchternaam","achternaam"}
 *   ADRES         the API's Adres (bezoekadres, correspondentieadres)
 *   PARTIJ        a new persoon: {"contactnaam": CONTACTNAAM,
 *                  ["bezoekadres": ADRES], ["correspondentieadres": ADRES],
 *                  ["voorkeurstaal" ("nld")], ["indicatieGeheimhouding"
 *                  (false)], ["indicatieActief" (true)], ["interneNotitie"],
 *                  ["bsn": a BSN, the identificator brp/natuurlijk_persoon/bsn],
 *                  ["partijIdentificatoren": [the API's
 *                  PartijIdentificatorGroepType, ...]],
 *                  ["digitaleAdressen": [DIGITAAL_ADRES, ...]],
 *                  ["voorkeursDigitaalAdres": index into digitaleAdressen]}
 *   KLANT         one of the variants of step 4:
 *                  {"variant":"bekend", "partij": uuid,
 *                   ["contactnaam": CONTACTNAAM],
 *                   ["digitaleAdressen": [...]]}  (contact data for this
 *                   contact only);
 *                  {"variant":"nieuwe-partij", "partij": PARTIJ};
 *                  {"variant":"alleen-contactgegevens",
 *                   "contactnaam": CONTACTNAAM, ["digitaleAdressen": [...]]}
 *   INTERNE_TAAK  {"gevraagdeHandeling", "toegewezenAanActoren": [uuid, ...],
 *                  ["toelichting"], ["referentienummer"]}
 *   OBJECT        {"objectId","codeObjecttype","codeSoortObjectId",
 *                  "codeRegister"}, or a uuid: for "productaanvraag" the
 *                  object productaanvraag/uuid/objecten, for "zaak"
 *                  zaak/uuid/open-zaak (Open Klant's conventions)
 *   ZAAK          {"zaak": OBJECT, ["contactgegevensAlleenVoorZaak" (false)]}
 *
 * Every input document may also hold ["codesUitReferentielijsten" (false)]:
 * check the codes of bijlage and onderwerpobject identificatoren against
 * the lists Soort object, Soort object-ID and Extern register.
 *
 * The steps: name, input -> output on KI_OK (members in this order; "?"
 * present only when the step stored it):
 *
 *   C9018, Klant belt KCC om een product aan te vragen:
 *   "c9018"  the whole case in one call
 *       {"medewerker": uuid, "klantcontact": KLANTCONTACT, "klant": KLANT,
 *        "productaanvraag": OBJECT, ["interneTaak": INTERNE_TAAK] (variant
 *        D), ["zaak": ZAAK]}
 *    -> {"klantcontact", "betrokkene", "partij"?, "partijIdentificatoren"?,
 *        "digitaleAdressen"?, "bijlage", "interneTaak"?, "onderwerpobject"?,
 *        "zaakrol"?, "actoren"} as the --json document of the example
 *        c9018_productaanvraag: partij and partijIdentificatoren of a new
 *        partij only; digitaleAdressen those stored; zaakrol the ZGW rol
 *        fragment {"contactpersoonRol": {...}}; actoren the medewerker and
 *        the interne taak's actors.
 *   "registreer_klantcontact" (step 2)
 *       {"medewerker": uuid, "klantcontact": KLANTCONTACT}
 *    -> {"klantcontact", "actorKlantcontact"}
 *   "zoek_partij" (step 3) {"bsn": text} or {"digitaalAdres": text}
 *    -> {"partij": the partij, or null when none or several match}
 *   "registreer_partij" {"partij": PARTIJ}
 *    -> {"partij", "partijIdentificatoren", "digitaleAdressen"}
 *   "registreer_betrokkene" {"klantcontact": uuid, "betrokkene":
 *       {["partij": uuid], ["contactnaam"], ["bezoekadres"],
 *        ["correspondentieadres"], ["organisatienaam"], ["digitaleAdressen"],
 *        ["rol" ("klant")], ["initiator" (true)]}}
 *    -> {"betrokkene", "digitaleAdressen"}
 *   "registreer_klant" (step 4) {"klantcontact": uuid, "klant": KLANT}
 *    -> {"betrokkene", "partij"?, "partijIdentificatoren"?,
 *        "digitaleAdressen"?}
 *   "registreer_bijlage" (step 5)
 *       {"klantcontact": uuid, "productaanvraag": OBJECT} -> {"bijlage"}
 *   "registreer_interne_taak" (variant D)
 *       {"klantcontact": uuid, "interneTaak": INTERNE_TAAK}
 *    -> {"interneTaak"}
 *   "koppel_zaak" (step 6) {"klantcontact": uuid, "zaak": ZAAK}
 *    -> {"onderwerpobject", "zaakrol"?}
 *
 *   C0992, vraag direct beantwoord:
 *   "c0992" {"medewerker": uuid, "klantcontact": KLANTCONTACT,
 *        ["klant": KLANT] (absent: identity not established, nothing stored)}
 *    -> {"geregistreerd": bool, "klantcontact"?, "actorKlantcontact"?,
 *        "betrokkene"?, "partij"?, "partijIdentificatoren"?,
 *        "digitaleAdressen"?}
 *   C9167, terugbelverzoek:
 *   "c9167" {"medewerker": uuid, "klantcontact": KLANTCONTACT,
 *        "terugbelverzoek": INTERNE_TAAK, "klant": KLANT}
 *    -> {"klantcontact", "actorKlantcontact", "interneTaak", "betrokkene",
 *        "partij"?, "partijIdentificatoren"?, "digitaleAdressen"?}
 *
 *   Interne taken:
 *   "open_interne_taken" (F3839) {"actor": uuid}
 *    -> {"interneTaken": [the tasks te_verwerken of the actor, oldest first]}
 *   "contactgegevens" {"klantcontact": uuid}
 *    -> CONTACTGEGEVENS {"naam", "telefoonnummer", "emailadres",
 *        "betrokkene": uuid|null, "partij": uuid|null, "vanPartij": bool}
 *        (empty texts when the klantcontact is unknown)
 *   "rond_taak_af" (F5241) {"interneTaak": uuid, ["toelichting"]}
 *    -> {"interneTaak"}
 *   "c2984" (terugbellen) {"interneTaak": uuid, ["toelichting"]}
 *    -> {"interneTaak", "klantcontact", "contactgegevens": CONTACTGEGEVENS}
 *   "c9708" (vraag beantwoorden) and "c2716" (zaak aanmaken)
 *       {"interneTaak": uuid, "medewerker": uuid, ["antwoord": KLANTCONTACT]
 *        (required for c9708), ["zaak": OBJECT] (required for c2716),
 *        ["vervolgtaak": INTERNE_TAAK], ["toelichting"]}
 *    -> {"interneTaak", "klantcontact"?, "actorKlantcontact"?,
 *        "betrokkenen", "digitaleAdressen", "onderwerpobject"?,
 *        "zaakOnderwerpobject"?, "vervolgtaak"?}
 */
KI_API int ki_register_case(char** out_json, ki_register* reg, const char* step,
                            const char* input_json) KI_NOEXCEPT;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* KLANTINTERACTIES_H */
