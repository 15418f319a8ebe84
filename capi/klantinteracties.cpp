// The C ABI (klantinteracties.h): translates between C strings and the C++
// API, and nothing more. Every exported function catches everything: the
// boundary is noexcept and reports failures as statuses.

#include "klantinteracties.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "abi.hpp"
#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"
#include "klantinteracties/rules/options.hpp"

namespace {

thread_local std::string t_last_error;
std::atomic<std::size_t> g_input_limit{KI_INPUT_LIMIT_DEFAULT};
std::atomic<std::size_t> g_depth_limit{KI_DEPTH_LIMIT_DEFAULT};

}  // namespace

// ---- what the files of the ABI share (abi.hpp) --------------------------------

namespace ki::capi {

// Sets the message of this thread; never throws (a message that cannot be
// allocated is dropped).
int fail(int status, std::string_view function, std::string_view message) noexcept {
  try {
    t_last_error.assign(function);
    t_last_error += ": ";
    t_last_error += message;
  } catch (...) {
    t_last_error.clear();
  }
  return status;
}

int succeed() noexcept {
  t_last_error.clear();
  return KI_OK;
}

std::size_t input_limit() noexcept { return g_input_limit.load(std::memory_order_relaxed); }

ki::json::Limieten limieten() noexcept {
  return {input_limit(), g_depth_limit.load(std::memory_order_relaxed)};
}

namespace {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, at most U+10FFFF.
// Returns the offset of the first bad byte, or npos.
std::size_t invalid_utf8_at(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      // the rest of an ASCII run, 16 bytes at a time (SSE2, on every
      // x86-64), then eight
#if defined(__SSE2__)
      while (i + 16 <= n &&
             _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) == 0)
        i += 16;
#endif
      std::uint64_t acht = 0;
      while (i + 8 <= n && (std::memcpy(&acht, p + i, 8), (acht & 0x8080808080808080ull) == 0)) i += 8;
      continue;
    }
    const std::size_t len = ki::json::detail::utf8_reeks(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

int arg_null(std::string_view function, std::string_view name) {
  return fail(KI_EINVAL, function, std::string(name) + " is NULL");
}

int arg_too_large(std::string_view function, std::string_view name, std::size_t size,
                  std::size_t limit) {
  return fail(KI_EINVAL, function,
              std::string(name) + " is " + std::to_string(size) +
                  " bytes, more than the input limit of " + std::to_string(limit));
}

int utf8_arg(std::string_view function, std::string_view name, std::string_view s) {
  if (const auto at = invalid_utf8_at(s); at != std::string_view::npos)
    return fail(KI_EINVAL, function,
                std::string(name) + " is not valid UTF-8 (byte " + std::to_string(at) + ")");
  return KI_OK;
}

// A copy the caller frees with ki_free().
char* c_string(std::string_view s) {
  auto* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

char* c_string(const boost::json::value& v) { return c_string(boost::json::serialize(v)); }

// The one-line summary of a rejection for ki_last_error().
std::string summary(std::string_view what, const InvalidParams& errors) {
  std::string s(what);
  if (errors.empty()) return s;
  s += ": ";
  s += errors.front().name;
  s += ": ";
  s += errors.front().reason;
  s += " (";
  s += std::to_string(errors.size());
  s += errors.size() == 1 ? " invalidParam)" : " invalidParams)";
  return s;
}

}  // namespace ki::capi

namespace {

using namespace ki::capi;
using ki::InvalidParams;
using ki::referentielijsten::Lijst;
using ki::referentielijsten::Referentielijsten;
using Clock = std::chrono::system_clock;

// ---- the process-wide reference lists and clock ------------------------------
//
// Copy-on-write: readers take the current set under `g_state` (a shared_ptr
// copy, nothing more) and keep it for the whole validation; writers, one at a
// time under `g_write`, copy it, change the copy and publish it.

std::mutex g_state;
std::shared_ptr<const Referentielijsten> g_lijsten;  // null: Referentielijsten::ingebouwd()
// Whether a set was ever published: until then readers need no lock (most
// programs never load lists).
std::atomic<bool> g_lijsten_ooit{false};

std::mutex g_write;
bool g_lijsten_changed = false;            // guarded by g_write
std::optional<Clock::time_point> g_clock;  // guarded by g_write

}  // namespace

std::shared_ptr<const Referentielijsten> ki::capi::current_lijsten() {
  if (!g_lijsten_ooit.load(std::memory_order_acquire)) return nullptr;
  std::lock_guard lock(g_state);
  return g_lijsten;
}

namespace {

void publish(std::shared_ptr<const Referentielijsten> lijsten) {
  std::lock_guard lock(g_state);
  g_lijsten.swap(lijsten);
  g_lijsten_ooit.store(true, std::memory_order_release);
  // the old set is released here, outside readers' way: they hold their own copy
}

// Under g_write: a private copy of the current set to change.
std::shared_ptr<Referentielijsten> copy_of_current() {
  const auto now = current_lijsten();
  return std::make_shared<Referentielijsten>(now ? *now : Referentielijsten::ingebouwd());
}

// ---- validation -----------------------------------------------------------------

enum class Step { validate, normalise };

const char* gebruik_name(ki::json::Gebruik g) {
  switch (g) {
    case ki::json::Gebruik::resource:
      return "resource";
    case ki::json::Gebruik::patch:
      return "patch";
    case ki::json::Gebruik::response:
      return "response";
    case ki::json::Gebruik::part:
      return "part";
  }
  return "part";
}

const char* modus_name(ki::rules::Modus m) {
  switch (m) {
    case ki::rules::Modus::create:
      return "create";
    case ki::rules::Modus::update:
      return "update";
    case ki::rules::Modus::partial:
      return "partial";
  }
  return "create";
}

// ki_validate, ki_validate_normalise (normalised != nullptr) and ki_normalise
// (step == normalise). `out` receives the result or the error document.
int judge(std::string_view function, Step step, char** out, bool out_required, const char* type,
          const char* json, const char* mode, const char* profile) {
  clear(out);
  if (out_required && !out) return fail(KI_EINVAL, function, "the out-parameter is NULL");
  const std::size_t limit = input_limit();
  std::optional<std::string_view> type_s, json_s, mode_s, profile_s;
  if (int rc = text_arg(function, "type", type, true, type_s, limit, false); rc != KI_OK) return rc;
  // A component's exact name is ASCII: only another name is checked for UTF-8.
  const ki::json::Component* component = ki::json::find_component_exact(*type_s);
  if (!component)
    if (int rc = utf8_arg(function, "type", *type_s); rc != KI_OK) return rc;
  // The body's UTF-8 is checked only when it does not parse: JSON that
  // parses is UTF-8 (the parser checks every string; any other byte above
  // 0x7F is a syntax error), and the body is most of what a call reads.
  if (int rc = text_arg(function, "json", json, true, json_s, limit, false); rc != KI_OK) return rc;
  if (int rc = text_arg(function, "mode", mode, false, mode_s, limit); rc != KI_OK) return rc;
  if (int rc = text_arg(function, "profile", profile, false, profile_s, limit); rc != KI_OK)
    return rc;

  if (!component) component = ki::json::find_component(*type_s);
  if (!component)
    return fail(KI_EUNKNOWN_TYPE, function,
                "unknown type '" + std::string(*type_s) +
                    "' (not an OpenAPI component of the Klantinteracties API; see ki_types())");

  ki::rules::Options options;
  std::shared_ptr<const Referentielijsten> lijsten;
  if (step == Step::validate) {
    if (!component->validate)
      return fail(KI_EUNKNOWN_TYPE, function,
                  std::string(component->naam) + " is " +
                      (component->gebruik == ki::json::Gebruik::response ? "only a response"
                                                                         : "a nested part") +
                      ", never a request body: it has no validation (ki_normalise reads it)");
    options.modus = component->modus();
    if (mode_s) {
      if (*mode_s == "create")
        options.modus = ki::rules::Modus::create;
      else if (*mode_s == "update")
        options.modus = ki::rules::Modus::update;
      else if (*mode_s == "partial")
        options.modus = ki::rules::Modus::partial;
      else
        return fail(KI_EINVAL, function,
                    "unknown mode '" + std::string(*mode_s) +
                        "' (expected \"create\", \"update\", \"partial\" or NULL)");
    }
    if (profile_s) {
      if (*profile_s == "openklant")
        options.profiel = ki::rules::Profiel::openklant;
      else if (*profile_s == "strict")
        options.profiel = ki::rules::Profiel::strict;
      else
        return fail(KI_EINVAL, function,
                    "unknown profile '" + std::string(*profile_s) +
                        "' (expected \"openklant\", \"strict\" or NULL)");
    }
    lijsten = current_lijsten();
    options.referentielijsten = lijsten.get();  // null: the built-in lists
  }

  InvalidParams errors;
  // The body lives only for this call (results are copied out of it). A
  // validation reads it into a Band; a normalisation decodes it from a DOM.
  // (The DOM values are optional: their destructors are calls into
  // Boost.JSON, which ki_validate need not pay.)
  ki::json::Band band;
  unsigned char buffer[4096];
  std::optional<boost::json::monotonic_resource> nodes;
  std::optional<boost::json::value> body;
  if (step == Step::validate) {
    ki::json::lees(*json_s, band, errors, limieten());
  } else {
    nodes.emplace(buffer, sizeof buffer);
    body.emplace(ki::json::parse(*json_s, errors, limieten(), &*nodes));
  }
  if (!errors.empty()) {
    if (int rc = utf8_arg(function, "json", *json_s); rc != KI_OK) return rc;
    if (out) *out = c_string(ki::json::error_document_string(errors));
    return fail(KI_EPARSE, function, summary("malformed JSON", errors));
  }
  // ki_validate keeps no value: the verdict alone, without encoding one.
  std::optional<boost::json::value> result;
  if (step == Step::validate && !out_required)
    component->check_band(band, options, errors);
  else
    result.emplace(step == Step::validate ? component->validate_band(band, options, errors)
                                          : component->roundtrip(*body, errors));
  if (!errors.empty()) {
    if (out) *out = c_string(ki::json::error_document_string(errors));
    return fail(KI_EINVALID, function,
                summary(std::string(component->naam) + " is invalid", errors));
  }
  if (out && out_required) *out = c_string(boost::json::serialize(*result));
  return succeed();
}

}  // namespace

// ---- the exported functions ------------------------------------------------------

extern "C" {

KI_API const char* ki_version(void) noexcept { return KI_VERSION_STRING; }

KI_API const char* ki_status_name(int status) noexcept {
  switch (status) {
    case KI_OK:
      return "KI_OK";
    case KI_EINVAL:
      return "KI_EINVAL";
    case KI_EPARSE:
      return "KI_EPARSE";
    case KI_EINVALID:
      return "KI_EINVALID";
    case KI_ENOTFOUND:
      return "KI_ENOTFOUND";
    case KI_ECONFLICT:
      return "KI_ECONFLICT";
    case KI_EUNKNOWN_TYPE:
      return "KI_EUNKNOWN_TYPE";
    case KI_EINTERNAL:
      return "KI_EINTERNAL";
    default:
      return "KI_UNKNOWN_STATUS";
  }
}

KI_API void ki_free(void* ptr) noexcept { std::free(ptr); }

KI_API const char* ki_last_error(void) noexcept { return t_last_error.c_str(); }

namespace {

// Sets one of the process-wide limits; 0 is refused and changes nothing.
int zet_limiet(std::atomic<std::size_t>& limiet, const char* function, const char* parameter,
               size_t* out_previous, size_t waarde) noexcept {
  return guarded(function, [&] {
    if (out_previous) *out_previous = limiet.load();
    if (waarde == 0) return fail(KI_EINVAL, function, std::string(parameter) + " is 0");
    const std::size_t previous = limiet.exchange(waarde);
    if (out_previous) *out_previous = previous;
    return succeed();
  });
}

}  // namespace

KI_API int ki_set_input_limit(size_t* out_previous, size_t max_bytes) noexcept {
  return zet_limiet(g_input_limit, "ki_set_input_limit", "max_bytes", out_previous, max_bytes);
}

KI_API int ki_set_depth_limit(size_t* out_previous, size_t max_depth) noexcept {
  return zet_limiet(g_depth_limit, "ki_set_depth_limit", "max_depth", out_previous, max_depth);
}

KI_API int ki_types(char** out_json) noexcept {
  clear(out_json);
  return guarded("ki_types", [&] {
    if (!out_json) return fail(KI_EINVAL, "ki_types", "out_json is NULL");
    boost::json::array types;
    for (const auto& c : ki::json::components()) {
      boost::json::object o;
      o.emplace("name", c.naam);
      o.emplace("use", gebruik_name(c.gebruik));
      if (c.validate)
        o.emplace("mode", modus_name(c.modus()));
      else
        o.emplace("mode", nullptr);
      types.emplace_back(std::move(o));
    }
    *out_json = c_string(boost::json::serialize(types));
    return succeed();
  });
}

KI_API int ki_validate(char** out_error_document, const char* type, const char* json,
                       const char* mode, const char* profile) noexcept {
  return guarded("ki_validate", [&] {
    return judge("ki_validate", Step::validate, out_error_document, false, type, json, mode,
                 profile);
  });
}

KI_API int ki_validate_normalise(char** out_json, const char* type, const char* json,
                                 const char* mode, const char* profile) noexcept {
  return guarded("ki_validate_normalise", [&] {
    return judge("ki_validate_normalise", Step::validate, out_json, true, type, json, mode,
                 profile);
  });
}

KI_API int ki_normalise(char** out_json, const char* type, const char* json) noexcept {
  return guarded("ki_normalise", [&] {
    return judge("ki_normalise", Step::normalise, out_json, true, type, json, nullptr, nullptr);
  });
}

KI_API int ki_referentielijsten_load(char** out_error_document, const char* lijst,
                                     const char* json) noexcept {
  constexpr std::string_view function = "ki_referentielijsten_load";
  clear(out_error_document);
  return guarded(function, [&] {
    const std::size_t limit = input_limit();
    std::optional<std::string_view> lijst_s, json_s;
    if (int rc = text_arg(function, "lijst", lijst, true, lijst_s, limit); rc != KI_OK) return rc;
    if (int rc = text_arg(function, "json", json, true, json_s, limit); rc != KI_OK) return rc;
    const std::string klein = ki::json::detail::lower_ascii(*lijst_s);  // any letter case
    const auto naam = ki::referentielijsten::lijst_uit_naam(klein);
    if (!naam)
      return fail(KI_EINVAL, function,
                  "unknown lijst '" + std::string(*lijst_s) +
                      "' (expected kanaal, land, taal, soort_digitaal_adres, soort_object, "
                      "soort_object_id or extern_register)");

    std::lock_guard lock(g_write);
    auto next = copy_of_current();
    const InvalidParams errors = next->laad(*naam, *json_s);
    if (!errors.empty()) {
      const bool parse = errors.size() == 1 && errors.front().code == "parse_error";
      if (out_error_document)
        *out_error_document = c_string(ki::json::error_document_string(errors));
      return fail(parse ? KI_EPARSE : KI_EINVALID, function,
                  summary(parse ? "malformed JSON" : "not a " + klein + " list document", errors));
    }
    next->set_klok(g_clock);
    publish(std::move(next));
    g_lijsten_changed = true;
    return succeed();
  });
}

KI_API int ki_referentielijsten_reset(void) noexcept {
  return guarded("ki_referentielijsten_reset", [&] {
    std::lock_guard lock(g_write);
    std::shared_ptr<Referentielijsten> next;
    if (g_clock) {
      next = std::make_shared<Referentielijsten>(Referentielijsten::ingebouwd());
      next->set_klok(g_clock);
    }
    publish(std::move(next));
    g_lijsten_changed = false;
    return succeed();
  });
}

KI_API int ki_set_clock(int64_t unix_seconds) noexcept {
  return guarded("ki_set_clock", [&] {
    std::optional<Clock::time_point> clock;
    if (unix_seconds != KI_CLOCK_SYSTEM) {
      if (unix_seconds > KI_CLOCK_RANGE || unix_seconds < -KI_CLOCK_RANGE)
        return fail(KI_EINVAL, "ki_set_clock",
                    std::to_string(unix_seconds) + " is out of range (at most " +
                        std::to_string(KI_CLOCK_RANGE) + " seconds from 1970)");
      clock = Clock::time_point(
          std::chrono::duration_cast<Clock::duration>(std::chrono::seconds(unix_seconds)));
    }
    std::lock_guard lock(g_write);
    std::shared_ptr<Referentielijsten> next;
    if (clock || g_lijsten_changed) {
      next = copy_of_current();
      next->set_klok(clock);
    }
    publish(std::move(next));
    g_clock = clock;
    return succeed();
  });
}

}  // extern "C"
